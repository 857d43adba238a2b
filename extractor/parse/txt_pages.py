"""The pages of a plain-text submission: printed page marks, else form feeds.

A TXT saved from Word or WPS keeps the page numbers the printed copy carries, as lines of their
own: `— 3 —`, `- 3 -`, `第3页`, `第 3 页 共 8 页`. A reviewer holding the printout finds a
figure by that number, so where the marks run 1, 2, 3… (from any first number, each one more than
the last) they split the text: a mark closes the page it numbers (a footer), or opens it where
nothing but blank lines stands before the first mark (a header). The mark lines themselves are
not text. Without such marks, form feeds (\\f) separate pages; without either, there are none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

_S = r"[ \t\u3000]*"  # spaces, full-width ones too
_DASHES = r"[—–\-－]+"
_MARK = re.compile(
    rf"^{_S}(?:{_DASHES}{_S}(\d{{1,4}}){_S}{_DASHES}"  # — 3 —
    rf"|第{_S}(\d{{1,4}}){_S}页(?:{_S}[/／,，、]?{_S}共{_S}\d{{1,4}}{_S}页)?){_S}$",  # 第3页 共8页
    re.MULTILINE,
)


@dataclass(frozen=True, slots=True)
class Page:
    """A page's text and its number (None where the file has no pages)."""

    number: int | None
    text: str


def _marked(text: str) -> list[Page] | None:
    """Pages split at the page marks, if the marks run one after the other; else None."""
    marks = list(_MARK.finditer(text))
    numbers = [int(m.group(1) or m.group(2)) for m in marks]
    if not marks or any(b != a + 1 for a, b in pairwise(numbers)):
        return None
    header = not text[: marks[0].start()].strip()
    pages: list[Page] = []
    start = 0
    for mark, number in zip(marks, numbers, strict=True):
        if header:  # the text after this mark, up to the next, is page ``number``
            if start:
                pages.append(Page(number - 1, text[start : mark.start()]))
        else:  # the text before this mark is page ``number``
            pages.append(Page(number, text[start : mark.start()]))
        start = mark.end()
    last = numbers[-1] if header else numbers[-1] + 1
    if text[start:].strip():
        pages.append(Page(last, text[start:]))
    return pages


def pages(text: str) -> list[Page]:
    """The file's pages: by printed page marks, else by form feeds (the empty page after a
    final form feed is not a page), else one page with no number."""
    marked = _marked(text.replace("\f", "\n"))
    if marked is not None:
        return marked
    split = text.split("\f")
    if len(split) > 1 and not split[-1].strip():
        split.pop()
    if len(split) == 1 and "\f" not in text:
        return [Page(None, text)]
    return [Page(number, part) for number, part in enumerate(split, start=1)]
