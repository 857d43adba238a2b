"""Whether a title in 《》 is a policy the applicant issued, one rule at a time: when an action
is dated against the document's own date, plan words before and after the title, a cue to
cite against a verb of issuing, what the words after a title decide.

Sentences written for these tests (invented 澧川市) from the rules' own classes.
"""

from pathlib import Path

import pytest

from extractor.extract.lists import find_lists
from extractor.model import BlockKind, RawBlock
from tests.extract.phenomena import built, lists_of, parse_text

SEPTEMBER = "\n\n澧川市人民政府\n2024年9月20日"
DECEMBER = "\n\n澧川市人民政府\n2024年12月20日"
TITLE = "澧川市5G工厂培育办法"
OTHER = "澧川市工业互联网发展规划"
# off the pilot's core subject: with no cue at all, neither would be listed
DIGITAL, MAKING = "澧川市数字经济发展规划", "澧川市智能制造发展规划"
CASES = [
    pytest.param(
        f"市工信局牵头制订了《{TITLE}》。" + SEPTEMBER, [TITLE], id="zhiding-written-with-ding-4"
    ),
    pytest.param(
        f"《{DIGITAL}》已完成征求意见，已正式印发《{MAKING}》。" + SEPTEMBER,
        [MAKING],
        id="a-later-clause-issuing-another-title-is-that-title-s",
    ),
    pytest.param(
        f"《{DIGITAL}》已经市政府常务会议原则通过，市政府已正式印发《{MAKING}》。" + SEPTEMBER,
        [MAKING],
        id="adopted-in-principle-and-another-title-issued",
    ),
    pytest.param(
        f"《{DIGITAL}》和《{MAKING}》已经市政府常务会议原则通过，并于2023年5月正式印发。"
        + SEPTEMBER,
        [DIGITAL, MAKING],
        id="two-titles-joined-share-the-rest-of-their-sentence",
    ),
    pytest.param(
        f"《{TITLE}》已经市政府常务会议原则通过，经修改完善，于2023年5月正式印发。" + SEPTEMBER,
        [TITLE],
        id="adopted-in-principle-revised-then-issued",
    ),
    pytest.param(
        f"《{TITLE}》已完成编制，拟提请市政府常务会议审议。" + SEPTEMBER,
        [],
        id="drawn-up-and-to-be-put-to-the-government-in-a-later-clause",
    ),
    pytest.param(
        "根据《澧川市数字经济发展规划》和《澧川市国民经济和社会发展第十四个五年规划纲要》，"
        "制定本规划。" + SEPTEMBER,
        [],
        id="a-verb-after-the-cited-titles-is-the-document-s-own",
    ),
    pytest.param(
        f"《{DIGITAL}》已完成征求意见，和《{MAKING}》一并于2023年5月正式印发。" + SEPTEMBER,
        [DIGITAL, MAKING],
        id="a-later-clause-joined-to-another-title-speaks-of-both",
    ),
    pytest.param(
        f"《{DIGITAL}》参照先进城市经验，由市政府办公室于2023年5月印发。" + SEPTEMBER,
        [DIGITAL],
        id="a-first-clause-citing-something-else-then-issued",
    ),
    pytest.param(
        "澧川市学习外地经验。《宁波市数字经济发展规划》参照先进城市经验，由市政府办公室于2023年5月印发。"
        + SEPTEMBER,
        [],
        id="another-city-s-title-issued-in-a-later-clause",
    ),
    pytest.param(
        f"《{DIGITAL}》经市政府同意，由市政府办公室于2025年5月印发。" + SEPTEMBER,
        [],
        id="issued-in-a-later-clause-dated-after-the-document",
    ),
    pytest.param(
        f"《{DIGITAL}》编制完成，根据《{MAKING}》要求，目前尚未印发。" + SEPTEMBER,
        [],
        id="not-issued-said-after-a-clause-citing-another-title",
    ),
    pytest.param(
        f"《{DIGITAL}》和《{MAKING}》已经市政府常务会议原则通过。" + SEPTEMBER,
        [],
        id="two-titles-joined-adopted-in-principle",
    ),
    pytest.param(f"目前正在研究制订《{TITLE}》。" + SEPTEMBER, [], id="being-drawn-up-zhiding-4"),
    pytest.param(
        "《2024年澧川市制造业智能化改造数字化转型网络化联接工作要点》将任务分解为17条举措。"
        + SEPTEMBER,
        ["2024年澧川市制造业智能化改造数字化转型网络化联接工作要点"],
        id="no-cue-and-the-pilot-s-subject-in-jiangsu-s-words",
    ),
    pytest.param(
        f"我市于2024年6月印发《{TITLE}》。" + SEPTEMBER,
        [TITLE],
        id="a-month-before-the-document-s-is-done",
    ),
    pytest.param(
        f"我市于2024年印发《{TITLE}》。" + DECEMBER,
        [TITLE],
        id="the-document-s-year-told-in-its-last-month-is-done",
    ),
    pytest.param(
        f"我市于2024年10月内印发《{TITLE}》。" + DECEMBER,
        [TITLE],
        id="within-a-month-before-the-document-s-is-done",
    ),
    pytest.param(
        f"我市于2024年四季度印发《{TITLE}》。" + DECEMBER,
        [],
        id="a-quarter-of-the-document-s-year-not-yet-over-is-ahead",
    ),
    pytest.param(
        f"2022年，研究出台《{TITLE}》。",
        [],
        id="research-in-an-undated-document-is-a-plan",
    ),
    pytest.param(
        "我市对照制定了《澧川市数字经济促进办法》。" + SEPTEMBER,
        ["澧川市数字经济促进办法"],
        id="a-verb-of-issuing-right-after-a-cue-to-cite-is-issued",
    ),
    pytest.param(
        f"《{TITLE}》已正式印发。" + SEPTEMBER,
        [TITLE],
        id="issued-in-the-past-after-the-title",
    ),
    pytest.param(
        f"《{TITLE}》正在制定中。" + SEPTEMBER,
        [],
        id="a-plan-word-after-the-title",
    ),
    pytest.param(
        f"《{TITLE}》于2022年研究出台。" + SEPTEMBER,
        [TITLE],
        id="research-after-the-title-dated-before-the-document-is-done",
    ),
    pytest.param(
        f"我市制定《{TITLE}》，2025年3月印发。" + SEPTEMBER,
        [],
        id="issued-after-the-document-date-in-the-next-clause",
    ),
    pytest.param(
        f"《{TITLE}》2025年3月已印发。" + SEPTEMBER,
        [],
        id="said-as-done-but-dated-after-the-document",
    ),
    pytest.param(
        f"《{TITLE}》尚未出台。" + SEPTEMBER,
        [],
        id="not-yet-issued-after-the-title",
    ),
    pytest.param(
        "以《关于加快澧川市“5G+工业互联网”发展的实施意见》为依据，推进重点项目。" + SEPTEMBER,
        [],
        id="cited-after-a-title-not-opening-with-the-applicant",
    ),
    pytest.param(
        "市政府办公室印发通知要求各区贯彻落实《澧川市数字经济促进办法》。" + SEPTEMBER,
        [],
        id="a-cue-to-cite-after-the-verb-of-issuing-cites",
    ),
    pytest.param(
        f"《{TITLE}》经市政府常务会议审议，将于近期印发。" + SEPTEMBER,
        [],
        id="a-plan-word-in-a-later-clause-of-the-sentence",
    ),
    pytest.param(
        "以《澧川高新区“5G+工业互联网”发展实施意见》为依据，推进重点项目。" + SEPTEMBER,
        [],
        id="cited-after-a-park-s-title",
    ),
    pytest.param(
        "我市印发《澧川市数字经济促进办法》、《澧川市智能制造扶持办法》。" + SEPTEMBER,
        ["澧川市数字经济促进办法", "澧川市智能制造扶持办法"],
        id="a-title-chained-to-one-issued",
    ),
    pytest.param(
        "我市印发《澧川市“5G+X”融合应用行动计划》。" + SEPTEMBER,
        ["澧川市“5G+X”融合应用行动计划"],
        id="a-latin-letter-in-a-title",
    ),
    pytest.param(
        "我市印发《澧川市“5G+工业互联网”融合发展行动方案》。2024年，"
        "《澧川市5G+工业互联网融合发展行动方案》实施成效明显。" + SEPTEMBER,
        ["澧川市“5G+工业互联网”融合发展行动方案"],
        id="one-title-written-with-and-without-its-quotes-is-one",
    ),
    pytest.param(
        "我市印发《浙江省5G工厂培育办法》。" + SEPTEMBER,
        [],
        id="a-title-issued-above-the-applicant",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_policies(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert lists_of(tmp_path, text).get("policy_documents", []) == expected


PUBLISHED = "\n\n发布日期：2024-06-18　来源：澧川市人民政府"
OWN_PAGES = [
    pytest.param(
        "澧川市人民政府关于推进数字经济发展的实施意见" + PUBLISHED,
        "澧川市人民政府关于推进数字经济发展的实施意见",
        id="a-published-page-s-title-line",
    ),
    pytest.param(
        "澧川市人民政府关于推进数字经济发展的实施意见|发布日期：2024-06-18|来源：澧川市人民政府",
        "澧川市人民政府关于推进数字经济发展的实施意见",
        id="a-published-page-run-into-one-line",
    ),
    pytest.param(
        "澧川高新区管理委员会关于推进数字经济发展的实施意见" + PUBLISHED,
        "澧川高新区管理委员会关于推进数字经济发展的实施意见",
        id="a-park-s-published-page",
    ),
    pytest.param(
        "澧川市数字经济发展规划\n\n《澧川市数字经济发展规划》已经市政府同意，"
        "由市政府办公室于2023年5月8日印发。",
        "澧川市数字经济发展规划",
        id="a-title-line-with-a-dated-issuing-note-quoting-it",
    ),
    pytest.param(
        "澧川市数字经济发展规划\n\n2023-05-08 10:30",
        "澧川市数字经济发展规划",
        id="a-title-line-with-a-web-page-s-date-stamp",
    ),
    pytest.param(
        "澧川市数字经济发展规划\n\n（2023年5月8日澧川市人民政府办公室印发）",
        "澧川市数字经济发展规划",
        id="a-title-line-with-a-dated-issuing-note-in-brackets",
    ),
    pytest.param(
        "澧川市数字经济发展规划\n\n澧川市工业和信息化局\n\n（2023年5月8日澧川市人民政府办公室印发）",
        "澧川市数字经济发展规划",
        id="an-issuing-note-under-another-line",
    ),
    pytest.param(
        "澧川市5G发展行动计划（2024—2026年）\n\n《澧川市5G发展行动计划（2024—2026年）》已经市政府"
        "同意，由市政府办公室于2023年5月8日印发。",
        "澧川市5G发展行动计划(2024—2026年)",
        id="an-issuing-note-quoting-a-title-that-names-later-years",
    ),
    pytest.param(
        "澧川市人民政府办公室关于印发澧川市数字经济促进办法的通知\n\n各区人民政府：现印发给你们。",
        "澧川市数字经济促进办法",
        id="a-notice-issuing-a-city-s-document",
    ),
    pytest.param(
        "澧川市人民政府办公室关于印发关于推进数字经济发展的若干措施的通知\n\n各区人民政府：现印发给你们。",
        "关于推进数字经济发展的若干措施",
        id="a-notice-issuing-a-document-named-without-its-city",
    ),
    pytest.param(
        "澧川高新区管理委员会关于印发澧川高新区数字化转型若干措施的通知\n\n各部门：现印发给你们。",
        "澧川高新区数字化转型若干措施",
        id="a-park-s-notice-issuing-a-document-off-the-pilot-s-core-topic",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_PAGES)
def test_a_document_issuing_a_policy_itself(tmp_path: Path, text: str, expected: str) -> None:
    document = parse_text(tmp_path, text + "\n\n各区人民政府：现提出如下意见。" + SEPTEMBER)
    (item,) = find_lists(document)["policy_documents"]
    span = document.text[item.evidence.span.start : item.evidence.span.end]
    assert (item.name, span, item.evidence.quote[:4]) == (expected, expected, text[:4])


def _headed(tmp_path: Path, *headings: str, body: str) -> list[str]:
    """The policies of a document opening with ``headings`` (its own title's lines)."""
    blocks = [RawBlock(BlockKind.heading, line, 1) for line in headings]
    blocks += [
        RawBlock(BlockKind.paragraph, body, 1),
        RawBlock(BlockKind.paragraph, "2024年9月20日", 1),
    ]
    return [item.name for item in find_lists(built(*blocks)).get("policy_documents", [])]


def test_a_document_s_own_title_over_its_heading_lines_is_not_a_policy_it_cites(
    tmp_path: Path,
) -> None:
    body = f"现将《{TITLE}》解读如下。"
    assert _headed(tmp_path, "澧川市5G工厂", "培育办法", body=body) == []
    assert _headed(tmp_path, TITLE, body=body) == []
    long_line = "政策解读" * 23 + "全文"  # with the title's 11 characters, 105: no title line
    assert _headed(tmp_path, TITLE, long_line, body=body) == []
    exact = "政策解读" * 22 + "篇"  # 89 characters: with the title's 11, exactly 100
    assert _headed(tmp_path, TITLE, exact, body=body) == [TITLE]


def test_a_headline_quoting_a_title_is_not_the_document_s_own(tmp_path: Path) -> None:
    body = f"近日，我市印发《{TITLE}》。"
    assert _headed(tmp_path, f"印发《{TITLE}》", body=body) == [TITLE]


PLAN = "澧川市数字经济发展规划"
NOTES = [
    pytest.param(
        "澧川市“5G+工业互联网”融合应用先导区试点工作方案",
        "（2023年5月8日澧川市人民政府办公室印发）",
        id="an-application-s-own-work-plan",
    ),
    pytest.param(PLAN, "（湖北省人民政府办公厅2023年5月8日印发）", id="issued-above-the-applicant"),
    pytest.param(
        PLAN,
        "时间：2024-09-24\n\n（2025年5月8日澧川市人民政府办公室印发）",
        id="dated-after-the-document",
    ),
    pytest.param(PLAN, "（澧川市人民政府办公室印发）", id="not-dated"),
    pytest.param(PLAN, "（澧川市人民政府办公室）2023年5月8日印发", id="only-its-start-in-brackets"),
    pytest.param(PLAN, "2023年5月8日", id="a-cover-page-s-date"),
    pytest.param(PLAN, "2023-05-08 来源：澧川日报", id="a-date-with-more-on-its-line"),
    pytest.param(
        PLAN, f"《{PLAN}》已于2023年5月编制完成，拟提请市政府审议后印发。", id="to-be-issued"
    ),
    pytest.param(PLAN, f"《{PLAN}》已于2023年5月编制完成，尚未印发。", id="not-issued"),
    pytest.param(PLAN, "（2023年5月8日澧川市人民政府办公室印发征求意见稿）", id="a-draft"),
    pytest.param(PLAN, "2023年5月8日澧川市人民政府办公室印发。", id="neither-quoted-nor-bracketed"),
]


@pytest.mark.parametrize(("title", "note"), NOTES)
def test_an_issuing_note_that_does_not_issue_the_title_line(
    tmp_path: Path, title: str, note: str
) -> None:
    document = parse_text(tmp_path, f"{title}\n\n{note}\n\n一、发展基础" + SEPTEMBER)
    assert find_lists(document).get("policy_documents", []) == []


def test_a_numbered_line_heading_a_page_is_no_published_page_s_title(tmp_path: Path) -> None:
    listed = "1.澧川市人民政府关于推进数字经济发展的实施意见" + PUBLISHED
    assert lists_of(tmp_path, listed + SEPTEMBER).get("policy_documents", []) == []
