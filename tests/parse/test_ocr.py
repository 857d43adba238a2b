import pickle
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, ImageFont

from extractor.model import BlockKind, Origin, RawBlock
from extractor.parse import ocr, ocr_ppocr
from extractor.parse.ocr import OcrError, ocr_available, ocr_page
from extractor.settings import Limits

TESSERACT = Limits(ocr_engine="tesseract")
ENGINES = ("ppocr", "tesseract")

SCALE = 300 / 72  # pixels per PDF point at 300 dpi
LEFT = 100  # pixels from the left edge where the text is drawn
FONT_CANDIDATES = (
    Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
)


def _cjk_font() -> Path | None:
    for path in FONT_CANDIDATES:
        if path.exists():
            return path
    if shutil.which("fc-list") is None:
        return None
    listed = subprocess.run(
        ["fc-list", ":lang=zh", "file"], capture_output=True, text=True, check=False
    )
    files = [line.split(":")[0].strip() for line in listed.stdout.splitlines() if line.strip()]
    return Path(files[0]) if files else None


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


@pytest.fixture(scope="module")
def page_image() -> Image.Image:
    font_path = _cjk_font()
    if font_path is None:
        pytest.fail("no font with Chinese glyphs (install fonts-noto-cjk)")
    font = ImageFont.truetype(str(font_path), 48)  # 48 px at 300 dpi is about 11.5 pt
    image = Image.new("L", (1700, 420), 255)
    draw = ImageDraw.Draw(image)
    draw.text((LEFT, 80), "一、总体要求", font=font, fill=0)
    draw.text((LEFT, 220), "截至2023年底，全市累计建成5G基站12000个。", font=font, fill=0)
    return image


@pytest.fixture(scope="module", params=ENGINES)
def read_blocks(request: pytest.FixtureRequest, page_image: Image.Image) -> list[RawBlock]:
    limits = Limits(ocr_engine=request.param)
    problem = ocr_available(limits)
    if problem is not None:
        pytest.fail(problem)
    return ocr_page(page_image, 3, SCALE, limits)


def test_ocr_reads_chinese_text_without_spaces(read_blocks: list[RawBlock]) -> None:
    text = "\n".join(block.text for block in read_blocks)
    for expected in ("总体要求", "5G基站", "12000"):
        assert expected in text
    for index, char in enumerate(text):
        if char == " ":
            assert not _is_wide(text[index - 1]), text
            assert not _is_wide(text[index + 1]), text


def test_ocr_heading_line_is_its_own_block(read_blocks: list[RawBlock]) -> None:
    # Tesseract puts both lines in one paragraph, the short numbered first line is cut off;
    # PP-OCR's rows stand apart
    assert read_blocks[0].kind is BlockKind.heading
    assert read_blocks[0].label == "一、"
    assert len(read_blocks) == 2


def test_ocr_blocks_carry_provenance(read_blocks: list[RawBlock]) -> None:
    for block in read_blocks:
        assert block.origin is Origin.ocr
        assert block.page == 3
        assert block.confidence is not None
        assert 0 < block.confidence <= 1


def test_ocr_boxes_align_with_text_in_points(
    read_blocks: list[RawBlock], page_image: Image.Image
) -> None:
    width, height = page_image.width / SCALE, page_image.height / SCALE
    for block in read_blocks:
        assert block.boxes is not None
        assert len(block.boxes) == len(block.text)
        for char, box in zip(block.text, block.boxes, strict=True):
            assert (box is None) == char.isspace()
            if box is not None:
                assert 0 <= box[0] < box[2] <= width
                assert 0 <= box[1] < box[3] <= height
        assert block.box is not None
        # the text starts LEFT pixels in; allow a few pixels for glyph side bearings
        assert block.box[0] == pytest.approx(LEFT / SCALE, abs=8 / SCALE)


@pytest.mark.parametrize("engine", ENGINES)
def test_blank_page_gives_no_blocks(engine: str) -> None:
    limits = Limits(ocr_engine=engine)
    if (problem := ocr_available(limits)) is not None:
        pytest.fail(problem)
    assert ocr_page(Image.new("L", (800, 1000), 255), 1, SCALE, limits) == []


def test_missing_language_is_reported_and_raises() -> None:
    limits = Limits(ocr_engine="tesseract", ocr_language="xxx_nonexistent")
    problem = ocr_available(limits)
    assert problem is not None
    assert "xxx_nonexistent" in problem
    with pytest.raises(OcrError, match="xxx_nonexistent") as caught:
        ocr_page(Image.new("L", (100, 100), 255), 2, SCALE, limits)
    assert caught.value.page == 2


def test_missing_program_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import pytesseract

    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(tmp_path / "tesseract"))
    problem = ocr_available(TESSERACT)
    assert problem is not None
    assert "not found" in problem
    with pytest.raises(OcrError, match="not found"):
        ocr_page(Image.new("L", (100, 100), 255), 1, SCALE, TESSERACT)


def test_disabled_ocr_is_reported() -> None:
    problem = ocr_available(Limits(ocr=False))
    assert problem is not None
    assert "EXTRACTOR_OCR" in problem


TSV_COLUMNS = (
    "level",
    "page_num",
    "block_num",
    "par_num",
    "line_num",
    "word_num",
    "left",
    "top",
    "width",
    "height",
    "conf",
    "text",
)


def _fake_data(words: list[tuple[int, str, int, int, float]]) -> dict[str, list[Any]]:
    """image_to_data's dictionary for words given as (line, text, left, width, conf)."""
    data: dict[str, list[Any]] = {key: [] for key in TSV_COLUMNS}
    for number, (line, text, left, width, conf) in enumerate(words, start=1):
        row = (5, 1, 1, 1, line, number, left, line * 100, width, 40, conf, text)
        for key, value in zip(data, row, strict=True):
            data[key].append(value)
    return data


@pytest.fixture
def fake_tesseract(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, list[Any]]]:
    """Make ocr_page read from a list of prepared image_to_data results."""
    import pytesseract

    results: list[dict[str, list[Any]]] = []
    monkeypatch.setattr(ocr, "ocr_available", lambda limits: None)
    monkeypatch.setattr(pytesseract, "image_to_data", lambda *args, **kwargs: results.pop(0))
    return results


BLANK = Image.new("L", (10, 10), 255)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        pytest.param(
            [(1, "建", 0, 40, 90), (1, "成", 50, 40, 90), (1, "12000", 100, 100, 90)],
            "建成12000",
            id="cjk-and-digits-close-up",
        ),
        pytest.param(
            [(1, "5G", 0, 40, 90), (1, "基", 50, 40, 90), (1, "站", 100, 40, 90)],
            "5G基站",
            id="latin-before-cjk",
        ),
        pytest.param(
            [(1, "IPv6", 0, 80, 90), (1, "network", 100, 140, 90), (1, "部署", 300, 80, 90)],
            "IPv6 network部署",
            id="latin-words-keep-spaces",
        ),
        pytest.param(
            [(1, "基站", 0, 80, 90), (1, "|", 90, 5, 12), (1, "。", 100, 40, 20)],
            "基站",
            id="low-confidence-punctuation-dropped",
        ),
        pytest.param(
            [(1, "基站", 0, 80, 90), (1, "。", 100, 40, 95)],
            "基站。",
            id="confident-punctuation-kept",
        ),
    ],
)
def test_words_are_joined(
    fake_tesseract: list[dict[str, list[Any]]],
    words: list[tuple[int, str, int, int, float]],
    expected: str,
) -> None:
    fake_tesseract.append(_fake_data(words))
    (block,) = ocr_page(BLANK, 1, 2.0, TESSERACT)
    assert block.text == expected
    assert block.boxes is not None
    assert len(block.boxes) == len(block.text)


def test_char_boxes_split_words_evenly_and_scale(
    fake_tesseract: list[dict[str, list[Any]]],
) -> None:
    fake_tesseract.append(_fake_data([(1, "12000", 100, 50, 80), (2, "个", 100, 40, -1)]))
    (block,) = ocr_page(BLANK, 1, 2.0, TESSERACT)
    assert block.text == "12000\n个"
    assert block.boxes is not None
    # "12000" spans pixels 100-150 on line 1 (top 100, height 40): 10 px per digit, halved
    assert block.boxes[0] == (50.0, 50.0, 55.0, 70.0)
    assert block.boxes[4] == (70.0, 50.0, 75.0, 70.0)
    assert block.boxes[5] is None
    assert block.boxes[6] == (50.0, 100.0, 70.0, 120.0)
    assert block.box == (50.0, 50.0, 75.0, 120.0)
    assert block.confidence == pytest.approx(0.8)  # the -1 of "个" is no confidence


def test_numbered_wrapped_line_stays_with_its_paragraph(
    fake_tesseract: list[dict[str, list[Any]]],
) -> None:
    # the numbered first line reaches the paragraph's right edge, so it is not a heading
    fake_tesseract.append(
        _fake_data(
            [(1, "（一）", 0, 120, 90), (1, "网络建设", 120, 880, 90), (2, "发展。", 0, 120, 90)]
        )
    )
    (block,) = ocr_page(BLANK, 1, 1.0, TESSERACT)
    assert block.text == "（一）网络建设\n发展。"
    assert block.kind is BlockKind.list_item
    assert block.label == "（一）"


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        pytest.param(RuntimeError("Tesseract process timeout"), "took longer than", id="timeout"),
        pytest.param(OSError("disk full"), "disk full", id="os-error"),
    ],
)
def test_tesseract_failures_become_ocr_errors(
    monkeypatch: pytest.MonkeyPatch, failure: Exception, message: str
) -> None:
    import pytesseract

    def fail(*args: object, **kwargs: object) -> None:
        raise failure

    monkeypatch.setattr(ocr, "ocr_available", lambda limits: None)
    monkeypatch.setattr(pytesseract, "image_to_data", fail)
    with pytest.raises(OcrError, match=message):
        ocr_page(BLANK, 4, SCALE, TESSERACT)


def test_tesseract_error_becomes_ocr_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import pytesseract

    def fail(*args: object, **kwargs: object) -> None:
        raise pytesseract.TesseractError(1, "Error in pixReadMem")

    monkeypatch.setattr(ocr, "ocr_available", lambda limits: None)
    monkeypatch.setattr(pytesseract, "image_to_data", fail)
    # the library's own words go to the log: the reader gets the status, in their language
    with pytest.raises(OcrError, match=r"stopped with status 1$"):
        ocr_page(BLANK, 4, SCALE, TESSERACT)


def test_ocr_error_survives_pickling() -> None:
    error = pickle.loads(pickle.dumps(OcrError("timed out", 7)))
    assert (error.reason, error.page, str(error)) == (
        "timed out",
        7,
        "page 7: OCR failed: timed out",
    )


def _result(
    text: str, left: float, top: float, width: float, height: float = 40.0, score: float = 0.9
) -> list[Any]:
    """One PP-OCR result line with a box per character, cut evenly (as rapidocr returns it)."""
    corners = [[left, top], [left + width, top], [left + width, top + height], [left, top + height]]
    chars = [c for c in text if not c.isspace()]
    step = width / len(chars)
    placed = []
    for i in range(len(chars)):
        x0, x1 = left + step * i, left + step * (i + 1)
        placed.append([[x0, top], [x1, top], [x1, top + height], [x0, top + height]])
    return [corners, text, score, placed]


@pytest.fixture
def fake_ppocr(monkeypatch: pytest.MonkeyPatch) -> list[list[list[Any]]]:
    """Make ocr_page read PP-OCR results from a list of prepared pages."""
    pages: list[list[list[Any]]] = []
    monkeypatch.setattr(ocr, "ocr_available", lambda limits: None)
    monkeypatch.setattr(ocr_ppocr, "_engine", lambda: lambda image, **kw: (pages.pop(0), None))
    return pages


def test_ppocr_lines_on_one_row_are_one_line_with_a_space(
    fake_ppocr: list[list[list[Any]]],
) -> None:
    # a table's row read as three text lines, given out of order, slightly uneven
    fake_ppocr.append(
        [
            _result("12000", 600, 102, 100),
            _result("5G基站", 100, 100, 120),
            _result("个", 400, 98, 40),
        ]
    )
    (block,) = ocr_page(BLANK, 1, 2.0, Limits())
    assert block.text == "5G基站 个 12000"
    assert block.boxes is not None
    assert len(block.boxes) == len(block.text)
    assert block.boxes[0] == (50.0, 50.0, 65.0, 70.0)  # "5" at pixels 100-130, halved
    assert block.boxes[4] is None  # the space between the row's parts has no box
    assert block.confidence == pytest.approx(0.9)


def test_ppocr_rows_far_apart_are_paragraphs_and_close_rows_one(
    fake_ppocr: list[list[list[Any]]],
) -> None:
    fake_ppocr.append(
        [
            _result("全市累计建成", 100, 100, 300),
            _result("5G基站12000个。", 100, 150, 400),  # 10 px below the first: same paragraph
            _result("规上工业增加值增长8%。", 100, 400, 400),  # far below: a new block
        ]
    )
    first, second = ocr_page(BLANK, 1, 1.0, Limits())
    assert first.text == "全市累计建成\n5G基站12000个。"
    assert second.text == "规上工业增加值增长8%。"


def test_ppocr_spaces_inside_a_line_are_kept_only_between_latin_words(
    fake_ppocr: list[list[list[Any]]],
) -> None:
    fake_ppocr.append([_result("一、 总体要求 IPv6 network", 100, 100, 600)])
    (block,) = ocr_page(BLANK, 1, 1.0, Limits())
    assert block.text == "一、总体要求IPv6 network"
    assert block.boxes is not None
    assert [box is None for box in block.boxes].count(True) == 1


def test_ppocr_without_character_places_cuts_the_line_evenly(
    fake_ppocr: list[list[list[Any]]],
) -> None:
    corners = [[100, 100], [200, 100], [200, 140], [100, 140]]
    fake_ppocr.append([[corners, "基站四个", 0.8, []]])
    (block,) = ocr_page(BLANK, 1, 1.0, Limits())
    assert block.boxes == [
        (100.0, 100.0, 125.0, 140.0),
        (125.0, 100.0, 150.0, 140.0),
        (150.0, 100.0, 175.0, 140.0),
        (175.0, 100.0, 200.0, 140.0),
    ]


def test_ppocr_failure_becomes_an_ocr_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(image: object, **kwargs: object) -> None:
        raise RuntimeError("onnxruntime: bad input")

    monkeypatch.setattr(ocr, "ocr_available", lambda limits: None)
    monkeypatch.setattr(ocr_ppocr, "_engine", lambda: fail)
    with pytest.raises(OcrError, match="PP-OCR failed on this page") as caught:
        ocr_page(BLANK, 5, SCALE, Limits())
    assert caught.value.page == 5


def test_ppocr_missing_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing() -> None:
        raise ImportError("No module named 'rapidocr_onnxruntime'")

    monkeypatch.setattr(ocr_ppocr, "_engine", missing)
    ocr_ppocr._problem.cache_clear()
    try:
        problem = ocr_available(Limits())
        assert problem is not None
        assert "rapidocr-onnxruntime" in problem
    finally:
        ocr_ppocr._problem.cache_clear()


def test_page_confidence_weighs_blocks_by_their_characters() -> None:
    def block(text: str, confidence: float | None) -> RawBlock:
        return RawBlock(kind=BlockKind.paragraph, text=text, confidence=confidence)

    blocks = [block("一", 0.2), block("全市累计建成5G基站", 1.0), block("无", None)]
    assert ocr.ocr_confidence(blocks) == pytest.approx((0.2 * 1 + 1.0 * 10) / 11)
    assert ocr.ocr_confidence([block("无", None)]) is None


def _tilted(text: str, left: float, top: float, width: float, slope: float) -> list[Any]:
    """A PP-OCR result line on a page tilted by ``slope`` (drop per pixel to the right)."""
    line = _result(text, left, top + left * slope, width)
    line[0] = [[x, y + (x - left) * slope] for x, y in line[0]]
    return line


def test_ppocr_rows_of_a_tilted_page_stay_rows(fake_ppocr: list[list[list[Any]]]) -> None:
    slope = 0.026  # 1.5 degrees: the far cell of a row sits a line height lower than the first
    fake_ppocr.append(
        [
            _tilted("指标名称", 100, 100, 400, slope),
            _tilted("单位", 1200, 100, 300, slope),
            _tilted("2023年", 2000, 100, 240, slope),
            _tilted("5G基站总数", 100, 200, 400, slope),
            _tilted("个", 1200, 200, 300, slope),
            _tilted("12000", 2000, 200, 240, slope),
        ]
    )
    (table,) = ocr_page(BLANK, 1, 1.0, Limits())
    assert table.kind is BlockKind.table
    assert (table.rows, table.cols) == (2, 3)
    assert [(c.row, c.col, c.text) for c in table.cells] == [
        (0, 0, "指标名称"),
        (0, 1, "单位"),
        (0, 2, "2023年"),
        (1, 0, "5G基站总数"),
        (1, 1, "个"),
        (1, 2, "12000"),
    ]
    last = table.cells[-1].boxes
    assert last is not None
    assert last[0] is not None
    assert last[0][1] == pytest.approx(200 + 2000 * slope, abs=1)  # as read, not levelled


def test_ppocr_two_columns_of_prose_are_no_table(fake_ppocr: list[list[list[Any]]]) -> None:
    fake_ppocr.append(
        [
            _result("推进网络建设，加快", 100, 100, 700),
            _result("培育融合应用，打造", 1000, 100, 700),
            _result("工业互联网平台建设", 100, 150, 700),
            _result("标杆示范工厂建设", 1000, 150, 700),
        ]
    )
    (block,) = ocr_page(BLANK, 1, 1.0, Limits())
    assert block.kind is BlockKind.paragraph


def test_ppocr_parts_of_a_row_nearly_touching_are_one_cell(
    fake_ppocr: list[list[list[Any]]],
) -> None:
    fake_ppocr.append(
        [
            _result("指标", 100, 100, 100),
            _result("2023年", 600, 100, 150),
            _result("(现状)", 760, 100, 120),  # 10 px after 2023年: the detector's cut
            _result("5G基站总数", 100, 200, 250),
            _result("12000", 600, 200, 150),
        ]
    )
    (table,) = ocr_page(BLANK, 1, 1.0, Limits())
    assert (table.rows, table.cols) == (2, 2)
    assert [c.text for c in table.cells] == ["指标", "2023年 (现状)", "5G基站总数", "12000"]


def test_ppocr_a_header_running_over_a_column_start_is_cut_there(
    fake_ppocr: list[list[list[Any]]],
) -> None:
    # the header's two years stand 15 px apart (one part, as nearly touching), the figures
    # below them in two columns
    fake_ppocr.append(
        [
            _result("指标", 100, 100, 100),
            _result("2023年(现状)", 600, 100, 280),
            _result("2025年", 895, 100, 150),
            _result("5G基站总数", 100, 200, 250),
            _result("12000", 600, 200, 150),
            _result("15000", 900, 200, 150),
        ]
    )
    (table,) = ocr_page(BLANK, 1, 1.0, Limits())
    assert (table.rows, table.cols) == (2, 3)
    assert [c.text for c in table.cells] == [
        "指标",
        "2023年(现状)",
        "2025年",
        "5G基站总数",
        "12000",
        "15000",
    ]


def test_ppocr_a_label_wrapped_beside_a_centred_figure_reads_line_by_line(
    fake_ppocr: list[list[list[Any]]],
) -> None:
    # the figure, centred in its row, overlaps both lines of the label; the label's second line
    # starts two pixels left of its first
    fake_ppocr.append(
        [
            _result("指标", 100, 100, 100),
            _result("2023年", 600, 100, 150),
            _result("具备10个以上典型应用场景的工", 100, 200, 420),
            _result("28", 600, 210, 60, height=70),
            _result("厂数", 98, 250, 80),
        ]
    )
    (table,) = ocr_page(BLANK, 1, 1.0, Limits())
    assert (table.rows, table.cols) == (2, 2)
    texts = [c.text for c in table.cells]
    assert texts == ["指标", "2023年", "具备10个以上典型应用场景的工\n厂数", "28"]


def _ruled_table(tilt: float) -> Image.Image:
    """A ruled table whose label cells wrap over two lines, drawn as a scan shows it, turned by
    ``tilt`` degrees."""
    font_path = _cjk_font()
    if font_path is None:
        pytest.fail("no font with Chinese glyphs (install fonts-noto-cjk)")
    font = ImageFont.truetype(str(font_path), 40)
    rows = (
        (("指标",), ("2024年现状",), ("2027年目标",)),
        (("国家级、省级工业", "互联网平台数(个)"), ("17",), ("26",)),
        (("规模以上工业企业", "数(家)"), ("290",), ("300",)),
    )
    edges, tops = (100, 560, 960, 1360), (100, 200, 340, 480)
    image = Image.new("L", (1500, 620), 255)
    draw = ImageDraw.Draw(image)
    for top in tops:
        draw.line([(edges[0], top), (edges[-1], top)], fill=0, width=3)
    for left in edges:
        draw.line([(left, tops[0]), (left, tops[-1])], fill=0, width=3)
    for number, row in enumerate(rows):
        for left, lines in zip(edges, row, strict=False):
            for index, text in enumerate(lines):
                draw.text((left + 15, tops[number] + 20 + index * 55), text, font=font, fill=0)
    return image.rotate(tilt, expand=False, fillcolor=255)


@pytest.mark.parametrize("tilt", [0.0, 1.2])
def test_ppocr_ruled_table_rows_keep_their_wrapped_labels(tilt: float) -> None:
    (table,) = [b for b in ocr_page(_ruled_table(tilt), 1, SCALE, Limits()) if b.cells]
    assert (table.rows, table.cols) == (3, 3)
    texts = {(c.row, c.col): c.text.replace("\n", "") for c in table.cells}
    assert texts[(1, 0)] == "国家级、省级工业互联网平台数(个)"
    assert texts[(2, 0)] == "规模以上工业企业数(家)"
    assert (texts[(1, 1)], texts[(1, 2)], texts[(2, 2)]) == ("17", "26", "300")


def test_ruled_tables_split_rows_only_at_rules_spanning_the_table() -> None:
    rules = [
        (100.0, 0.0, 1000.0),
        (150.0, 500.0, 1000.0),  # under a merged header: half the table wide
        (200.0, 0.0, 1000.0),
        (300.0, 0.0, 1000.0),
        (900.0, 0.0, 800.0),  # far below: another table's rules start
        (1000.0, 0.0, 800.0),
    ]
    assert [t.ys for t in ocr_ppocr._tables(rules, 40.0)] == [[100.0, 200.0, 300.0]]  # 2 is none


def test_a_line_read_across_a_table_s_column_rules_is_cut_between_them() -> None:
    # the detector read "国家产融合作试点城市 宝鸡市 2021年" of a tight ruled row as one line
    text = "试点城市宝鸡市2021年"
    chars = [(100.0 + 30 * i, 10.0, 128.0 + 30 * i, 40.0) for i in range(len(text))]
    line = ocr_ppocr.Line([ocr_ppocr.Word(text, (100.0, 10.0, 128.0 + 30 * 12, 40.0), 90, chars)])
    parts = ocr_ppocr._by_columns(line, [90.0, 215.0, 305.0, 500.0], 0.0)
    assert {col: part.text for col, part in parts.items()} == {
        0: "试点城市",
        1: "宝鸡市",
        2: "2021年",
    }


def test_a_lone_1_beside_a_column_rule_is_read() -> None:
    """The detector takes a thin 1 set close to a column rule for part of the rule; the rules
    are painted out before it reads, and still part the columns."""
    font_path = _cjk_font()
    if font_path is None:
        pytest.fail("no font with Chinese glyphs (install fonts-noto-cjk)")
    font = ImageFont.truetype(str(font_path), 36)
    rows = (
        ("指标", "2022年现状", "2025年目标"),
        ("工厂数（个）", "1", "2"),
        ("平台数（个）", "1", "12"),
    )
    edges, tops = (100, 560, 860, 1160), (100, 180, 260, 340)
    image = Image.new("L", (1300, 440), 255)
    draw = ImageDraw.Draw(image)
    for top in tops:
        draw.line([(edges[0], top), (edges[-1], top)], fill=0, width=3)
    for left in edges:
        draw.line([(left, tops[0]), (left, tops[-1])], fill=0, width=3)
    for number, row in enumerate(rows):
        for left, text in zip(edges, row, strict=False):
            draw.text((left + 8, tops[number] + 18), text, font=font, fill=0)
    (table,) = [b for b in ocr_page(image, 1, SCALE, Limits()) if b.cells]
    texts = {(c.row, c.col): c.text for c in table.cells}
    assert (texts.get((1, 1)), texts.get((2, 1)), texts.get((2, 2))) == ("1", "1", "12")


def test_ppocr_reads_a_short_cell_at_its_own_width(monkeypatch: pytest.MonkeyPatch) -> None:
    """rapidocr pads every line to 320 pixels: a short cell then costs a long line's time. Each
    line goes to the recogniser as wide as it is, and short figures still read right."""
    font_path = _cjk_font()
    assert font_path is not None, "no font with Chinese glyphs (install fonts-noto-cjk)"
    font = ImageFont.truetype(str(font_path), 48)
    image = Image.new("L", (1700, 300), 255)
    draw = ImageDraw.Draw(image)
    for x, text in ((LEFT, "14"), (600, "2025"), (1100, "汽车")):
        draw.text((x, 100), text, font=font, fill=0)
    session = ocr_ppocr._engine().text_rec.session
    widths: list[int] = []

    def spy(batch: Any) -> Any:
        widths.append(batch.shape[-1])
        return session(batch)

    monkeypatch.setattr(ocr_ppocr._engine().text_rec, "session", spy)
    blocks = ocr_page(image, 1, SCALE, Limits())
    text = " ".join(block.text for block in blocks)
    assert all(part in text for part in ("14", "2025", "汽车")), text
    assert widths
    assert max(widths) < 320, widths
