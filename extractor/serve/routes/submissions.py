"""Submissions: upload, see your own, their status, their pre-screen and suggestions."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import (
    APIRouter,
    BackgroundTasks,
    Depends,
    Form,
    HTTPException,
    Request,
    UploadFile,
    status,
)
from sqlalchemy import select

from extractor.serve.deps import Admin, CurrentReviewer, Db, Settings
from extractor.serve.processing import load_result, process, suggestion_key
from extractor.serve.schemas import Assignment, SubmissionOut, SuggestionOut, SuggestionsOut
from extractor.serve.tables import Reviewer, Submission

router = APIRouter(prefix="/api/submissions", tags=["submissions"])
_ACCEPTED = (".pdf", ".docx", ".txt")
_UNSAFE = re.compile(r"[^\w.\-]+")


def _out(row: Submission) -> SubmissionOut:
    return SubmissionOut(
        id=row.id, filename=row.filename, framework=row.framework, status=row.status,
        error_kind=row.error_kind, error=row.error, assigned_to=row.assigned_to,
    )  # fmt: skip


def visible_submission(submission_id: int, reviewer: CurrentReviewer, db: Db) -> Submission:
    """The submission, if this reviewer may see it: assigned to them, or they administer.
    Otherwise 404, so that a reviewer cannot learn which other submissions exist."""
    row = db.get(Submission, submission_id)
    if row is None or not (reviewer.is_admin or row.assigned_to == reviewer.id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such submission")
    return row


Visible = Annotated[Submission, Depends(visible_submission)]


@router.post("", response_model=SubmissionOut, status_code=status.HTTP_202_ACCEPTED)
async def upload(
    request: Request,
    file: UploadFile,
    background: BackgroundTasks,
    reviewer: CurrentReviewer,
    db: Db,
    config: Settings,
    framework: Annotated[str, Form()] = "miit-2023",
) -> SubmissionOut:
    """Upload a PDF, DOCX or TXT; it is processed in the background (see its status)."""
    from extractor.errors import UnknownFramework
    from extractor.match.frameworks import load_framework

    name = file.filename or "upload"
    if not name.lower().endswith(_ACCEPTED):
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, "only PDF, DOCX or TXT")
    try:
        load_framework(framework)
    except UnknownFramework as err:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, str(err)) from err
    data = await file.read(config.upload_max_bytes + 1)
    if len(data) > config.upload_max_bytes:
        raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE, "the file is too large")
    row = Submission(
        filename=name[:255], stored_path="", framework=framework, uploaded_by=reviewer.id,
        assigned_to=reviewer.id,
    )  # fmt: skip
    db.add(row)
    db.flush()
    uploads = config.data_dir / "uploads"
    uploads.mkdir(parents=True, exist_ok=True)
    stored = uploads / f"{row.id}-{_UNSAFE.sub('_', name)[-120:]}"
    stored.write_bytes(data)
    row.stored_path = str(stored)
    db.commit()
    background.add_task(process, request.app.state.sessions, row.id)
    return _out(row)


@router.get("", response_model=list[SubmissionOut])
def list_submissions(reviewer: CurrentReviewer, db: Db) -> list[SubmissionOut]:
    """The submissions assigned to the reviewer (all of them for an administrator)."""
    query = select(Submission).order_by(Submission.id)
    if not reviewer.is_admin:
        query = query.where(Submission.assigned_to == reviewer.id)
    return [_out(row) for row in db.scalars(query)]


@router.get("/{submission_id}", response_model=SubmissionOut)
def get_submission(row: Visible) -> SubmissionOut:
    return _out(row)


@router.post("/{submission_id}/assign", response_model=SubmissionOut)
def assign(submission_id: int, body: Assignment, _admin: Admin, db: Db) -> SubmissionOut:
    row = db.get(Submission, submission_id)
    if row is None or db.get(Reviewer, body.reviewer_id) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such submission or reviewer")
    row.assigned_to = body.reviewer_id
    db.commit()
    return _out(row)


@router.get("/{submission_id}/suggestions", response_model=SuggestionsOut)
def suggestions(row: Visible) -> SuggestionsOut:
    """The pre-screen verdicts and the suggestions per indicator, most confident first."""
    result = load_result(row)
    if result is None:
        raise HTTPException(status.HTTP_409_CONFLICT, f"the submission is {row.status}")
    ordered = sorted(result.suggestions, key=lambda s: (s.indicator, -s.confidence))
    return SuggestionsOut(
        verdicts=list(result.verdicts),
        suggestions=[SuggestionOut(key=suggestion_key(s), **s.model_dump()) for s in ordered],
    )
