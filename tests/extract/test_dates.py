"""The date a document speaks from, in the forms news, forms and plans write it."""

import pytest

from extractor.extract.dates import DocumentDate, body_text, document_date
from extractor.model import BlockKind, FurnitureRole, ParsedDocument, RawBlock, SourceFormat
from extractor.normalise import build_document


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("时间:2022-05-16\n全市5G基站…", DocumentDate(2022, 5), id="time-field-iso"),
        pytest.param(
            "发布日期：2023/11/02 来源：市工信局\n…", DocumentDate(2023, 11), id="slashes"
        ),
        pytest.param(
            "标题\n来源：澧川日报 日期：2024.3.8\n…", DocumentDate(2024, 3), id="source-date"
        ),
        pytest.param(
            "标题\n来源:澧川网2022-08-01 16:02\n…", DocumentDate(2022, 8), id="source-then-date"
        ),
        pytest.param("澧川新闻\n（2024年5月20日）记者获悉…", DocumentDate(2024, 5), id="bracketed"),
        pytest.param(
            "方案\n澧川市人民政府\n二〇二五年七月\n为…", DocumentDate(2025, 7), id="cover-chinese"
        ),
        pytest.param(
            "报告\n——2025年1月9日在市人大会议上\n过去一年…",
            DocumentDate(2025, 1),
            id="session-line",
        ),
        pytest.param(
            "正文" * 300 + "\n澧川市人民政府（盖章）\n2024年9月12日\n省厅（盖章）\n2024年9月25日",
            DocumentDate(2024, 9),
            id="signature-the-latest",
        ),
        pytest.param(
            "正文" * 300 + "\n澧川市人民政府（盖章）\n2024年3月12日\n省厅（盖章）\n2024年9月5日",
            DocumentDate(2024, 9),
            id="signature-the-latest-month-of-one-year",
        ),
        pytest.param(
            "正文" * 300 + "\n（来源：澧川日报 2023年7月14日）",
            DocumentDate(2023, 7),
            id="a-source-note-in-brackets-at-the-tail",
        ),
        pytest.param(
            "标题\n记者 张三 实习生 李四 通讯员 王五 2023年7月14日\n" + "正文" * 300,
            DocumentDate(2023, 7),
            id="a-by-line-ending-with-its-date",
        ),
        pytest.param(
            "正文" * 300 + "\n\n澧川市人民政府\n2024年6月\n",
            DocumentDate(2024, 6),
            id="a-signature-without-its-day-under-its-issuer",
        ),
        pytest.param(
            "正文" * 300 + "\n任务\t完成时间\n建设平台\n2026年6月\n",
            None,
            id="a-month-under-no-issuer-is-no-signature",
        ),
        pytest.param(
            "正文" * 300 + "\n截至2023年底，全市5G基站达到1.2万个。", None, id="as-of-is-no-date"
        ),
        pytest.param(
            "申报表\n\n（一）基础设施\n截至2024年6月，全市开通5G基站2.1万个。\n"
            + "正文。" * 300
            + "\n澧川市工业和信息化局\n2024年9月10日",
            DocumentDate(2024, 9),
            id="an-as-of-date-opening-a-paragraph-at-the-head-is-no-dateline",
        ),
        pytest.param(
            "申报表\n2024年6月底，全市开通5G基站2.1万个。\n" + "正文。" * 300,
            None,
            id="a-month-s-end-opening-a-paragraph-is-no-dateline",
        ),
        pytest.param(
            "2025年：全市5G基站达到3万个。\n确保2025年40个项目入选5G工厂名录。\n" + "正文。" * 300,
            None,
            id="a-year-before-a-count-is-no-date",
        ),
        pytest.param(
            "规划\n全市产值2026.5亿元，5G基站2025.3万个。\n" + "正文。" * 300,
            None,
            id="an-amount-is-no-date",
        ),
        pytest.param(
            "方案\n"
            + "正文。" * 300
            + "\n建设平台，完成时间：2026年12月。\n澧川市人民政府\n2024年9月20日",
            DocumentDate(2024, 9),
            id="a-task-s-completion-time-in-the-tail-is-no-date",
        ),
        pytest.param(
            "方案\n" + "正文。" * 300 + "\n任务\t完成时间\n建设平台\t2026年6月\n",
            None,
            id="a-deadline-ending-the-last-table-is-no-signature",
        ),
        pytest.param(
            "方案\n" + "正文。" * 300 + "\n澧川市经济和信息化委员会澧川市通信管理局2024年9月",
            DocumentDate(2024, 9),
            id="an-issuer-s-signature-without-its-day",
        ),
        pytest.param(
            "方案\n" + "正文。" * 300 + "\n附表\n建设平台\t市经信局\t2026年6月\n"
            "建设网络\t市通信管理局\t2026年12月",
            None,
            id="a-lead-department-before-a-deadline-is-no-signature",
        ),
        pytest.param(
            "方案\n"
            + "正文。" * 200
            + "\n序号\t项目\t周期\n1\t平台\t2024—2026年\n2\t车间\t2024—2025年\n"
            "澧川市人民政府\n2024年3月26日",
            DocumentDate(2024, 3),
            id="a-period-over-a-serial-number-is-no-date",
        ),
        pytest.param(
            "申报表\n"
            + "正文。" * 200
            + "澧川市人民政府（盖章）\n2024年9月20日\n附件\n"
            + "名单。" * 300,
            DocumentDate(2024, 9),
            id="a-seal-before-the-annexes",
        ),
        pytest.param(
            "方案\n" + "正文。" * 200 + "\n任务\t完成时间\n建设平台\t2026年6月\n" + "结语。" * 300,
            None,
            id="a-task-deadline-in-the-body-is-no-date",
        ),
    ],
)
def test_document_date(text: str, expected: DocumentDate | None) -> None:
    assert document_date(text) == expected


def test_a_year_end_is_after_a_date_in_that_year() -> None:
    september = DocumentDate(2024, 9)
    assert september.is_after(2024)
    assert september.is_after(2025, 1)
    assert september.is_after(2024, 10)
    assert not september.is_after(2024, 9)
    assert not september.is_after(2024, 6)
    assert not september.is_after(2023)
    assert not DocumentDate(2024).is_after(2024)  # a date without its month is the year's end


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        pytest.param("发布日期：1990-05-06", DocumentDate(1990, 5), id="the-earliest-year"),
        pytest.param("发布日期：1989-05-06", None, id="a-year-too-early"),
        pytest.param("发布日期：一〇九九年五月", None, id="a-year-in-chinese-too-early"),
        pytest.param("发布日期：2024-12-06", DocumentDate(2024, 12), id="december"),
        pytest.param("发布日期：2024-13-06", None, id="no-thirteenth-month"),
        pytest.param("发布日期：2024-00-06", None, id="no-month-zero"),
    ],
)
def test_a_date_field_holds_a_plausible_year_and_month(
    field: str, expected: DocumentDate | None
) -> None:
    assert document_date(field + "\n全市5G基站…") == expected


def test_the_body_ends_before_the_page_furniture_after_it() -> None:
    parsed = ParsedDocument(
        "x.pdf",
        "0" * 64,
        SourceFormat.pdf,
        1,
        [
            RawBlock(BlockKind.paragraph, "正文。", page=1),
            RawBlock(BlockKind.furniture, "- 1 -", page=1, role=FurnitureRole.page_number),
        ],
    )
    document = build_document(parsed)
    assert document.text.endswith("- 1 -")
    assert body_text(document) == "正文。"
    empty = build_document(ParsedDocument("x.pdf", "0" * 64, SourceFormat.pdf, 1, []))
    assert body_text(empty) == ""


def test_a_document_s_years_are_read_from_its_body_not_its_page_furniture() -> None:
    from extractor.extract.context import document_context

    parsed = ParsedDocument(
        "x.pdf",
        "0" * 64,
        SourceFormat.pdf,
        1,
        [
            RawBlock(BlockKind.paragraph, "正文。" * 100, page=1),
            RawBlock(
                BlockKind.furniture,
                "澧川市人民政府\n2024年9月20日",
                page=1,
                role=FurnitureRole.footer,
            ),
        ],
    )
    assert document_context(build_document(parsed)).years.dated is None
