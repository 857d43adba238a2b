"""A scanned table gives the claims of its born-digital original: the same page drawn as a PDF
with a text layer, then scanned as an office scanner does (corpus/scan.py: 200 dpi, tilt, blur,
speckle, JPEG) and read by OCR, with its table ruled and without rules (columns by alignment)."""

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from corpus.drawn import register
from corpus.scan import scan
from extractor.model import Status
from extractor.pipeline import parse_in_process, predict
from extractor.settings import Limits

ROWS = (
    ("指标", "单位", "2023年（现状）", "2025年", "2026年"),
    ("5G基站总数", "个", "12000", "15000", "20000"),
    ("每万人拥有5G基站数", "个", "35.2", "42", "50"),
    ("边缘计算节点数", "个", "8", "12", "16"),
)
EDGES = (72.0, 222.0, 282.0, 372.0, 442.0, 512.0)  # column rules, points from the left
ROW_HEIGHT = 28.0
TOP = 640.0  # the table's top rule, points from the bottom


def _draw(path: Path, ruled: bool) -> Path:
    register()
    height = A4[1]
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("ZenHei", 14)
    canvas.drawString(72, height - 90, "澧川市“5G+工业互联网”融合应用先导区试点工作方案")
    canvas.setFont("ZenHei", 11)
    canvas.drawString(72, TOP + 20, "表1  主要指标")
    for number, row in enumerate(ROWS):
        baseline = TOP - ROW_HEIGHT * number - 19
        for left, text in zip(EDGES, row, strict=False):
            canvas.drawString(left + 6, baseline, text)
    if ruled:
        bottom = TOP - ROW_HEIGHT * len(ROWS)
        for number in range(len(ROWS) + 1):
            y = TOP - ROW_HEIGHT * number
            canvas.line(EDGES[0], y, EDGES[-1], y)
        for x in EDGES:
            canvas.line(x, TOP, x, bottom)
    canvas.drawString(340, 200, "澧川市人民政府")
    canvas.drawString(340, 180, "2024年9月20日")
    canvas.showPage()
    canvas.save()
    return path


def _claims(path: Path) -> set[tuple[str, float, Status, int | None]]:
    parsed = parse_in_process(path, Limits())
    return {(c.field, c.value, c.status, c.year) for c in predict(parsed, "miit-2023").claims}


@pytest.mark.parametrize(
    "ruled",
    [
        pytest.param(True, id="ruled"),
        pytest.param(False, id="without-rules"),
    ],
)
def test_a_scanned_table_gives_the_claims_of_its_original(tmp_path: Path, ruled: bool) -> None:
    original = _draw(tmp_path / "original.pdf", ruled)
    born_digital = _claims(original)
    assert born_digital == {
        ("bs_total", 12000, Status.actual, 2023),
        ("bs_total", 15000, Status.target, 2025),
        ("bs_total", 20000, Status.target, 2026),
        ("bs_per_10k", 35.2, Status.actual, 2023),
        ("bs_per_10k", 42, Status.target, 2025),
        ("bs_per_10k", 50, Status.target, 2026),
        ("edge_nodes", 8, Status.actual, 2023),
        ("edge_nodes", 12, Status.target, 2025),
        ("edge_nodes", 16, Status.target, 2026),
    }
    scanned = scan(
        original, "table-ruled" if ruled else "table-aligned", 200, 7, tmp_path / "s.pdf"
    )
    assert _claims(scanned) == born_digital
