"""PP-OCR (PP-OCRv4 detection and recognition, with the angle classifier) through
rapidocr-onnxruntime, its networks run by OpenVINO (ocr_runtime.py): the OCR engine for
Chinese pages.

The wheel ships its ONNX models, so nothing is downloaded at run time. The recogniser places
every character, so each one gets its own box. Text lines side by side on one row (a label and
its value) become one line with a space between them; rows close together form a paragraph;
a run of rows whose parts line up in columns and hold figures is a table. Rows are found on
boxes turned back by the page's tilt.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import statistics
from functools import cache
from typing import TYPE_CHECKING, Any

from extractor.language import _
from extractor.model import CharBox
from extractor.parse import aligned
from extractor.parse.ocr_lines import Grid, Line, OcrError, Region, Word
from extractor.parse.ocr_missed import read_missed
from extractor.parse.ocr_runtime import accelerate
from extractor.settings import Limits

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from PIL.Image import Image

# A gap between rows of more than this many line heights starts a new paragraph.
_PARAGRAPH_GAP = 0.8
# Parts of a row closer than this many line heights are one part.
_SAME_CELL = 0.5
# A table: at least this many rows of at least this many parts lined up in columns.
_MIN_GRID_ROWS = 2
_MIN_COLUMNS = 2
# Horizontal rules: ink darker than this, at least this share of the page wide (and the
# opening kernel a 1/parts of the page wide), at most this thick; a rule at least this share
# of the widest near it separates a table's rows; rules further apart than this many text
# lines are different tables.
_INK = 160
_FAINT_INK = 220  # a blurred rule's grey edges, painted out with it
# A vertical run of ink painted out is at least this tall: taller than any character's stroke,
# also in a small picture (a screenshot pasted into a DOCX).
_MIN_PAINTED_RULE_PX = 80
_RULE_SHARE = 0.15
_MIN_RULE_PX = 20
_RULE_KERNEL_PARTS = 30
_RULE_THICKNESS = 12
_FULL_RULE = 0.6
_TABLE_GAP_LINES = 8
# A vertical rule is at least this share of the page high, and parts a table's columns when it
# crosses at least this share of the table's height (merged cells interrupt some rules).
_COLUMN_RULE_SHARE = 0.02
_CROSSING = 0.3
# A text line this many times wider than high tells the page's tilt by its top edge.
_LONG_LINE = 4
_THREADS = 1  # onnxruntime threads per worker process: two workers on two cores do not fight
# Text lines the recogniser reads at once. One: a batch is padded to its widest line, and with
# rapidocr's 6 a page took 5.0-5.5 s against 3.1 s (detection slowed too), measured on three
# pages of corpus/scanned on one thread.
_REC_BATCH = 1
# The narrowest input the recogniser is given, in pixels (its lines are 48 high). rapidocr pads
# every line to at least 320 wide, so a short cell (2025, 14, 汽车制造业) cost a long line's
# time. Each line as wide as it is, rounded up to the recogniser's step (ocr_runtime): 9 % less
# time in the recogniser (1.35 -> 1.23 s a page over the 39 pages of corpus/scanned, timed as
# benchmarks/ocr_stages.py times it), the same claims, quotes and digits in
# benchmarks/ocr_quality.py.
_REC_MIN_WIDTH = 48


@cache
def _started() -> tuple[Any, str]:
    import numpy as np
    from rapidocr_onnxruntime import RapidOCR

    engine = RapidOCR(
        intra_op_num_threads=_THREADS,
        inter_op_num_threads=_THREADS,
        rec_batch_num=_REC_BATCH,
        rec_img_shape=[3, 48, _REC_MIN_WIDTH],
    )
    # the detector's input normalised in 32-bit floats, as the network takes it: with rapidocr's
    # 64-bit mean and deviation a page went through two 70 MB arrays before being cast down
    det = engine.text_det
    det.mean, det.std = np.float32(det.mean), np.float32(det.std)
    return engine, accelerate(engine)


def _engine() -> Any:
    return _started()[0]


def runtime() -> str:
    """What runs PP-OCR's networks in this process: ``openvino`` or ``onnxruntime``."""
    return _started()[1]


@cache
def _problem() -> str | None:
    try:
        _engine()
    except ImportError as err:
        log.warning("PP-OCR cannot be imported: %s", err)
        return _("PP-OCR is not installed (rapidocr-onnxruntime)")
    except Exception as err:  # onnxruntime cannot load a model: say why, read no page
        log.warning("PP-OCR cannot start: %s", err)
        return _("PP-OCR could not start")
    return None


def problem(limits: Limits) -> str | None:
    """Why PP-OCR cannot run here, or None; tried once per process."""
    return _problem()


def _box(points: Any) -> CharBox:
    """An axis-aligned box around the engine's four corner points."""
    xs, ys = [float(p[0]) for p in points], [float(p[1]) for p in points]
    return (min(xs), min(ys), max(xs), max(ys))


def _words(text: str, box: CharBox, conf: float, placed: Any) -> list[Word]:
    """One result line's words (split where the engine put a space), each character boxed:
    by the recogniser where it placed every character, else by cutting the line evenly."""
    chars = [c for c in text if not c.isspace()]
    if placed and len(placed) == len(chars):
        boxes = [_box(points) for points in placed]
    else:
        step = (box[2] - box[0]) / max(len(text), 1)
        boxes = [
            (box[0] + step * i, box[1], box[0] + step * (i + 1), box[3])
            for i, c in enumerate(text)
            if not c.isspace()
        ]
    words: list[Word] = []
    at = 0
    for part in text.split():
        mine = boxes[at : at + len(part)]
        at += len(part)
        words.append(Word(part, aligned.union(mine), conf, mine))
    return words


def _skew(corners: list[Any]) -> float:
    """The page's tilt in radians: the median slope of the top edges of its long text lines
    (a scan fed askew by a degree or two)."""
    slopes = []
    for points in corners:
        (x0, y0), (x1, y1) = points[0], points[1]
        top, bottom = _box(points)[1::2]
        width, height = float(x1) - float(x0), bottom - top
        if width > _LONG_LINE * height:
            slopes.append(math.atan2(float(y1) - float(y0), width))
    return statistics.median(slopes) if slopes else 0.0


def _level(points: Any, angle: float) -> CharBox:
    """The box around ``points`` turned back by the page's tilt: rows that slope across a tilted
    page line up again (used to group lines, never as provenance)."""
    cos, sin = math.cos(angle), math.sin(angle)
    turned = [
        (x * cos + y * sin, y * cos - x * sin)
        for x, y in ((float(p[0]), float(p[1])) for p in points)
    ]
    return _box(turned)


_Segment = tuple[CharBox, Line]  # one text line on a row: its levelled box and its words


@dataclasses.dataclass(frozen=True, eq=False)
class _Ruling:
    """A ruled table's rules in levelled coordinates: the rules between its rows (ys, top to
    bottom) and between its columns (xs, left to right; none when it has no vertical rules)."""

    ys: list[float]
    xs: list[float]


def _rows(found: list[_Segment]) -> list[list[_Segment]]:
    """Text lines grouped into rows, top to bottom, each row's parts left to right."""
    return [_close_parts(row) for row in aligned.rows(found)]


def _close_parts(row: list[_Segment]) -> list[_Segment]:
    """Parts of a row nearly touching on one visual line are one part (the detector may cut
    2023年（现状） in two); the lines of a label wrapped beside a figure stay apart."""
    merged: list[_Segment] = []
    for box, line in row:
        if merged:
            last, joined = merged[-1]
            height = min(last[3] - last[1], box[3] - box[1])
            if box[0] - last[2] < _SAME_CELL * height and aligned.same_line(last, box):
                merged[-1] = (aligned.union((last, box)), _joined([(last, joined), (box, line)]))
                continue
        merged.append((box, line))
    return merged


def _cell_lines(parts: list[_Segment]) -> list[Line]:
    """A cell's parts as its lines: top to bottom by visual line (a label wrapped over two
    lines reads 具备10个以上典型应用场景的工 / 厂数), each line's parts left to right."""
    lines: list[list[_Segment]] = []
    for box, line in sorted(parts, key=lambda item: (item[0][1], item[0][0])):
        same = next((group for group in lines if aligned.same_line(group[-1][0], box)), None)
        if same is None:
            lines.append([(box, line)])
        else:
            same.append((box, line))
    return [_joined(sorted(group, key=lambda item: item[0][0])) for group in lines]


def _joined(parts: list[_Segment]) -> Line:
    """A row's parts as one line, each part after the first standing apart."""
    words: list[Word] = []
    for _order, line in parts:
        first, *rest = line.words
        words += [dataclasses.replace(first, apart=bool(words)), *rest]
    return Line(words)


def _corners(box: CharBox) -> list[tuple[float, float]]:
    return [(box[0], box[1]), (box[2], box[1]), (box[2], box[3]), (box[0], box[3])]


def _cut(line: Line, starts: list[tuple[float, float]], angle: float) -> list[_Segment]:
    """A part cut between two of its words where a column starts; [] when it stays whole."""
    boxes = [_level(_corners(word.box), angle) for word in line.words]
    parts = aligned.cut(boxes, starts)
    if len(parts) == 1:
        return []
    groups = [[line.words[i] for i in part] for part in parts]
    return [(_level(_corners(aligned.union(w.box for w in g)), angle), Line(g)) for g in groups]


def _at_columns(run: list[list[_Segment]], angle: float) -> list[list[_Segment]]:
    """The run with each part running over the start of its other rows' columns cut there."""
    cut: list[list[_Segment]] = []
    for index, row in enumerate(run):
        starts = aligned.starts_beside(run, index)
        cut.append(
            [piece for box, line in row for piece in _cut(line, starts, angle) or [(box, line)]]
        )
    return cut


def _grid(run: list[list[_Segment]], angle: float = 0.0) -> Grid | None:
    """The run as a table when its parts line up in columns and its rows hold figures (two
    columns of prose side by side are no table)."""
    run = _at_columns(run, angle)
    columns = aligned.columns(run)
    figures = sum(any(c.isdigit() for _, line in row for c in line.text) for row in run)
    if len(columns) < _MIN_COLUMNS or figures * 2 < len(run):
        return None
    cells: list[tuple[int, int, list[Line]]] = []
    for number, row in enumerate(run):
        placed: dict[int, list[_Segment]] = {}
        for box, line in row:
            placed.setdefault(aligned.column_of(box, columns), []).append((box, line))
        cells += [(number, col, _cell_lines(parts)) for col, parts in sorted(placed.items())]
    return Grid(cells, len(run), len(columns))


def _middle(row: list[_Segment]) -> float:
    """Halfway down a row of text lines (levelled)."""
    return (min(box[1] for box, _ in row) + max(box[3] for box, _ in row)) / 2


def _by_columns(line: Line, xs: list[float], angle: float) -> dict[int, Line]:
    """A text line cut at the table's vertical rules, character by character (the detector
    may read a tight row of cells as one line): each column's part of it."""
    cos, sin = math.cos(angle), math.sin(angle)
    parts: dict[int, list[Word]] = {}
    for word in line.words:
        boxes = word.chars if word.chars and len(word.chars) == len(word.text) else None
        for index, char in enumerate(word.text):
            box = boxes[index] if boxes else word.box
            x = (box[0] + box[2]) / 2 * cos + (box[1] + box[3]) / 2 * sin
            col = min(max(sum(1 for rule in xs if rule < x) - 1, 0), len(xs) - 2)
            column = parts.setdefault(col, [])
            if column:  # the column's text so far and this character: one word
                last = column[-1]
                chars = [*(last.chars or []), box]
                column[-1] = Word(
                    last.text + char, aligned.union((last.box, box)), last.conf, chars
                )
            else:
                column.append(Word(char, box, word.conf, [box]))
    return {col: Line(words) for col, words in parts.items()}


def _ruled_grid(rows: list[list[_Segment]], ruling: _Ruling, angle: float) -> Grid:
    """Rows between the rules of a ruled table: the text between two rules is one table row
    (a label wrapped over three lines stays one cell); columns between its vertical rules,
    else by the parts' alignment."""
    ruled_columns = len(ruling.xs) >= _MIN_COLUMNS + 1
    columns = [] if ruled_columns else aligned.columns(rows)
    bands: dict[int, dict[int, list[_Segment]]] = {}
    for row in rows:
        band = bands.setdefault(sum(1 for y in ruling.ys if y < _middle(row)) - 1, {})
        for box, line in row:
            if ruled_columns:
                for col, part in _by_columns(line, ruling.xs, angle).items():
                    band.setdefault(col, []).append((part.box, part))
            else:
                band.setdefault(aligned.column_of(box, columns), []).append((box, line))
    cells = [
        (number, col, _cell_lines(parts))
        for number, band in enumerate(sorted(bands))
        for col, parts in sorted(bands[band].items())
    ]
    return Grid(cells, len(bands), len(ruling.xs) - 1 if ruled_columns else len(columns))


def _ruled(rows: list[list[_Segment]], tables: list[_Ruling]) -> dict[int, _Ruling]:
    """For each row inside a ruled table (between its first and last rule), that table's
    rules, keyed by the row's index."""
    inside: dict[int, _Ruling] = {}
    for index, row in enumerate(rows):
        middle = _middle(row)
        for ruling in tables:
            if ruling.ys[0] < middle < ruling.ys[-1]:
                inside[index] = ruling
    return inside


def _regions(
    rows: list[list[_Segment]], tables: list[_Ruling] | None = None, angle: float = 0.0
) -> list[Region]:
    """Paragraphs of rows close below one another, and tables: the rows between the rules of
    a ruled table, or runs of rows of several parts lined up in columns."""
    regions: list[Region] = []
    above: CharBox | None = None
    ruled = _ruled(rows, tables or [])
    index = 0
    while index < len(rows):
        if index in ruled:
            rules = ruled[index]
            end = index
            while end < len(rows) and ruled.get(end) is rules:
                end += 1
            regions.append(_ruled_grid(rows[index:end], rules, angle))
            above, index = None, end
            continue
        end = index
        while end < len(rows) and len(rows[end]) >= _MIN_COLUMNS:
            end += 1
        grid = _grid(rows[index:end], angle) if end - index >= _MIN_GRID_ROWS else None
        if grid is not None:
            regions.append(grid)
            above, index = None, end
            continue
        row = rows[index]
        box, line = aligned.union(b for b, _ in row), _joined(row)
        if above is not None and isinstance(regions[-1], list):
            height = min(above[3] - above[1], box[3] - box[1])
            if box[1] - above[3] <= _PARAGRAPH_GAP * height:
                regions[-1].append(line)
                above, index = box, index + 1
                continue
        regions.append([line])
        above, index = box, index + 1
    return regions


_Rule = tuple[float, float, float]  # where it stands across, where it starts and ends


def _rules(gray: Any, angle: float) -> tuple[list[_Rule], list[_Rule]]:
    """Horizontal rules (y, left, right) and vertical rules (x, top, bottom) of the page (its
    grey pixels) in levelled coordinates: the image is turned back by its tilt, then long runs
    of ink one or a few pixels thick are kept (OpenCV morphology)."""
    import cv2
    import numpy as np

    height, width = gray.shape
    cos, sin = math.cos(angle), math.sin(angle)
    shift = width * abs(sin) + 1
    turn = np.array([[cos, sin, 0], [-sin, cos, shift]], dtype=np.float32)
    flat = cv2.warpAffine(gray, turn, (width, height + int(2 * shift)), borderValue=255)
    ink = (flat < _INK).astype(np.uint8)
    kernel = np.ones((1, max(_MIN_RULE_PX, width // _RULE_KERNEL_PARTS)), np.uint8)
    lines = cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel)
    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(lines, connectivity=8)
    across = []
    for x, y, w, h, _area in stats[1:count]:
        if w >= width * _RULE_SHARE and h <= _RULE_THICKNESS:
            across.append((float(y) + h / 2 - shift, float(x), float(x + w)))
    kernel = np.ones((max(_MIN_RULE_PX, height // _RULE_KERNEL_PARTS), 1), np.uint8)
    lines = cv2.morphologyEx(ink, cv2.MORPH_OPEN, kernel)
    count, _labels, stats, _centroids = cv2.connectedComponentsWithStats(lines, connectivity=8)
    down = [
        (float(x) + w / 2, float(y) - shift, float(y + h) - shift)
        for x, y, w, h, _ in stats[1:count]
        if w <= _RULE_THICKNESS and h >= height * _COLUMN_RULE_SHARE
    ]
    return sorted(across), sorted(down)


def _without_column_rules(gray: Any) -> Any:
    """The page (its grey pixels) as the engine reads it: vertical rules painted out, grey
    edges and all, for the detector takes a thin 1 beside a column rule for part of the rule
    and drops it (a lone 1 in a cell lost, 15000 read 5000). The rules themselves are found on
    the page as it is."""
    import cv2
    import numpy as np

    ink = (gray < _FAINT_INK).astype(np.uint8)
    tall = np.ones((max(_MIN_PAINTED_RULE_PX, gray.shape[0] // _RULE_KERNEL_PARTS), 1), np.uint8)
    rules = cv2.dilate(cv2.morphologyEx(ink, cv2.MORPH_OPEN, tall), np.ones((5, 5), np.uint8))
    return cv2.cvtColor(np.where(rules > 0, 255, gray).astype(np.uint8), cv2.COLOR_GRAY2RGB)


def _tables(rules: list[_Rule], line: float, down: list[_Rule] | None = None) -> list[_Ruling]:
    """The rules of each ruled table: between rows, rules nearly as wide as the widest near
    them (a rule under a merged header spans part of the table only), grouped while close
    together; between columns, the vertical rules crossing a good part of the table."""
    tables: list[list[_Rule]] = []
    for rule in rules:
        if tables and rule[0] - tables[-1][-1][0] <= _TABLE_GAP_LINES * line:
            tables[-1].append(rule)
        else:
            tables.append([rule])
    found = []
    for group in tables:
        widest = max(right - left for _, left, right in group)
        ys = [y for y, left, right in group if right - left >= _FULL_RULE * widest]
        if len(ys) < _MIN_GRID_ROWS + 1:
            continue
        crossing = [
            x
            for x, top, bottom in down or []
            if min(bottom, ys[-1]) - max(top, ys[0]) >= _CROSSING * (ys[-1] - ys[0])
        ]
        xs: list[float] = []
        for x in sorted(crossing):
            if not xs or x - xs[-1] > 2 * _RULE_THICKNESS:
                xs.append(x)
        found.append(_Ruling(ys, xs))
    return found


def read(image: Image, page: int, limits: Limits) -> list[Region]:
    """The page's paragraphs and tables as PP-OCR reads them; MemoryError when an allocation
    fails under the worker's memory cap (OpenCV raises its own error for that)."""
    import cv2
    import numpy as np

    try:
        gray = np.asarray(image.convert("L"))  # once, for the engine's copy and for the rules
        clean = _without_column_rules(gray)
        found, angle, line = _lines(clean, page)
        across, down = _rules(gray, angle)
    except cv2.error as err:
        if not _out_of_memory(err):
            raise
        raise MemoryError(str(err)) from err
    return _regions(_rows(found), _tables(across, line, down), angle)


def _lines(clean: Any, page: int) -> tuple[list[_Segment], float, float]:
    """The text lines the engine reads on the page, the page's tilt and its median line
    height; the engine failing on this image or a crop of it is an OcrError, running out of
    memory is not."""
    try:
        result, _elapsed = _engine()(clean, return_word_box=True)
        angle = _skew([points for points, *_ in result or []])
        found = _segments(result or [], angle)
        heights = [box[3] - box[1] for box, _ in found]
        line = statistics.median(heights) if heights else 0.0
        boxes = [points for points, *_ in result or []]
        found += _segments(read_missed(clean, boxes, line, _recognise), angle)
    except Exception as err:  # onnxruntime or OpenCV failing on this image or a crop of it
        if _out_of_memory(err):
            raise MemoryError(str(err) or type(err).__name__) from err
        log.info("PP-OCR failed on page %s: %r", page, err)
        raise OcrError(_("PP-OCR failed on this page"), page) from err

    return found, angle, line


def _out_of_memory(err: BaseException) -> bool:
    """Whether ``err`` is, or was raised for, an allocation failing under the worker's memory
    cap: MemoryError, or OpenCV's own error for it (rapidocr wraps that in errors of its own)."""
    import cv2

    seen: list[BaseException] = []
    cause: BaseException | None = err
    while cause is not None and cause not in seen:
        if isinstance(cause, MemoryError):
            return True
        if isinstance(cause, cv2.error) and cause.code == cv2.Error.StsNoMem:
            return True
        seen.append(cause)
        cause = cause.__cause__ or cause.__context__
    return False


def _segments(result: Any, angle: float) -> list[_Segment]:
    """The engine's result lines (corners, text, confidence, character places if any) as
    levelled boxes with their words; lines without a word are dropped."""
    found: list[_Segment] = []
    for points, text, score, *placed in result:
        words = _words(str(text), _box(points), float(score) * 100, placed[0] if placed else None)
        if words:
            found.append((_level(points, angle), Line(words)))
    return found


def _recognise(crop: Any) -> tuple[str, float] | None:
    """The recogniser alone on ``crop``, read as one line: its text and confidence."""
    result, _elapsed = _engine()(crop, use_det=False, use_cls=False)
    if not result:
        return None
    return str(result[0][0]), float(result[0][1])
