"""Ink the detector missed, read on its own by the recogniser.

PP-OCR's detector drops short text standing alone: a page number (- 1 -), a row's number in a
table, a figure beside a column rule (a thin 1 weakens its text map: 15000 lost). What ink is
left on the page once the detector's boxes, the table rules and the specks are taken away is
grouped into runs of about a line's height, and the recogniser reads each run's crop as one
line. Read so, text keeps its recogniser's confidence; nothing is guessed: a run read below
_MIN_SCORE gives no text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_INK = 160
_RULE_PARTS = 30  # a horizontal run of ink a thirtieth of the page wide is a rule
_MIN_RULE_PX = 20
_BOX_MARGIN = 7  # pixels around a detected box whose ink is that box's
_RULE_EDGE = 1  # pixels of a rule's blurred edge beside it
_SPECK = 2  # ink thinner than this many pixels both ways is a speck
_JOIN = 0.6  # of a line's height: glyphs closer than this are one run
_MIN_HEIGHT = 0.3  # of a line's height: a run lower than this is a dash or a dot
_MAX_HEIGHT = 1.8  # of a line's height: a taller run is a stamp, a logo or a picture
_MIN_INK = 0.08  # of the run's height squared: a thin 1 has about 0.14
_PAD = 0.2  # of a line's height, white kept around a run's crop
_MIN_SCORE = 0.65  # stricter than the detector path (rapidocr keeps lines from 0.5)

Recogniser = Callable[[Any], tuple[str, float] | None]
"""The recogniser alone on an image: its text and confidence (0-1), or None."""
Found = tuple[list[list[float]], str, float]
"""A run read: its four corners (page pixels), its text and the recogniser's confidence."""


def _leftover(page: Any, boxes: list[Any]) -> Any:
    """The page's ink (one byte per pixel, 1 for ink) outside the detected boxes, without
    horizontal rules."""
    import cv2
    import numpy as np

    ink = (page[..., 0] < _INK).astype(np.uint8)
    rule = np.ones((1, max(_MIN_RULE_PX, ink.shape[1] // _RULE_PARTS)), np.uint8)
    rules = cv2.morphologyEx(ink, cv2.MORPH_OPEN, rule)
    taken = np.zeros_like(ink)
    for points in boxes:
        cv2.fillPoly(taken, [np.asarray(points, dtype=np.int32)], 1)
    margin = np.ones((2 * _BOX_MARGIN + 1, 2 * _BOX_MARGIN + 1), np.uint8)
    blur = np.ones((2 * _RULE_EDGE + 1, 2 * _RULE_EDGE + 1), np.uint8)
    ink[(cv2.dilate(taken, margin) > 0) | (cv2.dilate(rules, blur) > 0)] = 0
    return ink


def read_missed(page: Any, boxes: list[Any], line: float, recognise: Recogniser) -> list[Found]:
    """Runs of ink outside the detector's ``boxes`` on ``page`` (grey in three channels, as
    the engine reads it), each read alone; ``line`` is the page's text line height."""
    import cv2
    import numpy as np

    if line <= 0:
        return []
    ink = _leftover(page, boxes)
    solid = cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((_SPECK, _SPECK), np.uint8))
    join = np.ones((3, max(3, int(_JOIN * line))), np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(
        cv2.dilate(solid, join), connectivity=8
    )
    pad = int(_PAD * line)
    found: list[Found] = []
    for label in range(1, count):
        x, y, width, height, _ = (int(v) for v in stats[label])
        inside = ink[y : y + height, x : x + width] * (
            labels[y : y + height, x : x + width] == label
        )
        if not _MIN_HEIGHT * line <= height <= _MAX_HEIGHT * line:
            continue
        if int(inside.sum()) < _MIN_INK * height * height:
            continue
        ys, xs = np.nonzero(inside)
        left, top = x + int(xs.min()), y + int(ys.min())
        right, bottom = x + int(xs.max()) + 1, y + int(ys.max()) + 1
        crop = page[max(top - pad, 0) : bottom + pad, max(left - pad, 0) : right + pad]
        read = recognise(crop)
        if read is None or not read[0].strip() or read[1] < _MIN_SCORE:
            continue
        corners = [[left, top], [right, top], [right, bottom], [left, bottom]]
        found.append(([[float(a), float(b)] for a, b in corners], read[0], read[1]))
    return found
