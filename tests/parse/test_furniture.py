from extractor.model import FurnitureRole
from extractor.parse.furniture import PageLines, find_furniture
from extractor.parse.glyphs import Glyph
from extractor.parse.layout import Line, find_lines

HEIGHT = 842.0


def _line(text: str, top: float) -> Line:
    glyphs = [Glyph(c, 100 + 10 * i, top, 110 + 10 * i, top + 10) for i, c in enumerate(text)]
    return find_lines(glyphs)[0]


def _page(number: int, body: str) -> PageLines:
    return PageLines(
        HEIGHT,
        [
            _line("某某市先导区申报书", 30),
            _line(body, 100),
            _line(f"- {number} -", 810),
        ],
    )


def test_running_header_and_page_numbers_are_found() -> None:
    pages = [_page(n, f"第{n}页正文内容") for n in range(1, 5)]
    roles = find_furniture(pages)
    for found in roles:
        assert found == {0: FurnitureRole.header, 2: FurnitureRole.page_number}


def test_heading_at_top_of_one_page_is_not_a_header() -> None:
    pages = [
        PageLines(HEIGHT, [_line("一、总体要求", 30), _line("正文", 100)]),
        PageLines(HEIGHT, [_line("二、重点任务", 30), _line("正文", 100)]),
        PageLines(HEIGHT, [_line("三、保障措施", 30), _line("正文", 100)]),
    ]
    assert find_furniture(pages) == [{}, {}, {}]


def test_footer_with_changing_page_number_repeats_once_digits_are_masked() -> None:
    pages = [
        PageLines(HEIGHT, [_line("正文", 100), _line(f"某某市人民政府 {n}/9", 812)])
        for n in (1, 2, 3)
    ]
    assert [found.get(1) for found in find_furniture(pages)] == [FurnitureRole.footer] * 3
