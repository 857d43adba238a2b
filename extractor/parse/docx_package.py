"""Opening a DOCX package safely: size and zip-bomb checks come before any XML is parsed."""

from __future__ import annotations

import lzma
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from lxml import etree

from extractor.errors import CorruptDocument, EncryptedDocument, TooLargeDocument
from extractor.language import _
from extractor.parse.docx_styles import Element
from extractor.settings import Limits

if TYPE_CHECKING:
    from docx.parts.document import DocumentPart

# One member that inflates this much and is this big is a decompression bomb, not a picture.
_MAX_RATIO = 200
_RATIO_FLOOR = 10 * 1024 * 1024
# Deflate cannot do better than about 1,032:1, so a directory entry that claims more was
# damaged (a flipped bit in a size field), not written by a zip tool: that file is corrupt.
_DEFLATE_MAX_RATIO = 1100
_SLACK = 64 * 1024
# A password-protected DOCX is an OLE compound file holding an "EncryptionInfo" stream.
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")


def _is_encrypted(path: Path) -> bool:
    with path.open("rb") as handle:
        if handle.read(len(_OLE_MAGIC)) != _OLE_MAGIC:
            return False
        return _ENCRYPTION_INFO in handle.read()


def check_archive(path: Path, limits: Limits, location: Path | None = None) -> None:
    """Refuse zip bombs and oversized XML from the central directory, before anything inflates.

    zipfile never inflates a member past the size the directory declares, so checking the
    declared sizes bounds what python-docx will read. The bytes are read from ``location``
    where given (the opened file ``path`` names), errors name ``path``.
    """
    where = location or path
    try:
        with zipfile.ZipFile(where) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError) as err:
        if isinstance(err, zipfile.BadZipFile) and _is_encrypted(where):
            raise EncryptedDocument(
                path,
                _("the DOCX is password-protected"),
                _("remove the password and submit again"),
            ) from err
        raise CorruptDocument(
            path,
            _("not a readable ZIP archive"),
            _("open it in Word and save it again"),
        ) from err
    if "word/document.xml" not in {member.filename for member in members}:
        raise CorruptDocument(
            path, _("the archive has no word/document.xml"), _("save it again as .docx")
        )
    for member in members:
        stored = member.compress_type == zipfile.ZIP_STORED
        deflated = member.compress_type == zipfile.ZIP_DEFLATED
        if (stored and member.file_size != member.compress_size) or (
            deflated and member.file_size > _DEFLATE_MAX_RATIO * member.compress_size + _SLACK
        ):
            raise CorruptDocument(
                path,
                _(
                    "the archive's directory is damaged: {member} claims {size:,} bytes"
                    " from {stored:,} stored"
                ).format(
                    member=member.filename, size=member.file_size, stored=member.compress_size
                ),
                _("open it in Word and save it again"),
            )
    total = sum(member.file_size for member in members)
    if total > limits.max_unzipped_bytes:
        raise TooLargeDocument(
            path,
            _(
                "unpacks to {size:,} bytes, over the limit of {limit:,}"
                " (a zip bomb, or very large embedded media)"
            ).format(size=total, limit=limits.max_unzipped_bytes),
            _("compress or remove the pictures and submit again"),
        )
    for member in members:
        is_xml = member.filename.endswith((".xml", ".rels"))
        if is_xml and member.file_size > limits.max_xml_bytes:
            raise TooLargeDocument(
                path,
                _("{member} is {size:,} bytes of XML, over the limit of {limit:,}").format(
                    member=member.filename, size=member.file_size, limit=limits.max_xml_bytes
                ),
            )
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_FLOOR and ratio > _MAX_RATIO:
            raise TooLargeDocument(
                path,
                _("{member} inflates {ratio:,.0f} times: a zip bomb").format(
                    member=member.filename, ratio=ratio
                ),
                _("do not submit it"),
            )


def open_package(path: Path, location: Path | None = None) -> DocumentPart:
    """The main document part, with every damage python-docx can meet reported as corrupt.

    python-docx parses each part with ``XMLParser(resolve_entities=False)`` and lxml's
    defaults ``no_network=True, huge_tree=False``: entities are not expanded, nothing is
    fetched, and libxml2 refuses entity amplification ("billion laughs") with a syntax error.
    A part that declares a DTD at all is refused: Word never writes one (the Open Packaging
    Conventions forbid it), so it marks a crafted file, e.g. an external-entity probe.
    """
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.opc.part import XmlPart

    try:
        document_part = docx.Document(str(location or path)).part
    except (  # python-docx meets a damaged package with any of these
        KeyError,
        ValueError,
        AttributeError,
        TypeError,
        IndexError,
        EOFError,
        zipfile.BadZipFile,
        zlib.error,
        lzma.LZMAError,
        etree.XMLSyntaxError,
        PackageNotFoundError,
        # zipfile, reading a member of a damaged archive: a seek before the start of the file,
        # bad bzip2 data (OSError), a compression method it lacks, an encrypted member
        OSError,
        NotImplementedError,
        RuntimeError,
    ) as err:
        raise CorruptDocument(
            path,
            _("the Word package cannot be read"),
            _("open it in Word and save it again as .docx"),
        ) from err
    for part in document_part.package.iter_parts():
        if isinstance(part, XmlPart) and part.element.getroottree().docinfo.doctype:
            raise CorruptDocument(
                path,
                _("{part} declares a DTD, which no Word file has").format(
                    part=part.partname.lstrip("/")
                ),
                _("open it in Word and save it again as .docx"),
            )
    return document_part


def related_xml(part: DocumentPart, relationship: str) -> Element | None:
    """The XML of a part the document relates to (styles, numbering), None when it has none."""
    from docx.opc.part import Part, XmlPart

    target: Part | None
    try:
        target = part.part_related_by(relationship)
    except KeyError:
        return None
    except ValueError:  # two relationships of the type: a damaged package; read the first
        target = next(
            (
                rel.target_part
                for rel in part.rels.values()
                if rel.reltype == relationship and not rel.is_external
            ),
            None,
        )
    return target.element if isinstance(target, XmlPart) else None
