"""The printed page of every character of a DOCX, by aligning its text with LibreOffice's PDF.

Both sides are reduced to the same keys: NFKC-folded, lower-cased, whitespace dropped (so
the spaces LibreOffice leaves between CJK and Latin, and line ends, do not matter). The body's
keys (paragraphs, then table cells row by row, in reading order; headers and footers left out)
are matched to the printed keys by anchors: n-grams found exactly once on each side, kept only
in an order both sides share (a longest increasing chain), each grown over the characters
around it that agree. Between two matched runs the same is done again with the shorter
stretches, and a short stretch is compared whole (difflib). What the print has and the body
not (running headers, page numbers, list labels, a repeated table header) is skipped that way.

A character gets the page of the printed character it matched; an unmatched one between two
matched ones of its block on the same page gets that page. A block or cell of which less than
half is matched gets none: a figure with no page, never a wrong one.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from extractor.language import _
from extractor.model import (
    BlockKind,
    CharBox,
    FurnitureRole,
    Origin,
    RawBlock,
    RawCell,
    Warning,
)
from extractor.parse.docx_render import RenderError, Rendering, render
from extractor.settings import Limits

_ANCHOR = 8  # characters in a first anchor: unique on both sides in all but tiny documents
_SHORTEST_ANCHOR = 4
_WHOLE = 1_500_000  # a gap of at most this many character pairs is compared whole
_SHORTEST_RUN = 3  # difflib's matches shorter than this may be chance
_PLACED_SHARE = 0.5
_RUNNING_KEYS = 4  # a header or footer line shorter than this is not looked for
_PAGE_NUMBER_DIGITS = 3
_NEAR = 300  # printed characters around an unmatched stretch's neighbours searched for it
NOT_PLACED = "docx_not_placed"
NOT_RENDERED = "docx_not_rendered"


def _keys(text: str) -> tuple[str, list[int]]:
    """The comparable characters of ``text`` and, for each, its index in ``text``."""
    keys: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        for key in unicodedata.normalize("NFKC", char).lower():
            if not key.isalnum():
                continue  # LibreOffice draws quotation marks of another font out of order
            keys.append(key)
            origin.append(index)
    return "".join(keys), origin


@dataclass(slots=True)
class _Unit:
    """A stretch of body text that gets pages: a text block or a table cell."""

    owner: RawBlock | RawCell
    start: int  # of its keys in the body's keys
    origin: list[int]


def _owners(block: RawBlock) -> list[RawBlock | RawCell]:
    """What holds a block's text: the block, or a table's cells row by row as printed."""
    if block.kind is not BlockKind.table:
        return [block]
    return [*sorted(block.cells, key=lambda c: (c.row, c.col))]


def _units(blocks: list[RawBlock]) -> tuple[list[_Unit], str]:
    units: list[_Unit] = []
    parts: list[str] = []
    length = 0
    for block in blocks:
        if block.kind is BlockKind.furniture or block.origin is Origin.ocr:
            continue  # a picture's text is not text in the print: placed by its neighbours
        for owner in _owners(block):
            keys, origin = _keys(owner.text)
            units.append(_Unit(owner, length, origin))
            parts.append(keys)
            length += len(keys)
    return units, "".join(parts)


def _anchors(body: str, printed: str, area: tuple[int, int, int, int], k: int) -> list[int]:
    """n-grams found once in each side's stretch, as pairs (body, printed) in body order, kept
    to the longest chain in which both sides ascend; returned flat: d0, p0, d1, p1, …"""
    d0, d1, p0, p1 = area
    in_body = Counter(body[i : i + k] for i in range(d0, d1 - k + 1))
    in_print = Counter(printed[i : i + k] for i in range(p0, p1 - k + 1))
    where = {printed[i : i + k]: i for i in range(p0, p1 - k + 1)}
    pairs = [
        (i, where[gram])
        for i in range(d0, d1 - k + 1)
        if in_body[gram := body[i : i + k]] == 1 and in_print.get(gram) == 1
    ]
    return _ascending(pairs)


def _ascending(pairs: list[tuple[int, int]]) -> list[int]:
    """The longest chain of ``pairs`` (ascending in the first) ascending in the second too."""
    tails: list[int] = []  # printed position ending the best chain of each length
    ends: list[int] = []  # index into pairs of that chain's end
    before = [-1] * len(pairs)
    for index, (_key, position) in enumerate(pairs):
        length = bisect_left(tails, position)
        if length == len(tails):
            tails.append(position)
            ends.append(index)
        else:
            tails[length], ends[length] = position, index
        before[index] = ends[length - 1] if length else -1
    chain: list[int] = []
    index = ends[-1] if ends else -1
    while index >= 0:
        chain.extend(reversed(pairs[index]))
        index = before[index]
    return chain[::-1]


class _Aligner:
    """Matches body keys to printed keys; ``match[i]`` is the printed index of body key i."""

    def __init__(self, body: str, printed: str) -> None:
        self.body, self.printed = body, printed
        self.match = [-1] * len(body)
        self.used: set[int] = set()  # printed keys matched

    def align(self, d0: int, d1: int, p0: int, p1: int, k: int = _ANCHOR) -> None:
        """Match body[d0:d1] within printed[p0:p1], in order."""
        if d0 >= d1 or p0 >= p1:
            return
        if (d1 - d0) * (p1 - p0) <= _WHOLE:
            self._whole(d0, d1, p0, p1)
            return
        flat = _anchors(self.body, self.printed, (d0, d1, p0, p1), k)
        if not flat:
            if k > _SHORTEST_ANCHOR:
                self.align(d0, d1, p0, p1, max(_SHORTEST_ANCHOR, k // 2))
            return
        self._follow(flat, (d0, d1, p0, p1), k, bounded=True)

    def _follow(
        self, flat: list[int], area: tuple[int, int, int, int], k: int, bounded: bool
    ) -> None:
        """Grow a run around each anchor and align what lies between two runs; ``bounded``:
        also before the first and after the last (the area is known to hold the stretch)."""
        d0, d1, p0, p1 = area
        done_d, done_p, first = d0, p0, True
        for d, p in zip(flat[::2], flat[1::2], strict=True):
            if d < done_d or p < done_p or p in self.used:
                continue  # inside the run grown from the previous anchor
            start_d, start_p = d, p
            while start_d > done_d and start_p > done_p and self._free(start_d - 1, start_p - 1):
                start_d, start_p = start_d - 1, start_p - 1
            end_d, end_p = d, p
            while end_d < d1 and end_p < p1 and self._free(end_d, end_p):
                end_d, end_p = end_d + 1, end_p + 1
            if bounded or not first:
                self.align(done_d, start_d, done_p, start_p, k)
            self._run(start_d, start_p, end_d - start_d)
            done_d, done_p, first = end_d, end_p, False
        if bounded:
            self.align(done_d, d1, done_p, p1, k)

    def rescue(self) -> None:
        """Find what is left unmatched where it prints out of the body's order: a long stretch
        anywhere (a text box, a table the layout moved), by its n-grams found once in the
        whole print; a short one as it is, once, near where its neighbours print (the cells
        of a table row cut by a page break: the first cell's end prints after the others)."""
        for d0, d1 in self._unmatched(_ANCHOR):
            flat = _anchors(self.body, self.printed, (d0, d1, 0, len(self.printed)), _ANCHOR)
            self._follow(flat, (d0, d1, 0, len(self.printed)), _ANCHOR, bounded=False)
        for d0, d1 in self._unmatched(_SHORTEST_RUN):
            self._find_near(d0, d1)

    def _unmatched(self, shortest: int) -> list[tuple[int, int]]:
        """Stretches of body keys left unmatched, of at least ``shortest`` keys."""
        found: list[tuple[int, int]] = []
        d = 0
        while d < len(self.body):
            if self.match[d] >= 0:
                d += 1
                continue
            end = d
            while end < len(self.body) and self.match[end] < 0:
                end += 1
            if end - d >= shortest:
                found.append((d, end))
            d = end
        return found

    def _find_near(self, d0: int, d1: int) -> None:
        before = next((self.match[i] for i in range(d0 - 1, -1, -1) if self.match[i] >= 0), 0)
        after = next((m for m in self.match[d1:] if m >= 0), len(self.printed))
        low, high = max(0, min(before, after) - _NEAR), max(before, after) + _NEAR
        stretch = self.body[d0:d1]
        found = [
            p
            for p in _occurrences(self.printed, stretch, low, high)
            if self.used.isdisjoint(range(p, p + len(stretch)))
        ]
        if len(found) == 1:
            self._run(d0, found[0], d1 - d0)

    def _free(self, d: int, p: int) -> bool:
        """Whether body key d and printed key p agree and p is not matched yet."""
        return self.body[d] == self.printed[p] and p not in self.used

    def _run(self, d: int, p: int, length: int) -> None:
        self.match[d : d + length] = range(p, p + length)
        self.used.update(range(p, p + length))

    def _whole(self, d0: int, d1: int, p0: int, p1: int) -> None:
        matcher = SequenceMatcher(None, self.body[d0:d1], self.printed[p0:p1], autojunk=False)
        for a, b, size in matcher.get_matching_blocks():
            # a whole short stretch (a cell "12") where the print has little more (a label)
            whole = size == d1 - d0 and p1 - p0 <= size + _SHORTEST_ANCHOR
            if size >= _SHORTEST_RUN or whole:
                self._run(d0 + a, p0 + b, size)


def _running_lines(blocks: list[RawBlock]) -> list[str]:
    """The keys of each line of the document's headers and footers, digits left out (a
    page number changes from page to page), longest first; lines of a few keys are left out."""
    lines = {
        "".join(key for key in _keys(line)[0] if not key.isdigit())
        for block in blocks
        if block.kind is BlockKind.furniture
        for line in block.text.splitlines()
    }
    return sorted((line for line in lines if len(line) >= _RUNNING_KEYS), key=len, reverse=True)


def _page_body(keys: list[str], running: list[str], numbered: bool) -> tuple[int, int]:
    """The stretch of a printed page's keys between its header and its footer: LibreOffice
    draws the header first and the footer last. Digits within a running line, and a page
    number just before the footer (or alone at the end, where the document numbers its
    pages), go with it; digits after the header stay (a title may start 5G)."""
    letters = [i for i, key in enumerate(keys) if not key.isdigit()]
    text = "".join(keys[i] for i in letters)
    first, last = 0, len(text)
    heads, feet = list(running), list(running)  # each line once: a title may repeat the header
    while found := next((line for line in heads if text.startswith(line, first, last)), ""):
        first += len(found)
        heads.remove(found)
    while found := next((line for line in feet if text.endswith(line, first, last)), ""):
        last -= len(found)
        feet.remove(found)
    start = letters[first - 1] + 1 if first else 0
    end = letters[last] if last < len(text) else len(keys)
    if last < len(text) or numbered:
        end = _past_digits(keys, end - 1, -1, start) + 1
    return start, end


def _past_digits(keys: list[str], at: int, step: int, stop: int) -> int:
    """The first index from ``at`` on (in ``step``'s direction) after at most a page number's
    digits; ``at`` itself if more digits follow (a figure, not a page number)."""
    index = at
    while index != stop and 0 <= index < len(keys) and keys[index].isdigit():
        index += step
    return index if abs(index - at) <= _PAGE_NUMBER_DIGITS else at


def _occurrences(text: str, part: str, low: int, high: int) -> list[int]:
    """Where ``part`` starts within ``text[low:high]``, overlaps included."""
    found: list[int] = []
    position = text.find(part, low, high)
    while position >= 0:
        found.append(position)
        position = text.find(part, position + 1, high)
    return found


def _fill(pages: list[int | None], keyed: list[int]) -> None:
    """A character between two of the same page, within one block, prints on that page; so
    do the punctuation and spaces that open or close the block (``keyed``: the characters
    compared), as a line never starts with a closing mark nor ends with an opening one."""
    last: int | None = None
    for index, page in enumerate(pages):
        if page is None:
            continue
        if last is not None and pages[last] == page:
            pages[last + 1 : index] = [page] * (index - last - 1)
        last = index
    if keyed and pages[keyed[0]] is not None:
        pages[: keyed[0]] = [pages[keyed[0]]] * keyed[0]
    if keyed and pages[keyed[-1]] is not None:
        pages[keyed[-1] + 1 :] = [pages[keyed[-1]]] * (len(pages) - keyed[-1] - 1)


def place_on_pages(blocks: list[RawBlock], rendering: Rendering) -> list[Warning]:
    """Give every body character of ``blocks`` the page LibreOffice printed it on (and its box
    there) and each block its first character's page; furniture prints on every page: none.

    Returns a warning naming how many blocks and cells could not be placed."""
    units, body = _units(blocks)
    keys: list[str] = []
    glyphs: list[tuple[int, CharBox]] = []
    running = _running_lines(blocks)
    numbered = any(b.role is FurnitureRole.page_number for b in blocks)
    for number, page in enumerate(rendering.pages, start=1):
        on_page = [(k, g) for g in page for k in _keys(g.char)[0]]
        start, end = _page_body([k for k, _ in on_page], running, numbered)
        for key, glyph in on_page[start:end]:
            keys.append(key)
            glyphs.append((number, (glyph.x0, glyph.top, glyph.x1, glyph.bottom)))
    aligner = _Aligner(body, "".join(keys))
    aligner.align(0, len(body), 0, len(keys))
    aligner.rescue()
    missed = 0
    for unit in units:
        owner = unit.owner
        pages: list[int | None] = [None] * len(owner.text)
        boxes: list[CharBox | None] = [None] * len(owner.text)
        matched = 0
        for offset, raw_index in enumerate(unit.origin):
            printed = aligner.match[unit.start + offset]
            if printed >= 0:
                pages[raw_index], boxes[raw_index] = glyphs[printed]
                matched += 1
        if unit.origin and matched < _PLACED_SHARE * len(unit.origin):
            missed += 1
            pages, boxes = [None] * len(owner.text), [None] * len(owner.text)
        _fill(pages, unit.origin)
        owner.pages, owner.boxes = pages, boxes
    missed += _place_pictures([b for b in blocks if b.kind is not BlockKind.furniture])
    for block in blocks:
        block.page = _first_page(block)
    if not missed:
        return []
    message = _(
        "{missed} of {count} paragraphs or table cells were not found in the pages"
        " LibreOffice printed: their figures have no page"
    ).format(missed=missed, count=len(units))
    return [Warning(code=NOT_PLACED, message=message)]


def _place_pictures(body: list[RawBlock]) -> int:
    """A picture's OCR text prints where the picture does, between the text before and after
    it: on their page where both are on one (else none). Its boxes are in the picture's
    pixels, not on the print: dropped. Returns how many pictures got no page."""
    placed = [
        [p for owner in _owners(b) for p in owner.pages or () if p is not None]
        if b.origin is not Origin.ocr
        else []
        for b in body
    ]
    missed = 0
    for index, block in enumerate(body):
        if block.origin is not Origin.ocr:
            continue
        before = next((pages[-1] for pages in reversed(placed[:index]) if pages), None)
        after = next((pages[0] for pages in placed[index + 1 :] if pages), None)
        page = before if before == after else None
        missed += page is None
        for owner in _owners(block):
            owner.pages, owner.boxes = [page] * len(owner.text), None
    return missed


def _first_page(block: RawBlock) -> int | None:
    """The page of a block's first printable character (a table's: its first cell's)."""
    if block.kind is BlockKind.furniture:
        return None
    for owner in _owners(block):
        origin = _keys(owner.text)[1]
        if origin and owner.pages is not None:
            return owner.pages[origin[0]]
    return None


def printed_pages(
    source: Path, limits: Limits, blocks: list[RawBlock], keep: Path | None = None
) -> tuple[int | None, list[Warning]]:
    """The number of pages LibreOffice prints ``source`` on, every block's characters placed
    on them (the PDF kept at ``keep``); where it cannot print it, no block gets a page and a
    warning says why. With ``limits.docx_render`` off: the parser's pages, no warning."""
    if not limits.docx_render:
        return None, []
    try:
        rendering = render(source, limits, keep)
    except RenderError as err:
        for block in blocks:
            block.page = None
        return None, [
            Warning(
                code=NOT_RENDERED, message=_("{reason}: no figure has a page").format(reason=err)
            )
        ]
    return len(rendering.pages), place_on_pages(blocks, rendering)
