"""Taking a file in as a submission: its checks, its stored copy, its row, its processing; and
the files let go of again when an administrator deletes it.

An upload and a registered folder share this, so a file becomes the same submission (same
accepted types, same size limit, same stored name, same background processing) either way.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from fastapi import HTTPException, status
from sqlalchemy.orm import Session

from extractor.parse.formats import suffixes
from extractor.serve.config import ServeSettings
from extractor.serve.db_tables import Submission
from extractor.serve.processing import printed_path
from extractor.serve.queue import JobQueue

_UNSAFE = re.compile(r"[^\w.\-]+")
_NAME_BYTES = 200


def is_accepted(name: str) -> bool:
    """A file of a registered format by its name (PDF, DOCX, TXT): what the pipeline reads."""
    return name.lower().endswith(suffixes())


def require_framework(framework: str) -> None:
    """422 for a framework with no file in patterns/frameworks/, before anything is stored."""
    from extractor.errors import UnknownFramework
    from extractor.match.frameworks import load_framework

    try:
        load_framework(framework)
    except UnknownFramework as err:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, str(err)) from err


def _stored_name(row_id: int, name: str) -> str:
    """The upload's file name on disk: the row's id, then as much of the sent name's end as
    fits in 200 bytes of UTF-8 (a file name may hold 255 bytes: 84 Chinese characters and an
    id did not fit, and the upload answered 500)."""
    tail = _UNSAFE.sub("_", name).encode("utf-8")[-_NAME_BYTES:]
    return f"{row_id}-{tail.decode('utf-8', 'ignore')}"  # a character cut in two is dropped


def admit(
    db: Session,
    config: ServeSettings,
    queue: JobQueue,
    *,
    name: str,
    data: bytes,
    framework: str,
    uploaded_by: int,
    assigned_to: int,
) -> Submission:
    """Store ``data`` under data_dir/uploads and commit its Submission row, queued: a worker of
    the job queue (this process's or another's) takes it.

    The caller has checked the type, the size and the framework. The stored name starts with
    the row's id, so two files of the same name never overwrite each other.
    """
    row = Submission(
        filename=name[:255],
        stored_path="",
        framework=framework,
        uploaded_by=uploaded_by,
        assigned_to=assigned_to,
    )
    db.add(row)
    db.flush()
    uploads = config.data_dir / "uploads"
    uploads.mkdir(parents=True, exist_ok=True)
    stored = uploads / _stored_name(row.id, name)
    stored.write_bytes(data)
    row.stored_path = str(stored)
    db.commit()
    queue.notify()
    return row


DELETED = "deleted"  # a submission's status once an administrator deleted it
SUBMISSION_KEY = "submission"  # the audit trail's key of what concerns a submission as a whole


def remove_files(data_dir: Path, row: Submission) -> None:
    """Remove a deleted submission's stored upload, a DOCX's print and its rendered page
    images (only what lies in the data folder: nothing else was ever ours)."""
    uploads = (data_dir / "uploads").resolve()
    stored = Path(row.stored_path)
    if stored.name and stored.resolve().parent == uploads:
        stored.unlink(missing_ok=True)
    printed_path(data_dir, row.id).unlink(missing_ok=True)
    pages = data_dir / "pages" / str(row.id)
    if pages.is_dir():
        shutil.rmtree(pages)
