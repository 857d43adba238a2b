"""Submissions: upload, see your own, their status, their pre-screen and suggestions."""

from __future__ import annotations

from typing import Annotated

from fastapi import (
    APIRouter,
    Depends,
    Form,
    HTTPException,
    Path,
    Request,
    UploadFile,
    status,
)
from sqlalchemy import select

from extractor.errors import shown_text
from extractor.language import _
from extractor.serve.audit import record
from extractor.serve.db_tables import Decision, Reviewer, Submission
from extractor.serve.deps import Admin, CurrentReviewer, Db, Queue, Settings, not_ready
from extractor.serve.intake import (
    DELETED,
    SUBMISSION_KEY,
    admit,
    is_accepted,
    remove_files,
    require_framework,
)
from extractor.serve.progress import summaries
from extractor.serve.schemas import ROW_ID_MAX, Assignment, ReviewSummary, SubmissionOut
from extractor.settings import DEFAULT_FRAMEWORK

router = APIRouter(prefix="/api/submissions", tags=["submissions"])
# the upload on its own router: create_app gives it the upload size limit, the rest JSON's
uploads = APIRouter(prefix="/api/submissions", tags=["submissions"])
SubmissionId = Annotated[int, Path(ge=1, le=ROW_ID_MAX)]


def _out(row: Submission, summary: ReviewSummary | None = None) -> SubmissionOut:
    """The row as the page lists it: a control or bidi override in the sent file name spelled
    as an escape (a right-to-left override reordered the name in the list)."""
    from extractor.labels import error_kind_name
    from extractor.report.labels import framework_name

    return SubmissionOut(
        id=row.id,
        filename=shown_text(row.filename),
        framework=row.framework,
        framework_name=framework_name(row.framework),
        status=row.status,
        error_kind=row.error_kind,
        error=row.error,
        assigned_to=row.assigned_to,
        error_label=error_kind_name(row.error_kind) if row.error_kind else None,
        created_at=row.created_at,
        summary=summary,
    )


def visible_submission(
    submission_id: SubmissionId, reviewer: CurrentReviewer, db: Db
) -> Submission:
    """The submission, if this reviewer may see it: assigned to them, or they administer.
    Otherwise 404, so that a reviewer cannot learn which other submissions exist."""
    row = db.get(Submission, submission_id)
    if row is None or row.status == DELETED:
        raise HTTPException(status.HTTP_404_NOT_FOUND, _("no such submission"))
    if not (reviewer.is_admin or row.assigned_to == reviewer.id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, _("no such submission"))
    return row


Visible = Annotated[Submission, Depends(visible_submission)]


@uploads.post("", response_model=SubmissionOut, status_code=status.HTTP_202_ACCEPTED)
async def upload(
    file: UploadFile,
    reviewer: CurrentReviewer,
    db: Db,
    config: Settings,
    queue: Queue,
    framework: Annotated[str, Form()] = DEFAULT_FRAMEWORK,
) -> SubmissionOut:
    """Upload a PDF, DOCX or TXT; it waits in the job queue until a worker processes it (see
    its status: queued, processing, done or failed)."""
    name = file.filename or "upload"
    if not is_accepted(name):
        raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE, _("only PDF, DOCX or TXT"))
    require_framework(framework)
    data = await file.read(config.upload_max_bytes + 1)
    if len(data) > config.upload_max_bytes:
        raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE, _("the file is too large"))
    row = admit(
        db,
        config,
        queue,
        name=name,
        data=data,
        framework=framework,
        uploaded_by=reviewer.id,
        assigned_to=reviewer.id,
    )
    return _out(row)


@router.get("", response_model=list[SubmissionOut])
def list_submissions(request: Request, reviewer: CurrentReviewer, db: Db) -> list[SubmissionOut]:
    """The submissions assigned to the reviewer (all of them for an administrator), each
    processed one with where its review stands (verdicts as they stand, decisions made)."""
    query = select(Submission).where(Submission.status != DELETED).order_by(Submission.id)
    if not reviewer.is_admin:
        query = query.where(Submission.assigned_to == reviewer.id)
    rows = list(db.scalars(query))
    found = summaries(db, request.app.state.bases, rows)
    return [_out(row, found.get(row.id)) for row in rows]


@router.get("/{submission_id}", response_model=SubmissionOut)
def get_submission(row: Visible) -> SubmissionOut:
    return _out(row)


@router.post(
    "/{submission_id}/reprocess",
    response_model=SubmissionOut,
    status_code=status.HTTP_202_ACCEPTED,
)
def reprocess(row: Visible, db: Db, queue: Queue) -> SubmissionOut:
    """Queue a processed or failed submission again (a newer extractor, a fixed limit); its
    decisions stay. 409 while it is queued or being processed."""
    if row.status in ("queued", "processing"):
        raise HTTPException(status.HTTP_409_CONFLICT, not_ready(row.status))
    row.status, row.error_kind, row.error = "queued", None, None
    row.result_json, row.attempts, row.claimed_by, row.lease_until = None, 0, None, None
    db.commit()
    queue.notify()
    return _out(row)


@router.post("/{submission_id}/assign", response_model=SubmissionOut)
def assign(admin: Admin, row: Visible, body: Assignment, db: Db) -> SubmissionOut:
    """Assign the submission to an active account: only it (and administrators) see it."""
    target = db.get(Reviewer, body.reviewer_id)
    if target is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, _("no such reviewer"))
    if not target.is_active:
        raise HTTPException(status.HTTP_409_CONFLICT, _("the account is deactivated"))
    row.assigned_to = target.id
    record(db, admin, "assign", reviewer_id=target.id, submission_id=row.id)
    db.commit()
    return _out(row)


@router.delete("/{submission_id}/assign", response_model=SubmissionOut)
def unassign(admin: Admin, row: Visible, db: Db) -> SubmissionOut:
    """Assign the submission to nobody: only administrators see it."""
    before, row.assigned_to = row.assigned_to, None
    record(db, admin, "unassign", reviewer_id=before, submission_id=row.id)
    db.commit()
    return _out(row)


@router.delete("/{submission_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_submission(admin: Admin, row: Visible, db: Db, config: Settings) -> None:
    """Delete a submission: it leaves every list and route (404), its stored file and page
    images are removed, a worker holding it drops what it finds. Its decisions stay, the
    trail ending with a ``deleted`` entry (who, when), and the administrators' trail says so."""
    row.status = DELETED  # a worker holding it stores nothing (it stores only while processing)
    db.add(
        Decision(
            submission_id=row.id, suggestion=SUBMISSION_KEY, action=DELETED, reviewer_id=admin.id
        )
    )
    record(db, admin, "delete_submission", submission_id=row.id, detail=row.filename)
    db.commit()
    remove_files(config.data_dir, row)
