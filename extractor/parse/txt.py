"""Plain-text submissions: decode the bytes, then cut paragraphs and numbered lines into blocks."""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

from extractor.errors import CorruptDocument, DocumentError, EmptyDocument
from extractor.labels import os_error
from extractor.language import _
from extractor.model import BlockKind, ParsedDocument, RawBlock, Warning
from extractor.parse.headings import is_aside, numbering
from extractor.parse.sniff import SourceFile
from extractor.parse.txt_pages import pages
from extractor.parse.txt_tables import display_width, table_block, table_runs
from extractor.settings import Limits

logger = logging.getLogger(__name__)

# UTF-32 before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# In GB2312, row 0xA1 holds the ideographic punctuation, row 0xA3 the full-width ASCII and
# rows 0xB0-0xD7 the 3,755 level-1 (most frequent) hanzi: real Chinese prose is nearly all
# these, while Big5 or UTF-8 bytes misread as GB18030 land mostly elsewhere.
_COMMON_GB_SHARE = 0.75
# Heuristics look at the start of a file only: a 200 MB submission must not take minutes.
_SAMPLE_CHARS = 200_000
_SAMPLE_LINES = 5_000
# A UTF-8 file cut mid-character, or with a stray byte, is still UTF-8; more damage is not.
_BAD_UTF8_PER_CHAR = 0.001
_MIN_VALID_PER_BAD = 10
# The fallback guesses: traditional Chinese, and Western text saved by Windows.
_GUESSES = ["big5", "cp1252"]
# Word writes a manual line break as \v; Unicode has its own line and paragraph separators.
_LINE_BREAKS = {"\x0b": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"}
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# A hard-wrapped file has many lines within this many columns of its widest line.
_WRAP_SLACK = 4
_WRAP_MIN_LINES = 3
_WRAP_MIN_SHARE = 0.3
# Nobody wraps at fewer than 20 ideographs (40 columns): shorter lines are short statements.
_WRAP_MIN_COLUMNS = 40
# Chinese prose indents a paragraph's first line: ideographic spaces, or two or more plain ones.
_INDENT = re.compile(r"^(?:\u3000|\s{2,})\S")
# A line that ends on one of these (or on a comma) is cut mid-sentence and runs on.
_RUNS_ON = frozenset("、（(“‘《[【—-")
_PAIRS = (("《", "》"), ("“", "”"), ("（", "）"), ("(", ")"), ("【", "】"))
_YEAR_START = re.compile(r"^\s*(?:19|20)[0-9]{2}(?![0-9])")
# A line ending in a whole date (时间：2024-06-18, 2024年6月18日) is not a number cut short.
_DATE_END = re.compile(
    r"(?:19|20)[0-9]{2}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*(?:[0-9]{2}|[0-9]{1,2}\s*[日号])\s*$"
)


def _decode_bom(path: Path, data: bytes) -> tuple[str, str | None] | None:
    """Text of a file that starts with a byte-order mark, and a note unless it is UTF-8."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as err:
                raise CorruptDocument(
                    path,
                    _(
                        "starts with a {encoding} byte-order mark but byte {offset}"
                        " is not {encoding}"
                    ).format(encoding=name, offset=err.start),
                    _("save the file again as UTF-8 text"),
                ) from err
            if name == "UTF-8":
                return text, None
            return text, _("decoded as {encoding} (byte-order mark)").format(encoding=name)
    return None


def _is_common_chinese(text: str) -> bool:
    """Whether the non-ASCII characters are mostly frequent hanzi and Chinese punctuation."""
    counts = Counter(char for char in text[:_SAMPLE_CHARS] if not char.isascii())
    total = sum(counts.values())
    if not total:
        return False
    common = 0
    for char, count in counts.items():
        try:
            lead = char.encode("gb2312")[0]
        except UnicodeEncodeError:
            continue
        if lead in (0xA1, 0xA3) or 0xB0 <= lead <= 0xD7:
            common += count
    return common / total >= _COMMON_GB_SHARE


def _decode_gb18030(data: bytes) -> str | None:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    return text if _is_common_chinese(text) else None


def _decode_damaged_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 with a few invalid bytes replaced by U+FFFD, and how many, if damage is slight.

    The rest must hold real multi-byte UTF-8, so Latin-1 text with one accent is not taken.
    """
    kept = data.decode("utf-8", errors="ignore")
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - kept.count("\ufffd")
    valid = sum(1 for char in kept if not char.isascii())
    is_slight = bad <= max(1, int(len(text) * _BAD_UTF8_PER_CHAR))
    return (text, bad) if is_slight and valid >= _MIN_VALID_PER_BAD * bad else None


def _guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's reading among the few other encodings a submission may use."""
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_GUESSES).best()
    return None if best is None else (str(best), best.encoding)


def decode(path: Path, data: bytes) -> tuple[str, str | None]:
    """The file's text and, when it was not UTF-8, a note saying how it was read.

    Order: byte-order mark, strict UTF-8, GB18030 (covers GBK and GB2312) when it reads as
    Chinese, UTF-8 with slight damage, then a guess between Big5 and Windows-1252.  Anything
    else, random bytes included, is a CorruptDocument rather than silently garbled text.
    """
    marked = _decode_bom(path, data)
    if marked is not None:
        return marked
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    chinese = _decode_gb18030(data)
    if chinese is not None:
        return chinese, _("decoded as GB18030 (the file is not UTF-8)")
    damaged = _decode_damaged_utf8(data)
    if damaged is not None:
        return damaged[0], _(
            "decoded as UTF-8 with {count} invalid byte sequence(s) replaced"
        ).format(count=damaged[1])
    guessed = _guess(data)
    if guessed is not None:
        return guessed[0], _(
            "decoded as {encoding}, a guess: the file is not UTF-8 or GB18030"
        ).format(encoding=guessed[1])
    raise CorruptDocument(
        path,
        _("the bytes are not text in UTF-8, GB18030, Big5 or Windows-1252"),
        _("save the file as UTF-8 text"),
    )


def _clean(text: str) -> tuple[str, int]:
    """Unify line endings and drop control characters; returns the text and how many were cut."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for char, replacement in _LINE_BREAKS.items():
        text = text.replace(char, replacement)
    text, removed = _CONTROL.subn("", text)
    return text, removed


def _columns(line: str) -> int:
    """A line's display width without its trailing spaces."""
    return display_width(line.rstrip())


@dataclass(frozen=True, slots=True)
class _Wrap:
    """Where a hard-wrapped file breaks its lines: at a number of characters (as a program
    that cuts every 38 characters does) or of display columns (as an editor does)."""

    by_columns: bool
    width: int

    def fills(self, line: str) -> bool:
        """Whether ``line`` reaches the wrap width, so it was cut there and runs on; a line
        well past it (a table row, a contact line) was never cut (one hanging punctuation
        mark may pass it)."""
        width = _columns(line) if self.by_columns else len(line.rstrip())
        return self.width <= width <= self.width + _WRAP_SLACK + 1


def _wrap_width(lines: list[str]) -> _Wrap | None:
    """How a hard-wrapped file breaks its lines, or None if its lines are paragraphs."""
    sample = list(islice(filter(str.strip, lines), _SAMPLE_LINES))
    if not sample:
        return None
    best: tuple[float, _Wrap] | None = None
    for by_columns in (True, False):
        widths = Counter(_columns(line) if by_columns else len(line.rstrip()) for line in sample)
        # the wrap width is the one most lines end just short of (a table row or a long
        # unwrapped line may be wider)
        near, widest = max(
            (sum(n for w, n in widths.items() if top - _WRAP_SLACK <= w <= top), top)
            for top in widths
        )
        share = near / len(sample)
        wide = widest >= (_WRAP_MIN_COLUMNS if by_columns else _WRAP_MIN_COLUMNS // 2)
        is_wrapped = wide and near >= _WRAP_MIN_LINES and share >= _WRAP_MIN_SHARE
        if is_wrapped and (best is None or share > best[0]):
            best = (share, _Wrap(by_columns, widest - _WRAP_SLACK))
    return best[1] if best else None


def _runs_on(line: str, wrap: _Wrap | None) -> bool:
    """Whether a short numbered line is really cut mid-sentence and continues below.

    So it is when it fills the wrap width of a hard-wrapped file, or ends on a comma.
    """
    stripped = line.rstrip()
    ends_on_comma = unicodedata.name(stripped[-1], "").endswith("COMMA")
    return ends_on_comma or (wrap is not None and wrap.fills(line))


def _cut_inside(line: str, following: str) -> bool:
    """Whether the break between two lines falls inside a phrase: between two ASCII letters or
    digits (5 / G基站, 12 / 000), or between words and the figure they lead to (每万人拥有5G基站
    / 32.1个); a line that opens with a year (2023年，…) or follows a whole date (时间：
    2024-06-18 / 3个项目入选…) starts afresh."""
    last, first = line.rstrip()[-1], following.lstrip()[:1]
    if not first:
        return False
    if _YEAR_START.match(following) or _DATE_END.search(line):
        return False
    if last.isascii() and last.isalnum() and first.isascii() and first.isalnum():
        return True
    ideograph = unicodedata.name(last, "").startswith("CJK UNIFIED")
    return ideograph and first.isdigit()


def _closes(line: str, following: str, wrap: _Wrap | None) -> bool:
    """Whether a line ends its paragraph.

    In a file that is not hard-wrapped every line is a paragraph (an editor wraps softly), so
    `全市累计建成5G基站12000个` on one line and `每万人拥有5G基站38.2个` on the next are two
    statements; only a line that breaks on a comma or inside a phrase runs on. In a
    hard-wrapped file a line short of the wrap width ends its paragraph.
    """
    stripped = line.rstrip()
    if stripped[-1] in _RUNS_ON or unicodedata.name(stripped[-1], "").endswith("COMMA"):
        return False
    if _cut_inside(line, following) or any(line.count(a) > line.count(b) for a, b in _PAIRS):
        return False  # 印发《…建设 / 行动方案》: a title or bracket left open runs on
    return wrap is None or not wrap.fills(line)


def _paragraphs(lines: list[str], wrap: _Wrap | None) -> list[list[str]]:
    """Group lines: a blank, numbered or indented line or a note (注：…) starts a group; a
    heading stands alone, and a line that ends its paragraph (see ``_closes``) closes the
    group."""
    groups: list[list[str]] = []
    current: list[str] = []
    for number, line in enumerate(lines):
        if not line.strip():
            current = []
            continue
        found = numbering(line)
        if found is not None or _INDENT.match(line) or is_aside(line):
            current = []  # a numbered line, an indented first line or a note opens a paragraph
        if not current:
            groups.append(current)
        current.append(line)
        heading = found is not None and found.kind is BlockKind.heading
        following = lines[number + 1] if number + 1 < len(lines) else ""
        if (heading and not _runs_on(line, wrap)) or _closes(line, following, wrap):
            current = []
    return groups


def _block(lines: list[str], page: int | None) -> RawBlock:
    text = "\n".join(lines)
    found = numbering("".join(line.strip() for line in lines))
    if found is None:
        return RawBlock(kind=BlockKind.paragraph, text=text, page=page)
    return RawBlock(kind=found.kind, text=text, page=page, level=found.level, label=found.label)


def _blocks(text: str) -> tuple[list[RawBlock], int]:
    """Blocks of cleaned text and the page count; pages are numbered by the printed page marks
    or the form feeds the file holds (txt_pages), else not at all."""
    found = pages(text)
    wrap = _wrap_width(text.replace("\f", "\n").split("\n"))
    blocks: list[RawBlock] = []
    for page in found:
        page_number = page.number
        lines = page.text.split("\n")
        done = 0
        for start, end in [*table_runs(lines), (len(lines), len(lines))]:
            for group in _paragraphs(lines[done:start], wrap):
                blocks.append(_block(group, page_number))
            if end > start:
                blocks.append(table_block(lines[start:end], page_number))
            done = end
    numbered = [page.number for page in found if page.number is not None]
    return blocks, max(numbered, default=len(found))


def parse_txt(source: SourceFile, limits: Limits) -> ParsedDocument:
    """Read a .txt submission into blocks; Chinese texts often lack blank lines between them."""
    path = source.path
    try:
        data = source.read_from.read_bytes()
    except OSError as err:
        raise DocumentError(
            path, _("cannot read the file ({reason})").format(reason=os_error(err))
        ) from err
    decoded, note = decode(path, data)
    text, removed = _clean(decoded)
    if not text.strip():
        raise EmptyDocument(path, _("the file holds only whitespace"))
    warnings: list[Warning] = []
    if note is not None:
        logger.info("%s: %s", path.name, note)
        warnings.append(Warning(code="encoding", message=note))
    if removed:
        warnings.append(
            Warning(
                code="control_characters",
                message=_("removed {count} control character(s)").format(count=removed),
            )
        )
    blocks, page_count = _blocks(text)
    return ParsedDocument(
        source=str(path),
        sha256=source.sha256,
        format=source.format,
        page_count=page_count,
        blocks=blocks,
        warnings=warnings,
    )
