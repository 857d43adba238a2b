"""PP-OCR (PP-OCRv4 detection and recognition, with the angle classifier) through
rapidocr-onnxruntime: the OCR engine for Chinese pages.

The wheel ships its ONNX models, so nothing is downloaded at run time. The recogniser places
every character, so each one gets its own box. Text lines side by side on one row (a table's
cells, a label and its value) become one line with a space between them; rows close together
form a paragraph.
"""

from __future__ import annotations

import math
import statistics
from functools import cache
from typing import TYPE_CHECKING, Any

from extractor.model import CharBox
from extractor.parse.ocr_lines import Line, OcrError, Word, union
from extractor.settings import Limits

if TYPE_CHECKING:
    from PIL.Image import Image

# Two text lines are on one row when their vertical overlap is at least this share of the
# lower one's height.
_SAME_ROW = 0.5
# A gap between rows of more than this many line heights starts a new paragraph.
_PARAGRAPH_GAP = 0.8
# A text line this many times wider than high tells the page's tilt by its top edge.
_LONG_LINE = 4
_THREADS = 1  # onnxruntime threads per worker process: two workers on two cores do not fight


@cache
def _engine() -> Any:
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR(intra_op_num_threads=_THREADS, inter_op_num_threads=_THREADS)


@cache
def _problem() -> str | None:
    try:
        _engine()
    except ImportError as err:
        return f"PP-OCR is not installed (rapidocr-onnxruntime): {err}"
    except Exception as err:  # onnxruntime cannot load a model: say why, read no page
        return f"PP-OCR could not start: {err}"
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
        words.append(Word(part, union(mine), conf, mine))
    if words:
        words[0].apart = True
    return words


def _skew(corners: list[Any]) -> float:
    """The page's tilt in radians: the median slope of the top edges of its long text lines
    (a scan fed askew by a degree or two)."""
    slopes = []
    for points in corners:
        (x0, y0), (x1, y1) = points[0], points[1]
        width, height = float(x1) - float(x0), _box(points)[3] - _box(points)[1]
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


def _rows(found: list[tuple[CharBox, list[Word]]]) -> list[tuple[CharBox, Line]]:
    """Result lines grouped into rows, top to bottom, each row's parts left to right; with each
    row, the box around its parts as ``found`` gives them (levelled)."""
    rows: list[list[tuple[CharBox, list[Word]]]] = []
    for box, words in sorted(found, key=lambda item: (item[0][1], item[0][0])):
        for row in rows:
            last = row[-1][0]
            overlap = min(last[3], box[3]) - max(last[1], box[1])
            if overlap >= _SAME_ROW * min(last[3] - last[1], box[3] - box[1]):
                row.append((box, words))
                break
        else:
            rows.append([(box, words)])
    lines = []
    for row in rows:
        parts = sorted(row, key=lambda item: item[0][0])
        line = Line([word for _, words in parts for word in words])
        lines.append((union(box for box, _ in parts), line))
    return lines


def _paragraphs(rows: list[tuple[CharBox, Line]]) -> list[list[Line]]:
    """Rows close below one another form a paragraph."""
    paragraphs: list[list[Line]] = []
    above: CharBox | None = None
    for box, line in rows:
        if above is not None:
            height = min(above[3] - above[1], box[3] - box[1])
            if box[1] - above[3] <= _PARAGRAPH_GAP * height:
                paragraphs[-1].append(line)
                above = box
                continue
        paragraphs.append([line])
        above = box
    return paragraphs


def read(image: Image, page: int, limits: Limits) -> list[list[Line]]:
    """The page's paragraphs of lines as PP-OCR reads them."""
    import numpy as np

    try:
        result, _ = _engine()(np.asarray(image.convert("RGB")), return_word_box=True)
    except Exception as err:  # onnxruntime or OpenCV failing on this image
        raise OcrError(f"PP-OCR failed: {err}", page) from err
    angle = _skew([points for points, *_ in result or []])
    found: list[tuple[CharBox, list[Word]]] = []
    for points, text, score, *placed in result or []:
        words = _words(str(text), _box(points), float(score) * 100, placed[0] if placed else None)
        if words:
            found.append((_level(points, angle), words))
    return _paragraphs(_rows(found))
