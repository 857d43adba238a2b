"""Pictures inside a DOCX are read by OCR where they stand: a pasted screenshot of a table gives
that table's claims, a picture-only DOCX is no empty document, icons are left alone."""

import io
from pathlib import Path

import docx
import pytest
from docx.shared import Inches
from PIL import Image, ImageDraw, ImageFont

from extractor.model import BlockKind, Origin, Status
from extractor.pipeline import parse_in_process, predict
from extractor.settings import Limits

FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
ROWS = (
    ("指标", "单位", "2023年（现状）", "2026年"),
    ("5G基站总数", "个", "12000", "20000"),
    ("每万人拥有5G基站数", "个", "35.2", "50"),
)
EDGES = (20, 420, 560, 880, 1080)  # column rules, pixels


def _table_picture() -> io.BytesIO:
    """A ruled table drawn as a screenshot would show it."""
    if not FONT.exists():
        pytest.fail(f"no CJK font at {FONT} (install fonts-noto-cjk)")
    font = ImageFont.truetype(str(FONT), 28)
    image = Image.new("RGB", (1100, 260), "white")
    draw = ImageDraw.Draw(image)
    for number, row in enumerate(ROWS):
        top = 20 + number * 70
        draw.line([(EDGES[0], top), (EDGES[-1], top)], fill="black", width=2)
        for left, text in zip(EDGES, row, strict=False):
            draw.text((left + 10, top + 18), text, font=font, fill="black")
    draw.line([(EDGES[0], 230), (EDGES[-1], 230)], fill="black", width=2)
    for left in EDGES:
        draw.line([(left, 20), (left, 230)], fill="black", width=2)
    data = io.BytesIO()
    image.save(data, "PNG")
    data.seek(0)
    return data


def _icon() -> io.BytesIO:
    data = io.BytesIO()
    Image.new("RGB", (40, 40), "red").save(data, "PNG")
    data.seek(0)
    return data


def test_a_pasted_picture_of_a_table_gives_its_claims(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("澧川市“5G+工业互联网”融合应用先导区试点工作方案")
    document.add_paragraph("一、网络基础设施")
    document.add_picture(_icon(), width=Inches(0.3))
    document.add_picture(_table_picture(), width=Inches(6))
    document.add_paragraph("数据来源：市通信管理局。")
    path = tmp_path / "picture.docx"
    document.save(str(path))
    parsed = parse_in_process(path, Limits())
    kinds = [(b.kind, b.origin) for b in parsed.blocks]
    assert kinds == [
        (BlockKind.paragraph, Origin.text_layer),
        (BlockKind.heading, Origin.text_layer),
        (BlockKind.table, Origin.ocr),  # where the picture stands; the icon gives nothing
        (BlockKind.paragraph, Origin.text_layer),
    ]
    table = parsed.blocks[2]
    assert (table.rows, table.cols) == (3, 4)
    assert table.confidence is not None
    assert [w.code for w in parsed.warnings] == ["docx-picture-ocr"]
    claims = {(c.field, c.value, c.status, c.year) for c in predict(parsed, "miit-2023").claims}
    assert claims >= {
        ("bs_total", 12000, Status.actual, 2023),
        ("bs_total", 20000, Status.target, 2026),
        ("bs_per_10k", 35.2, Status.actual, 2023),
        ("bs_per_10k", 50, Status.target, 2026),
    }


def test_a_picture_only_docx_is_read_not_refused(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_picture(_table_picture(), width=Inches(6))
    path = tmp_path / "scan.docx"
    document.save(str(path))
    parsed = parse_in_process(path, Limits())
    assert any(b.origin is Origin.ocr for b in parsed.blocks)


def _sentence_and_table_picture(path: Path) -> Path:
    """A DOCX of one sentence, then a pasted picture of a table."""
    document = docx.Document()
    document.add_paragraph("全市累计建成5G基站8000个。")
    document.add_picture(_table_picture(), width=Inches(6))
    document.save(str(path))
    return path


def test_pictures_are_not_read_when_ocr_is_off(tmp_path: Path) -> None:
    path = _sentence_and_table_picture(tmp_path / "off.docx")
    parsed = parse_in_process(path, Limits(ocr=False))
    assert all(b.origin is Origin.text_layer for b in parsed.blocks)
    (warning,) = parsed.warnings
    assert warning.code == "docx-picture-not-read"
    assert "EXTRACTOR_OCR" in warning.message


def test_a_picture_that_cannot_be_decoded_is_named_not_fatal(tmp_path: Path) -> None:
    path = _sentence_and_table_picture(tmp_path / "broken.docx")
    # overwrite the picture's bytes inside the package with garbage of the same name
    import zipfile

    damaged = tmp_path / "damaged.docx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename.startswith("word/media/"):
                data = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
            target.writestr(item, data)
    parsed = parse_in_process(damaged, Limits())
    assert [b.origin for b in parsed.blocks] == [Origin.text_layer]
    (warning,) = parsed.warnings
    assert warning.code == "docx-picture-not-read"
    assert "decoded" in warning.message
