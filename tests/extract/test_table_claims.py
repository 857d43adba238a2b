"""Tables read by time: an as-of column, later years as targets, a unit column, caption rows.

Each table is written for these tests in the shapes plans print (表1 captions, 一级指标 level
columns, `2024年9月（现状）` headers, a `单位` column) with an invented city's figures.
"""

from pathlib import Path
from typing import Any

import pytest

from extractor.extract.claims import find_claims
from extractor.extract.dates import DocumentDate
from extractor.extract.patterns import CompiledField, fields
from extractor.extract.table_claims import (
    _factor,
    _header_rows,
    _is_fragment,
    _unit_factor,
    columns,
    value_cells,
)
from extractor.extract.years import DocumentYears
from extractor.model import BlockKind, Cell, Document, Origin, RawBlock, RawCell, Status
from tests.extract.phenomena import Simple, built, claims_of, simple, table_block

TABLES = [
    pytest.param(
        "表1 主要指标\n序号\t指标\t单位\t2023年（现状）\t2024年\t2025年\t2026年\n"
        "1\t5G基站数\t万个\t0.8\t1.0\t1.2\t1.5\n"
        "2\t每万人拥有5G基站数\t个\t25\t30\t35\t40\n",
        {
            ("bs_total", 8000, "actual", 2023),
            ("bs_total", 10000, "target", 2024),
            ("bs_total", 12000, "target", 2025),
            ("bs_total", 15000, "target", 2026),
            ("bs_per_10k", 25, "actual", 2023),
            ("bs_per_10k", 30, "target", 2024),
            ("bs_per_10k", 35, "target", 2025),
            ("bs_per_10k", 40, "target", 2026),
        },
        id="years-after-the-as-of-column-are-targets-and-the-unit-column-scales",
    ),
    pytest.param(
        "一级指标｜二级指标｜单位｜2024年9月（现状）｜2025年｜2026年\n"
        "基础设施｜边缘计算节点数｜个｜14｜18｜24\n"
        "产业生态｜政府专项资金｜亿元｜1.2｜1.5｜2\n",
        {
            ("edge_nodes", 14, "actual", 2024),
            ("edge_nodes", 18, "target", 2025),
            ("edge_nodes", 24, "target", 2026),
            ("special_funds", 1.2e8, "actual", 2024),
            ("special_funds", 1.5e8, "target", 2025),
            ("special_funds", 2e8, "target", 2026),
        },
        id="a-month-in-the-header-and-a-level-column",
    ),
    pytest.param(
        "截至2023年底，全市5G基站7000个。\n\n澧川市人民政府\n2024年9月20日\n\n"
        "指标\t2023年\t2024年\t2025年\n5G基站数（个）\t7000\t8200\t9500\n",
        {
            ("bs_total", 7000, "actual", 2023),
            ("bs_total", 8200, "target", 2024),
            ("bs_total", 9500, "target", 2025),
        },
        id="no-as-of-column-the-document-date-decides",
    ),
    pytest.param(
        "指标\t单位\t现状\t2026年目标\n常住人口\t万人\t318.6\t—\n国家级工业互联网平台\t%\t12\t20\n",
        {("population", 3186000, "actual", None)},
        id="a-percentage-row-is-no-count",
    ),
    pytest.param(
        "指标\t单位\t2024年现状\t2027年目标\n5G基站数\t个\t一\t9500\n边缘计算节点数\t个\t14\t一\n",
        {("bs_total", 9500, "target", 2027), ("edge_nodes", 14, "actual", 2024)},
        id="a-cell-of-only-一-is-a-dash-as-ocr-reads-it",
    ),
    pytest.param(
        "澧川市人民政府关于申报试点的请示\n时间：2025年9月12日\n"
        "指标\t2024年底\t2025年6月底\t2027年目标\n规模以上工业企业数（家）\t700\t728\t800\n",
        {
            ("above_scale_enterprises", 700, "actual", 2024),
            ("above_scale_enterprises", 728, "actual", 2025),
            ("above_scale_enterprises", 800, "target", 2027),
        },
        id="a-column-dated-to-a-month-before-the-document-is-achieved",
    ),
    pytest.param(
        "时间：2024-09-24\n\n指标\t截至2024年6月\t备注\n每万人拥有5G基站数（个）\t35\t2026年目标值\n"
        "5G基站数（个）\t9000\t省通信管理局数据\n",
        {("bs_per_10k", 35, "target", 2026), ("bs_total", 9000, "actual", 2024)},
        id="a-remark-cell-saying-goal-makes-its-row-a-target",
    ),
    pytest.param(
        "时间：2024-09-24\n\n指标\t截至2024年6月\t备注\n"
        "每万人拥有5G基站数（个）\t35\t到2026年目标值，2024年9月测算\n",
        {("bs_per_10k", 35, "target", 2026)},
        id="a-goal-remark-takes-its-goal-s-year-not-the-date-it-was-made",
    ),
    pytest.param(
        "时间：2024-09-24\n\n指标\t2023年\t2026年\t备注\n每万人拥有5G基站数（个）\t25\t45\t目标值\n",
        {("bs_per_10k", 25, "target", None), ("bs_per_10k", 45, "target", 2026)},
        id="a-goal-row-keeps-the-year-of-a-target-column",
    ),
    pytest.param(
        "时间：2024-09-24\n\n指标\t截至2024年6月\t单位\n每万人拥有5G基站数\t35（预计）\t个\n"
        "5G基站数\t9000\t个\n",
        {("bs_per_10k", 35, "target", None), ("bs_total", 9000, "actual", 2024)},
        id="a-value-cell-saying-expected-is-a-target",
    ),
    pytest.param(
        "时间：2024-09-24\n\n指标\t属性\t截至2024年6月\n每万人拥有5G基站数（个）\t预期性\t35\n"
        "5G基站数（个）\t约束性\t9000\n",
        {("bs_per_10k", 35, "actual", 2024), ("bs_total", 9000, "actual", 2024)},
        id="an-indicator-s-kind-anticipatory-is-no-goal",
    ),
    pytest.param(
        "时间：2024-09-24\n\n| 指标 | 截至2024年6月 |\n| 每万人拥有5G基站数（个） | 35 |\n",
        {("bs_per_10k", 35, "actual", 2024)},
        id="two-columns-between-typed-bars-are-a-table",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_tables(tmp_path: Path, text: str, expected: set[Simple]) -> None:
    assert simple(claims_of(tmp_path, text)) == expected


def test_with_nothing_to_date_it_the_first_year_is_the_as_of_year() -> None:
    found = columns({0: "指标", 1: "2023年", 2: "2024年", 3: "2025年"})
    assert [(c.status, c.year) for c in found.values()] == [
        (Status.actual, 2023),
        (Status.target, 2024),
        (Status.target, 2025),
    ]


def test_years_before_the_document_date_are_achieved() -> None:
    years = DocumentYears(actual=2024, target=None, dated=2024)
    found = columns({1: "2022年", 2: "2023年", 3: "2024年"}, years)
    assert [c.status for c in found.values()] == [Status.actual, Status.actual, Status.target]


def _field(name: str) -> CompiledField:
    (found,) = [f for f in fields() if f.spec.field == name]
    return found


@pytest.mark.parametrize(
    ("unit", "field", "expected"),
    [
        pytest.param("", "bs_total", 1.0, id="no-unit"),
        pytest.param("个", "bs_total", 1.0, id="the-field-s-own-unit"),
        pytest.param("万人", "population", 10_000, id="a-unit-the-field-scales"),
        pytest.param("万个", "bs_total", 10_000, id="a-multiplier-before-the-field-s-unit"),
        pytest.param("亿元", "special_funds", 100_000_000, id="yi-yuan"),
        pytest.param("个/万人", "bs_per_10k", 1.0, id="a-rate-s-unit-before-its-per"),
        pytest.param("万元/年", "special_funds", 10_000, id="the-unit-before-the-per-decides"),
        pytest.param("%", "above_scale_enterprises", None, id="a-share-is-no-count"),
        pytest.param("个项目", "above_scale_enterprises", None, id="another-thing-counted"),
        pytest.param("单位", "above_scale_enterprises", 1.0, id="a-word-naming-no-unit"),
    ],
)
def test_a_unit_cell_scales_its_row_or_rules_it_out(
    unit: str, field: str, expected: float | None
) -> None:
    assert _unit_factor(unit, _field(field)) == expected


def test_a_unit_in_the_row_label_scales_the_row_when_no_unit_cell_does() -> None:
    population = _field("population")
    assert _factor("常住人口(万人)", "", population) == 10_000  # as normalised
    assert _factor("常住人口(万人)", "人", population) == 1.0  # the unit cell decides
    assert _factor("常住人口", "", population) == 1.0


def _table_on_page_two(rows: list[tuple[str, ...]], origin: Origin) -> Document:
    table = table_block(rows)
    table.page, table.origin = 2, origin
    return built(
        RawBlock(kind=BlockKind.paragraph, text="澧川市主要指标如下。", page=1),
        table,
        RawBlock(kind=BlockKind.paragraph, text="澧川市人民政府 2024年9月20日", page=2),
    )


def test_a_table_claim_carries_its_cell_s_page_span_bound_and_origin() -> None:
    rows = [("指标", "2023年（现状）", "2026年"), ("5G基站数（个）", "5000余", "8000")]
    claims = {o: find_claims(_table_on_page_two(rows, o)) for o in (Origin.text_layer, Origin.ocr)}
    document = _table_on_page_two(rows, Origin.text_layer)
    read = sorted(claims[Origin.text_layer], key=lambda c: c.value)
    assert [(c.value, c.status.value, c.page, c.qualifier.value) for c in read] == [
        (5000, "actual", 2, "over"),
        (8000, "target", 2, "exact"),
    ]
    assert [e.page for c in read for e in c.evidence] == [2, 2]
    spans = [document.text[e.span.start : e.span.end] for c in read for e in c.evidence]
    assert spans == ["5000余", "8000"]
    ocr = sorted(claims[Origin.ocr], key=lambda c: c.value)
    assert all(o.confidence < r.confidence for o, r in zip(ocr, read, strict=True))


def _statuses(headers: dict[int, str], years: DocumentYears | None = None) -> list[Status]:
    return [c.status for c in columns(headers, years).values()]


def test_the_as_of_column_decides_over_the_document_s_date() -> None:
    late = DocumentYears(actual=2026, target=None, dated=2026)
    plan = {0: "2023年（现状）", 1: "2024年", 2: "2025年"}
    assert _statuses(plan, late) == [Status.actual, Status.target, Status.target]
    # a year before the as-of column is achieved too
    before = {1: "2022年", 2: "2023年（现状）", 3: "2025年"}
    assert _statuses(before) == [Status.actual, Status.actual, Status.target]


def test_undated_years_after_the_document_s_as_of_year_are_targets() -> None:
    as_of = DocumentYears(actual=2023, target=None, dated=None)
    found = _statuses({1: "2022年", 2: "2023年", 3: "2024年"}, as_of)
    assert found == [Status.actual, Status.actual, Status.target]


def test_a_column_dated_to_its_month_is_a_target_until_that_month_is_past() -> None:
    september = DocumentYears(
        actual=2025, target=None, dated=2025, date=DocumentDate(year=2025, month=9)
    )
    headers = {1: "2025年6月底", 2: "2025年12月底"}
    assert _statuses(headers, september) == [Status.actual, Status.target]


def test_columns_titled_in_words_only_and_a_column_keeps_its_title() -> None:
    assert _statuses({1: "现状值", 2: "目标值"}) == [Status.actual, Status.target]
    assert columns({1: "2023年（现状）"})[1].title == "2023年（现状）"


def test_a_table_claim_quotes_its_row_label_value_and_column(tmp_path: Path) -> None:
    # the number and unit columns are no part of the row's label
    text = "表1 主要指标\n序号\t指标\t单位\t2023年（现状）\t2026年\n1\t5G基站数\t万个\t0.8\t1.5\n"
    found = [(c.value, c.pattern_id, c.evidence[0].quote) for c in claims_of(tmp_path, text)]
    assert found == [
        (8000, "bs_total/stations@table", "5G基站数: 0.8 (2023年(现状))"),
        (15000, "bs_total/stations@table", "5G基站数: 1.5 (2026年)"),
    ]


def _grid(*rows: tuple[str, ...]) -> list[list[Cell | None]]:
    return [
        [Cell(row=r, col=c, text=text) if text else None for c, text in enumerate(row)]
        for r, row in enumerate(rows)
    ]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        pytest.param(
            [("表1 主要指标", "", ""), ("指标", "2023年", "2026年"), ("5G基站数", "5000", "8000")],
            (1, 2),
            id="a-caption-row-above-the-header",
        ),
        pytest.param(
            [("表1", "单位：个", ""), ("指标", "2023年", "2026年"), ("5G基站数", "5000", "8000")],
            (0, 0),
            id="two-texts-across-a-row-are-no-caption",
        ),
        pytest.param(
            [("指标", "2023年", "2026年"), ("5G基站数", "5000", "8000")],
            (0, 1),
            id="a-header-first",
        ),
        pytest.param(
            [("一级指标", "2023年", "2026年"), ("", "现状", "目标"), ("5G基站数", "5000", "8000")],
            (0, 2),
            id="two-header-rows",
        ),
        pytest.param([("表1 主要指标", "", "")], (0, 0), id="a-caption-alone-is-no-table"),
        pytest.param(
            [
                ("表1 主要指标", "", ""),
                ("单位：个", "", ""),
                ("指标", "2023年", "2026年"),
                ("5G基站数", "5000", "8000"),
            ],
            (2, 3),
            id="two-caption-rows-over-a-header",
        ),
        pytest.param(
            [("表1 主要指标", "", ""), ("指标", "2023年", "2026年")],
            (1, 2),
            id="a-caption-over-a-header-with-no-rows-yet",
        ),
        pytest.param(
            [("表1 主要指标", "", ""), ("5G基站数", "5000", "8000")],
            (0, 0),
            id="a-caption-over-no-header",
        ),
        pytest.param(
            [("5G基站数", "5000", "8000"), ("工业互联网平台", "3", "5")], (0, 0), id="no-header"
        ),
        pytest.param(
            [("指标", "2023年", "2026年"), ("2026年目标值", "5000", "8000")],
            (0, 1),
            id="a-row-with-figures-is-no-header-even-with-a-year-in-its-label",
        ),
    ],
)
def test_the_header_rows_of_a_table_after_its_caption(
    rows: list[tuple[str, ...]], expected: tuple[int, int]
) -> None:
    assert _header_rows(_grid(*rows)) == expected


def test_the_rest_of_a_row_cut_by_a_page_holds_label_text_only() -> None:
    values = {1, 2}

    def row(*texts: str) -> list[tuple[Cell, Any]]:
        return [(Cell(row=0, col=c, text=t), None) for c, t in enumerate(texts)]

    assert _is_fragment(row("（含专项债）"), values)  # a label's last line
    assert _is_fragment(row("（含专项债）", ""), values)  # with its value cell empty
    assert not _is_fragment(row("5G基站数", "5000"), values)
    assert not _is_fragment([], values)


def test_a_two_row_header_joins_its_titles_and_rows_without_a_field_are_passed_over() -> None:
    table = table_block(
        [
            ("指标", "2023年", "2026年"),
            ("", "现状", "目标"),
            ("地区生产总值（亿元）", "3200", "4000"),
            ("5G基站数（个）", "5000", "8000"),
        ]
    )
    signed = RawBlock(kind=BlockKind.paragraph, text="澧川市人民政府 2024年9月20日", page=1)
    found = [(c.field, c.value, c.status.value, c.year) for c in find_claims(built(table, signed))]
    assert found == [("bs_total", 5000, "actual", 2023), ("bs_total", 8000, "target", 2026)]


def _page_table(page: int, rows: list[tuple[str, ...]]) -> RawBlock:
    block = table_block(rows)
    block.page = page
    return block


_HEAD = ("指标", "2023年", "2026年")
_SIGNED = RawBlock(kind=BlockKind.paragraph, text="澧川市人民政府 2024年9月20日", page=2)


def _across_pages(*blocks: RawBlock) -> set[Simple]:
    return simple(find_claims(built(*blocks, _SIGNED)))


@pytest.mark.parametrize(
    "between",
    [
        pytest.param([], id="nothing"),
        pytest.param(
            [RawBlock(BlockKind.furniture, "— 1 —", 1), RawBlock(BlockKind.furniture, "澧川市", 2)],
            id="a-page-number-and-a-running-header",
        ),
    ],
)
def test_a_table_continued_on_the_next_page_keeps_its_column_titles(
    between: list[RawBlock],
) -> None:
    first = _page_table(1, [_HEAD, ("5G基站总数（个）", "5000", "8000")])
    second = _page_table(2, [("每万人拥有5G基站数（个）", "31", "40")])
    assert _across_pages(first, *between, second) == {
        ("bs_total", 5000, "actual", 2023),
        ("bs_total", 8000, "target", 2026),
        ("bs_per_10k", 31, "actual", 2023),
        ("bs_per_10k", 40, "target", 2026),
    }


def test_a_row_cut_by_the_page_is_joined_to_the_row_it_ends() -> None:
    # neither 规模以上 nor 工业企业数 alone names a field
    first = _page_table(1, [_HEAD, ("规模以上", "1200", "1500")])
    second = _page_table(2, [("工业企业数（家）", "", ""), ("5G基站总数（个）", "5000", "8000")])
    assert _across_pages(first, second) == {
        ("above_scale_enterprises", 1200, "actual", 2023),
        ("above_scale_enterprises", 1500, "target", 2026),
        ("bs_total", 5000, "actual", 2023),
        ("bs_total", 8000, "target", 2026),
    }


@pytest.mark.parametrize(
    "between",
    [
        pytest.param([RawBlock(BlockKind.paragraph, "二、下一步工作", 2)], id="a-paragraph"),
        pytest.param([], id="nothing-but-other-columns"),
    ],
)
def test_a_headless_table_is_no_continuation_across_text_or_of_other_columns(
    between: list[RawBlock],
) -> None:
    first = _page_table(1, [_HEAD, ("5G基站总数（个）", "5000", "8000")])
    rows = [("每万人拥有5G基站数（个）", "31", "40")]
    second = _page_table(2, [(*row, "45") for row in rows] if not between else rows)
    assert _across_pages(first, *between, second) == {
        ("bs_total", 5000, "actual", 2023),
        ("bs_total", 8000, "target", 2026),
    }


def test_a_table_with_a_header_of_its_own_starts_anew() -> None:
    first = _page_table(1, [_HEAD, ("5G基站总数（个）", "5000", "8000")])
    second = _page_table(
        2, [("指标", "2022年", "2025年"), ("每万人拥有5G基站数（个）", "25", "40")]
    )
    assert _across_pages(first, second) == {
        ("bs_total", 5000, "actual", 2023),
        ("bs_total", 8000, "target", 2026),
        ("bs_per_10k", 25, "actual", 2022),
        ("bs_per_10k", 40, "target", 2025),
    }


def test_a_row_a_unit_rules_out_leaves_the_rows_after_it() -> None:
    table = table_block(
        [
            ("指标", "单位", "2023年", "2026年"),
            ("规上工业企业占比", "%", "35", "40"),
            ("5G基站总数", "万个", "0.5", "0.8"),
        ]
    )
    assert _across_pages(table) == {
        ("bs_total", 5000, "actual", 2023),
        ("bs_total", 8000, "target", 2026),
    }


def test_a_row_cut_by_the_page_keeps_its_unit() -> None:
    first = _page_table(1, [("指标", "单位", "2023年", "2026年"), ("5G基站", "万个", "0.5", "0.8")])
    second = _page_table(2, [("总数", "", "", "")])
    assert _across_pages(first, second) == {
        ("bs_total", 5000, "actual", 2023),
        ("bs_total", 8000, "target", 2026),
    }


def test_the_cells_under_dated_columns_are_the_table_s_values() -> None:
    # a column without a title (the last) holds no value: its cell is read as prose
    table = table_block(
        [("指标", "2023年", "目标", ""), ("5G基站总数（个）", "5000", "8000", "注")]
    )
    document = built(table)
    (block,) = [b.index for b in document.blocks if b.kind is BlockKind.table]
    assert value_cells(document) == {(block, 1, 1), (block, 1, 2)}


def test_tables_after_a_continued_one_are_read() -> None:
    first = _page_table(1, [_HEAD, ("5G基站总数（个）", "5000", "8000")])
    second = _page_table(2, [("每万人拥有5G基站数（个）", "31", "40")])
    third = _page_table(2, [("指标", "2022年", "2025年"), ("工业互联网平台（个）", "3", "5")])
    third_claims = simple(find_claims(built(third, _SIGNED)))
    assert third_claims
    assert _across_pages(first, second, third) == _across_pages(first, second) | third_claims


def test_tables_without_a_header_give_no_claims_and_continue_nothing() -> None:
    first = _page_table(1, [("5G基站总数（个）", "5000", "8000")])
    second = _page_table(2, [("每万人拥有5G基站数（个）", "31", "40")])
    assert _across_pages(first, second) == set()


def test_a_cell_under_no_column_title_is_no_value() -> None:
    # a ragged table: the header row has no cell over the last column
    cells = [RawCell(row=0, col=c, text=t) for c, t in enumerate(("指标", "2023年"))]
    cells += [
        RawCell(row=1, col=c, text=t) for c, t in enumerate(("5G基站总数（个）", "5000", "8000"))
    ]
    table = RawBlock(BlockKind.table, "", 1, cells=cells, rows=2, cols=3)
    document = built(table)
    (block,) = [b.index for b in document.blocks if b.kind is BlockKind.table]
    assert value_cells(document) == {(block, 1, 1)}


def test_a_goal_row_s_claim_quotes_its_column(tmp_path: Path) -> None:
    text = "时间：2024-09-24\n\n指标\t截至2024年6月\t备注\n每万人拥有5G基站数（个）\t35\t目标值\n"
    (claim,) = claims_of(tmp_path, text)
    assert claim.status is Status.target
    assert claim.evidence[0].quote.endswith("(截至2024年6月)")
