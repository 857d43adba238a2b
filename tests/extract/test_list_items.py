"""A list item's name as the document writes it: its own script where it is written in
traditional characters, the text read (half-width, simplified) otherwise."""

from pathlib import Path

import docx

from extractor.extract.list_items import ListItem
from extractor.extract.lists import find_lists
from extractor.pipeline import parse_in_process
from extractor.settings import Limits
from tests.extract.phenomena import lists_of, parse_text


def test_a_simplified_document_s_item_is_named_as_read(tmp_path: Path) -> None:
    text = "2024年6月18日\n全区印发《澧川区５Ｇ工厂培育办法》。"
    assert lists_of(tmp_path, text)["policy_documents"] == ["澧川区5G工厂培育办法"]


def test_a_traditional_item_opening_its_block_keeps_its_first_character(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("時間：2024年6月18日")
    document.add_paragraph("2023年，全市2個項目入選工業和信息化部5G工廠名錄，詳見下表。")
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).text = "華晨紡織集團有限公司5G全連接工廠"
    table.cell(1, 0).text = "澧川港區散貨碼頭有限公司5G數字化車間"
    path = tmp_path / "traditional.docx"
    document.save(str(path))
    found = find_lists(parse_in_process(path, Limits(ocr=False)))
    assert [item.name for item in found["factories_5g"]] == [
        "華晨紡織集團有限公司5G全連接工廠",
        "澧川港區散貨碼頭有限公司5G數字化車間",
    ]


def test_an_item_s_quote_centres_its_name_in_eighty_characters(tmp_path: Path) -> None:
    name = "澧川市5G工厂培育办法"
    text = "全市推进数字化转型" * 6 + f"，我市印发《{name}》，" + "带动企业上云用数赋智" * 6
    (item,) = lists_of_items(tmp_path, text + "\n\n2024年9月20日")["policy_documents"]
    assert len(item.evidence.quote) == 80
    assert item.evidence.quote.index(name) == (80 - len(name)) // 2


def lists_of_items(tmp_path: Path, text: str) -> dict[str, list[ListItem]]:
    return find_lists(parse_text(tmp_path, text))
