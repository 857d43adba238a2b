"""Opening a DOCX package safely: size and zip-bomb checks come before any XML is parsed."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from extractor.errors import CorruptDocument, EncryptedDocument, TooLargeDocument
from extractor.parse.docx_styles import Element
from extractor.settings import Limits

if TYPE_CHECKING:
    from docx.parts.document import DocumentPart

# One member that inflates this much and is this big is a decompression bomb, not a picture.
_MAX_RATIO = 200
_RATIO_FLOOR = 10 * 1024 * 1024
# A password-protected DOCX is an OLE compound file holding an "EncryptionInfo" stream.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")


def _is_encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        if handle.read(len(_OLE_MAGIC)) != _OLE_MAGIC:
            return False
        return _ENCRYPTION_INFO in handle.read()


def check_archive(path: Path, limits: Limits) -> None:
    """Refuse zip bombs and oversized XML from the central directory, before anything inflates.

    zipfile never inflates a member past the size the directory declares, so checking the
    declared sizes bounds what python-docx will read.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as err:
        if isinstance(err, zipfile.BadZipFile) and _is_encrypted(path):
            raise EncryptedDocument(
                path, "the DOCX is password-protected", "remove the password and submit again"
            ) from err
        raise CorruptDocument(
            path, f"not a readable ZIP archive ({err})", "open it in Word and save it again"
        ) from err
    if "word/document.xml" not in {member.filename for member in members}:
        raise CorruptDocument(
            path, "the archive has no word/document.xml", "save it again as .docx"
        )
    total = sum(member.file_size for member in members)
    if total > limits.max_unzipped_bytes:
        raise TooLargeDocument(
            path,
            f"unpacks to {total:,} bytes, over the limit of {limits.max_unzipped_bytes:,}"
            " (a zip bomb, or very large embedded media)",
            "compress or remove the pictures and submit again",
        )
    for member in members:
        is_xml = member.filename.endswith((".xml", ".rels"))
        if is_xml and member.file_size > limits.max_xml_bytes:
            raise TooLargeDocument(
                path,
                f"{member.filename} is {member.file_size:,} bytes of XML,"
                f" over the limit of {limits.max_xml_bytes:,}",
            )
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_FLOOR and ratio > _MAX_RATIO:
            raise TooLargeDocument(
                path,
                f"{member.filename} inflates {ratio:,.0f} times: a zip bomb",
                "do not submit it",
            )


def open_package(path: Path) -> DocumentPart:
    """The main document part, with every damage python-docx can meet reported as corrupt.

    python-docx parses each part with ``XMLParser(resolve_entities=False)`` and lxml's
    defaults ``no_network=True, huge_tree=False``: entities are not expanded, nothing is
    fetched, and libxml2 refuses entity amplification ("billion laughs") with a syntax error.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(path)).part
    except (  # python-docx meets a damaged package with any of these
        KeyError,
        ValueError,
        AttributeError,
        TypeError,
        IndexError,
        EOFError,
        zipfile.BadZipFile,
        zlib.error,
        etree.XMLSyntaxError,
        PackageNotFoundError,
    ) as err:
        raise CorruptDocument(
            path,
            f"the Word package cannot be read ({type(err).__name__}: {err})",
            "open it in Word and save it again as .docx",
        ) from err


def related_xml(part: DocumentPart, relationship: str) -> Element | None:
    """The XML of a part the document relates to (styles, numbering), None when it has none."""
    from docx.opc.part import XmlPart

    try:
        target = part.part_related_by(relationship)
    except KeyError:
        return None
    return target.element if isinstance(target, XmlPart) else None
