"""Tables a text layer draws without rules: rows of runs lined up in columns become a table;
prose in two columns, a form's labels and values, and rows far apart do not."""

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from corpus.drawn import register
from extractor.model import BlockKind
from extractor.model.document import Block
from extractor.pipeline import parse_in_process
from extractor.settings import Limits

Cell = tuple[float, float, str]  # points from the left, points from the top, text


def _blocks(path: Path, cells: list[Cell]) -> list[Block]:
    register()
    canvas = Canvas(str(path), pagesize=A4, invariant=1)
    canvas.setFont("ZenHei", 11)
    for left, top, text in cells:
        canvas.drawString(left, A4[1] - top, text)
    canvas.showPage()
    canvas.save()
    return list(parse_in_process(path, Limits()).blocks)


def _grid(
    top: float, rows: list[tuple[str, ...]], lefts: tuple[float, ...], step: float
) -> list[Cell]:
    return [
        (left, top + step * number, text)
        for number, row in enumerate(rows)
        for left, text in zip(lefts, row, strict=True)
    ]


YEARS = [
    ("指标", "2023年（现状）", "2025年", "2026年"),  # the header's two years set close
    ("5G基站总数（个）", "12000", "15000", "20000"),
    ("边缘计算节点数（个）", "8", "12", "16"),
]


def test_rows_lined_up_in_columns_are_a_table(tmp_path: Path) -> None:
    cells = [(72.0, 100.0, "表1 主要指标"), *_grid(130, YEARS, (72, 236, 320, 390), 26)]
    tables = [b for b in _blocks(tmp_path / "t.pdf", cells) if b.kind is BlockKind.table]
    assert len(tables) == 1
    table = tables[0]
    assert (table.rows, table.cols) == (3, 4)
    assert [(c.row, c.col, c.text) for c in table.cells][:6] == [
        (0, 0, "指标"),
        (0, 1, "2023年(现状)"),
        (0, 2, "2025年"),
        (0, 3, "2026年"),
        (1, 0, "5G基站总数(个)"),
        (1, 1, "12000"),
    ]
    first = table.cells[0]
    assert first.box is not None
    assert first.box.x0 == pytest.approx(72, abs=0.1)  # provenance: the cell's own glyphs


def test_rows_far_apart_are_no_table(tmp_path: Path) -> None:
    cells = _grid(130, YEARS, (72, 236, 320, 390), 60)
    assert all(b.kind is not BlockKind.table for b in _blocks(tmp_path / "t.pdf", cells))


def test_two_columns_of_prose_and_a_forms_labels_are_no_table(tmp_path: Path) -> None:
    prose = [
        ("2023年全市新建5G基站", "培育融合应用场景12个"),
        ("3200个，累计达到9800个", "打造5G工厂3家"),
        ("实现重点区域全覆盖", "形成可复制经验"),
    ]
    form = [("联系人", "张明"), ("电话", "0571-8888 1234"), ("传真", "0571-8888 1235")]
    cells = [*_grid(100, prose, (72, 320), 16), *_grid(300, form, (72, 200), 20)]
    assert all(b.kind is not BlockKind.table for b in _blocks(tmp_path / "t.pdf", cells))


def test_columns_of_names_without_figures_are_no_table(tmp_path: Path) -> None:
    names = [("张明", "李华", "王强"), ("赵敏", "钱进", "孙立"), ("周云", "吴刚", "郑洁")]
    cells = _grid(100, names, (72, 200, 320), 18)
    assert all(b.kind is not BlockKind.table for b in _blocks(tmp_path / "t.pdf", cells))
