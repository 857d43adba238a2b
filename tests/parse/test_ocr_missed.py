"""Ink the detector missed is read on its own: runs of about a line's height outside the
detected boxes, not rules, specks or stamps, kept only when the recogniser is sure."""

from typing import Any

import numpy as np
import pytest

from extractor.parse.ocr_missed import read_missed

LINE = 40.0  # the page's text line height, pixels
FIGURE = (230, 120, 316, 150)  # left, top, right, bottom of a figure's ink
STROKES = tuple((230 + 20 * i, 120, 236 + 20 * i, 150) for i in range(5))  # five digits' stems


def _page(
    *blocks: tuple[int, int, int, int],
    specks: int = 0,
    speckled: tuple[int, int, int, int] = (0, 0, 1200, 400),
) -> Any:
    page = np.full((400, 1200, 3), 255, dtype=np.uint8)
    for left, top, right, bottom in blocks:
        page[top:bottom, left:right] = 0
    rng = np.random.default_rng(1)
    left, top, right, bottom = speckled
    for _ in range(specks):
        page[rng.integers(top, bottom), rng.integers(left, right)] = 0
    return page


def _corners(left: float, top: float, right: float, bottom: float) -> list[list[float]]:
    return [[left, top], [right, top], [right, bottom], [left, bottom]]


def _never(crop: Any) -> tuple[str, float]:
    raise AssertionError("nothing here is text the detector missed")


def test_a_figure_the_detector_missed_is_read_with_its_box() -> None:
    crops: list[Any] = []

    def recognise(crop: Any) -> tuple[str, float]:
        crops.append(crop)
        return "15000", 0.95

    found = read_missed(_page(*STROKES), [], LINE, recognise)
    assert found == [(_corners(*FIGURE), "15000", 0.95)]
    (crop,) = crops
    assert crop.shape[:2] == (30 + 2 * 8, 86 + 2 * 8)  # the run with a margin of white


def test_a_rule_under_a_figure_stays_out_of_its_crop() -> None:
    crops: list[Any] = []

    def recognise(crop: Any) -> tuple[str, float]:
        crops.append(crop)
        return "15000", 0.95

    rule = (50, 152, 1150, 154)  # the cell's bottom rule, two pixels below the figure
    found = read_missed(_page(*STROKES, rule), [], LINE, recognise)
    assert [corners for corners, _, _ in found] == [_corners(*FIGURE)]
    assert crops[0].shape[1] == 86 + 2 * 8


def test_a_patch_of_specks_is_no_text() -> None:
    page = _page(specks=150, speckled=(600, 100, 640, 140))  # a line's height of dust
    assert read_missed(page, [], LINE, _never) == []


def test_ink_inside_a_detected_box_is_not_read_again() -> None:
    box = _corners(233, 123, 313, 147)  # as detected: a little inside the blurred ink
    assert read_missed(_page(*STROKES), [box], LINE, _never) == []


def test_specks_rules_and_stamps_are_not_read() -> None:
    rule = (50, 300, 1150, 302)  # a table's rule, two pixels thick
    stamp = [(700 + 12 * i, 20, 706 + 12 * i, 220) for i in range(10)]  # five lines tall
    dash = (500, 120, 520, 124)  # lower than a third of a line
    hairline = (1000, 100, 1002, 130)  # too little ink for a character
    blocks = (rule, *stamp, dash, hairline)
    assert read_missed(_page(*blocks, specks=300), [], LINE, _never) == []


def test_a_reading_the_recogniser_is_unsure_of_gives_no_text() -> None:
    page = _page(*STROKES)
    assert read_missed(page, [], LINE, lambda crop: ("15000", 0.6)) == []
    assert read_missed(page, [], LINE, lambda crop: (" ", 0.99)) == []


@pytest.mark.parametrize("line", [0.0, -1.0])
def test_a_page_without_lines_has_nothing_to_compare_with(line: float) -> None:
    assert read_missed(_page(*STROKES), [], line, _never) == []
