"""Identify a submission's real type from its bytes, before any parser touches it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from extractor.errors import (
    DocumentError,
    EmptyDocument,
    EncryptedDocument,
    TooLargeDocument,
    UnsupportedDocument,
    WrongTypeDocument,
)
from extractor.labels import os_error
from extractor.language import N_, _
from extractor.parse.formats import DOCX, Format, by_suffix, fallback, recognised, zip_names
from extractor.settings import Limits

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .doc / .xls, or an encrypted OOXML file
# A password-protected DOCX is an OLE compound file whose directory names an EncryptionInfo stream.
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_DAMAGED_ZIP = N_("a damaged ZIP archive")
_WORD_WITHOUT_BODY = N_("a ZIP archive with Word parts but no word/document.xml")


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file that passed the checks common to every format."""

    path: Path
    sha256: str
    size: int
    format: str
    """The name of its format in the register (extractor.parse.formats)."""
    location: Path | None = None
    """Where its bytes are read from when not ``path``: the worker's descriptor of the file it
    checked (/proc/self/fd/N), so a name swapped for a link afterwards is never read."""

    @property
    def read_from(self) -> Path:
        return self.location or self.path


def _content_format(path: Path, head: bytes) -> Format | str:
    """The registered format the bytes say, or a description of what they are instead."""
    found = recognised(path, head)
    if found is not None:
        return found
    if head.startswith(b"PK\x03\x04"):
        names = zip_names(path)
        if names is None:
            return _DAMAGED_ZIP
        if "xl/workbook.xml" in names:
            return N_("an Excel workbook")
        if any(name.startswith("word/") for name in names):
            return _WORD_WITHOUT_BODY
        return N_("a ZIP archive that is not a Word document")
    if head.startswith(_OLE_MAGIC):
        return N_("an OLE compound file (legacy .doc, or a password-protected Office file)")
    for magic, name in ((b"\x89PNG", N_("a PNG image")), (b"\xff\xd8\xff", N_("a JPEG image"))):
        if head.startswith(magic):
            return name
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return N_("binary data")
    text = fallback()
    return text if text is not None else N_("text")


def _unreadable(err: OSError) -> str:
    """Why a file the batch listed cannot be opened, as its row says."""
    if isinstance(err, FileNotFoundError):
        return _("the file is gone (moved or deleted after the folder was listed)")
    if isinstance(err, PermissionError):
        return _("the file cannot be opened: permission denied")
    return _("the file cannot be read: {reason}").format(reason=os_error(err))


def sniff(path: Path, limits: Limits, location: Path | None = None) -> SourceFile:
    """Check size and type, hash the bytes; raise a typed error naming the file otherwise.
    The bytes are read from ``location`` where given (the file ``path`` names, opened)."""
    where = location or path
    extension = path.suffix.lower()
    expected = by_suffix(extension)
    if expected is None:
        raise UnsupportedDocument(path)
    try:
        size = where.stat().st_size
    except OSError as err:  # gone since the folder was listed, or not ours to read
        raise DocumentError(path, _unreadable(err)) from err
    if size == 0:
        raise EmptyDocument(path, _("the file is empty (0 bytes)"))
    if size > limits.max_bytes:
        raise TooLargeDocument(
            path,
            _("{size:,} bytes is over the limit of {limit:,}").format(
                size=size, limit=limits.max_bytes
            ),
            "EXTRACTOR_MAX_BYTES",
        )
    digest = hashlib.sha256()
    try:
        with where.open("rb") as handle:
            head = handle.read(8192)
            digest.update(head)
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as err:
        raise DocumentError(path, _unreadable(err)) from err
    if not head.strip():
        raise EmptyDocument(path, _("the file holds only whitespace"))
    if head.startswith(_OLE_MAGIC) and expected is DOCX and _ENCRYPTION_INFO in where.read_bytes():
        raise EncryptedDocument(
            path, _("the Word file is protected by a password"), _("ask for an unprotected copy")
        )
    found = _content_format(where, head)
    if expected is DOCX and found in (_DAMAGED_ZIP, _WORD_WITHOUT_BODY):
        # a truncated or damaged Word file, not another type: the DOCX reader names the damage
        # as corrupt (or encrypted), which tells the applicant to save it again
        found = DOCX
    if found is not expected:
        what = (
            _("a {format} file").format(format=found.name.upper())
            if isinstance(found, Format)
            else _(found)
        )
        raise WrongTypeDocument(
            path,
            _("named {extension} but the content is {what}").format(extension=extension, what=what),
            _("rename it or export it again"),
        )

    return SourceFile(
        path=path, sha256=digest.hexdigest(), size=size, format=expected.name, location=location
    )
