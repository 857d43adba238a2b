"""Ruled tables of a PDF page: rules read from pdfium's path objects, cells by pdfplumber's finder.

pdfplumber's table algorithm (snap, join, intersect, cells, tables) is used as is, but fed with
edges taken from pypdfium2's path segments, so a page's layout is never parsed a second time
by pdfminer: the tables cost a small share of the time plain pdfplumber would take.
"""

from __future__ import annotations

import ctypes
import itertools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from extractor.language import N_, _
from extractor.parse.layout import Line

if TYPE_CHECKING:
    import pypdfium2 as pdfium

Matrix = tuple[float, float, float, float, float, float]
BBox = tuple[float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_AXIS_TOLERANCE = 1.0  # points a rule may lean and still count as horizontal or vertical
_SNAP = 3.0  # pdfplumber's default snap/join/intersection tolerance
_MAX_FORM_DEPTH = 8
# Hostile pages: two million strokes take a minute to walk through ctypes, and pdfplumber's
# cell finder is quadratic in the rules' crossings (measured: 10,000 take 5 s, a 250 x 250
# grid 3 minutes). A 100-row, 20-column table has some 2,100; bounds well above real tables:
MAX_OBJECTS = 100_000
MAX_CROSSINGS = 5_000
MAX_RULE_PAIRS = 250_000  # horizontal x vertical rules: finding the crossings tries each pair


class TooManyObjects(Exception):
    """A page draws more objects or rules than tables are looked for among."""

    def __init__(self, what: str, count: int, limit: int) -> None:
        self.what, self.count, self.limit = what, count, limit
        super().__init__(
            _("the page draws {count:,} {what}, more than {limit:,}").format(
                count=count, what=_(what), limit=limit
            )
        )


@dataclass(slots=True)
class TableCell:
    """A cell on the table's grid; a merged cell covers ``row_span`` x ``col_span`` positions."""

    row: int
    col: int
    row_span: int
    col_span: int
    bbox: BBox


@dataclass(slots=True)
class TableArea:
    """A ruled table found on a page, in top-left page coordinates."""

    bbox: BBox
    rows: int
    cols: int
    cells: list[TableCell] = field(default_factory=list)


@dataclass(slots=True)
class TableContent:
    """A table with the lines of text found in each of its cells (``area.cells``' order)."""

    area: TableArea
    cells: list[list[Line]]


def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (
        a * A + b * C,
        a * B + b * D,
        c * A + d * C,
        c * B + d * D,
        e * A + f * C + E,
        e * B + f * D + F,
    )


def _matrix(handle: Any) -> Matrix:
    import pypdfium2.raw as raw

    value = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(handle, value):
        return _IDENTITY
    return (value.a, value.b, value.c, value.d, value.e, value.f)


def _path_points(handle: Any, matrix: Matrix) -> list[list[tuple[float, float]]]:
    """The straight sub-paths of one path object, as point lists in page space."""
    import pypdfium2.raw as raw

    x, y = ctypes.c_float(), ctypes.c_float()
    a, b, c, d, e, f = matrix
    runs: list[list[tuple[float, float]]] = []
    for index in range(raw.FPDFPath_CountSegments(handle)):
        segment = raw.FPDFPath_GetPathSegment(handle, index)
        if not raw.FPDFPathSegment_GetPoint(segment, ctypes.byref(x), ctypes.byref(y)):
            continue
        point = (a * x.value + c * y.value + e, b * x.value + d * y.value + f)
        kind = raw.FPDFPathSegment_GetType(segment)
        if kind == raw.FPDF_SEGMENT_MOVETO or not runs:
            runs.append([point])
        elif kind == raw.FPDF_SEGMENT_LINETO:
            runs[-1].append(point)
        else:  # a curve: rules are straight, so end the run here
            runs.append([point])
        if raw.FPDFPathSegment_GetClose(segment) and len(runs[-1]) > 1:
            runs[-1].append(runs[-1][0])
    return runs


def _edge(left: float, right: float, top: float, bottom: float) -> dict[str, Any]:
    """A rule as pdfplumber's edge dict: horizontal where it has no height."""
    orientation = "h" if top == bottom else "v"
    return {
        "x0": left,
        "x1": right,
        "top": top,
        "bottom": bottom,
        "width": right - left,
        "height": bottom - top,
        "orientation": orientation,
        "object_type": "line",
    }


def _edges_of(runs: list[list[tuple[float, float]]], page_top: float) -> list[dict[str, Any]]:
    """Axis-aligned segments as pdfplumber edge dicts (top-left origin)."""
    edges: list[dict[str, Any]] = []
    for run in runs:
        for (x0, y0), (x1, y1) in itertools.pairwise(run):
            if abs(y0 - y1) <= _AXIS_TOLERANCE and abs(x1 - x0) > _AXIS_TOLERANCE:
                left, right = sorted((x0, x1))
                top = page_top - (y0 + y1) / 2
                edges.append(_edge(left, right, top, top))
            elif abs(x0 - x1) <= _AXIS_TOLERANCE and abs(y1 - y0) > _AXIS_TOLERANCE:
                top, bottom = sorted((page_top - y0, page_top - y1))
                x = (x0 + x1) / 2
                edges.append(_edge(x, x, top, bottom))
    return edges


def page_edges(page: pdfium.PdfPage, page_top: float) -> list[dict[str, Any]]:
    """Every straight horizontal or vertical rule drawn on the page, forms included.

    Raises TooManyObjects past MAX_OBJECTS objects, counting each drawing of a form anew.
    """
    import pypdfium2.raw as raw

    edges: list[dict[str, Any]] = []
    stack: list[tuple[Any, bool, Matrix, int]] = [(page.raw, False, _IDENTITY, 0)]
    seen = 0
    while stack:
        parent, is_form, outer, depth = stack.pop()
        count = (raw.FPDFFormObj_CountObjects if is_form else raw.FPDFPage_CountObjects)(parent)
        seen += max(count, 0)
        if seen > MAX_OBJECTS:
            raise TooManyObjects(N_("drawing objects"), seen, MAX_OBJECTS)
        get = raw.FPDFFormObj_GetObject if is_form else raw.FPDFPage_GetObject
        for index in range(max(count, 0)):
            handle = get(parent, index)
            kind = raw.FPDFPageObj_GetType(handle)
            if kind == raw.FPDF_PAGEOBJ_PATH:
                matrix = _compose(_matrix(handle), outer)
                edges.extend(_edges_of(_path_points(handle, matrix), page_top))
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < _MAX_FORM_DEPTH:
                stack.append((handle, True, _compose(_matrix(handle), outer), depth + 1))
    return edges


def _positions(values: list[float]) -> list[float]:
    """Distinct grid lines: coordinates closer than the snap tolerance are one line."""
    lines: list[float] = []
    for value in sorted(values):
        if not lines or value - lines[-1] > _SNAP:
            lines.append(value)
    return lines


def _index(lines: list[float], value: float) -> int:
    return min(range(len(lines)), key=lambda i: abs(lines[i] - value))


def _grid(cells: list[BBox]) -> TableArea | None:
    """Place pdfplumber's cell boxes on a row x column grid; a merge becomes spans."""
    xs = _positions([c[0] for c in cells] + [c[2] for c in cells])
    ys = _positions([c[1] for c in cells] + [c[3] for c in cells])
    rows, cols = len(ys) - 1, len(xs) - 1
    if rows < 1 or cols < 2 or len(cells) < 2:
        return None  # a frame around a paragraph, not a table
    placed: list[TableCell] = []
    for x0, top, x1, bottom in cells:
        row, col = _index(ys, top), _index(xs, x0)
        row_span = max(1, _index(ys, bottom) - row)
        col_span = max(1, _index(xs, x1) - col)
        placed.append(TableCell(row, col, row_span, col_span, (x0, top, x1, bottom)))
    placed.sort(key=lambda c: (c.row, c.col))
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    return TableArea(bbox=bbox, rows=rows, cols=cols, cells=placed)


def find_tables(page: pdfium.PdfPage, page_top: float) -> list[TableArea]:
    """Ruled tables on the page, top to bottom; pages without rules cost one object scan.

    Raises TooManyObjects when the page draws too much to look among (MAX_OBJECTS objects,
    MAX_RULE_PAIRS pairs of rules, MAX_CROSSINGS crossings).
    """
    edges = page_edges(page, page_top)
    horizontal = sum(1 for e in edges if e["orientation"] == "h")
    if horizontal < 2 or len(edges) - horizontal < 2:
        return []
    from pdfplumber.table import (
        cells_to_tables,
        edges_to_intersections,
        intersections_to_cells,
        merge_edges,
    )

    merged = merge_edges(edges, _SNAP, _SNAP, _SNAP, _SNAP)
    merged = [e for e in merged if max(e["width"], e["height"]) >= _SNAP]
    across = sum(1 for e in merged if e["orientation"] == "h")
    pairs = across * (len(merged) - across)
    if pairs > MAX_RULE_PAIRS:
        raise TooManyObjects(N_("pairs of crossing rules"), pairs, MAX_RULE_PAIRS)
    crossings = edges_to_intersections(merged, _SNAP, _SNAP)
    if len(crossings) > MAX_CROSSINGS:
        raise TooManyObjects(N_("rule crossings"), len(crossings), MAX_CROSSINGS)

    cells = intersections_to_cells(crossings)
    tables = [_grid([(c[0], c[1], c[2], c[3]) for c in group]) for group in cells_to_tables(cells)]
    found = [t for t in tables if t is not None]
    return sorted(found, key=lambda t: (t.bbox[1], t.bbox[0]))
