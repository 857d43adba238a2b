"""Downloads of a review for the files kept outside the panel: the Excel review sheet."""

from __future__ import annotations

import re
from pathlib import PurePath
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Response, status
from sqlalchemy import select

from extractor.serve.db_tables import Decision, Reviewer
from extractor.serve.deps import Db, not_ready
from extractor.serve.processing import load_result
from extractor.serve.review_sheet import review_workbook
from extractor.serve.routes.submissions import Visible

router = APIRouter(prefix="/api/submissions", tags=["exports"])
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_NOT_ASCII_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _disposition(submission_id: int, filename: str) -> str:
    """An attachment named review-<id>-<stem>.xlsx: plain ASCII in ``filename`` for any client,
    the original (often Chinese) stem in ``filename*`` for those that read RFC 6266."""
    stem = PurePath(filename.replace("\\", "/")).stem
    ascii_stem = _NOT_ASCII_SAFE.sub("_", stem).strip("._")[:80] or "submission"
    fallback = f"review-{submission_id}-{ascii_stem}.xlsx"
    full = quote(f"review-{submission_id}-{stem[:80]}.xlsx", safe="")
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{full}"


@router.get(
    "/{submission_id}/review.xlsx",
    response_class=Response,
    responses={200: {"content": {XLSX: {}}, "description": "the review sheet"}},
)
def review_sheet(row: Visible, db: Db) -> Response:
    """The review as an Excel workbook: pre-screen summary, suggestions with their standing
    decisions, added evidence and the audit trail; 409 until the submission is processed."""
    result = load_result(row)
    if result is None:
        raise HTTPException(status.HTTP_409_CONFLICT, not_ready(row.status))
    query = select(Decision).where(Decision.submission_id == row.id).order_by(Decision.id)
    decisions = list(db.scalars(query))
    ids = {d.reviewer_id for d in decisions}
    names = {r.id: r.name for r in db.scalars(select(Reviewer).where(Reviewer.id.in_(ids)))}
    return Response(
        review_workbook(row, result, decisions, names),
        media_type=XLSX,
        headers={"Content-Disposition": _disposition(row.id, row.filename)},
    )
