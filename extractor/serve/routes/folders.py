"""Registering a folder on the server: each PDF, DOCX or TXT directly in it becomes a submission.

A round of applications often arrives as a folder (a shared drive, a mailbox export); one upload
per file is tedious, so an administrator names the folder instead. Only a folder inside the
configured roots can be named, judged after ``..`` and symlinks are resolved, and so is every
file read from it: the API never reads anything else on the server. The checks are made on
what was opened (its descriptor), never on a name that is opened afterwards: a name swapped for
a link in between cannot lead outside.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Literal

from fastapi import APIRouter, HTTPException, status
from pydantic import BaseModel, ConfigDict, Field

from extractor.labels import os_error
from extractor.language import _
from extractor.serve.config import ServeSettings
from extractor.serve.db_tables import Reviewer
from extractor.serve.deps import Admin, Db, Queue, Settings
from extractor.serve.intake import admit, is_accepted, require_framework
from extractor.serve.schemas import RowId, SubmissionOut
from extractor.settings import DEFAULT_FRAMEWORK

router = APIRouter(prefix="/api/folders", tags=["folders"])
# ErrorKind's words where they fit, so the page can show them as it shows a failed file
SkipReason = Literal["wrong_type", "too_large", "unreadable", "outside_roots"]


class FolderIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    path: str = Field(min_length=1, max_length=4096, description="a folder on the server")
    framework: str = DEFAULT_FRAMEWORK
    assign_to: RowId | None = Field(default=None, description="reviewer id; the admin if absent")


class SkippedFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    reason: SkipReason
    detail: str


class FolderOut(BaseModel):
    """What registering made: a submission per file taken, and why the others were not."""

    model_config = ConfigDict(extra="forbid")
    submissions: list[SubmissionOut]
    skipped: list[SkippedFile]


def folder_roots(config: ServeSettings) -> tuple[Path, ...]:
    """The configured roots, resolved; none configured means data_dir/inbox alone."""
    return tuple(root.resolve() for root in config.folder_roots or (config.data_dir / "inbox",))


def _inside(path: Path, roots: tuple[Path, ...]) -> bool:
    return any(path.is_relative_to(root) for root in roots)


def _real_path(fd: int) -> Path:
    """Where an open file or folder really is: read from its descriptor, so the answer is
    about what was opened, not about whatever the name points to a moment later."""
    return Path(os.readlink(f"/proc/self/fd/{fd}"))


def _open_folder(raw: str, roots: tuple[Path, ...]) -> int:
    """The folder opened (a descriptor): 403 outside the roots (before its existence is told),
    else 404. The roots are checked on the opened folder itself."""
    try:
        folder = Path(raw).resolve()
    except (OSError, RuntimeError, ValueError) as err:  # a symlink loop, a NUL byte
        raise HTTPException(status.HTTP_404_NOT_FOUND, _("no such folder")) from err
    outside = HTTPException(
        status.HTTP_403_FORBIDDEN,
        f"{folder} is outside the folders that may be registered "
        f"({', '.join(str(root) for root in roots)}); set EXTRACTOR_FOLDER_ROOTS to allow another",
    )
    if not _inside(folder, roots):
        raise outside
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as err:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, _("no such folder: {folder}").format(folder=folder)
        ) from err
    if not _inside(_real_path(fd), roots):  # swapped for a link since it was resolved
        os.close(fd)
        raise outside
    return fd


def _read(folder: int, name: str, roots: tuple[Path, ...], limit: int) -> bytes | SkippedFile:
    """The bytes of the entry ``name`` of the open folder, or why it is skipped. The entry is
    opened first and then checked from its descriptor (inside the roots, a regular file, not
    too large), so swapping it for a link between the check and the read cannot lead outside:
    a link is followed, but what it opened must stay in the roots."""

    def skip(reason: SkipReason, detail: str) -> SkippedFile:
        return SkippedFile(name=name, reason=reason, detail=detail)

    if not is_accepted(name):
        return skip("wrong_type", _("only PDF, DOCX or TXT"))
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK, dir_fd=folder)  # a FIFO never blocks
    except FileNotFoundError:
        return skip("unreadable", _("a broken link, or gone since the folder was listed"))
    except OSError as err:
        return skip("unreadable", os_error(err))
    with os.fdopen(fd, "rb") as handle:
        if not _inside(_real_path(fd), roots):
            return skip("outside_roots", _("links outside the folders that may be registered"))
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode):
            return skip("unreadable", _("not a regular file"))
        too_large = skip(
            "too_large", _("the file is larger than {limit} bytes").format(limit=limit)
        )
        if found.st_size > limit:
            return too_large
        try:
            data = handle.read(limit + 1)
        except OSError as err:
            return skip("unreadable", os_error(err))
    return too_large if len(data) > limit else data


@router.post("", response_model=FolderOut, status_code=status.HTTP_202_ACCEPTED)
def register_folder(
    body: FolderIn,
    admin: Admin,
    db: Db,
    config: Settings,
    queue: Queue,
) -> FolderOut:
    """Make a submission of every PDF, DOCX and TXT directly in the folder, in name order
    (hidden files and subfolders left out); each waits in the job queue like an
    upload. Registering a folder twice makes its submissions twice."""
    require_framework(body.framework)
    assignee = admin.id if body.assign_to is None else body.assign_to
    if db.get(Reviewer, assignee) is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, _("no such reviewer"))
    roots = folder_roots(config)
    folder = _open_folder(body.path, roots)
    try:
        try:
            names = sorted(os.listdir(folder))
        except OSError as err:
            detail = "the server cannot read the folder"
            raise HTTPException(status.HTTP_403_FORBIDDEN, detail) from err
        created: list[SubmissionOut] = []
        skipped: list[SkippedFile] = []
        for name in names:
            if name.startswith(".") or _is_folder(folder, name):
                continue
            data = _read(folder, name, roots, config.upload_max_bytes)
            if isinstance(data, SkippedFile):
                skipped.append(data)
                continue
            row = admit(
                db,
                config,
                queue,
                name=name,
                data=data,
                framework=body.framework,
                uploaded_by=admin.id,
                assigned_to=assignee,
            )
            created.append(SubmissionOut.model_validate(row, from_attributes=True))
    finally:
        os.close(folder)
    return FolderOut(submissions=created, skipped=skipped)


def _is_folder(folder: int, name: str) -> bool:
    """A subfolder (or a link to one): left out, as it was."""
    try:
        return stat.S_ISDIR(os.stat(name, dir_fd=folder).st_mode)
    except OSError:
        return False
