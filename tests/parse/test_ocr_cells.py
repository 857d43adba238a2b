"""A ruled cell the detector left empty is read again on its own: by the recogniser on the
cell's crop, only where the cell holds ink, kept only when the recogniser is sure."""

from typing import Any

import numpy as np
import pytest

from extractor.parse import ocr_ppocr
from extractor.parse.ocr_cells import read_cell
from extractor.parse.ocr_lines import Line, Word

LINE = 40.0  # the page's text line height, pixels
CELL = (200.0, 100.0, 500.0, 180.0)  # between its rules, levelled page pixels


def _page(ink: tuple[int, int, int, int] | None = None, specks: int = 0) -> Any:
    page = np.full((400, 800, 3), 255, dtype=np.uint8)
    if ink is not None:
        left, top, right, bottom = ink
        page[top:bottom, left:right] = 0
    rng = np.random.default_rng(1)
    for _ in range(specks):
        y, x = rng.integers(110, 170), rng.integers(210, 490)
        page[y, x] = 0
    return page


def test_an_inked_cell_is_read_and_its_characters_boxed_over_the_ink() -> None:
    seen: list[Any] = []

    def recognise(crop: Any) -> tuple[str, float]:
        seen.append(crop)
        return "15000", 0.95

    line = read_cell(_page((230, 120, 330, 160)), CELL, 0.0, LINE, recognise)
    assert line is not None
    assert line.text == "15000"
    (word,) = line.words
    assert word.conf == pytest.approx(95)
    assert word.box == (230.0, 120.0, 330.0, 160.0)  # page pixels, the ink's bounds
    assert word.chars is not None
    assert [box[0] for box in word.chars] == [230.0, 250.0, 270.0, 290.0, 310.0]
    (crop,) = seen
    assert crop.shape[0] < CELL[3] - CELL[1]  # the rules' edges are left out of the crop


def test_a_cell_of_specks_is_not_read() -> None:
    def recognise(crop: Any) -> tuple[str, float]:
        raise AssertionError("a cell without a figure's ink is not read")

    assert read_cell(_page(specks=20), CELL, 0.0, LINE, recognise) is None


def test_a_reading_the_recogniser_is_unsure_of_gives_no_text() -> None:
    page = _page((230, 120, 330, 160))
    assert read_cell(page, CELL, 0.0, LINE, lambda crop: ("15000", 0.6)) is None
    assert read_cell(page, CELL, 0.0, LINE, lambda crop: ("", 0.0)) is None


def test_only_an_empty_ruled_cell_on_a_row_with_text_is_read_again() -> None:
    def line(text: str, left: float, top: float) -> tuple[tuple[float, ...], Line]:
        box = (left, top, left + 20.0 * len(text), top + 30.0)
        return box, Line([Word(text, box, 99.0)])

    rows = [[line("5G基站总数", 20, 110), line("12000", 210, 110)]]
    ruling = ocr_ppocr._Ruling([100.0, 180.0], [10.0, 200.0, 400.0, 600.0])
    asked: list[tuple[float, ...]] = []

    def reread(cell: tuple[float, ...]) -> Line | None:
        asked.append(cell)
        return Line([Word("15000", (410.0, 110.0, 510.0, 140.0), 96.0)])

    grid = ocr_ppocr._ruled_grid(rows, ruling, 0.0, reread)  # type: ignore[arg-type]
    assert asked == [(400.0, 100.0, 600.0, 180.0)]
    assert [(row, col, [ln.text for ln in lines]) for row, col, lines in grid.cells] == [
        (0, 0, ["5G基站总数"]),
        (0, 1, ["12000"]),
        (0, 2, ["15000"]),
    ]
