"""Inputs the fuzzer (benchmarks/fuzz_parsers.py) found, and the most telling ones it made.

Each is written to a file and read as a submission is: the reader must raise a typed
DocumentError of the right kind, or read the file; nothing else may escape. The crashing
inputs are minimised (PDF) or rebuilt deterministically (the damaged ZIP archives).
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest

from extractor.errors import DocumentError, ErrorKind
from extractor.model import Document
from extractor.pipeline import parse_in_process
from extractor.settings import Limits
from tests.pdf_bytes import pdf_bytes

# The readers' own bounds; LibreOffice's print of a DOCX (which hangs on some of these tables
# until its timeout) is tested in tests/parse/test_docx_pages.py.
_LIMITS = Limits(ocr=False, docx_render=False)


def _read(tmp_path: Path, name: str, data: bytes) -> Document | ErrorKind:
    path = tmp_path / name
    path.write_bytes(data)
    try:
        return parse_in_process(path, _LIMITS)
    except DocumentError as err:
        return err.kind


def _pdf(content: bytes, kids: bytes = b"3 0 R", count: int = 1) -> bytes:
    """A one-page PDF with a correct xref table; ``kids``/``count`` may lie about the pages."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return pdf_bytes(objects)


_TEXT = b"BT /F1 12 Tf 20 150 Td (Page one: 12,000 base stations) Tj ET"


# ---- PDF: crashes the fuzzer found (minimised) ----------------------------------------------


def test_a_page_tree_whose_only_page_cannot_be_loaded_is_corrupt(tmp_path: Path) -> None:
    """pdfium counts a page it then cannot load: PdfiumError("Failed to load page.") escaped."""
    data = b"%PDF-\n1 0 obj<<///Pages 2 0 R>>2 0 obj<</Type/Pages>>trailer<</Root 1 0 R>>"
    assert _read(tmp_path, "pages.pdf", data) is ErrorKind.corrupt


def test_a_page_that_cannot_be_loaded_is_a_warning_and_the_others_are_read(
    tmp_path: Path,
) -> None:
    """/Count 2 and a second kid that does not exist: page 1 is read, page 2 flagged."""
    document = _read(tmp_path, "two.pdf", _pdf(_TEXT, kids=b"3 0 R 9 0 R", count=2))
    assert isinstance(document, Document)
    assert document.text == "Page one: 12,000 base stations"
    assert [(w.code, w.page) for w in document.warnings] == [("unreadable_page", 2)]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(
            b"%PDF-\n1 0 obj<<///Pages 3 0 R>>3 0 obj<</Contents 4 0 R>>4 0 obj<<>>stream\n"
            b"re f\nendobj\ntrailer<</Root 1 0 R>>",
            id="no-root-for-pdfminer",
        ),
        pytest.param(
            b"%PDF-\n4 0 obj<</Contents 9 0 R/\nj\n6 0 obj<<///Pages 8 0 R>>8 0 obj<</Kids[4 0 R>>"
            b"9 0 obj<<>>stream\nTf(1)Tj endobj\ntrailer<</Root 6 0 R>>",
            id="invalid-dictionary-for-pdfminer",
        ),
    ],
)
def test_a_page_pdfminer_cannot_read_falls_through_to_a_warning(
    tmp_path: Path, data: bytes
) -> None:
    """pdfium opens it and finds no text; the second reading (pdfplumber) raised
    PdfminerException. Now the page gets the no-text-layer warning, as without pdfplumber."""
    document = _read(tmp_path, "damaged.pdf", data)
    assert isinstance(document, Document)
    assert [w.code for w in document.warnings] == ["no_text_layer"]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(
            b"%PDF-\n6 0 obj<<///Pages 8 0 R>>endobj\n8 0 obj<<C 2/Kids[4 0 R \xdb]/Type/Pages>>"
            b"endobj\n9 0 obj<<h 6>>stream\nTf(0)Tj\nendobj\n4 0 obj<</Contents 9 0 R\nendstream"
            b"\nendobj\ntrailer<</Root 6 0 R\ne 1>>",
            id="pdfminer-keyerror-0",
        ),
        pytest.param(
            b"%PDF-\n4 0 obj<</Contents 9 0 R/MediaBox 0m<<C/>>s</Type/Page>>endobj\n6 0 obj"
            b"<<///Pages 8 0 R/)\n8 0 obj<</Kids[4 0 R>>9 0 obj<<h 6>>stream\nTf(0)Tj endstream"
            b"\nxref\ntrailer<</<>/Root 6 0 R>>startxref\n",
            id="pdfminer-float-of-keyword",
        ),
        pytest.param(
            b"5 0 obj<</MediaBox[\xb2]/<<t 0>>s<<>>/Type/Page>>endobj\ntrailer<<D</Root 1>>"
            b"startxref%PDF-\n1 0 obj<<///Pages 2 0 R>>2 0 obj<<///Kids[3 0 R>endobj\n3 0 obj"
            b"<</]/Contents 4 0 R\n4 0 obj<<>>stream\nre f\nendobj\ntrailer<</Root 1 0 R>>",
            id="pdfplumber-malformed-bbox",
        ),
        pytest.param(
            b"%PDF-\n1 0 obj<</Pages 3 0 R\nendobj\n3 0 obj<</Type/Page/Contents 4 0 R>>endobj"
            b"\ntrailer>4 0 obj<<>>stream\nre f\nendstream\ntrailer<<e 6/Root 1 0 R>>",
            id="pdfplumber-no-mediabox",
        ),
    ],
)
def test_pdfplumber_failing_on_its_pages_does_not_escape(tmp_path: Path, data: bytes) -> None:
    """pdfplumber opens these but cannot build their pages, in its second reading and again
    when it is closed (PDF.close() walks every page): PdfminerException, MalformedPDFException
    and TypeError escaped. Now the reading falls back as above, and close() cannot fail."""
    document = _read(tmp_path, "damaged.pdf", data)
    assert isinstance(document, (Document, ErrorKind)), document


# ---- PDF: telling inputs (no crash) -------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(_pdf(_TEXT).replace(b"0000000009", b"0000000999"), "read", id="bad-xref"),
        pytest.param(_pdf(_TEXT).split(b"xref")[0], ErrorKind.corrupt, id="no-xref-no-trailer"),
        pytest.param(_pdf(_TEXT)[:120], ErrorKind.corrupt, id="truncated-in-the-objects"),
        pytest.param(b"%PDF-1.7\n%%EOF\n", ErrorKind.corrupt, id="header-only"),
        pytest.param(_pdf(_TEXT, count=0, kids=b""), ErrorKind.corrupt, id="no-pages"),
        pytest.param(b"%PDF-1.4\n" + b"[" * 50_000, ErrorKind.corrupt, id="nested-arrays"),
        pytest.param(
            _pdf(b"BT /F1 12 Tf 20 150 Td (" + b"\\(" * 5_000 + b") Tj ET"), "read", id="escapes"
        ),
    ],
)
def test_damaged_pdfs_read_or_raise_a_typed_error(
    tmp_path: Path, data: bytes, expected: str | ErrorKind
) -> None:
    outcome = _read(tmp_path, "damaged.pdf", data)
    assert (outcome if isinstance(outcome, ErrorKind) else "read") == expected


# ---- DOCX: damaged archives (crashes the fuzzer found, rebuilt deterministically) ---------


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data)
    return buffer.getvalue()


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCUMENT = (
    f'<w:document xmlns:w="{_W}"><w:body><w:p><w:r><w:t>到2025年建成5G基站1.2万个</w:t>'
    "</w:r></w:p></w:body></w:document>"
).encode()
_PACKAGE = {
    "[Content_Types].xml": (
        b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        b'relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    ),
    "_rels/.rels": (
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    ),
    "word/document.xml": _DOCUMENT,
}


# An archive sniffing cannot open: "a damaged ZIP archive" (wrong_type) or, when it is named
# .docx, handed to the DOCX reader to be named corrupt; either is a typed answer.
_DAMAGED = frozenset({ErrorKind.wrong_type, ErrorKind.corrupt})


def _patched(offset_in_record: int, value: int, fmt: str = "<H", record: bytes = b"") -> bytes:
    """The package with one field of its first central-directory record (or of ``record``,
    e.g. the end record) overwritten."""
    data = bytearray(_zip(_PACKAGE))
    at = data.rfind(record) if record else data.find(b"PK\x01\x02")
    struct.pack_into(fmt, data, at + offset_in_record, value)
    return bytes(data)


def test_the_package_itself_reads(tmp_path: Path) -> None:
    document = _read(tmp_path, "good.docx", _zip(_PACKAGE))
    assert isinstance(document, Document)
    assert document.text == "到2025年建成5G基站1.2万个"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # the end record puts the central directory 1000 bytes later than it is, so every
        # member's header lies before the start of the file: OSError(EINVAL) from zipfile.seek
        pytest.param(
            _patched(16, len(_zip(_PACKAGE)), "<I", b"PK\x05\x06"),
            ErrorKind.corrupt,
            id="header-before-the-start",
        ),
        # compression method 12 (bzip2) on deflate-less data: OSError("Invalid data stream")
        pytest.param(_patched(10, 12), ErrorKind.corrupt, id="bzip2-garbage"),
        # compression method 99 (AES): NotImplementedError
        pytest.param(_patched(10, 99), ErrorKind.corrupt, id="unknown-compression"),
        # the encrypted flag on a member: RuntimeError("password required")
        pytest.param(_patched(8, 1), ErrorKind.corrupt, id="encrypted-member"),
        # "version needed to extract" 9.6: NotImplementedError in sniffing's ZipFile()
        pytest.param(_patched(6, 96), _DAMAGED, id="zip-version-9.6"),
        # a name flagged UTF-8 that is not: UnicodeDecodeError in sniffing's ZipFile()
        pytest.param(
            _zip({**_PACKAGE, "\xe9.xml": b"x"}).replace(b"\xc3\xa9.xml", b"\xff\xfe.xml"),
            _DAMAGED,
            id="name-not-utf8",
        ),
    ],
)
def test_a_damaged_archive_is_a_typed_error(
    tmp_path: Path, data: bytes, expected: ErrorKind | frozenset[ErrorKind]
) -> None:
    outcome = _read(tmp_path, "damaged.docx", data)
    assert outcome in (expected if isinstance(expected, frozenset) else {expected})


# ---- DOCX: telling inputs (no crash) ------------------------------------------------------


def _without(name: str) -> dict[str, bytes]:
    return {k: v for k, v in _PACKAGE.items() if k != name}


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        pytest.param(_without("word/document.xml"), ErrorKind.wrong_type, id="no-document-xml"),
        pytest.param(_without("[Content_Types].xml"), ErrorKind.corrupt, id="no-content-types"),
        pytest.param(_without("_rels/.rels"), ErrorKind.corrupt, id="no-package-rels"),
        pytest.param(
            {**_PACKAGE, "word/document.xml": _DOCUMENT[:60]}, ErrorKind.corrupt, id="cut-xml"
        ),
        pytest.param(
            {**_PACKAGE, "word/document.xml": f'<w:document xmlns:w="{_W}"/>'.encode()},
            ErrorKind.corrupt,
            id="no-body",
        ),
        pytest.param(
            {**_PACKAGE, "word/document.xml": b"<?xml version='1.0'?>\n<a>\xff\xfe</a>"},
            ErrorKind.corrupt,
            id="not-utf8-xml",
        ),
        pytest.param(
            {
                **_PACKAGE,
                "word/document.xml": (
                    b'<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
                    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;">]><w:document xmlns:w="'
                    + _W.encode()
                    + b'"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>'
                ),
            },
            # never expanded: the run holds no text (empty), or the DTD itself is refused
            frozenset({ErrorKind.empty, ErrorKind.corrupt}),
            id="entities",
        ),
        pytest.param(
            {
                **_PACKAGE,
                "word/document.xml": _DOCUMENT.replace(
                    b"<w:body>", b"<w:body>" + b"<w:sdt>" * 300
                ).replace(b"</w:body>", b"</w:sdt>" * 300 + b"</w:body>"),
            },
            ErrorKind.corrupt,  # deeper than libxml2 parses without huge_tree
            id="deep-nesting",
        ),
    ],
)
def test_odd_packages_read_or_raise_a_typed_error(
    tmp_path: Path, members: dict[str, bytes], expected: ErrorKind | frozenset[ErrorKind]
) -> None:
    outcome = _read(tmp_path, "odd.docx", _zip(members))
    assert outcome in (expected if isinstance(expected, frozenset) else {expected})


# ---- DOCX: numbers in attributes (found by the fuzzer's tree mutations and by probing) ----


def _table_docx(grid_before: str, grid_span: str) -> bytes:
    row = (
        f'<w:tr><w:trPr><w:gridBefore w:val="{grid_before}"/></w:trPr>'
        f'<w:tc><w:tcPr><w:gridSpan w:val="{grid_span}"/></w:tcPr><w:p><w:r><w:t>指标</w:t>'
        "</w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12000</w:t></w:r></w:p></w:tc></w:tr>"
    )
    body = f"<w:tbl>{row}{row}</w:tbl>"
    document = _DOCUMENT.replace(b"<w:body>", b"<w:body>" + body.encode())
    return _zip({**_PACKAGE, "word/document.xml": document})


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    ("grid_before", "grid_span", "cols"),
    [
        pytest.param("-5", "1", 2, id="negative-grid-before"),  # pydantic ValidationError
        pytest.param("0", "1000000000", 64, id="span-of-a-billion"),  # 46 s in a loop
        pytest.param("1000000000", "1", 65, id="skip-a-billion"),  # a billion-column grid
        pytest.param("0", "99999999999999999999", 64, id="span-past-int64"),  # never ended
    ],
)
def test_table_grid_numbers_are_bounded(
    tmp_path: Path, grid_before: str, grid_span: str, cols: int
) -> None:
    """A cell spans at most 63 columns (Word's limit) and a row skips at most 63, none fewer
    than 0; before, gridBefore -5 gave a cell at column -5 (ValidationError) and gridSpan or
    gridBefore 10**9 a loop over, or a grid of, a billion columns."""
    document = _read(tmp_path, "grid.docx", _table_docx(grid_before, grid_span))
    assert isinstance(document, Document)
    table = next(block for block in document.blocks if block.cells)
    assert table.cols == cols
    assert all(cell.col >= 0 for cell in table.cells)


def _numbered_docx(fmt: str, start: str) -> bytes:
    numbering = (
        f'<w:numbering xmlns:w="{_W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
        f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl>'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    ).encode()
    paragraph = (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        "<w:r><w:t>建设目标</w:t></w:r></w:p>"
    ).encode()
    types = _PACKAGE["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.numbering+xml"/></Types>',
    )
    relationships = (
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/numbering" Target="numbering.xml"/></Relationships>'
    )
    return _zip(
        {
            **_PACKAGE,
            "[Content_Types].xml": types,
            "word/document.xml": _DOCUMENT.replace(b"<w:body>", b"<w:body>" + paragraph),
            "word/_rels/document.xml.rels": relationships,
            "word/numbering.xml": numbering,
        }
    )


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    ("fmt", "start", "label"),
    [
        pytest.param("upperRoman", "3999", "MMMCMXCIX.", id="roman-at-its-limit"),
        pytest.param("upperRoman", "100000000", "100000000.", id="roman-100000-Ms"),
        pytest.param("upperRoman", "-5", "-5.", id="roman-negative"),  # was CMXCV
        pytest.param("upperLetter", "28", "BB.", id="letters"),
        pytest.param("lowerLetter", "1000000000000", "1000000000000.", id="letters-40-GB"),
    ],
)
def test_list_labels_of_absurd_counters_stay_short(
    tmp_path: Path, fmt: str, start: str, label: str
) -> None:
    """w:start 10**12 in upperLetter made a label of 38 billion letters (MemoryError, or a
    worker's memory gone), in upperRoman one of a billion Ms; now such counters are Arabic."""
    document = _read(tmp_path, "numbered.docx", _numbered_docx(fmt, start))
    assert isinstance(document, Document)
    assert [block.label for block in document.blocks if block.label] == [label]


def test_a_part_related_twice_is_read_once(tmp_path: Path) -> None:
    """Two numbering relationships (the fuzzer's find, rebuilt): python-docx's part_related_by
    raised ValueError("multiple relationships of type …"), which escaped. Now the first is read."""
    data = io.BytesIO(_numbered_docx("decimal", "3"))
    with zipfile.ZipFile(data) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    rels = members["word/_rels/document.xml.rels"]
    twice = rels.replace(b'Id="rId1"', b'Id="rId7"').replace(b"<Relationships", b"<R", 1)
    members["word/_rels/document.xml.rels"] = rels.replace(
        b"</Relationships>", twice[twice.index(b"<Relationship ") :]
    )
    assert members["word/_rels/document.xml.rels"].count(b"relationships/numbering") == 2
    document = _read(tmp_path, "twice.docx", _zip(members))
    assert isinstance(document, Document)
    assert [block.label for block in document.blocks if block.label] == ["3."]
