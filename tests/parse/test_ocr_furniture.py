"""Running headers and page numbers on OCR'd pages are set apart from the body, as on pages with
a text layer; a body line near the edge of one page only stays in its paragraph."""

from extractor.model import BlockKind, CharBox, FurnitureRole, Origin, RawBlock
from extractor.parse.furniture import PageLines, find_furniture
from extractor.parse.ocr_furniture import edge_lines, set_apart

HEIGHT = 842.0
ENDINGS = (
    "本段结束于页底。",
    "正文在此结束。",
    "下页另起一段。",
)  # in the bottom band, not repeated


def _block(lines: list[tuple[str, float]], page: int) -> RawBlock:
    """An OCR'd paragraph: each line's text and top, 12 points high, one box per character."""
    text, boxes = "", list[CharBox | None]()
    for number, (line, top) in enumerate(lines):
        if number:
            text += "\n"
            boxes.append(None)
        text += line
        boxes += [(72.0 + 12 * i, top, 84.0 + 12 * i, top + 12) for i in range(len(line))]
    placed = [b for b in boxes if b is not None]
    box = (72.0, placed[0][1], max(b[2] for b in placed), placed[-1][3])
    return RawBlock(BlockKind.paragraph, text, page, box, boxes, origin=Origin.ocr)


def _pages() -> list[list[RawBlock]]:
    pages = []
    for page in (1, 2, 3):
        body = [(f"正文第{page}页，全市累计建成5G基站{page}000个。", 400.0)]
        if page == 2:
            body.insert(0, ("（三）强化安全保障", 388.0))
        pages.append(
            [
                _block([("澧川市“5G+工业互联网”融合应用先导区试点工作方案", 30.0), *body], page),
                _block([(ENDINGS[page - 1], 790.0), (f"第{page}页共3页", 815.0)], page),
            ]
        )
    return pages


def test_headers_and_page_numbers_read_by_ocr_are_furniture() -> None:
    pages = _pages()
    edges = [edge_lines(blocks) for blocks in pages]
    roles = find_furniture([PageLines(HEIGHT, [e.line for e in edge]) for edge in edges])
    kept = [set_apart(b, e, r) for b, e, r in zip(pages, edges, roles, strict=True)]
    second = kept[1]
    furniture = {(b.role, b.text) for b in second if b.kind is BlockKind.furniture}
    assert furniture == {
        (FurnitureRole.header, "澧川市“5G+工业互联网”融合应用先导区试点工作方案"),
        (FurnitureRole.page_number, "第2页共3页"),
    }
    body = [b for b in second if b.kind is not BlockKind.furniture]
    assert [b.text for b in body] == [
        "（三）强化安全保障\n正文第2页，全市累计建成5G基站2000个。",
        "正文在此结束。",
    ]
    assert body[0].label == "（三）"  # what opens the block now
    assert body[0].boxes is not None
    assert len(body[0].boxes) == len(body[0].text)
    widest = len("正文第2页，全市累计建成5G基站2000个。")
    assert body[0].box == (72.0, 388.0, 72.0 + 12 * widest, 412.0)


def test_a_body_line_at_the_edge_of_one_page_stays() -> None:
    pages = _pages()
    pages[0][0] = _block([("一、总体要求", 30.0), ("正文第1页。", 400.0)], 1)
    edges = [edge_lines(blocks) for blocks in pages]
    roles = find_furniture([PageLines(HEIGHT, [e.line for e in edge]) for edge in edges])
    first = set_apart(pages[0], edges[0], roles[0])
    assert "一、总体要求\n正文第1页。" in [b.text for b in first]
