"""Which year a figure is for, and whether it lies after the document's date, read one rule at
a time: the month a time of year ends, a whole year told in January, a plan period over or not,
a target phrase reached, a year carried from the paragraph.

The words are written for these tests from the rules' own classes, not copied from a corpus.
"""

import pytest

from extractor.extract.dates import DocumentDate
from extractor.extract.years import (
    DocumentYears,
    document_years,
    is_future,
    list_year,
    year_for,
    year_in,
)
from extractor.model import Status

SEPTEMBER = DocumentDate(2024, 9)


@pytest.mark.parametrize(
    ("words", "year", "date", "expected"),
    [
        pytest.param("2024年底，全市建成", 2024, DocumentDate(2024), False, id="no-month-no-later"),
        pytest.param("截至2024年底，全市建成", 2024, SEPTEMBER, True, id="an-as-of-date-ahead"),
        pytest.param("截止2024年10月，全市建成", 2024, SEPTEMBER, True, id="an-as-of-month-ahead"),
        pytest.param("截至2024年8月，全市建成", 2024, SEPTEMBER, False, id="an-as-of-month-past"),
        pytest.param("截至2024年9月，全市建成", 2024, SEPTEMBER, False, id="the-as-of-month-now"),
        pytest.param("截至2024年，全市建成", 2024, SEPTEMBER, False, id="an-as-of-year"),
        pytest.param("2024年底，全市建成", 2024, SEPTEMBER, True, id="the-own-year-s-end"),
        pytest.param(
            "2024年底，全市5G基站增加至", 2024, SEPTEMBER, True, id="a-zhi-after-the-year"
        ),
        pytest.param("截至年底，全市建成", 2024, SEPTEMBER, False, id="as-of-the-year-s-end"),
        pytest.param("年底前，全市建成", 2024, SEPTEMBER, True, id="the-year-s-end"),
        pytest.param("年底前，全市建成", 2024, DocumentDate(2024, 12), False, id="in-december"),
        pytest.param(
            "下半年，全市建成", 2024, DocumentDate(2024, 12), False, id="second-half-in-december"
        ),
        pytest.param("三季度，全市建成", 2024, DocumentDate(2024, 10), False, id="q3-in-october"),
        pytest.param("三季度，全市建成", 2024, DocumentDate(2024, 8), True, id="q3-in-august"),
        pytest.param("2025年，全市建成", 2025, SEPTEMBER, True, id="a-later-year"),
        pytest.param("2023年，全市建成", 2023, SEPTEMBER, False, id="an-earlier-year"),
    ],
)
def test_a_figure_after_the_document_s_date(
    words: str, year: int, date: DocumentDate, expected: bool
) -> None:
    assert is_future(words, year, date) is expected


def _years(
    actual: int | None = 2024,
    target: int | None = 2025,
    date: DocumentDate | None = SEPTEMBER,
    span_end: int | None = None,
) -> DocumentYears:
    dated = date.year if date is not None else None
    return DocumentYears(actual, target, dated, False, date, span_end)


@pytest.mark.parametrize(
    ("sentence", "block", "status", "years", "heading", "expected"),
    [
        pytest.param(
            "全年新增企业",
            "",
            Status.actual,
            _years(2025, 2026, DocumentDate(2025, 2)),
            None,
            2024,
            id="a-whole-year-told-in-february-is-the-year-just-ended",
        ),
        pytest.param(
            "全年新增企业",
            "",
            Status.actual,
            _years(2025, 2026, DocumentDate(2025, 3)),
            None,
            2025,
            id="a-whole-year-told-in-march-is-the-year-of-the-date",
        ),
        pytest.param(
            "全市新增企业",
            "",
            Status.actual,
            _years(2025, 2026, DocumentDate(2025, 1)),
            None,
            2025,
            id="no-whole-year-in-january",
        ),
        pytest.param(
            "全年新增企业",
            "",
            Status.target,
            _years(2025, 2026, DocumentDate(2025, 1)),
            None,
            2026,
            id="a-whole-year-s-target-told-in-january",
        ),
        pytest.param(
            "三年内建成", "", Status.target, _years(span_end=2026), None, 2026, id="within-a-span"
        ),
        pytest.param(
            "三年内建成", "", Status.actual, _years(span_end=2026), None, 2024, id="within-achieved"
        ),
        pytest.param(
            "全市建成",
            "到2026年，",
            Status.target,
            _years(),
            None,
            2026,
            id="a-target-year-carried",
        ),
        pytest.param(
            "全市建成", "截至2023年底，", Status.actual, _years(), None, 2023, id="as-of-carried"
        ),
        pytest.param(
            "全市建成", "截至去年底，", Status.actual, _years(), None, 2023, id="last-year-carried"
        ),
        pytest.param(
            "全市建成",
            "截至2024年底，…；截至2023年底，",
            Status.actual,
            _years(),
            None,
            2023,
            id="the-nearest-as-of-carried",
        ),
        pytest.param(
            "全市建成",
            "“十四五”期间，",
            Status.actual,
            _years(),
            None,
            2024,
            id="a-plan-period-not-over-is-no-year-of-an-achieved-figure",
        ),
        pytest.param(
            "全市建成",
            "“十四五”时期，",
            Status.actual,
            _years(actual=2024, date=DocumentDate(2025, 3)),
            None,
            2024,
            id="a-plan-period-ending-in-the-document-s-year-is-not-over",
        ),
        pytest.param(
            "全市建成",
            "“十三五”时期，",
            Status.actual,
            _years(),
            None,
            2020,
            id="a-plan-period-over-carried",
        ),
        pytest.param(
            "全市建成",
            "“十四五”期间，",
            Status.target,
            _years(target=None),
            None,
            2025,
            id="a-plan-period-s-target",
        ),
        pytest.param(
            "全市建成",
            "",
            Status.actual,
            _years(),
            "2025年工作成效",
            2024,
            id="a-heading-reviewing-a-later-year-is-no-year",
        ),
        pytest.param(
            "全市建成",
            "",
            Status.actual,
            _years(),
            "2023年工作成效",
            2023,
            id="a-heading-reviewing-its-year",
        ),
    ],
)
def test_year_for(
    sentence: str,
    block: str,
    status: Status,
    years: DocumentYears,
    heading: str | None,
    expected: int,
) -> None:
    assert year_for(sentence, block, status, years, heading) == expected


@pytest.mark.parametrize(
    ("words", "dated", "expected"),
    [
        pytest.param("到2024年底，全市已建成", 2024, 2024, id="reached-by-the-document-s-year"),
        pytest.param("到2025年底，全市已建成", 2024, None, id="not-reached-after-it"),
        pytest.param("目标到2023年底，全市已建成", 2024, None, id="a-target-word-leads-it"),
        pytest.param("已启动建设，到2023年底，全市建成", 2024, None, id="no-yi-after-it"),
    ],
)
def test_an_actual_figure_takes_a_target_phrase_s_year_only_once_reached(
    words: str, dated: int, expected: int | None
) -> None:
    assert year_in(words, Status.actual, dated) == expected


def test_a_count_entered_on_a_dated_list_takes_its_year_unless_its_clause_has_one() -> None:
    entry = "个项目入选工业和信息化部2023年5G工厂名录"
    assert list_year("我市有", entry, 2024) == 2023
    assert list_year("我市2022年有", entry, 2024) is None
    assert list_year("我市累计有", entry, 2024) is None


@pytest.mark.parametrize(
    ("text", "actual"),
    [
        pytest.param(
            "澧川市5G发展情况\n截至2023年底，全国5G基站337.7万个。截至2022年底，全市5G基站5000个。",
            2022,
            id="the-nation-s-as-of-date-is-not-the-document-s",
        ),
        pytest.param(
            "澧川市5G发展情况\n截至2022年底，全市5G基站5000个，占全省的10%。",
            2022,
            id="the-applicant-named-beside-the-province",
        ),
        pytest.param("澧川市5G发展情况\n截至2022年底，5G基站5000个。", 2022, id="no-subject-named"),
    ],
)
def test_an_undated_document_is_as_of_its_own_as_of_dates(text: str, actual: int) -> None:
    assert document_years(text).actual == actual


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "2024年澧川市政府工作报告\n——2024年1月9日在市第十七届人民代表大会第三次会议上\n"
            "过去一年，全市新建5G基站3000个。到2025年，全市5G基站达到2万个。",
            (2023, 2025, 2024, True),
            id="a-work-report-speaks-of-the-year-before-its-session",
        ),
        pytest.param(
            "2024年澧川市政府工作报告\n过去一年，全市新建5G基站3000个。",
            (2023, 2024, 2024, True),
            id="an-undated-work-report-is-dated-by-its-title",
        ),
        pytest.param(
            "本报讯，2024年5月，全市建成5G基站4000个。",
            (2024, None, 2024, False),
            id="a-dateline-after-a-comma",
        ),
        pytest.param(
            "澧川市 2023年国民经济和社会发展统计公报\n年末全市常住人口512.6万人。",
            (2023, None, None, False),
            id="a-bulletin-of-the-year-its-title-names",
        ),
        pytest.param(
            "澧川市统计公报\n2022年全市经济运行平稳。\n年末全市常住人口512.6万人。",
            (None, None, None, False),
            id="a-year-in-a-sentence-below-the-title-is-not-the-title-s",
        ),
    ],
)
def test_a_document_s_own_years(
    text: str, expected: tuple[int | None, int | None, int | None, bool]
) -> None:
    years = document_years(text)
    assert (years.actual, years.target, years.dated, years.report) == expected


def test_the_date_is_read_from_the_body_without_its_page_furniture() -> None:
    body = "正文。" * 100
    signed = body + "\n澧川市人民政府\n2024年9月20日"
    assert document_years(signed).dated == 2024
    assert document_years(signed, body).dated is None  # the signature was page furniture


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        pytest.param("2024年9月印发方案，到2026年", 2026, id="a-date-is-not-the-target-s-year"),
        pytest.param("到2026年底，全市在2025年基础上", 2026, id="the-year-of-the-target-phrase"),
    ],
)
def test_a_target_takes_the_year_of_its_target_phrase(words: str, expected: int) -> None:
    assert year_in(words, Status.target, 2024) == expected


def test_a_heading_reviewing_the_document_s_own_year_gives_that_year() -> None:
    report = DocumentYears(2023, 2024, 2024, True, DocumentDate(2024, 1))
    assert year_for("全市建成", "", Status.actual, report, "2024年工作成效") == 2024
    assert year_for("全市建成", "", Status.actual, report, None) == 2023


def test_a_bulletin_s_title_wrapped_across_its_lines() -> None:
    text = "2023年 澧川市统计\n公报\n年末全市常住人口512.6万人。"
    assert document_years(text).actual == 2023
