from extractor.parse.glyphs import Glyph
from extractor.parse.layout import find_lines, reading_order


def _run(
    text: str, x: float, top: float, size: float = 10.0, step: float | None = None
) -> list[Glyph]:
    step = size if step is None else step
    return [
        Glyph(c, x + i * step, top, x + i * step + step, top + size) for i, c in enumerate(text)
    ]


def test_fake_bold_overprint_is_read_once() -> None:
    glyphs = _run("总体要求", 100, 100) + _run("总体要求", 100.4, 100.2)
    lines = find_lines(glyphs)
    assert [line.text for line in lines] == ["总体要求"]


def test_repeated_characters_side_by_side_are_kept() -> None:
    assert [line.text for line in find_lines(_run("11000", 100, 100, step=6))] == ["11000"]


def test_digits_on_a_shifted_baseline_stay_in_their_sentence() -> None:
    glyphs = (
        _run("基站数达", 100, 100)
        + _run("36.8", 140, 101.8, size=9, step=5)
        + _run("个。", 160, 100)
    )
    lines = find_lines(glyphs)
    assert [line.text for line in lines] == ["基站数达36.8个。"]


def test_wide_gap_splits_a_line_into_runs() -> None:
    glyphs = _run("联系人", 100, 100) + _run("电话", 300, 100)
    assert [line.text for line in find_lines(glyphs)] == ["联系人", "电话"]


def test_latin_words_get_a_space_from_the_gap() -> None:
    glyphs = _run("5G", 100, 100, step=6) + _run("network", 116, 100, step=6)
    assert [line.text for line in find_lines(glyphs)] == ["5G network"]


def test_two_columns_are_read_column_by_column_after_the_title() -> None:
    glyphs = _run("标题横跨两栏的文字标题横跨两栏的文字标题", 60, 50)
    for row in range(5):
        glyphs += _run(f"左栏第{row}行文字内容", 60, 100 + row * 15)
        glyphs += _run(f"右栏第{row}行文字内容", 300, 100 + row * 15)
    lines = find_lines(glyphs)
    order = [lines[i].text for i, _ in reading_order([line.bbox for line in lines], 10.0)]
    assert order[0].startswith("标题")
    assert order[1:6] == [f"左栏第{r}行文字内容" for r in range(5)]
    assert order[6:] == [f"右栏第{r}行文字内容" for r in range(5)]


def test_unruled_table_of_figures_is_read_row_by_row() -> None:
    glyphs: list[Glyph] = []
    for row, (label, a, b) in enumerate(
        [("5G基站数量个", "12000", "20000"), ("5G工厂数家", "6", "15")]
    ):
        glyphs += _run(label, 60, 100 + row * 15)
        glyphs += _run(a, 400, 100 + row * 15, step=6)
        glyphs += _run(b, 480, 100 + row * 15, step=6)
    lines = find_lines(glyphs)
    order = [lines[i].text for i, _ in reading_order([line.bbox for line in lines], 10.0)]
    assert order == ["5G基站数量个", "12000", "20000", "5G工厂数家", "6", "15"]
