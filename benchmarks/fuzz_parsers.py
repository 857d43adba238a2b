"""Coverage-guided fuzzing of the parsers with atheris (libFuzzer): one target per format.

    python benchmarks/fuzz_parsers.py --target docx --seconds 60
    python benchmarks/fuzz_parsers.py --target all --seconds 120
    python benchmarks/fuzz_parsers.py --target pdf --reproduce benchmarks/out/fuzz/pdf/crash-…
    python benchmarks/fuzz_parsers.py --target pdf --minimise benchmarks/out/fuzz/pdf/crash-…

Each input is written to a file and read as a submission is (``parse_in_process``: sniffing,
the parser, normalisation) in this process. A typed DocumentError is the right answer to a bad
file; any other exception is a crash, and an input that runs past ``--timeout`` a hang. Seeds
are small valid files the script generates (and trimmed copies of samples/); the DOCX target
mutates the XML inside the archive and the TXT target re-encodes, so inputs get past the
first check. Crashes, hangs and the corpus go to benchmarks/out/fuzz/<target>/ (git-ignored);
the summary gives executions, exec/s, coverage and crashes.

The module imports neither atheris nor extractor at import time: tests/fuzz/test_fuzz_harness.py
runs the same targets on the seeds and on mutated inputs without libFuzzer's engine.
"""

from __future__ import annotations

import argparse
import codecs
import importlib
import io
import json
import logging
import random
import re
import subprocess
import sys
import tempfile
import time
import traceback
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

OUT = ROOT / "benchmarks" / "out" / "fuzz"
TARGETS = ("txt", "docx", "pdf")
_MAX_LEN = {"txt": 16_384, "docx": 262_144, "pdf": 262_144}
# Python code that a target runs, instrumented for coverage (pdfium itself is native code).
_INSTRUMENT = {
    "txt": ["extractor", "charset_normalizer"],
    "docx": ["extractor", "docx"],
    "pdf": ["extractor", "pypdfium2", "pdfplumber", "pdfminer"],
}
_PARSERS = [
    "extractor.pipeline",
    "extractor.parse.txt",
    "extractor.parse.docx",
    "extractor.parse.pdf",
]
# Tokens libFuzzer splices in (-dict): PDF syntax, WordprocessingML elements and attributes.
_DICTIONARY = {
    "pdf": [
        "%PDF-1.7",
        "obj",
        "endobj",
        "stream",
        "endstream",
        "xref",
        "trailer",
        "startxref",
        "%%EOF",
        "/Type",
        "/Catalog",
        "/Pages",
        "/Page",
        "/Kids",
        "/Count",
        "/Parent",
        "/MediaBox",
        "/CropBox",
        "/Rotate",
        "/Contents",
        "/Resources",
        "/Font",
        "/XObject",
        "/Length",
        "/Filter",
        "/FlateDecode",
        "/ASCIIHexDecode",
        "/DecodeParms",
        "/ToUnicode",
        "/Encoding",
        "/Identity-H",
        "/Encrypt",
        "/ObjStm",
        "/XRef",
        "/Prev",
        "/Size",
        "/Root",
        "BT",
        "ET",
        "Tf",
        "Td",
        "TD",
        "Tm",
        "Tj",
        "TJ",
        "'",
        "Tc",
        "Tz",
        "re",
        "m",
        "l",
        "S",
        "f",
        "q",
        "Q",
        "cm",
        "Do",
        "<<",
        ">>",
        "[",
        "]",
        "(",
        ")",
        "<FEFF>",
        "0 R",
        "null",
        "-1",
        "99999999999",
        "1e308",
    ],
    "docx": [
        "<w:p>",
        "</w:p>",
        "<w:r>",
        "</w:r>",
        "<w:t>",
        "</w:t>",
        "<w:tbl>",
        "</w:tbl>",
        "<w:tr>",
        "</w:tr>",
        "<w:tc>",
        "</w:tc>",
        "<w:tab/>",
        "<w:br/>",
        '<w:br w:type="page"/>',
        "<w:lastRenderedPageBreak/>",
        "<w:sdt>",
        "<w:sdtContent>",
        "<w:txbxContent>",
        "<mc:AlternateContent>",
        "<mc:Choice>",
        "<mc:Fallback>",
        "<w:del>",
        "<w:ins>",
        "<w:pPr>",
        "<w:sectPr>",
        "<w:pStyle",
        "<w:numPr>",
        "<w:ilvl",
        "<w:numId",
        "<w:gridSpan",
        "<w:vMerge",
        "<w:hMerge",
        "<w:gridBefore",
        "<w:outlineLvl",
        'w:val="restart"',
        'w:val="continue"',
        'w:val="-1"',
        'w:val="99999999"',
        "w:val=",
        "r:id=",
        "<w:headerReference",
        "<w:footerReference",
        "<w:fldSimple",
        "<w:instrText>",
        " PAGE ",
        "<w:lvlText",
        "%1",
        "<w:numFmt",
        "chineseCounting",
        "<w:abstractNum",
        "<w:style",
        "<w:basedOn",
        "&amp;",
        "<!DOCTYPE",
        "<![CDATA[",
    ],
}


# ---- seeds ---------------------------------------------------------------------------------

_PROSE = (
    "一、总体要求\n\n（一）建设目标\n到2025年，全市累计建成5G基站1.2万个，每万人拥有5G基站数"
    "达36.8个，规上工业企业2，200家，工业互联网平台不少于10个。\n"
    "　　二是推进“5G+工业互联网”融合应用，打造六十二点七亿元产业集群。\n\n"
)
_TABLE = "序号｜指标｜2023年现状｜2025年目标\n1｜5G基站（个）｜8000｜12000\n2｜平台（个）｜3｜10\n"


def _txt_seeds() -> list[tuple[str, bytes]]:
    wrapped = "\n".join(_PROSE.replace("\n", "")[i : i + 20] for i in range(0, 120, 20))
    return [
        ("prose-utf8.txt", (_PROSE + _TABLE).encode("utf-8")),
        ("prose-gb18030.txt", _PROSE.encode("gb18030")),
        ("prose-utf16.txt", codecs.BOM_UTF16_LE + _PROSE.encode("utf-16-le")),
        ("big5.txt", "二、保障措施\n加強組織領導，完善政策體系。\n".encode("big5")),
        ("wrapped-pages.txt", (wrapped + "\f" + _TABLE.replace("｜", "\t")).encode("utf-8")),
        ("cp1252.txt", "Caf\xe9 r\xe9sum\xe9: 12\xa0000 \u20ac\r\n".encode("cp1252")),
    ]


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _part(root: str, body: str, extra: str = "") -> bytes:
    return (f'{_XML}<w:{root} xmlns:w="{_W}" xmlns:r="{_R}"{extra}>{body}</w:{root}>').encode()


def _p(text: str, ppr: str = "") -> str:
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _tc(text: str, tcpr: str = "", inner: str = "") -> str:
    return f"<w:tc>{tcpr}{_p(text)}{inner}</w:tc>"


_BODY = "".join(
    [
        _p("一、总体要求", '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>'),
        _p("建设目标", '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'),
        "<w:p><w:r><w:t>到2025年，全市累计建成5G基站</w:t></w:r><w:r><w:t>1.2万个</w:t>"
        "<w:tab/><w:t>每万人拥有5G基站数达36.8个。</w:t></w:r>"
        '<w:del w:id="1" w:author="a"><w:r><w:delText>删去</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="a"><w:r><w:t>加上</w:t></w:r></w:ins></w:p>',
        "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>（二）主要指标</w:t></w:r>"
        "<w:r><w:br/><w:t>规上工业企业2，200家</w:t></w:r></w:p></w:sdtContent></w:sdt>",
        '<w:p><w:r><w:br w:type="page"/></w:r><w:r><w:lastRenderedPageBreak/><w:t>第二页</w:t>'
        '</w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:pict><v:shape>'
        "<v:textbox><w:txbxContent>" + _p("文本框：平台10个") + "</w:txbxContent></v:textbox>"
        "</v:shape></w:pict></mc:Choice><mc:Fallback/></mc:AlternateContent></w:r></w:p>",
        '<w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/>'
        '<w:gridCol w:w="2000"/></w:tblGrid>'
        "<w:tr>" + _tc("指标") + _tc("数值", '<w:tcPr><w:gridSpan w:val="2"/></w:tcPr>') + "</w:tr>"
        "<w:tr>"
        + _tc("5G基站", '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>')
        + _tc("2023年")
        + _tc("8000")
        + "</w:tr><w:tr>"
        + _tc("", "<w:tcPr><w:vMerge/></w:tcPr>")
        + _tc("2025年")
        + _tc("12000", "", "<w:tbl><w:tr>" + _tc("嵌套") + "</w:tr></w:tbl><w:p/>")
        + '</w:tr><w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>'
        + _tc("合计", '<w:tcPr><w:hMerge w:val="restart"/></w:tcPr>')
        + _tc("", '<w:tcPr><w:hMerge w:val="continue"/></w:tcPr>')
        + '</w:tr><w:tr><w:trPr><w:del w:id="3" w:author="a"/></w:trPr>'
        + _tc("删去的行")
        + "</w:tr></w:tbl>",
        _p("第一节结束", '<w:pPr><w:sectPr><w:type w:val="nextPage"/></w:sectPr></w:pPr>'),
        _p("三、保障措施"),
        '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/>'
        '<w:footerReference w:type="default" r:id="rId4"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:type w:val="continuous"/></w:sectPr>',
    ]
)
_STYLES = (
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '</w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/></w:style>'
)
_NUMBERING = (
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)


def _relationships(items: list[tuple[str, str, str]]) -> bytes:
    rows = "".join(
        f'<Relationship Id="{rid}" Type="{_R}/{kind}" Target="{target}"/>'
        for rid, kind, target in items
    )
    return f'{_XML}<Relationships xmlns="{_RELS}">{rows}</Relationships>'.encode()


def _minimal_docx() -> dict[str, bytes]:
    overrides = {
        "document": "document.main",
        "styles": "styles",
        "numbering": "numbering",
        "header1": "header",
        "footer1": "footer",
    }
    types = "".join(
        f'<Override PartName="/word/{name}.xml" ContentType="{_WML}.{kind}+xml"/>'
        for name, kind in overrides.items()
    )
    content_types = (
        f'{_XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        f'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f"{types}</Types>"
    )
    namespaces = (
        ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:v="urn:schemas-microsoft-com:vml"'
    )
    return {
        "[Content_Types].xml": content_types.encode(),
        "_rels/.rels": _relationships([("rId1", "officeDocument", "word/document.xml")]),
        "word/_rels/document.xml.rels": _relationships(
            [
                ("rId1", "styles", "styles.xml"),
                ("rId2", "numbering", "numbering.xml"),
                ("rId3", "header", "header1.xml"),
                ("rId4", "footer", "footer1.xml"),
            ]
        ),
        "word/document.xml": _part("document", f"<w:body>{_BODY}</w:body>", namespaces),
        "word/styles.xml": _part("styles", _STYLES),
        "word/numbering.xml": _part("numbering", _NUMBERING),
        "word/header1.xml": _part("hdr", _p("5G+工业互联网融合应用先导区申报书")),
        "word/footer1.xml": _part(
            "ftr", '<w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'
        ),
    }


def _trimmed_styles(styles: bytes, used: set[str]) -> bytes:
    """styles.xml with only the styles in ``used`` and those they are based on or link to."""
    from lxml import etree

    root = etree.fromstring(styles)
    w = f"{{{_W}}}"
    by_id = {s.get(w + "styleId"): s for s in root.iter(w + "style")}
    keep: set[str] = set()
    todo = [u for u in used if u in by_id]
    while todo:
        style = todo.pop()
        if style in keep:
            continue
        keep.add(style)
        for tag in ("basedOn", "link", "next"):
            found = by_id[style].find(w + tag)
            if found is not None and found.get(w + "val") in by_id:
                todo.append(found.get(w + "val"))
    for style_id, element in by_id.items():
        if style_id not in keep and element.get(w + "default") != "1":
            element.getparent().remove(element)
    for latent in root.findall(w + "latentStyles"):
        root.remove(latent)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _sample_docx() -> dict[str, bytes] | None:
    """samples/sample-application.docx with its 350 KB styles cut to the styles it uses."""
    path = ROOT / "samples" / "sample-application.docx"
    if not path.exists():
        return None
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    text = b"".join(v for k, v in members.items() if k.endswith(".xml") and "styles" not in k)
    used = {m.decode() for m in re.findall(rb'Style w:val="([^"]+)"', text)}
    for name in ("word/styles.xml", "word/stylesWithEffects.xml"):
        if name in members:
            members[name] = _trimmed_styles(members[name], used)
    members["docProps/thumbnail.jpeg"] = b"\xff\xd8\xff\xd9"
    if "word/theme/theme1.xml" in members:  # 11 KB of colours no parser reads
        members["word/theme/theme1.xml"] = (
            f'{_XML}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
            ' name="Office"/>'
        ).encode()
    return members


def zip_members(members: dict[str, bytes]) -> bytes:
    """A ZIP archive of ``members`` in order, deflated as Word writes them."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data, compresslevel=1)
    return buffer.getvalue()


def read_zip(data: bytes) -> dict[str, bytes]:
    """Members of an archive; raises whatever zipfile raises on a damaged one."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def _docx_seeds() -> list[tuple[str, bytes]]:
    seeds = [("minimal.docx", zip_members(_minimal_docx()))]
    sample = _sample_docx()
    if sample is not None:
        seeds.append(("sample-trimmed.docx", zip_members(sample)))
    return seeds


def _tiny_pdf(content: bytes, font: bool = True) -> bytes:
    """A one-page PDF written by hand, uncompressed, with a correct xref table."""
    resources = b"/Resources << /Font << /F1 5 0 R >> >>" if font else b"/Resources << >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
        + resources
        + b" >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    from tests.pdf_bytes import pdf_bytes

    return pdf_bytes(objects)


def _reportlab_pdf() -> bytes:
    """Two pages in an unembedded CJK font, uncompressed: heading, prose, a ruled table."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=(420, 300), pageCompression=0, invariant=1)
    for number in (1, 2):
        page.setFont("STSong-Light", 8)
        page.drawString(40, 285, "5G+工业互联网融合应用先导区申报书")
        page.drawString(200, 10, f"- {number} -")
        page.setFont("STSong-Light", 14)
        page.drawString(40, 255, "一、总体要求" if number == 1 else "二、主要指标")
        page.setFont("STSong-Light", 10)
        page.drawString(40, 235, "到2025年，全市累计建成5G基站1.2万个，每万人")
        page.drawString(40, 221, "拥有5G基站数达36.8个。")
        if number == 2:
            for row in range(4):
                page.line(40, 200 - row * 20, 280, 200 - row * 20)
            for col in range(4):
                page.line(40 + col * 80, 200, 40 + col * 80, 140)
            for row, cells in enumerate([("指标", "2023年", "2025年"), ("基站", "8000", "12000")]):
                for col, text in enumerate(cells):
                    page.drawString(45 + col * 80, 186 - row * 20, text)
        page.showPage()
    page.save()
    return buffer.getvalue()


def _encrypted_pdf() -> bytes | None:
    try:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_tiny_pdf(b"BT /F1 12 Tf (x) Tj ET"))))
        writer.encrypt("secret", algorithm="RC4-128")
        buffer = io.BytesIO()
        writer.write(buffer)
        return buffer.getvalue()
    except Exception:  # an optional seed: pypdf or its RC4 may be missing
        return None


def _pdf_seeds() -> list[tuple[str, bytes]]:
    text = b"BT /F1 12 Tf 20 150 Td (1. Targets: 12,000 base stations by 2025) Tj ET"
    seeds = [
        ("tiny-text.pdf", _tiny_pdf(text)),
        ("tiny-no-text.pdf", _tiny_pdf(b"0 0 1 rg 20 20 100 100 re f", font=False)),
        ("chinese-table.pdf", _reportlab_pdf()),
    ]
    encrypted = _encrypted_pdf()
    if encrypted is not None:
        seeds.append(("encrypted.pdf", encrypted))
    return seeds


def seeds(target: str) -> list[tuple[str, bytes]]:
    """Small valid files of the target's format: (name, bytes)."""
    return {"txt": _txt_seeds, "docx": _docx_seeds, "pdf": _pdf_seeds}[target]()


# ---- the target ----------------------------------------------------------------------------


class Target:
    """Reads one input as a submission of ``fmt``; the outcome is 'parsed' or an error kind."""

    def __init__(self, fmt: str, directory: Path | None = None) -> None:
        from extractor.settings import Limits

        self.fmt = fmt
        self.directory = directory or Path(tempfile.mkdtemp(prefix=f"fuzz-{fmt}-"))
        self.path = self.directory / f"input.{fmt}"
        # no OCR (slow, and a separate program), and few pages, so each run stays quick
        self.limits = Limits(ocr=False, max_pages=20, timeout_s=30)
        self.outcomes: Counter[str] = Counter()

    def __call__(self, data: bytes) -> str:
        """Parse ``data``; a DocumentError is an outcome, any other exception escapes."""
        from extractor.errors import DocumentError
        from extractor.pipeline import parse_in_process
        from tests.offsets import assert_offsets_exact

        self.path.write_bytes(data)
        try:
            document = parse_in_process(self.path, self.limits)
        except DocumentError as err:
            outcome = err.kind.value
        else:
            outcome = "parsed"
            assert_offsets_exact(document)  # a broken offset map is a crash too
        self.outcomes[outcome] += 1
        return outcome


# ---- mutation ------------------------------------------------------------------------------

ByteMutator = Callable[[bytes, int], bytes]


def python_mutate(rng: random.Random) -> ByteMutator:
    """A small pure-Python stand-in for libFuzzer's mutator, for tests and --reproduce runs."""

    def mutate(data: bytes, max_size: int) -> bytes:
        out = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            choice = rng.randrange(6)
            at = rng.randrange(len(out) + 1)
            if choice == 0 and out:
                out[min(at, len(out) - 1)] ^= 1 << rng.randrange(8)
            elif choice == 1:
                out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
            elif choice == 2:
                del out[at : at + rng.randint(1, 64)]
            elif choice == 3:
                source = rng.randrange(len(out) + 1)
                out[at:at] = out[source : source + rng.randint(1, 64)]
            elif choice == 4:
                del out[at:]
            else:
                token = rng.choice(_DICTIONARY["pdf"] + _DICTIONARY["docx"])
                out[at:at] = token.encode()
        return bytes(out[:max_size])

    return mutate


_TAGS = [
    *("p", "r", "t", "tbl", "tr", "tc", "tcPr", "trPr", "gridSpan", "vMerge", "hMerge"),
    *("gridBefore", "tblGrid", "gridCol", "sdt", "sdtContent", "customXml", "br", "tab", "cr"),
    *("pPr", "rPr", "numPr", "ilvl", "numId", "pStyle", "outlineLvl", "pageBreakBefore"),
    *("sectPr", "type", "headerReference", "footerReference", "txbxContent", "del", "ins"),
    *("moveFrom", "lastRenderedPageBreak", "instrText", "fldSimple", "altChunk", "lvl"),
    *("start", "numFmt", "lvlText", "abstractNum", "num", "abstractNumId", "lvlOverride"),
    *("startOverride", "style", "name", "basedOn", "body", "hdr", "ftr", "document"),
]
_ATTRIBUTES = ["val", "type", "id", "ilvl", "numId", "abstractNumId", "styleId", "default"]
_VALUES = [
    *("0", "1", "2", "8", "9", "10", "-1", "63", "64", "99999999", "1000000000000", ""),
    *("restart", "continue", "page", "nextPage", "continuous", "true", "false", "off"),
    *("decimal", "upperRoman", "upperLetter", "chineseCounting", "bullet", "none"),
    *("ideographTraditional", "decimalEnclosedCircle", "%1", "%1.%2.%9", "（%1）", "%0"),
    *("Heading1", "heading 1", "toc 1", "Title", "rId1", "rId3", "rId4", "rId99", " PAGE "),
    "x" * 1000,
]
_TEXTS = [
    *("", " ", "\t", "到2025年建成5G基站1.2万个，", "一、总体要求", "（一）", "1.", "12，000"),
    *("第3页", "\u3000\u3000", "二〇二三年", "\u202e\u200b", "x" * 5000, "一" * 400 + "亿"),
]


def mutate_tree(content: bytes, rng: random.Random) -> bytes | None:
    """One to three edits of an XML part's element tree; None if it is not XML (any more)."""
    import copy

    from lxml import etree

    try:
        root = etree.fromstring(content)
    except (etree.XMLSyntaxError, ValueError):
        return None
    for _ in range(rng.randint(1, 3)):
        elements = list(root.iter(etree.Element))
        element = rng.choice(elements)
        parent = element.getparent()
        operation = rng.randrange(6)
        if operation == 0 and parent is not None:
            parent.remove(element)
        elif operation == 1 and parent is not None:
            parent.insert(parent.index(element), copy.deepcopy(element))
        elif operation == 2 and parent is not None:
            other = rng.choice(elements)
            if other is not element and element not in other.iterancestors():
                other.insert(rng.randint(0, len(other)), element)
        elif operation == 3:
            namespace = _R if rng.random() < 0.1 else _W
            element.set(f"{{{namespace}}}{rng.choice(_ATTRIBUTES)}", rng.choice(_VALUES))
        elif operation == 4:
            element.tag = f"{{{_W}}}{rng.choice(_TAGS)}"
        else:
            element.text = rng.choice(_TEXTS)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def mutate_input(
    fmt: str, data: bytes, max_size: int, rng: random.Random, bytes_mutator: ByteMutator
) -> bytes:
    """Mutate ``data`` the way the format's fuzzer does.

    DOCX: usually one XML member inside the archive, half the time as a tree (elements moved,
    copied, dropped or renamed, attributes and text set, so the XML stays well-formed and the
    walker, not the XML parser, meets the damage); sometimes a member dropped, sometimes the
    archive's own bytes. So most inputs are still archives python-docx opens. TXT: sometimes
    the text re-encoded (GB18030, Big5, UTF-16, Windows-1252) so every decoding path is met.
    """
    if fmt == "docx" and rng.random() < 0.85:
        try:
            members = read_zip(data)
        except Exception:  # damaged by an earlier mutation: mutate the bytes instead
            members = {}
        if members:
            names = sorted(members)
            weights = [
                10 if n == "word/document.xml" else 3 if n.endswith(".xml") else 1 for n in names
            ]
            name = rng.choices(names, weights)[0]
            tree = mutate_tree(members[name], rng) if rng.random() < 0.5 else None
            if rng.random() < 0.05 and len(members) > 1:
                del members[name]
            elif tree is not None:
                members[name] = tree
            else:
                members[name] = bytes_mutator(members[name], len(members[name]) + 512)
            out = zip_members(members)
            if len(out) <= max_size:
                return out
    if fmt == "txt" and rng.random() < 0.3:
        text = bytes_mutator(data, max_size).decode("utf-8", errors="replace")
        codec = rng.choice(["gb18030", "big5", "utf-16", "cp1252", "utf-8-sig", "utf-32"])
        return text.encode(codec, errors="replace")[:max_size]
    return bytes_mutator(data, max_size)


# ---- minimising ----------------------------------------------------------------------------


def failure(target: Target, data: bytes) -> str | None:
    """The crash ``data`` causes, as 'ExceptionType at file:function', or None if it parses."""
    try:
        target(data)
    except Exception as err:  # the point: any exception that is not a DocumentError
        frame = traceback.extract_tb(err.__traceback__)[-1]
        return f"{type(err).__name__} at {Path(frame.filename).name}:{frame.name}"
    return None


def _ddmin(data: bytes, still_fails: Callable[[bytes], bool], deadline: float) -> bytes:
    """Delta debugging on bytes: drop chunks, halving their size, while the crash remains."""
    chunk = max(len(data) // 2, 1)
    while chunk >= 1 and time.monotonic() < deadline:
        start, removed = 0, False
        while start < len(data) and time.monotonic() < deadline:
            candidate = data[:start] + data[start + chunk :]
            if candidate and still_fails(candidate):
                data, removed = candidate, True
            else:
                start += chunk
        if not removed:
            chunk //= 2
    return data


def minimise(fmt: str, data: bytes, seconds: float = 60.0) -> bytes:
    """A smaller input with the same crash (same exception type and place)."""
    target = Target(fmt)
    wanted = failure(target, data)
    if wanted is None:
        raise SystemExit("the input does not crash the target")
    deadline = time.monotonic() + seconds
    if fmt != "docx":
        return _ddmin(data, lambda d: failure(target, d) == wanted, deadline)
    try:
        members = read_zip(data)
    except Exception:
        return _ddmin(data, lambda d: failure(target, d) == wanted, deadline)
    for name in sorted(members):  # drop whole members first, then shrink each that is left
        trial = {k: v for k, v in members.items() if k != name}
        if failure(target, zip_members(trial)) == wanted:
            members = trial
    for name in sorted(members):

        def fails(content: bytes, name: str = name) -> bool:
            return failure(target, zip_members({**members, name: content})) == wanted

        members[name] = _ddmin(members[name], fails, deadline)
    return zip_members(members)


# ---- running libFuzzer ---------------------------------------------------------------------


def _worker(fmt: str, libfuzzer_args: list[str]) -> None:
    """Inside the child: instrument, then hand the target to libFuzzer; never returns."""
    import atheris

    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    with atheris.instrument_imports(include=_INSTRUMENT[fmt]):
        for module in [*_INSTRUMENT[fmt], *_PARSERS]:
            importlib.import_module(module)
    target = Target(fmt)
    stats = OUT / fmt / "stats.json"
    last = [time.monotonic()]

    def test_one_input(data: bytes) -> None:
        target(data)
        if time.monotonic() - last[0] > 2:
            last[0] = time.monotonic()
            stats.write_text(json.dumps(dict(target.outcomes)))

    def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
        return mutate_input(fmt, data, max_size, random.Random(seed), atheris.Mutate)

    atheris.Setup([sys.argv[0], *libfuzzer_args], test_one_input, custom_mutator=custom_mutator)
    atheris.Fuzz()


_STATS = re.compile(
    r"#(?P<runs>\d+)\s+(?P<event>\w+)\s+cov: (?P<cov>\d+) ft: (?P<ft>\d+)"
    r"(?: corp: (?P<corp>\d+)/\S+)?.*?exec/s: (?P<execs>\d+)"
)
_ARTIFACT = re.compile(r"Test unit written to (\S+)")
_EXCEPTION = re.compile(r"=== Uncaught Python exception: ===\n(.*)")


def _prepare(fmt: str) -> tuple[Path, Path, Path]:
    """The target's folder, with fresh seeds, the corpus kept from earlier runs, and a dict."""
    folder = OUT / fmt
    seed_dir, corpus = folder / "seeds", folder / "corpus"
    for directory in (seed_dir, corpus):
        directory.mkdir(parents=True, exist_ok=True)
    for name, data in seeds(fmt):
        (seed_dir / name).write_bytes(data)
    dictionary = folder / "tokens.dict"
    dictionary.write_text("".join(f"{json.dumps(t)}\n" for t in _DICTIONARY.get(fmt, [])))
    return folder, seed_dir, corpus


def fuzz(fmt: str, seconds: int, timeout: int, keep_going: bool) -> dict[str, object]:
    """Run libFuzzer on one target for ``seconds`` in a child process; the run's figures."""
    folder, seed_dir, corpus = _prepare(fmt)
    log = folder / "fuzz.log"
    (folder / "stats.json").unlink(missing_ok=True)
    started = time.monotonic()
    runs = 0
    last: dict[str, str] = {}
    crashes: list[str] = []
    with log.open("w") as handle:
        for _restart in range(20):
            remaining = int(seconds - (time.monotonic() - started))
            if remaining < 1:
                break
            args = [
                str(corpus),
                str(seed_dir),
                f"-max_total_time={remaining}",
                f"-timeout={timeout}",
                f"-max_len={_MAX_LEN[fmt]}",
                f"-artifact_prefix={folder}/",
                "-rss_limit_mb=4096",
                "-print_final_stats=1",
            ]
            if _DICTIONARY.get(fmt):
                args.append(f"-dict={folder / 'tokens.dict'}")
            command = [sys.executable, __file__, "--worker", fmt, "--", *args]
            result = subprocess.run(
                command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False
            )
            output = result.stdout
            handle.write(output)
            stats = [m.groupdict() for m in _STATS.finditer(output)]
            if stats:
                last = {k: v for k, v in stats[-1].items() if v is not None}
                runs += int(stats[-1]["runs"])
            found = _ARTIFACT.findall(output)
            reasons = _EXCEPTION.findall(output)
            for artifact in found:
                reason = reasons[0][:160] if reasons else "a hang, an OOM or a native crash"
                crashes.append(f"{artifact}: {reason}")
            if not found or not keep_going:
                break
    elapsed = time.monotonic() - started
    stats_file = folder / "stats.json"
    outcomes = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    return {
        "target": fmt,
        "seconds": round(elapsed, 1),
        "runs": runs,
        "exec_per_s": round(runs / elapsed, 1) if elapsed else 0.0,
        "coverage": int(last.get("cov", 0)),
        "features": int(last.get("ft", 0)),
        "corpus": len(list(corpus.iterdir())),
        "crashes": crashes,
        "outcomes": outcomes,
        "log": str(log),
    }


def _print_summary(results: list[dict[str, object]]) -> None:
    print(
        f"{'target':<6} {'s':>6} {'runs':>9} {'exec/s':>7} {'cov':>6} {'ft':>6} "
        f"{'corpus':>6} crashes"
    )
    for r in results:
        crashes = r["crashes"]
        assert isinstance(crashes, list)
        print(
            f"{r['target']:<6} {r['seconds']:>6} {r['runs']:>9} {r['exec_per_s']:>7} "
            f"{r['coverage']:>6} {r['features']:>6} {r['corpus']:>6} {len(crashes)}"
        )
        print(f"       outcomes (last stats): {r['outcomes']}")
        for crash in crashes:
            print(f"       crash: {crash}")
        print(f"       log: {r['log']}")


def main(argv: list[str] | None = None) -> int:
    """Fuzz, reproduce or minimise; see the module docstring."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--worker"]:
        _worker(argv[1], argv[3:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", choices=[*TARGETS, "all"], default="all")
    parser.add_argument("--seconds", type=int, default=60, help="per target (-max_total_time)")
    parser.add_argument("--timeout", type=int, default=10, help="seconds before an input hangs")
    parser.add_argument("--stop-on-crash", action="store_true", help="do not restart after one")
    parser.add_argument("--reproduce", type=Path, help="run one input and show the outcome")
    parser.add_argument("--minimise", type=Path, help="shrink a crashing input")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    targets = list(TARGETS) if args.target == "all" else [args.target]
    if args.reproduce or args.minimise:
        if len(targets) != 1:
            parser.error("--reproduce and --minimise need one --target")
        fmt = targets[0]
        if args.reproduce:
            try:
                print(Target(fmt)(args.reproduce.read_bytes()))
            except Exception:
                traceback.print_exc()
                return 1
            return 0
        small = minimise(fmt, args.minimise.read_bytes(), float(args.seconds))
        out = args.minimise.with_name(args.minimise.name + ".min")
        out.write_bytes(small)
        print(f"{len(args.minimise.read_bytes())} -> {len(small)} bytes: {out}")
        return 0
    results = [fuzz(t, args.seconds, args.timeout, not args.stop_on_crash) for t in targets]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        _print_summary(results)
    return 1 if any(r["crashes"] for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
