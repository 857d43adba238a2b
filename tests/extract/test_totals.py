"""A total closing an enumeration of titles (以上合计6项。, 共计5项。, a table's 合计 | 7项) is the
count of titles when what it closes names ministerial titles and no lesser one.

Written for these tests (invented 澧川市) from the class of error seen on text by others.
"""

from pathlib import Path

import pytest

from extractor.extract.claims import find_claims
from extractor.model import (
    BlockKind,
    Document,
    Origin,
    PredictedClaim,
    Qualifier,
    RawBlock,
)
from tests.extract.phenomena import built, claims_of, simple, table_block

SIGNED = "\n\n澧川市人民政府\n2024年9月20日"
TITLES = (
    "澧川重工有限公司获评2022年度智能制造示范工厂揭榜单位；澧川钢铁有限公司入选2022年工业互联网"
    "试点示范项目；澧川市获批国家产融合作试点城市(2021年)；澧川经开区获批国家新型工业化产业示范"
    "基地(2019年)"
)
CASES = [
    pytest.param(
        "（五）全国性示范能力。" + TITLES + "。以上合计4项。" + SIGNED,
        {("national_titles", 4, "actual", 2024)},
        id="a-total-sentence-after-titles-in-its-paragraph",
    ),
    pytest.param(
        "（五）全国性示范能力。\n1. 国家产融合作试点城市\n2. 国家新型工业化产业示范基地\n"
        "3. 澧川重工有限公司智能制造示范工厂\n共计3项。" + SIGNED,
        {("national_titles", 3, "actual", 2024)},
        id="a-total-after-numbered-items",
    ),
    pytest.param(
        "（五）全国性示范能力。"
        + TITLES
        + "；澧川电子有限公司获评省级智能制造示范工厂。以上合计5项。"
        + SIGNED,
        set(),
        id="a-total-over-a-province-s-title-is-no-count-of-ministerial-ones",
    ),
    pytest.param(
        "（四）5G工厂情况。澧川重工有限公司5G全连接工厂入选5G工厂名录。以上合计1项。" + SIGNED,
        set(),
        id="a-total-after-no-titles-counts-none",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_title_totals(tmp_path: Path, text: str, expected: set[tuple[object, ...]]) -> None:
    found = {c for c in simple(claims_of(tmp_path, text)) if c[0] == "national_titles"}
    assert found == expected


def test_a_table_s_total_row_under_titles_counts_them() -> None:
    titles = table_block(
        [
            ("序号", "称号名称", "获得单位", "年份"),
            ("1", "国家新型工业化产业示范基地（装备制造）", "澧川经开区", "2019"),
            ("2", "智能制造示范工厂揭榜单位", "澧川重工有限公司", "2022"),
            ("合计", "2项", "", ""),
        ]
    )
    factories = table_block(
        [
            ("序号", "企业名称", "项目名称", "入选名录"),
            ("1", "澧川重工有限公司", "5G全连接工厂", "5G工厂名录"),
            ("合计", "1项", "", ""),
        ]
    )
    signed = RawBlock(BlockKind.paragraph, "澧川市人民政府\n2024年9月20日", 1)
    claims = find_claims(built(titles, factories, signed, format="docx"))
    assert {c for c in simple(claims) if c[0] == "national_titles"} == {
        ("national_titles", 2, "actual", 2024)
    }


def test_a_total_inside_a_form_s_narrative_cell() -> None:
    form = table_block(
        [
            (
                "部级及以上相关称号情况",
                "1国家产融合作试点城市(2021年) 2澧川重工有限公司智能制造示范工厂(2022年)"
                "以上共2项。",
            )
        ]
    )
    signed = RawBlock(BlockKind.paragraph, "澧川市人民政府\n2024年9月20日", 1)
    claims = find_claims(built(form, signed, format="docx"))
    assert ("national_titles", 2, "actual", 2024) in simple(claims)


def _titles_total(document: Document) -> list[PredictedClaim]:
    return [c for c in find_claims(document) if c.field == "national_titles"]


def test_a_total_s_claim_points_at_its_figure_on_its_page() -> None:
    text = "（五）全国性示范能力。" + TITLES + "。以上合计4项。"
    document = built(
        RawBlock(BlockKind.paragraph, text, 2, origin=Origin.ocr),
        RawBlock(BlockKind.paragraph, "澧川市人民政府\n2024年9月20日", 3),
    )
    (total,) = _titles_total(document)
    (evidence,) = total.evidence
    assert document.text[evidence.span.start : evidence.span.end] == "4"
    assert (total.page, evidence.page, evidence.block) == (2, 2, 0)
    assert evidence.quote.endswith("以上合计4项。")
    assert len(evidence.quote) == 60 + 2  # the words before the figure, and 项。
    assert (total.unit, total.qualifier, total.pattern_id) == (
        "titles",
        Qualifier.exact,
        "national_titles/total",
    )
    assert total.confidence == round(0.85 * 0.95, 3)  # a total, read by OCR


def test_a_total_after_a_list_opening_the_document() -> None:
    document = built(
        RawBlock(BlockKind.paragraph, "1. 国家产融合作试点城市", 1),
        RawBlock(BlockKind.paragraph, "2. 国家新型工业化产业示范基地", 1),
        RawBlock(BlockKind.paragraph, "共计2项。", 1),
        RawBlock(BlockKind.paragraph, "澧川市人民政府\n2024年9月20日", 1),
    )
    assert [c.value for c in _titles_total(document)] == [2]


def test_a_total_after_list_items_written_without_labels() -> None:
    # Word's numbering: the items are list items, their numbers are not in the text
    document = built(
        RawBlock(BlockKind.paragraph, "全市获得部级及以上称号如下：", 1),
        RawBlock(BlockKind.list_item, "国家产融合作试点城市", 1),
        RawBlock(BlockKind.list_item, "国家新型工业化产业示范基地", 1),
        RawBlock(BlockKind.paragraph, "共计2项。", 1),
        RawBlock(BlockKind.paragraph, "澧川市人民政府\n2024年9月20日", 1),
    )
    assert [c.value for c in _titles_total(document)] == [2]


def test_a_total_over_a_kind_of_title_never_listed_counts_none() -> None:
    text = (
        "澧川重工有限公司入选2022年工业互联网试点示范项目；澧川电子有限公司获评国家级专精特新"
        "“小巨人”企业。以上合计2项。"
    )
    document = built(
        RawBlock(BlockKind.paragraph, text, 1),
        RawBlock(BlockKind.paragraph, "澧川市人民政府\n2024年9月20日", 1),
    )
    assert _titles_total(document) == []


def test_only_a_count_after_a_total_s_label_is_a_table_s_total() -> None:
    titles = table_block(
        [
            ("序号", "称号名称", "获得单位", "数量"),
            ("1", "国家新型工业化产业示范基地（装备制造）", "澧川经开区", "1项"),
            ("2", "智能制造示范工厂揭榜单位", "澧川重工有限公司", "1项"),
            ("3项", "国家产融合作试点城市", "澧川市", ""),
            ("合计", "2项", "", ""),
            ("总计", "见附表", "", ""),
        ]
    )
    document = built(titles, RawBlock(BlockKind.paragraph, "澧川市人民政府\n2024年9月20日", 1))
    (total,) = _titles_total(document)
    span = total.evidence[0].span
    assert (total.value, document.text[span.start : span.end]) == (2, "2")


def test_a_total_after_a_table_and_before_a_lesser_title() -> None:
    text = TITLES + "。以上合计4项。另有澧川电子有限公司获评省级智能制造示范工厂。"
    table = table_block([("指标", "数值"), ("5G基站", "1.2万个")])
    document = built(
        table,
        RawBlock(BlockKind.paragraph, text, 1),
        RawBlock(BlockKind.paragraph, "澧川市人民政府\n2024年9月20日", 1),
    )
    assert [c.value for c in _titles_total(document)] == [4]


def test_a_total_s_page_is_the_page_its_figure_prints_on() -> None:
    text = "（五）全国性示范能力。" + TITLES + "。以上合计4项。"
    turn = text.index("以上合计")  # a paragraph printed across a page break
    pages: list[int | None] = [1] * turn + [2] * (len(text) - turn)
    paragraph = RawBlock(BlockKind.paragraph, text, 1, pages=pages)
    document = built(paragraph, RawBlock(BlockKind.paragraph, "澧川市人民政府\n2024年9月20日", 2))
    (total,) = _titles_total(document)
    assert (total.page, total.evidence[0].page) == (2, 2)
