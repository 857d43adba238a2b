"""A hostile corpus, made at test time into a folder: damaged, hostile and merely odd submissions.

``build_hostile(folder, seed)`` writes every file and returns what each one is and what the
extractor must make of it: an ErrorKind value, or ``"ok"`` for a file that must be read (an
owner-only encrypted PDF, a font without /ToUnicode, GBK text, script in the text). Nothing
here is committed: bombs are small on disk (a few MB in all), sizes over a limit are sparse.
"""

from __future__ import annotations

import os
import random
import shutil
import struct
import subprocess
import tempfile
import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from evaluation.gold import CONDITIONS
from extractor.errors import ErrorKind
from tests.pdf_bytes import pdf_bytes

OK = "ok"
ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
SIX = CONDITIONS  # the six non-deviable conditions, as gold/v1 names them
# A submission that passes all six non-deviable conditions (as in tests/test_batch.py).
GOOD_TEXT = (
    "截至2023年底，全市每万人拥有5G基站数36.8个，具备10个以上典型应用场景的工厂7家，"
    "入选5G工厂名录项目6个，获得部级及以上相关称号8项。"
    "2023年，市政府印发《澄江市“5G+工业互联网”融合应用先导区建设行动方案》。"
    "近三年，我市未发生重大网络安全事件和重大安全生产事故，申报材料真实有效。"
)
ALL_PASS = tuple((key, "pass") for key in SIX)
SCRIPT = "<script>alert('pwned')</script>"
PAYLOADS = (
    SCRIPT,
    '<img src=x onerror="alert(1)">',
    "{{ 7*7 }}{% raw %}",
    '=HYPERLINK("http://evil.example/","点此")',
    "]]><!--",
)
# The script sits inside the first claim's clause, so the claim's quote carries it as data.
PAYLOAD_TEXT = (
    f"项目概况{SCRIPT}。\n\n"
    + GOOD_TEXT.replace("截至2023年底，", f"截至2023年底{SCRIPT}，", 1)
    + "\n\n备注："
    + "；".join(PAYLOADS)
    + "。\n"
)
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True, slots=True)
class HostileFile:
    """One file of the corpus: its name in the folder, its family and what reading it must give.

    ``expected`` is an ErrorKind value or "ok"; ``also`` lists other outcomes that are right
    for this very file (a random bit flip may land in a byte no reader looks at, so the file
    still reads), each with the reason in ``why``. ``verdicts`` are the pre-screen verdicts a
    readable file must get, where they are known; ``contains`` is text its row must carry
    verbatim, as data.
    """

    name: str
    category: str
    expected: str
    also: frozenset[str] = frozenset()
    why: str = ""
    verdicts: tuple[tuple[str, str], ...] = ()
    contains: tuple[str, ...] = ()

    @property
    def outcomes(self) -> frozenset[str]:
        """Every outcome that is right for this file."""
        return self.also | {self.expected}


class _Corpus:
    def __init__(self, folder: Path, seed: int) -> None:
        self.folder = folder
        self.rng = random.Random(seed)
        self.files: list[HostileFile] = []

    def add(self, name: str, data: bytes, category: str, expected: str, **facts: object) -> Path:
        assert expected == OK or expected in ErrorKind.__members__, expected
        path = self.folder / name
        assert not path.exists(), f"two corpus files are named {name!r}"
        path.write_bytes(data)
        self.files.append(HostileFile(name, category, expected, **facts))  # type: ignore[arg-type]
        return path


# --- building blocks ---------------------------------------------------------------------------


def _pdf(objects: Iterable[bytes], root: int = 1) -> bytes:
    """A classic PDF: objects 1..n in order, an xref table, a trailer pointing at ``root``."""
    return pdf_bytes(objects, root, header=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")


def _stream(data: bytes, entries: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n%s\nendstream" % (len(data), entries, data)


_CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
_HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
_LINE = b"BT /F1 12 Tf 72 760 Td (5G base stations: 12000; factories: 7) Tj ET\n"


def _one_page(
    content: bytes,
    resources: bytes = b"/Font << /F1 4 0 R >>",
    extra: Iterable[bytes] = (),
    media: bytes = b"0 0 595 842",
    content_entries: bytes = b"",
) -> bytes:
    """Catalog 1, pages 2, page 3, Helvetica 4, content 5, then ``extra`` objects from 6."""
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [%s] /Resources << %s >> /Contents 5 0 R >>"
    return _pdf(
        [
            _CATALOG,
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            page % (media, resources),
            _HELVETICA,
            _stream(content, content_entries),
            *extra,
        ]
    )


def _pages_pdf(count: int, content: bytes = _LINE) -> bytes:
    """``count`` pages sharing one content stream: 3,000 pages in about 200 kB."""
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(count))
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
    page += b" /Resources << /Font << /F1 3 0 R >> >> >>"
    return _pdf(
        [
            _CATALOG,
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
            _HELVETICA,
            _stream(content),
            *([page] * count),
        ]
    )


def _adler32_combine(first: int, second: int, second_length: int) -> int:
    """zlib's adler32_combine: the checksum of A+B from those of A and B and B's length."""
    base = 65521
    rem = second_length % base
    sum1 = first & 0xFFFF
    sum2 = (rem * sum1) % base
    sum1 += (second & 0xFFFF) + base - 1
    sum2 += ((first >> 16) & 0xFFFF) + ((second >> 16) & 0xFFFF) + base - rem
    sum1 -= base if sum1 >= base else 0
    sum1 -= base if sum1 >= base else 0
    sum2 -= base << 1 if sum2 >= base << 1 else 0
    sum2 -= base if sum2 >= base else 0
    return sum1 | (sum2 << 16)


def _deflate_runs(runs: Iterable[tuple[bytes, int]]) -> bytes:
    """Raw deflate of each chunk repeated its number of times, in the time of three copies.

    Each copy is compressed after a full flush, which forgets the history, so every copy
    after the first has the very same bytes and they can be repeated instead of recomputed.
    """
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = bytearray()
    for chunk, times in runs:
        copies = [compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)]
        for _ in range(min(times, 3) - 1):
            copies.append(compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH))
        if times > 3:
            assert copies[1] == copies[2], "deflate after a full flush is not repeatable"
            copies.append(copies[2] * (times - 3))
        out += b"".join(copies)
    return bytes(out + compressor.flush())


def _repeated_zlib(chunk: bytes, times: int) -> bytes:
    """A zlib stream (header, deflate, Adler-32) of ``chunk * times``, made in O(len(chunk))."""
    adler, unit, unit_length, left = 1, zlib.adler32(chunk), len(chunk), times
    while left:  # the checksum of the repetition, by doubling
        if left & 1:
            adler = _adler32_combine(adler, unit, unit_length)
        unit = _adler32_combine(unit, unit, unit_length)
        unit_length, left = unit_length * 2, left >> 1
    return b"\x78\xda" + _deflate_runs([(chunk, times)]) + struct.pack(">I", adler)


@dataclass(frozen=True, slots=True)
class _Member:
    name: str
    data: bytes  # as stored: deflated unless method is 0
    crc: int
    size: int  # the size the directory declares once inflated
    method: int = zipfile.ZIP_DEFLATED


def _member(name: str, content: bytes) -> _Member:
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    data = compressor.compress(content) + compressor.flush()
    return _Member(name, data, zlib.crc32(content), len(content))


def _repeated_member(name: str, runs: list[tuple[bytes, int]]) -> _Member:
    """A member holding each chunk repeated: its true CRC and size, stored in a few kB."""
    crc = 0
    for chunk, times in runs:
        for _ in range(times):
            crc = zlib.crc32(chunk, crc)
    size = sum(len(chunk) * times for chunk, times in runs)
    return _Member(name, _deflate_runs(runs), crc, size)


def _zip(members: Iterable[_Member]) -> bytes:
    """A ZIP archive written field by field, so that a bomb can be made without inflating it."""
    out, directory, count = bytearray(), bytearray(), 0
    for member in members:
        name = member.name.encode()
        offset, sizes = len(out), (member.crc, len(member.data), member.size)
        out += struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0x800, member.method, 0, 0x21, *sizes, len(name), 0
        )
        out += name + member.data
        directory += struct.pack(
            "<IHHHHHHIIIHHHHHII",
            0x02014B50,
            20,
            20,
            0x800,
            member.method,
            0,
            0x21,
            *sizes,
            len(name),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        directory += name
        count += 1
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(directory), len(out), 0)
    return bytes(out + directory + end)


_CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" '
    b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
_PACKAGE_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.openxmlformats.org/'
    b'officeDocument/2006/relationships/officeDocument"/></Relationships>'
)


def _paragraphs(text: str) -> str:
    return "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in text.split("\n")
        if line
    )


def _document_xml(body: str, doctype: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    ).encode()


def _docx(document: bytes, *extra: _Member) -> bytes:
    """A minimal Word package around ``document`` (word/document.xml) and ``extra`` members."""
    return _zip(
        [
            _member("[Content_Types].xml", _CONTENT_TYPES),
            _member("_rels/.rels", _PACKAGE_RELS),
            _member("word/document.xml", document),
            *extra,
        ]
    )


def _replace_member(package: bytes, name: str, content: bytes) -> bytes:
    """The package with one member's content replaced (the rest copied as they are)."""
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch, "in.docx")
        source.write_bytes(package)
        with zipfile.ZipFile(source) as archive:
            members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    return _zip(_member(n, content if n == name else data) for n, data in members)


def _run(command: list[str]) -> None:
    if shutil.which(command[0]) is None:
        raise RuntimeError(f"{command[0]} is needed to build the hostile corpus")
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    if done.returncode not in (0, 3):  # qpdf exits 3 on warnings
        raise RuntimeError(f"{' '.join(command)}: {done.stderr.strip()}")


def _flip(data: bytes, rng: random.Random, flips: int, start: int) -> bytes:
    changed = bytearray(data)
    for _ in range(flips):
        changed[rng.randrange(start, len(changed))] ^= 1 << rng.randrange(8)
    return bytes(changed)


def _cut_points(length: int, start: int, end: int, count: int) -> list[int]:
    """``count`` distinct cut points in [start, end), denser near both ends."""
    points = {start, start + 1, end - 1, end - 2}
    for index in range(count * 4):
        share = (index / (count * 4)) ** 1.5
        points.add(start + int((end - start) * share))
        points.add(end - 1 - int((end - start) * share))
    ordered = sorted(p for p in points if start <= p < end and p < length)
    step = len(ordered) / count
    return [ordered[int(i * step)] for i in range(count)]


# --- the families -------------------------------------------------------------------------------


def _truncated(corpus: _Corpus, pdf: bytes, docx: bytes) -> None:
    # Cuts start after the header line (a PDF cut inside "%PDF-" is not recognisable as one)
    # and end before startxref: a file that lost only its last newline is not truncated.
    end = pdf.rindex(b"startxref")
    for cut in _cut_points(len(pdf), 16, end, 40):
        corpus.add(f"truncated-pdf-{cut:06d}.pdf", pdf[:cut], "truncated-pdf", "corrupt")
    # A DOCX cut anywhere loses its central directory, which sits at the end.
    for cut in _cut_points(len(docx), 30, len(docx), 40):
        why = "cut before the first member's data ends: no Word part can be found"
        corpus.add(
            f"truncated-docx-{cut:06d}.docx", docx[:cut], "truncated-docx", "corrupt", why=why
        )


def _bit_flipped(corpus: _Corpus, pdf: bytes, docx: bytes) -> None:
    why = "a flip may land in a byte no reader needs (a date, metadata, an unused font table)"
    also = frozenset({OK})
    for index in range(30):
        flips = (1, 3, 10, 40)[index % 4]
        # the first 1,024 bytes carry the %PDF- header that identifies the file
        data = _flip(pdf, corpus.rng, flips, 1024)
        name = f"bitflip-pdf-{index:02d}-{flips}x.pdf"
        corpus.add(name, data, "bitflip-pdf", "corrupt", also=also, why=why)
    for index in range(30):
        flips = (1, 3, 10, 40)[index % 4]
        data = _flip(docx, corpus.rng, flips, 4)  # PK\3\4 identifies a ZIP
        name = f"bitflip-docx-{index:02d}-{flips}x.docx"
        corpus.add(name, data, "bitflip-docx", "corrupt", also=also, why=why)


def _encrypted(corpus: _Corpus, pdf: bytes, scratch: Path) -> None:
    plain = scratch / "plain.pdf"
    plain.write_bytes(pdf)
    weak = ["--allow-weak-crypto"]
    variants = [
        ("encrypted-user-aes256.pdf", [], ["u-2023", "o-2023", "256"], "encrypted"),
        ("encrypted-user-aes128.pdf", [], ["u-2023", "o-2023", "128", "--use-aes=y"], "encrypted"),
        (
            "encrypted-user-rc4-128.pdf",
            weak,
            ["u-2023", "o-2023", "128", "--use-aes=n"],
            "encrypted",
        ),
        ("encrypted-user-rc4-40.pdf", weak, ["u-2023", "o-2023", "40"], "encrypted"),
        # an empty user password opens the file: copy and print limits are not ours to honour
        ("encrypted-owner-only-aes256.pdf", [], ["", "o-2023", "256", "--extract=n"], OK),
        ("encrypted-owner-only-rc4-40.pdf", weak, ["", "o-2023", "40", "--extract=n"], OK),
    ]
    for name, flags, arguments, expected in variants:
        target = scratch / name
        _run(["qpdf", *flags, "--encrypt", *arguments, "--", str(plain), str(target)])
        corpus.add(name, target.read_bytes(), "encrypted", expected)
    # Word's password protection: an OLE compound file holding an EncryptionInfo stream.
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le")
    corpus.add("encrypted-word.docx", ole + bytes(1024), "encrypted", "encrypted")


def _empty(corpus: _Corpus) -> None:
    for extension in ("pdf", "docx", "txt"):
        corpus.add(f"empty-zero-bytes.{extension}", b"", "empty", "empty")
        corpus.add(f"empty-whitespace.{extension}", b" \t\r\n \n\n\t ", "empty", "empty")
        corpus.add(f"empty-newlines.{extension}", b"\n" * 5000, "empty", "empty")
    for name, data in [
        ("empty-utf8-bom.txt", b"\xef\xbb\xbf"),
        ("empty-utf8-bom-spaces.txt", b"\xef\xbb\xbf   \r\n"),
        ("empty-utf16-bom-spaces.txt", "\ufeff  \n\t ".encode("utf-16-le")),
        ("empty-ideographic-spaces.txt", "\u3000\u3000\n\u3000".encode()),
        ("empty-form-feeds.txt", b"\f\f\n\f"),
    ]:
        corpus.add(name, data, "empty", "empty")
    corpus.add(
        "empty-no-pages.pdf",
        _pdf([_CATALOG, b"<< /Type /Pages /Kids [] /Count 0 >>"]),
        "empty",
        "empty",
    )
    corpus.add(
        "empty-blank-page.pdf", _one_page(b""), "empty", "empty", why="one page, nothing drawn"
    )
    corpus.add(
        "empty-body.docx",
        _docx(_document_xml("<w:p/><w:p><w:r><w:t> </w:t></w:r></w:p>")),
        "empty",
        "empty",
    )


def _wrong_type(corpus: _Corpus, pdf: bytes, docx: bytes) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(13) + random.Random(1).randbytes(200)
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + random.Random(2).randbytes(200)
    gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + bytes(20)
    elf = b"\x7fELF\x02\x01\x01" + bytes(9) + random.Random(3).randbytes(300)
    gzip_data = b"\x1f\x8b\x08\x00" + bytes(6) + random.Random(4).randbytes(100)

    def plain_zip(*names: str) -> bytes:
        return _zip(_member(name, b"<x/>") for name in names)

    for name, data in [
        ("wrong-pdf-named.docx", pdf),
        ("wrong-pdf-named.txt", pdf),
        ("wrong-docx-named.pdf", docx),
        ("wrong-docx-named.txt", docx),
        ("wrong-png-named.pdf", png),
        ("wrong-png-named.docx", png),
        ("wrong-jpeg-named.pdf", jpeg),
        ("wrong-gif-named.txt", gif),
        ("wrong-elf-named.txt", elf),
        ("wrong-elf-named.pdf", elf),
        ("wrong-gzip-named.pdf", gzip_data),
        ("wrong-zip-named.txt", plain_zip("notes.xml")),
        ("wrong-zip-named.docx", plain_zip("notes.xml", "data/table.csv")),
        ("wrong-xlsx-named.docx", plain_zip("[Content_Types].xml", "xl/workbook.xml")),
        ("wrong-pptx-named.docx", plain_zip("[Content_Types].xml", "ppt/presentation.xml")),
        ("wrong-odt-named.docx", plain_zip("mimetype", "content.xml", "META-INF/manifest.xml")),
        ("wrong-legacy-doc-named.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1024)),
        (
            "wrong-html-named.pdf",
            b"<!DOCTYPE html><html><body>" + SCRIPT.encode() + b"</body></html>",
        ),
        ("wrong-text-named.docx", GOOD_TEXT.encode()),
        ("wrong-text-named.pdf", GOOD_TEXT.encode("gbk")),
    ]:
        corpus.add(name, data, "wrong-type", "wrong_type")


def _zip_bombs(corpus: _Corpus) -> None:
    document = _document_xml(_paragraphs(GOOD_TEXT))
    megabyte = bytes(1 << 20)
    # 600 MB of zeros in one member: the total is over max_unzipped_bytes (500 MB)
    zeros = _repeated_member("word/media/image1.png", [(megabyte, 600)])
    corpus.add("bomb-zip-total.docx", _docx(document, zeros), "zip-bomb", "too_large")
    # 24 MB that deflates 1,000 times: under the total, over the compression-ratio check
    ratio = _repeated_member("word/media/zeros.bin", [(megabyte, 24)])
    corpus.add("bomb-zip-ratio.docx", _docx(document, ratio), "zip-bomb", "too_large")
    # the body XML itself is 150 MB, over max_xml_bytes (100 MB)
    paragraph = ("<w:p><w:r><w:t>哈</w:t></w:r></w:p>" * 2048).encode()
    head, tail = _document_xml("<w:body/>").split(b"<w:body/>")
    runs = [
        (head + b"<w:body>", 1),
        (paragraph, (150 << 20) // len(paragraph)),
        (b"</w:body>" + tail, 1),
    ]
    big = _repeated_member("word/document.xml", runs)
    package = [
        _member("[Content_Types].xml", _CONTENT_TYPES),
        _member("_rels/.rels", _PACKAGE_RELS),
    ]
    corpus.add("bomb-xml-part-150mb.docx", _zip([*package, big]), "zip-bomb", "too_large")
    # a directory that lies: it declares 2 kB, the data inflates to 100 MB
    liar = _Member("word/document.xml", _deflate_runs([(megabyte, 100)]), 0x1234, 2048)
    why = "zipfile stops at the declared size and the CRC fails: damaged, nothing inflated"
    corpus.add("bomb-zip-lying-size.docx", _zip([*package, liar]), "zip-bomb", "corrupt", why=why)


_LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">'
    + "".join(
        f'<!ENTITY {n} "{("&" + p + ";") * 10}">'
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "]>"
)


def _xml_bombs(corpus: _Corpus, docx: bytes) -> None:
    # Word never writes a DTD (OPC forbids one): a DOCTYPE in a part is a crafted file.
    why = "an OOXML part may not carry a DTD; nothing is expanded or fetched"
    laughs = _document_xml(
        "<w:p><w:r><w:t>前&i;后</w:t></w:r></w:p>" + _paragraphs(GOOD_TEXT), _LAUGHS
    )
    corpus.add("xml-billion-laughs.docx", _docx(laughs), "xml-bomb", "corrupt", why=why)
    styles = (
        f'<?xml version="1.0"?>{_LAUGHS.replace("w:document", "w:styles")}'
        f'<w:styles xmlns:w="{W_NS}"><w:style w:type="paragraph" w:styleId="x">'
        '<w:name w:val="&i;"/></w:style></w:styles>'
    ).encode()
    corpus.add(
        "xml-billion-laughs-styles.docx",
        _replace_member(docx, "word/styles.xml", styles),
        "xml-bomb",
        "corrupt",
        why=why,
    )
    big = "哈" * 50_000
    quadratic = _document_xml(
        "<w:p><w:r><w:t>" + "&q;" * 20_000 + "</w:t></w:r></w:p>",
        f'<!DOCTYPE w:document [<!ENTITY q "{big}">]>',
    )
    corpus.add("xml-quadratic-blowup.docx", _docx(quadratic), "xml-bomb", "corrupt", why=why)
    external = _document_xml(
        "<w:p><w:r><w:t>&x;</w:t></w:r></w:p>" + _paragraphs(GOOD_TEXT),
        '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    )
    corpus.add("xml-external-entity.docx", _docx(external), "xml-bomb", "corrupt", why=why)
    # 100,000 nested elements: libxml2 refuses depth past 256 without XML_PARSE_HUGE
    depth = 100_000
    nested = "<w:customXml>" * depth + _paragraphs(GOOD_TEXT) + "</w:customXml>" * depth
    corpus.add("xml-depth-bomb.docx", _docx(_document_xml(nested)), "xml-bomb", "corrupt")
    # content controls 120 deep (240 elements): deep but legal, and read
    deep = "<w:sdt><w:sdtContent>" * 120 + _paragraphs(GOOD_TEXT) + "</w:sdtContent></w:sdt>" * 120
    corpus.add(
        "xml-deep-but-legal.docx",
        _docx(_document_xml(deep)),
        "xml-bomb",
        OK,
        why="240 levels is within libxml2's limit and our walker's",
        verdicts=ALL_PASS,
    )


def _pdf_bombs(corpus: _Corpus) -> None:
    spaces = b" " * (1 << 20)
    # 4 GiB of spaces behind two Flate filters: 7 kB on disk
    inner = _repeated_zlib(spaces, 4096)
    double = zlib.compress(inner, 9)
    flate2 = b"/Filter [/FlateDecode /FlateDecode]"
    corpus.add(
        "bomb-pdf-flate-4gib.pdf",
        _one_page(double, content_entries=flate2),
        "pdf-bomb",
        "too_large",
    )
    # 1 GiB behind one Flate filter: 1 MB on disk (deflate's limit is about 1,032:1); under a
    # cap with room for it pdfium inflates it whole, and 1 GiB of spaces is a blank page
    corpus.add(
        "bomb-pdf-flate-1gib.pdf",
        _one_page(_repeated_zlib(spaces, 1024), content_entries=b"/Filter /FlateDecode"),
        "pdf-bomb",
        "too_large",
        also=frozenset({"empty"}),
        why="too large under the cap, or read within it: a blank page",
    )
    # grey images of 400 MB and 4.9 GB behind two Flate filters on a page without text, which
    # OCR renders: pdfium decodes the first within the memory cap and declines the second
    # (over its own size limit), so each is a page OCRed with nothing on it (or, where OCR
    # needs more address space than is left under the cap, a page flagged), not a blow-up
    for side in (20_000, 70_000):
        image = _stream(
            zlib.compress(_repeated_zlib(b"\xff" * side, side), 9),
            b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 %s" % (side, side, flate2),
        )
        corpus.add(
            f"bomb-pdf-image-{side // 1000}k.pdf",
            _one_page(b"q 500 0 0 700 50 70 cm /Im1 Do Q", b"/XObject << /Im1 6 0 R >>", [image]),
            "pdf-bomb",
            OK,
            why="read within the limits: a page without text, OCRed or (short of memory under"
            " the cap) flagged, with a warning",
        )


def _many_pages(corpus: _Corpus) -> None:
    corpus.add("pages-3000.pdf", _pages_pdf(3000), "many-pages", "too_large")
    corpus.add("pages-1001.pdf", _pages_pdf(1001), "many-pages", "too_large")
    # the page tree claims 5,000 pages and holds one
    lying = _one_page(_LINE).replace(b"/Count 1", b"/Count 5000")
    corpus.add(
        "pages-lying-count.pdf",
        lying,
        "many-pages",
        OK,
        why="pdfium counts the pages the tree holds, not what /Count says",
    )


def _form(content: bytes, resources: bytes) -> bytes:
    return _stream(
        content,
        b"/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << %s >>" % resources,
    )


def _loops(corpus: _Corpus) -> None:
    text_font = b"/Font << /F1 4 0 R >>"
    # a Form XObject that draws some text and then itself
    selfish = _form(_LINE + b"/Fm1 Do", text_font + b" /XObject << /Fm1 6 0 R >>")
    corpus.add(
        "loop-form-draws-itself.pdf",
        _one_page(b"/Fm1 Do", text_font + b" /XObject << /Fm1 6 0 R >>", [selfish]),
        "loop",
        OK,
        why="pdfium refuses the recursion; the text is read",
    )
    # two forms drawing each other
    a = _form(_LINE + b"/Fm2 Do", text_font + b" /XObject << /Fm2 7 0 R >>")
    b = _form(b"0 0 m 100 100 l S /Fm1 Do", b"/XObject << /Fm1 6 0 R >>")
    corpus.add(
        "loop-forms-draw-each-other.pdf",
        _one_page(b"/Fm1 Do", b"/XObject << /Fm1 6 0 R >>", [a, b]),
        "loop",
        OK,
    )
    # a form with no text that draws itself: pdfium has no glyphs, so pdfplumber reads it too
    blind = _form(b"0 0 m 100 100 l S /Fm1 Do", b"/XObject << /Fm1 6 0 R >>")
    corpus.add(
        "loop-form-no-text-draws-itself.pdf",
        _one_page(
            _LINE.replace(b"BT", b"BT 3 Tr") + b"/Fm1 Do",
            text_font + b" /XObject << /Fm1 6 0 R >>",
            [blind],
        ),
        "loop",
        OK,
    )
    # ten forms each drawing the next ten times: 10^8 drawings of one line of text
    forms = []
    for level in range(9):
        number = 6 + level
        if level == 8:
            forms.append(_form(_LINE, text_font))
            continue
        calls = b" ".join([b"/Fx Do"] * 10)
        forms.append(_form(calls, b"/XObject << /Fx %d 0 R >>" % (number + 1)))
    corpus.add(
        "loop-forms-exponential.pdf",
        _one_page(b"/Fx Do", b"/XObject << /Fx 6 0 R >>", forms),
        "loop",
        "too_large",
        also=frozenset({"timeout"}),
        why="10^8 drawn lines: pdfium runs out of memory (or, given more, out of time)",
    )
    # two million stroked segments on one page: walking them took a minute before the bound
    strokes = b"".join(
        b"%d %d m %d %d l S\n" % (i % 500, i % 800, i % 500 + 5, i % 800 + 3)
        for i in range(2_000_000)
    )
    corpus.add(
        "loop-two-million-strokes.pdf",
        _one_page(zlib.compress(_LINE + strokes, 9), content_entries=b"/Filter /FlateDecode"),
        "loop",
        OK,
    )
    # a ruled grid of 250 x 250 rules 5 pt apart: 62,500 crossings, for which pdfplumber's
    # cell finder (quadratic in them) took three minutes before it was bounded
    rules = b"".join(b"5 %d m 1250 %d l S\n" % (5 + i * 5, 5 + i * 5) for i in range(250))
    rules += b"".join(b"%d 5 m %d 1250 l S\n" % (5 + i * 5, 5 + i * 5) for i in range(250))
    corpus.add(
        "loop-rule-grid.pdf",
        _one_page(_LINE + rules, media=b"0 0 1255 1255"),
        "loop",
        OK,
        why="the text is read; the page is flagged: too many rules to look for tables in",
    )
    # a million overlapping characters, each its own text object: pdfium's text page is
    # quadratic in them (100,000 took 170 s), so the page is flagged and its text not read
    chars = b"".join(
        b"BT /F1 4 Tf %d %d Td (%d) Tj ET\n" % (10 + i % 570, 10 + (i // 570) % 820, i % 10)
        for i in range(1_000_000)
    )
    corpus.add(
        "loop-million-characters.pdf",
        _one_page(zlib.compress(chars, 9), content_entries=b"/Filter /FlateDecode"),
        "loop",
        OK,
    )
    # a million nested q (save graphics state) and nested arrays a hundred thousand deep
    corpus.add(
        "loop-nested-save-state.pdf",
        _one_page(
            zlib.compress(b"q " * 1_000_000 + _LINE, 9), content_entries=b"/Filter /FlateDecode"
        ),
        "loop",
        OK,
    )
    corpus.add(
        "loop-nested-arrays.pdf",
        _one_page(
            zlib.compress(_LINE + b"[" * 100_000 + b"]" * 100_000 + b" pop\n" + _LINE, 9),
            content_entries=b"/Filter /FlateDecode",
        ),
        "loop",
        OK,
    )
    # a page tree whose /Kids holds the tree itself
    cyclic = _pdf(
        [
            _CATALOG,
            b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
            b" /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            _HELVETICA,
            _stream(_LINE),
        ]
    )
    corpus.add("loop-page-tree-cycle.pdf", cyclic, "loop", OK, why="the one real page is read")


def _no_tounicode(corpus: _Corpus, scratch: Path) -> None:
    import pypdf
    from pypdf.generic import DictionaryObject

    from tests.fixtures.build import make_no_tounicode, make_simple

    why = "the glyphs carry no text: the page is OCRed, with a warning"
    built = make_no_tounicode(scratch)
    corpus.add("no-tounicode-page1.pdf", built.read_bytes(), "no-tounicode", OK, why=why)
    writer = pypdf.PdfWriter(clone_from=make_simple(scratch))
    for page in writer.pages:
        resources = page["/Resources"].get_object()
        for reference in resources["/Font"].get_object().values():
            font = reference.get_object()
            assert isinstance(font, DictionaryObject)
            font.pop("/ToUnicode", None)
    target = scratch / "stripped.pdf"
    writer.write(target)
    corpus.add("no-tounicode-every-page.pdf", target.read_bytes(), "no-tounicode", OK, why=why)


def _encodings(corpus: _Corpus) -> None:
    text = GOOD_TEXT.replace("。", "。\r\n")
    for name, data in [
        ("encoding-gbk.txt", GOOD_TEXT.encode("gbk")),
        ("encoding-gbk-crlf.txt", text.encode("gbk")),
        ("encoding-gb18030.txt", (GOOD_TEXT + "𠀀").encode("gb18030")),
        ("encoding-utf16le-bom.txt", "\ufeff".encode("utf-16-le") + GOOD_TEXT.encode("utf-16-le")),
        ("encoding-utf16be-bom.txt", "\ufeff".encode("utf-16-be") + GOOD_TEXT.encode("utf-16-be")),
        ("encoding-utf8-bom.txt", b"\xef\xbb\xbf" + GOOD_TEXT.encode()),
    ]:
        corpus.add(name, data, "encoding", OK, verdicts=ALL_PASS)


def _names(corpus: _Corpus, pdf: bytes) -> None:
    good = GOOD_TEXT.encode()
    for name in [
        "name-ctrl-\x01\x02\x7f.txt",
        "name-tab\tand-bell\x07.txt",
        "name-newline\nerror[ok]: forged line.txt",
        "name-escape-\x1b[31mred\x1b[0m.txt",
        "name-rlo-申报书\u202etxt.exe.txt",
        "name-rlo-\u202efdp.txt",
        "name-<script>alert(1)<\u2215script>.txt",
        'name-"><img src=x onerror=alert(1)>.txt',
        "name-{{7*7}}-=cmd|' -C calc'!A0.txt",
        "name-\u200b\ufeffzero-width.txt",
        "-name-leading-dash.txt",
        "name-" + "先导区申报书" * 13 + ".txt",
        "=1+2.txt",
        # bytes that are not UTF-8 (Latin-1, GBK): Python keeps them as lone surrogates
        os.fsdecode(b"name-latin1-\xe9t\xe9.txt"),
        os.fsdecode("name-gbk-申报书.txt".encode("gbk")),
    ]:
        corpus.add(name, good, "name", OK, verdicts=ALL_PASS)
    corpus.add("name-\u202ebad-<b>x</b>.pdf".replace("/", "\u2215"), pdf[:2000], "name", "corrupt")
    corpus.add("name-\x1b]0;title\x07-broken.docx", b"PK\x03\x04" + bytes(40), "name", "corrupt")
    corpus.add(os.fsdecode(b"name-broken-\xff\xfe.pdf"), pdf[:3000], "name", "corrupt")


def _payloads(corpus: _Corpus, scratch: Path) -> None:
    from tests.fixtures.layout import CJK, new_canvas, wrap

    corpus.add(
        "payload-script.txt",
        PAYLOAD_TEXT.encode(),
        "payload",
        OK,
        verdicts=ALL_PASS,
        contains=(SCRIPT,),
    )
    body = _paragraphs(PAYLOAD_TEXT)
    corpus.add(
        "payload-script.docx",
        _docx(_document_xml(body)),
        "payload",
        OK,
        verdicts=ALL_PASS,
        contains=(SCRIPT,),
    )
    target = scratch / "payload.pdf"
    canvas = new_canvas(target)
    canvas.setFont(CJK, 11)
    y = 780.0
    for paragraph in PAYLOAD_TEXT.split("\n"):
        for line in wrap(paragraph, CJK, 11, 460):
            canvas.drawString(68, y, line)
            y -= 18
        y -= 12
    canvas.save()
    corpus.add(
        "payload-script.pdf",
        target.read_bytes(),
        "payload",
        OK,
        verdicts=ALL_PASS,
        contains=(SCRIPT,),
    )


def _big(corpus: _Corpus) -> None:
    # Over EXTRACTOR_MAX_BYTES (200 MB), as sparse files: no disk used.
    for name in ("too-large-sparse.pdf", "too-large-sparse.txt"):
        path = corpus.add(name, b"", "too-large", "too_large")
        with path.open("r+b") as handle:
            handle.truncate(201 * 1024 * 1024)
    # Large but legal text: 2 MB of prose, and one line of 1 MB with no break in it.
    corpus.add(
        "large-prose-2mb.txt",
        ((GOOD_TEXT + "\n") * 3000).encode(),
        "large",
        OK,
        verdicts=ALL_PASS,
    )
    corpus.add(
        "large-one-line.txt",
        ("5G基站" * 200_000 + GOOD_TEXT).encode(),
        "large",
        OK,
    )


def build_hostile(folder: Path, seed: int = 0) -> list[HostileFile]:
    """Write the hostile corpus into ``folder`` (created if need be) and describe each file."""
    folder.mkdir(parents=True, exist_ok=True)
    corpus = _Corpus(folder, seed)
    pdf = (SAMPLES / "sample-application.pdf").read_bytes()
    docx = (SAMPLES / "sample-application.docx").read_bytes()
    with tempfile.TemporaryDirectory(prefix="hostile-") as scratch:
        where = Path(scratch)
        _truncated(corpus, pdf, docx)
        _bit_flipped(corpus, pdf, docx)
        _encrypted(corpus, pdf, where)
        _empty(corpus)
        _wrong_type(corpus, pdf, docx)
        _zip_bombs(corpus)
        _xml_bombs(corpus, docx)
        _pdf_bombs(corpus)
        _many_pages(corpus)
        _loops(corpus)
        _no_tounicode(corpus, where)
        _encodings(corpus)
        _names(corpus, pdf)
        _payloads(corpus, where)
        _big(corpus)
    return corpus.files
