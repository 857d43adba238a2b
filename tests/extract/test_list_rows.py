"""Table rows read as list items, one rule at a time: which row lists an item, and what heads
the table (the text before it, past page furniture; in a form cell, the sentence pointing to it
that names a list).

Tables written for these tests (invented 澧川市), built as a parser would hand them over.
"""

from extractor.extract.list_rows import row_units
from extractor.extract.lists import find_lists
from extractor.model import (
    BlockKind,
    FurnitureRole,
    RawBlock,
)
from tests.extract.phenomena import built, table_block

FACTORIES = [("序号", "项目名称"), ("1", "澧川重工有限公司5G全连接工厂")]


def _factories(*blocks: RawBlock) -> list[str]:
    found = find_lists(built(*blocks, RawBlock(BlockKind.paragraph, "2024年9月20日", 1)))
    return [item.name for item in found.get("factories_5g", [])]


def test_a_row_naming_a_title_with_a_space_in_it_lists_it() -> None:
    rows = [("序号", "称号"), ("1", "5 G应用安全创新推广中心")]
    assert [u.text for u in row_units(built(table_block(rows)), frozenset())] == [
        "5G应用安全创新推广中心"
    ]


def test_the_text_before_a_table_past_page_furniture_is_its_caption() -> None:
    caption = RawBlock(BlockKind.paragraph, "附件3 国家级5G工厂入选项目", 1)
    header = RawBlock(BlockKind.furniture, "澧川市申报书", 1, role=FurnitureRole.header)
    assert _factories(caption, header, table_block(FACTORIES)) == ["澧川重工有限公司5G全连接工厂"]
    units = row_units(built(caption, header, table_block(FACTORIES)), frozenset())
    assert [u.caption for u in units] == ["附件3国家级5G工厂入选项目序号项目名称"]


def test_a_table_right_after_another_has_no_caption() -> None:
    caption = RawBlock(BlockKind.paragraph, "附件3 国家级5G工厂入选项目", 1)
    other = table_block([("序号", "指标"), ("1", "5G基站1200个")])
    assert _factories(caption, other, table_block(FACTORIES)) == []
    units = row_units(built(caption, other, table_block(FACTORIES)), frozenset())
    assert [u.caption for u in units] == ["序号项目名称"]


def test_a_nested_table_s_caption_is_the_pointing_sentence_that_names_a_list() -> None:
    form = table_block([("不可偏离条件", "")])
    form.cells[1].text = "全市共有1家国家级5G工厂，详见下表。全市重点项目详见下表。"
    nested = table_block(FACTORIES, parent=0)
    assert _factories(form, nested) == ["澧川重工有限公司5G全连接工厂"]
    units = row_units(built(form, nested), frozenset())
    assert [u.caption for u in units] == [
        "不可偏离条件\t全市共有1家国家级5G工厂，详见下表序号项目名称"
    ]


def test_a_nested_table_s_caption_may_name_a_title_instead() -> None:
    form = table_block([("全国性示范", "")])
    form.cells[1].text = "全市获评国家级绿色工厂1家，详见下表。全市重点项目详见下表。"
    rows = [("序号", "称号"), ("1", "国家级绿色工厂(澧川重工有限公司)")]
    units = row_units(built(form, table_block(rows, parent=0)), frozenset())
    assert [u.caption for u in units] == ["全国性示范\t全市获评国家级绿色工厂1家，详见下表序号称号"]


def test_a_numbered_run_s_caption_with_an_inner_label_names_its_list() -> None:
    blocks = [
        RawBlock(BlockKind.heading, "附件(一)5G工厂名录", 1),
        RawBlock(BlockKind.heading, "入选项目及所属行业清单一览", 1),
        RawBlock(BlockKind.paragraph, "1.澧川重工有限公司5G全连接工厂；", 1),
        RawBlock(BlockKind.paragraph, "2.澄江精密有限公司5G数字车间。", 1),
    ]
    assert _factories(*blocks) == ["澧川重工有限公司5G全连接工厂", "澄江精密有限公司5G数字车间"]


def test_a_caption_s_lines_are_read_as_one_text() -> None:
    blocks = [
        RawBlock(BlockKind.heading, "附件3 5G工厂", 1),
        RawBlock(BlockKind.heading, "名录入选项目及所属行业一览", 1),
        RawBlock(BlockKind.paragraph, "1.澧川重工有限公司5G全连接工厂；", 1),
    ]
    assert _factories(*blocks) == ["澧川重工有限公司5G全连接工厂"]


def test_only_rows_naming_an_item_are_units_their_empty_cells_left_out() -> None:
    rows = [
        ("序号", "称号", "获得单位", "备注"),
        ("1", "国家级绿色工厂", "", "澧川重工有限公司"),
        ("2", "5G基站", "1200个", ""),
    ]
    units = row_units(built(table_block(rows)), frozenset())
    assert [(u.text, u.caption) for u in units] == [
        ("国家级绿色工厂，澧川重工有限公司", "序号称号获得单位备注")
    ]


def test_a_table_without_a_header_row_has_the_caption_alone() -> None:
    caption = RawBlock(BlockKind.paragraph, "附件2 部级称号", 1)
    rows = [("1", "国家级绿色工厂", "澧川重工有限公司"), ("2", "国家产融合作试点城市", "澧川市")]
    units = row_units(built(caption, table_block(rows)), frozenset())
    assert [u.caption for u in units] == ["附件2部级称号", "附件2部级称号"]


def test_a_title_in_a_table_before_the_text_keeps_the_table_s_evidence() -> None:
    table = table_block([("序号", "称号"), ("1", "国家产融合作试点城市")])
    text = RawBlock(BlockKind.paragraph, "澧川市获批国家产融合作试点城市。", 1)
    signed = RawBlock(BlockKind.paragraph, "2024年9月20日", 1)
    (item,) = find_lists(built(table, text, signed))["national_titles"]
    assert item.evidence.block == 0


def test_of_two_pointing_sentences_naming_lists_the_last_captions_thetable_block() -> None:
    form = table_block([("全国性示范", "")])
    form.cells[1].text = "全市共有1家国家级5G工厂，详见下表。另有国家级绿色工厂1家，详见下表。"
    units = row_units(built(form, table_block(FACTORIES, parent=0)), frozenset())
    assert [u.caption for u in units] == ["另有国家级绿色工厂1家，详见下表序号项目名称"]


def test_a_row_of_a_labelled_project_on_show_is_no_title() -> None:
    rows = [
        ("序号", "称号", "状态"),
        ("1", "2024年工业互联网试点示范项目：澧川重工有限公司“5G+智慧工厂”项目", "公示中"),
    ]
    found = find_lists(built(table_block(rows), RawBlock(BlockKind.paragraph, "2024年9月20日", 1)))
    assert found.get("national_titles", []) == []


def test_a_row_s_project_without_its_maker_is_a_5g_factory() -> None:
    caption = RawBlock(BlockKind.paragraph, "附件3 国家级5G工厂入选项目", 1)
    rows = [
        ("序号", "企业名称", "项目名称", "入选类别"),
        ("1", "澧川鞋业有限公司", "5G+柔性鞋服智能工厂", "2024年5G工厂名录"),
    ]
    assert _factories(caption, table_block(rows)) == ["5G+柔性鞋服智能工厂"]
