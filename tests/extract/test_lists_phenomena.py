"""Named lists as other writers state them: plans are no issued policies, time decides.

Sentences written for these tests (invented 澧川市) from the classes of error seen on text
written by others.
"""

from pathlib import Path

import pytest

from tests.extract.phenomena import lists_of

SIGNED = "\n\n澧川市人民政府\n2024年9月20日"
POLICIES = [
    pytest.param(
        "《澧川市“5G+工业互联网”融合发展行动方案》已完成征求意见，拟于2024年10月底前印发。"
        + SIGNED,
        [],
        id="a-plan-after-the-title",
    ),
    pytest.param(
        "在已出台政策基础上，同步研究出台《澧川市5G工厂培育办法》。" + SIGNED,
        [],
        id="research-to-issue-is-a-plan",
    ),
    pytest.param(
        "2025年一季度印发《澧川市“5G+工业互联网”融合发展行动方案》。" + SIGNED,
        [],
        id="issued-after-the-document-date",
    ),
    pytest.param(
        "2024年3月，市政府下发《澧川市“5G+工业互联网”融合发展行动方案》。" + SIGNED,
        ["澧川市“5G+工业互联网”融合发展行动方案"],
        id="issued-before-the-document-date-and-xiafa-issues",
    ),
    pytest.param(
        "我市先后印发《澧川市5G工厂建设三年行动计划》《澧川市工业互联网专项资金管理办法》等专项"
        "政策文件，制定本计划。" + SIGNED,
        ["澧川市5G工厂建设三年行动计划", "澧川市工业互联网专项资金管理办法"],
        id="plan-inside-a-title-or-as-a-noun-is-no-plan",
    ),
]


@pytest.mark.parametrize(("text", "expected"), POLICIES)
def test_policy_documents(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert lists_of(tmp_path, text).get("policy_documents", []) == expected
