import pytest

from extractor.model import BlockKind
from extractor.parse.headings import numbering


@pytest.mark.parametrize(
    ("text", "kind", "level", "label"),
    [
        pytest.param("一、总体要求", BlockKind.heading, 1, "一、", id="chinese-comma"),
        pytest.param("（二）重点任务", BlockKind.heading, 2, "（二）", id="chinese-paren"),
        pytest.param("(三)保障措施", BlockKind.heading, 2, "(三)", id="ascii-paren"),
        pytest.param("1. 加快5G网络建设", BlockKind.heading, 3, "1.", id="arabic-dot"),
        pytest.param("（1）推进双千兆", BlockKind.heading, 4, "（1）", id="arabic-paren"),
        pytest.param("第三章 保障措施", BlockKind.heading, 1, "第三章", id="chapter"),
        pytest.param("附件2：名录", BlockKind.heading, 1, "附件2", id="annex"),
        pytest.param(
            "7、2022年工业互联网试点示范项目", BlockKind.heading, 3, "7、", id="label-before-a-year"
        ),
        pytest.param(
            "（一）网络建设。截至2023年底，全市累计建成5G基站1.2万个。",
            BlockKind.list_item,
            2,
            "（一）",
            id="inline-heading-is-list-item",
        ),
        pytest.param("①智能制造示范工厂", BlockKind.list_item, 5, "①", id="circled"),
        pytest.param(
            "[2] - 每万人拥有5G基站38.2个", BlockKind.list_item, 5, "[2] -", id="bracket-number"
        ),
        pytest.param("●5G工厂名录入选6家", BlockKind.list_item, 6, "●", id="bullet-mark-no-space"),
        pytest.param("- 规上工业企业1200家", BlockKind.list_item, 6, "-", id="dash-bullet"),
    ],
)
def test_numbered_lines(text: str, kind: BlockKind, level: int, label: str) -> None:
    found = numbering(text)
    assert found is not None
    assert (found.kind, found.level, found.label) == (kind, level, label)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1.35亿元用于网络建设", id="decimal-number"),
        pytest.param("2023年全市GDP增长", id="year"),
        pytest.param("一、", id="label-only"),
        pytest.param("截至2023年底", id="prose"),
        pytest.param("-5℃以下", id="minus-sign"),
        pytest.param("3、4、5号线开通5G", id="a-run-of-numbers"),
    ],
)
def test_prose_is_not_numbered(text: str) -> None:
    assert numbering(text) is None
