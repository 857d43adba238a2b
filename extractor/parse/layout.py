"""Geometry of a PDF page's text: glyphs into lines, lines into reading order and paragraphs."""

from __future__ import annotations

import itertools
import statistics
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from extractor.parse.glyphs import Glyph

BBox = tuple[float, float, float, float]
Order = list[tuple[int, float]]
"""Item indices in reading order, each with the right edge of its column."""

# Ratios of the line height (the loose glyph box, about one em).
_SEGMENT_GAP = 1.2  # a wider gap inside a line separates two runs (columns, form fields)
SPACE_GAP = 0.15  # a gap this wide between two glyphs reads as a space
_GUTTER = 0.7  # narrowest gap between two columns of text (justified Latin runs eat into it)
_MIN_COLUMN_SHARE = 0.2  # a column narrower than this share of its region is a table column
_FAKE_BOLD_SHIFT = 0.5  # same glyph drawn again within half its width is one glyph
_INDENT = 0.9  # a line starting this far right of the previous one opens a paragraph
_SHORT_LINE = 1.5  # a line ending this far left of its column's right edge ends a paragraph
_SIZE_CHANGE = 0.15  # relative height change that separates paragraphs (a heading and body)


@dataclass(slots=True)
class Line:
    """A horizontal run of glyphs, left to right, with its text and a box per character."""

    glyphs: list[Glyph]
    x0: float
    top: float
    x1: float
    bottom: float
    text: str = ""
    boxes: list[BBox | None] = field(default_factory=list)
    size: float = 0.0
    """The median font size (glyph height if unknown), unmoved by a raised or lowered figure."""

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


def _line(glyphs: list[Glyph]) -> Line:
    chars: list[str] = []
    boxes: list[BBox | None] = []
    previous: Glyph | None = None
    for glyph in glyphs:
        if previous is not None and glyph.x0 - previous.x1 > SPACE_GAP * previous.height:
            chars.append(" ")
            boxes.append(None)
        chars.append(glyph.char)
        boxes.extend([(glyph.x0, glyph.top, glyph.x1, glyph.bottom)] * len(glyph.char))
        previous = glyph
    return Line(
        glyphs=glyphs,
        x0=min(g.x0 for g in glyphs),
        top=min(g.top for g in glyphs),
        x1=max(g.x1 for g in glyphs),
        bottom=max(g.bottom for g in glyphs),
        text="".join(chars),
        boxes=boxes,
        size=statistics.median_low([g.size or g.height for g in glyphs]),
    )


def _is_overprint(glyph: Glyph, kept: Glyph) -> bool:
    """The same character drawn again a fraction of its width away: fake bold, not text."""
    return (
        glyph.char == kept.char
        and abs(glyph.x0 - kept.x0) < _FAKE_BOLD_SHIFT * max(kept.x1 - kept.x0, 0.1)
        and abs(glyph.middle - kept.middle) < 0.5 * kept.height
    )


def _bands(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs that share a horizontal band, whatever their baseline (raised or lowered digits)."""
    bands: list[list[Glyph]] = []
    bottom = float("-inf")
    for glyph in sorted(glyphs, key=lambda g: g.middle):
        if bands and glyph.middle < bottom:
            bands[-1].append(glyph)
            bottom = max(bottom, min(glyph.bottom, glyph.middle + glyph.height))
        else:
            bands.append([glyph])
            bottom = glyph.bottom
    return bands


def find_lines(glyphs: list[Glyph]) -> list[Line]:
    """Runs of text: glyphs banded by height, ordered by x, split where a wide gap opens."""
    lines: list[Line] = []
    for band in _bands(glyphs):
        band.sort(key=lambda g: g.x0)
        run: list[Glyph] = []
        for glyph in band:
            if run and _is_overprint(glyph, run[-1]):
                continue
            if run and glyph.x0 - run[-1].x1 > _SEGMENT_GAP * max(glyph.height, run[-1].height):
                lines.append(_line(run))
                run = []
            run.append(glyph)
        if run:
            lines.append(_line(run))
    return lines


def _column_groups(items: list[int], boxes: Sequence[BBox], unit: float) -> list[list[int]]:
    """Split items at vertical gutters wide enough to be columns; one group if there are none."""
    ordered = sorted(items, key=lambda i: boxes[i][0])
    groups: list[list[int]] = [[]]
    reach = float("-inf")
    for i in ordered:
        if groups[-1] and boxes[i][0] - reach >= _GUTTER * unit:
            groups.append([])
        groups[-1].append(i)
        reach = max(reach, boxes[i][2])
    if len(groups) == 1:
        return groups
    left = min(boxes[i][0] for i in items)
    width = max(boxes[i][2] for i in items) - left
    for group in groups:
        span = max(boxes[i][2] for i in group) - min(boxes[i][0] for i in group)
        if span < _MIN_COLUMN_SHARE * width:
            return [items]  # narrow columns of figures: a table without rules, read by rows
    return groups


def _rows(items: list[int], boxes: Sequence[BBox]) -> list[list[int]]:
    """Split items at horizontal gaps that cross the whole region."""
    rows: list[list[int]] = []
    reach = float("-inf")
    for i in sorted(items, key=lambda i: boxes[i][1]):
        if not rows or boxes[i][1] >= reach:
            rows.append([])
        rows[-1].append(i)
        reach = max(reach, boxes[i][3])
    return rows


def _cut(items: list[int], boxes: Sequence[BBox], unit: float, out: Order, right: float) -> None:
    """Recursive XY-cut: columns left to right, bands top to bottom, rows by position.

    ``right`` is the right edge of the column the items sit in, which tells a line that
    ends a paragraph early from one that runs to the margin.
    """
    columns = _column_groups(items, boxes, unit)
    if len(columns) > 1:
        for column in columns:
            _cut(column, boxes, unit, out, max(boxes[i][2] for i in column))
        return
    rows = _rows(items, boxes)
    if len(rows) == 1:
        out.extend((i, right) for i in sorted(items, key=lambda i: (boxes[i][0], boxes[i][1])))
        return
    # Consecutive rows that together show a gutter form a multi-column band.
    group: list[int] = []
    for row in rows:
        if group and len(_column_groups(group + row, boxes, unit)) == 1:
            _emit(group, boxes, unit, out, right)
            group = []
        group = group + row
    _emit(group, boxes, unit, out, right)


def _emit(group: list[int], boxes: Sequence[BBox], unit: float, out: Order, right: float) -> None:
    if len(_column_groups(group, boxes, unit)) > 1:
        _cut(group, boxes, unit, out, right)
        return
    rows = _rows(group, boxes)
    if len(rows) > 1:  # a band of one column, e.g. below where a shorter column ended
        right = max(boxes[i][2] for i in group)
    for row in rows:
        out.extend((i, right) for i in sorted(row, key=lambda i: boxes[i][0]))


def reading_order(boxes: Sequence[BBox], unit: float) -> list[tuple[int, float]]:
    """Indices of ``boxes`` in reading order, each with the right edge of its column."""
    out: Order = []
    if boxes:
        _cut(list(range(len(boxes))), boxes, unit, out, max(b[2] for b in boxes))
    return out


def body_height(lines: Sequence[Line]) -> float:
    """The median line height weighted by characters: the size of the body text."""
    weighted = sorted((line.size, len(line.glyphs)) for line in lines)
    total = sum(count for _, count in weighted)
    if not total:
        return 12.0
    seen = 0
    for height, count in weighted:
        seen += count
        if 2 * seen >= total:
            return height
    return weighted[-1][0]


def _is_glue(char: str) -> bool:
    """Characters a line breaker keeps with their neighbour: Latin, figures, quotes, brackets."""
    return (char.isascii() and char.isprintable()) or unicodedata.category(char)[0] == "P"


def _leading_word_width(line: Line) -> float:
    """Width of the first unbreakable piece of a line: a character and what is glued to it."""
    first = line.glyphs[0]
    end = first.x1
    for glyph in line.glyphs[1:]:
        if not (_is_glue(glyph.char) or _is_glue(first.char)):
            break
        end = glyph.x1
        if not _is_glue(glyph.char):
            break
    return end - first.x0


def starts_paragraph(previous: Line, line: Line, right: float, gap_limit: float) -> bool:
    """Whether ``line`` opens a new paragraph rather than continuing ``previous``."""
    unit = previous.size
    return (
        line.top - previous.bottom > gap_limit
        or line.top < previous.top
        or line.x0 >= previous.x1
        or line.x1 <= previous.x0
        or line.x0 > previous.x0 + _INDENT * unit
        or (
            previous.x1 < right - _SHORT_LINE * unit
            # a figure that did not fit at the end of the line is a wrap, not a paragraph end
            and right - previous.x1 > _leading_word_width(line) + 0.5 * unit
        )
        or abs(line.size - previous.size) > _SIZE_CHANGE * unit
    )


def gap_limit(lines: Sequence[Line]) -> float:
    """The widest gap between two lines of one paragraph: the usual leading plus a margin."""
    gaps = [
        b.top - a.bottom
        for a, b in itertools.pairwise(lines)
        if b.top - a.bottom >= 0 and b.x0 < a.x1 and a.x0 < b.x1
    ]
    unit = body_height(lines)
    usual = statistics.median(gaps) if gaps else 0.5 * unit
    return min(usual, unit) + 0.4 * unit
