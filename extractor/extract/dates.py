"""The date a document speaks from: its dateline, a form's date field, or its signature.

Relative words (今年, 目前, 截至目前) resolve against it, and a figure dated after it is a
target. A news release states it at its head (时间：2022-05-16, 发布日期：…, （2024年5月20日）),
a form in a field (申报日期：2024年9月20日), a plan or an application in its 落款 at the end
(…人民政府 2024年9月12日); the last signature counts (a recommendation signed later).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from pydantic import BaseModel, ConfigDict

from extractor.extract.numbers import numeral
from extractor.model import BlockKind, Document
from extractor.model.pattern_files import load_cached


class _DateFile(BaseModel):
    """patterns/claims/dates.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    date: str
    labelled: str
    source_line: str
    head_line: str
    signature: str
    sealed: str
    full_date: str
    issuer: str
    head_chars: int
    tail_chars: int
    signature_line_chars: int


@dataclass(frozen=True, slots=True)
class DocumentDate:
    """A document's own date: its year and, where it says, its month."""

    year: int
    month: int | None = None

    def is_after(self, year: int, month: int | None = None) -> bool:
        """Whether a time of ``year`` (and ``month``, else the year's end) lies after this
        date: 2024年底 is after 2024年9月, 2024年6月底 is not."""
        if year != self.year:
            return year > self.year
        return (month or 12) > (self.month or 12)


@dataclass(frozen=True, slots=True)
class _Patterns:
    labelled: re.Pattern[str]
    source_line: re.Pattern[str]
    head_line: re.Pattern[str]
    signature: re.Pattern[str]
    sealed: re.Pattern[str]
    full_date: re.Pattern[str]
    issuer: re.Pattern[str]
    data: _DateFile


@cache
def _patterns() -> _Patterns:
    data = load_cached("claims/dates.yaml", _DateFile)

    def with_date(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern.replace("{date}", data.date))

    signature = re.compile(data.signature.replace("{date}", data.date), re.MULTILINE)
    return _Patterns(
        with_date(data.labelled),
        with_date(data.source_line),
        with_date(data.head_line),
        signature,
        with_date(data.sealed),
        re.compile(data.full_date),
        re.compile(data.issuer),
        data,
    )


def _number(text: str | None) -> int | None:
    return numeral(text) if text else None


def _date(found: re.Match[str]) -> DocumentDate | None:
    year, month = _number(found.group("year")), _number(found.group("month"))
    if year is None or not 1990 <= year <= 2100 or month is None or not 1 <= month <= 12:
        return None  # 2025.40 or 2025-13 is no date
    return DocumentDate(year, month)


def _signed(found: re.Match[str]) -> bool:
    """A signature's date: written with its day, or ending the text right after its issuer on
    the same line (…委员会2024年9月, as a PDF joins the signature's lines) or on the line above
    (海城市人民政府 / 2024年6月); a bare 2026年6月 in a table's row is a deadline."""
    if _patterns().full_date.search(found.group(0)):
        return True
    text = found.string
    line = text[text.rfind("\n", 0, found.start()) + 1 : found.start()]
    if not line.strip():  # the date opens its line: its issuer is the line above, not a cell
        above = text[: found.start()].rstrip("\n").rsplit("\n", 1)[-1]
        line = "" if above.endswith("\t") else above
    last = not text[found.end() :].strip()
    return last and _patterns().issuer.search(line) is not None


def _last(pattern: re.Pattern[str], text: str, signed: bool = False) -> DocumentDate | None:
    """The latest date ``pattern`` finds; with ``signed``, only dates a signature gives."""
    found = [
        d
        for m in pattern.finditer(text)
        if (not signed or _signed(m)) and (d := _date(m)) is not None
    ]
    return max(found, key=lambda d: (d.year, d.month or 0), default=None)


@lru_cache(maxsize=2)  # asked for by claims, lists and the pre-screen of one document
def document_date(body: str) -> DocumentDate | None:
    """The date the document speaks from, or None when it states none.

    ``body`` is the document's text without page furniture. A dated field (发布时间, 申报日期)
    comes first; then a source line's date (来源:光明网2022-08-01); then a date standing alone
    on a line at the head (a dateline, a cover); then
    the latest signature date of the tail; then the latest date under a seal anywhere (a
    form signed before its annexes).
    """
    patterns = _patterns()
    data = patterns.data
    head, tail = body[: data.head_chars], body[-data.tail_chars :]
    # only at the head or the tail: a task table's 完成时间 column dates a task, not the text
    labelled = patterns.labelled.search(head) or patterns.labelled.search(tail)
    if labelled is not None and (found := _date(labelled)) is not None:
        return found
    source = patterns.source_line.search(head)
    if source is not None and (found := _date(source)) is not None:
        return found
    line = patterns.head_line.search(head)
    if line is not None and (found := _date(line)) is not None:
        return found
    # a table row's cells are lines too, each but its last marked by its tab
    cells = [cell for row in tail.split("\n") for cell in re.findall(r"[^\t]*\t|[^\t]+$", row)]
    lines = [text for text in cells if len(text) <= data.signature_line_chars]
    return _last(patterns.signature, "\n".join(lines), signed=True) or _last(patterns.sealed, body)


def body_text(document: Document) -> str:
    """The document's text up to the end of its body: page furniture comes after it."""
    ends = [b.span.end for b in document.blocks if b.kind is not BlockKind.furniture]
    return document.text[: max(ends, default=len(document.text))]
