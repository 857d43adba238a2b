from pathlib import Path

from extractor.match.frameworks import load_framework
from extractor.model import FormCheck
from extractor.pipeline import parse_in_process
from extractor.prescreen.form import check_form
from extractor.settings import Limits

FORM = """“5G+工业互联网”融合应用先导区申报表
申报城市｜澄江市｜申报日期｜2024年10月
申报城市人民政府负责人｜陈建国｜职务｜副市长
联系电话｜0411-86123456｜邮箱｜gxj@example.gov.cn
省通信管理局负责人｜ ｜职务｜处长

申报城市基本情况
澄江市地处沿海，制造业基础扎实。

申报先导区不可偏离条件说明
截至2023年底，全市每万人拥有5G基站数36.8个。

先导区试点建设内容
{construction}

先导区试点目标及预期效果
到2026年，全市每万人拥有5G基站数达到50个。

申报书真实性承诺
我市申报的所有材料均真实完整，如有不实，愿承担相应责任。

省通信管理局推荐意见
经审核，同意推荐。
"""


def _check(tmp_path: Path, text: str) -> FormCheck:
    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    form = load_framework("miit-2023").form
    assert form is not None
    return check_form(parse_in_process(path, Limits(ocr=False)), form)


def test_sections_limits_contacts_commitment_and_opinions(tmp_path: Path) -> None:
    check = _check(tmp_path, FORM.format(construction="推进5G网络建设。" * 300))
    assert check.is_form
    sections = {s.id: s for s in check.sections}
    assert all(s.present for s in sections.values())
    assert sections["construction"].chars == 2700  # 9 characters × 300, over the 2000 limit
    assert not sections["construction"].within_limit
    assert sections["basic"].within_limit
    assert check.commitment
    assert check.opinions == ("通信管理局推荐意见",)
    assert check.missing_opinions == ("工业和信息化主管部门推荐意见", "人民政府推荐意见")
    assert not check.contacts_filled
    assert check.missing_contacts == ("通信管理局负责人",)  # its cell is empty


def test_a_plan_is_not_a_form(tmp_path: Path) -> None:
    check = _check(tmp_path, "澄江市先导区建设方案\n\n一、总体要求\n坚持统筹规划。")
    assert not check.is_form
    assert [(s.id, s.present) for s in check.sections] == [
        ("basic", False),
        ("conditions", False),
        ("construction", False),
        ("targets", False),
    ]


def test_two_sections_make_a_form_and_one_does_not(tmp_path: Path) -> None:
    two = "申报城市基本情况\n澄江市地处沿海。\n\n先导区试点建设内容\n推进5G网络建设。\n"
    check = _check(tmp_path, two)
    assert check.is_form
    absent = {s.id: s for s in check.sections}["targets"]
    assert not absent.present
    assert absent.chars == 0
    assert not _check(tmp_path, "申报城市基本情况\n澄江市地处沿海。\n").is_form


def test_a_form_without_the_commitment_says_so(tmp_path: Path) -> None:
    text = FORM.format(construction="推进5G网络建设。")
    text = text.replace("我市申报的所有材料均真实完整，如有不实，愿承担相应责任。", "（空）")
    check = _check(tmp_path, text.replace("申报书真实性承诺", "其他说明"))
    assert check.is_form
    assert not check.commitment


def test_contacts_filled_in_a_line_or_beside_a_label_written_with_spaces(tmp_path: Path) -> None:
    filled = FORM.format(construction="推进5G网络建设。").replace(
        "省通信管理局负责人｜ ｜职务｜处长", "省通信管理局负责人：王五，处长"
    )
    assert _check(tmp_path, filled).contacts_filled
    spaced = FORM.format(construction="推进5G网络建设。").replace(
        "省通信管理局负责人｜ ｜职务｜处长", "省通信管理局 负责人｜王五｜职务｜处长"
    )
    assert _check(tmp_path, spaced).contacts_filled


def test_titles_and_opinions_written_with_spaces_inside_are_found(tmp_path: Path) -> None:
    text = FORM.format(construction="推进5G网络建设。")
    text = text.replace("申报城市基本情况", "申报城市 基本情况").replace(
        "省通信管理局推荐意见", "省通信管理局 推荐 意见"
    )
    check = _check(tmp_path, text)
    assert {s.id: s for s in check.sections}["basic"].present
    assert "通信管理局推荐意见" not in check.missing_opinions
