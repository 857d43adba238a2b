"""A document in traditional script is read as simplified, one character for one."""

from pathlib import Path

from extractor.normalise.script import _is_ideograph, is_traditional, simplified
from tests.extract.phenomena import claims_of, lists_of, parse_text, simple
from tests.offsets import assert_offsets_exact


def test_traditional_text_is_read_as_simplified_with_exact_offsets(tmp_path: Path) -> None:
    document = parse_text(
        tmp_path, "澧川：截至目前，全區累計建成5G基站1.2萬個，年末全縣常住人口40.8萬人。"
    )
    assert document.traditional
    assert "全区累计建成5G基站1.2万个" in document.text
    assert document.blocks[0].raw.startswith("澧川：截至目前，全區")  # the raw text is kept
    assert_offsets_exact(document)


def test_claims_and_lists_of_a_traditional_passage(tmp_path: Path) -> None:
    text = (
        "時間：2024-03-02\n截至目前，全區累計建成5G基站1.2萬個，國家級專精特新“小巨人”企業達到"
        "18家。全區印發《澧川區“5G+工業互聯網”融合發展行動計劃》。"
    )
    assert simple(claims_of(tmp_path, text)) == {
        ("bs_total", 12000, "actual", 2024),
        ("little_giants", 18, "actual", 2024),
    }
    # the item as the document writes it, in its own script
    assert lists_of(tmp_path, text)["policy_documents"] == ["澧川區“5G+工業互聯網”融合發展行動計劃"]


def test_a_simplified_text_keeps_its_own_zhu_and_qian() -> None:
    assert not is_traditional(["研究成果显著，乾坤未定，著作权登记1200件。"])
    assert simplified("顯著") == "显著"
    assert simplified("乾坤") == "乾坤"  # phrase-aware: not 干坤


TRADITIONAL = "區縣國專業"  # five characters t2s changes
PLAIN = "一"  # an ideograph t2s keeps


def test_five_changed_characters_at_a_fiftieth_of_the_ideographs_are_traditional() -> None:
    assert is_traditional([TRADITIONAL + PLAIN * 245])  # 5 of 250: the share, exactly
    assert not is_traditional([TRADITIONAL + PLAIN * 246])  # 5 of 251: below it
    assert not is_traditional([TRADITIONAL[:4]])  # four are too few, whatever their share
    assert is_traditional(["區縣", "國專業" + "abc 123" * 50])  # only ideographs are counted


def test_the_ends_of_the_ideograph_ranges_are_ideographs() -> None:
    ends = ["\u4e00", "\u9fff", "\u3400", "\u4dbf"]
    assert all(_is_ideograph(char) for char in ends)
    assert not any(_is_ideograph(char) for char in ["\u4dff", "\ua000", "\u33ff", "\u4dc0"])
