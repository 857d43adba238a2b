"""A ruled table's cell the detector left empty, read again on its own.

PP-OCR's detector may miss a figure standing alone in a ruled cell (a thin 1 beside a rule
weakens its text map: 15000 lost, or read as 5000). Where the rules say a cell stands and the
cell holds ink, the recogniser reads the cell's crop as one line, without the detector. Read
so, a figure keeps its recogniser's confidence; nothing is guessed: a crop read below
_MIN_SCORE gives no text.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from extractor.model import CharBox
from extractor.parse.ocr_lines import Line, Word

_MARGIN = 0.15  # of a line's height, kept clear inside the rules (their blurred edges)
_MIN_INK = 0.05  # of a line's height squared: fewer dark pixels are specks, not a figure
_INK = 160
_MIN_SCORE = 0.8

Recogniser = Callable[[Any], tuple[str, float] | None]
"""The recogniser alone on an image: its text and confidence (0-1), or None."""


def _ink_box(crop: Any) -> tuple[int, int, int, int] | None:
    """Bounds (left, top, right, bottom) of the crop's dark pixels, or None without enough."""
    import numpy as np

    ink = crop < _INK
    if not ink.any():
        return None
    ys, xs = np.nonzero(ink)
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


def read_cell(
    page: Any, cell: CharBox, angle: float, line: float, recognise: Recogniser
) -> Line | None:
    """The text in ``cell`` (levelled page coordinates between its rules) of the page as the
    engine reads it (grey in three channels), each character boxed evenly over the ink, or
    None when it holds no figure or word the recogniser is sure of."""
    cos, sin = math.cos(angle), math.sin(angle)
    middle_x, middle_y = (cell[0] + cell[2]) / 2, (cell[1] + cell[3]) / 2
    # back from levelled to page coordinates (the inverse of ocr_ppocr._level)
    x, y = middle_x * cos - middle_y * sin, middle_x * sin + middle_y * cos
    margin = _MARGIN * line
    half_width = (cell[2] - cell[0]) / 2 - margin
    half_height = (cell[3] - cell[1]) / 2 - margin - abs(sin) * (cell[2] - cell[0]) / 2
    if half_width <= 0 or half_height <= 0:
        return None
    left, top = max(int(x - half_width), 0), max(int(y - half_height), 0)
    right, bottom = int(x + half_width), int(y + half_height)
    crop = page[top:bottom, left:right]
    grey = crop[..., 0]
    if grey.size == 0 or int((grey < _INK).sum()) < _MIN_INK * line * line:
        return None
    found = recognise(crop)
    if found is None:
        return None
    text, score = found
    chars = [c for c in text if not c.isspace()]
    ink = _ink_box(grey)
    if not chars or score < _MIN_SCORE or ink is None:
        return None
    x0, y0, x1, y1 = left + ink[0], top + ink[1], left + ink[2], top + ink[3]
    step = (x1 - x0) / len(chars)
    boxes: list[CharBox] = [
        (x0 + step * i, float(y0), x0 + step * (i + 1), float(y1)) for i in range(len(chars))
    ]
    word = Word("".join(chars), (float(x0), float(y0), float(x1), float(y1)), score * 100, boxes)
    return Line([word])
