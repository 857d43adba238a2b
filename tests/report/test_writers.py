import json
import sys
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from evaluation.gold import parse_prediction
from evaluation.score import read_predictions
from extractor.errors import ReportError
from extractor.model import (
    BatchReport,
    ConditionVerdict,
    Evidence,
    FormCheck,
    PredictedClaim,
    Prediction,
    SectionCheck,
    Span,
    Status,
    SubmissionResult,
    Verdict,
)
from extractor.report import write_html, write_json, write_report, write_xlsx
from extractor.report.as_xlsx import ERROR_FILL, VERDICT_FILLS

CONDITIONS = (("special_policy", "出台专项政策"), ("bs_density", "5G基站密度"))
SCRIPT_QUOTE = "<script>alert('x')</script>每万人拥有5G基站数达36.8个"


def _evidence(page: int, start: int, quote: str) -> Evidence:
    return Evidence(page=page, block=2, span=Span(start=start, end=start + len(quote)), quote=quote)


def _verdict(key: str, verdict: Verdict, reason: str, *evidence: Evidence) -> ConditionVerdict:
    return ConditionVerdict(
        key=key, name=dict(CONDITIONS)[key], verdict=verdict, reason=reason, evidence=evidence
    )


def _report() -> BatchReport:
    policy = _evidence(3, 120, "印发《某市“5G+工业互联网”行动方案》")
    density = _evidence(5, 480, SCRIPT_QUOTE)
    claim = PredictedClaim(
        field="bs_per_10k",
        value=36.8,
        unit="stations",
        status=Status.actual,
        year=2023,
        page=5,
        evidence=(density,),
    )
    passing = SubmissionResult(
        path="batch/甲市.pdf",
        framework="miit-2023",
        pages=40,
        prediction=Prediction(
            document="甲市.pdf", framework="miit-2023", city="甲市", claims=(claim,)
        ),
        verdicts=(
            _verdict("special_policy", Verdict.passed, "已出台专项政策", policy),
            _verdict("bs_density", Verdict.passed, "每万人5G基站36.8个，超过30个", density),
        ),
        form=FormCheck(
            is_form=True,
            sections=(SectionCheck(id="basis", title="工作基础", present=True, chars=900),),
            contacts_filled=True,
            commitment=True,
        ),
    )
    doubtful = SubmissionResult(
        path="batch/乙市.docx",
        framework="miit-2023",
        pages=12,
        prediction=Prediction(document="乙市.docx", framework="miit-2023"),
        verdicts=(
            _verdict("special_policy", Verdict.failed, "未见专项政策文件"),
            _verdict("bs_density", Verdict.unclear, "未找到每万人5G基站数"),
        ),
    )
    broken = SubmissionResult(
        path="batch/丙市.pdf",
        framework="miit-2023",
        error_kind="encrypted",
        error="丙市.pdf: the file is password-protected (ask the applicant for an open copy)",
    )
    return BatchReport(
        root="batch",
        framework="miit-2023",
        conditions=CONDITIONS,
        submissions=(passing, doubtful, broken),
        generated_at=datetime(2026, 12, 5, 10, 30, tzinfo=UTC),
        version="9.9.9",
    )


# --- Excel ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from openpyxl import load_workbook

    path = tmp_path_factory.mktemp("xlsx") / "report.xlsx"
    write_xlsx(_report(), path)
    return load_workbook(path)


def _fill(cell: Any) -> str:
    return str(cell.fill.start_color.rgb)[-6:]


def test_xlsx_summary_header_names_the_conditions_in_chinese(workbook: Any) -> None:
    header = [cell.value for cell in workbook["汇总"][1]]
    assert header[:6] == ["文件", "申报主体", "总体结论", "页数", "出台专项政策", "5G基站密度"]
    assert header[6] == "申报表完整性"
    assert header[-2:] == ["错误类型", "错误"]
    assert workbook.sheetnames == ["汇总", "依据", "指标", "说明"]


def test_xlsx_summary_has_a_row_per_submission(workbook: Any) -> None:
    sheet = workbook["汇总"]
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == [
        "甲市.pdf",
        "乙市.docx",
        "丙市.pdf",
    ]
    assert sheet.freeze_panes == "B2"
    assert sheet.auto_filter.ref == sheet.dimensions


@pytest.mark.parametrize(
    ("row", "column", "text", "verdict"),
    [
        pytest.param(2, 5, "通过", Verdict.passed, id="pass-green"),
        pytest.param(3, 5, "不通过", Verdict.failed, id="fail-red"),
        pytest.param(3, 6, "待核实", Verdict.unclear, id="unclear-amber"),
    ],
)
def test_xlsx_verdict_cell_has_its_word_and_colour(
    workbook: Any, row: int, column: int, text: str, verdict: Verdict
) -> None:
    cell = workbook["汇总"].cell(row, column)
    assert (cell.value, _fill(cell)) == (text, VERDICT_FILLS[verdict])


@pytest.mark.parametrize(
    ("row", "text", "verdict"),
    [
        pytest.param(2, "通过", Verdict.passed, id="all-passed"),
        pytest.param(3, "不通过", Verdict.failed, id="one-failed"),
    ],
)
def test_xlsx_overall_result_is_failed_by_any_and_passed_by_all(
    workbook: Any, row: int, text: str, verdict: Verdict
) -> None:
    cell = workbook["汇总"].cell(row, 3)
    assert (cell.value, _fill(cell)) == (text, VERDICT_FILLS[verdict])
    assert workbook["汇总"].cell(4, 3).value is None  # an unreadable file has none


def test_xlsx_legend_says_when_by_what_and_what_colours_mean(workbook: Any) -> None:
    rows = {row[0]: row[1] for row in workbook["说明"].iter_rows(min_row=2, values_only=True)}
    assert rows["生成时间（北京时间）"] == "2026-12-05 18:30"  # 10:30 UTC
    assert rows["软件版本"] == "9.9.9"
    assert rows["评审框架"] == "“5G+工业互联网”融合应用先导区试点评审指标（2023年版）"
    assert {"通过", "不通过", "待核实", "总体结论"} <= set(rows)


def test_xlsx_failed_file_row_has_error_and_no_verdicts(workbook: Any) -> None:
    row = list(workbook["汇总"][4])
    assert row[0].value == "丙市.pdf"
    assert [row[4].value, row[5].value] == [None, None]
    assert row[-2].value == "文件已加密"
    assert "password-protected" in row[-1].value
    assert {_fill(cell) for cell in row} == {ERROR_FILL}


def test_xlsx_form_completeness_is_shown(workbook: Any) -> None:
    sheet = workbook["汇总"]
    assert sheet.cell(2, 7).value == "完整"
    assert sheet.cell(2, 11).value == "有"  # 承诺书
    assert sheet.cell(3, 7).value is None  # no FormCheck for 乙市


def test_xlsx_evidence_sheet_has_quote_page_and_span(workbook: Any) -> None:
    rows = [[cell.value for cell in row] for row in workbook["依据"].iter_rows()]
    assert rows[0] == ["文件", "申报主体", "条件", "结论", "理由", "页码", "引文", "字符范围"]
    density = next(r for r in rows if r[0] == "甲市.pdf" and r[2] == "5G基站密度")
    assert density[1:] == [
        "甲市",
        "5G基站密度",
        "通过",
        "每万人5G基站36.8个，超过30个",
        5,
        SCRIPT_QUOTE,
        f"480-{480 + len(SCRIPT_QUOTE)}",
    ]
    unclear = next(r for r in rows if r[0] == "乙市.docx" and r[2] == "5G基站密度")
    assert unclear[1:6] == [
        None,
        "5G基站密度",
        "待核实",
        "未找到每万人5G基站数",
        None,
    ]  # no evidence
    assert not any(r[0] == "丙市.pdf" for r in rows)


def test_xlsx_claims_sheet_lists_claims(workbook: Any) -> None:
    rows = [[cell.value for cell in row] for row in workbook["指标"].iter_rows(min_row=2)]
    assert len(rows) == 1
    assert rows[0][:7] == ["甲市.pdf", "甲市", "每万人拥有5G基站数", 36.8, "个", "实际", 2023]
    assert rows[0][11] == SCRIPT_QUOTE


def test_xlsx_formula_looking_quote_stays_text(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    quote = '=HYPERLINK("http://example.com","点击")'
    report = _report()
    passing = report.submissions[0]
    verdict = passing.verdicts[0].model_copy(update={"evidence": (_evidence(1, 0, quote),)})
    changed = passing.model_copy(update={"verdicts": (verdict, passing.verdicts[1])})
    report = report.model_copy(update={"submissions": (changed, *report.submissions[1:])})
    write_xlsx(report, tmp_path / "r.xlsx")
    cell = load_workbook(tmp_path / "r.xlsx")["依据"].cell(2, 7)
    assert (cell.value, cell.data_type) == (quote, "s")


def test_xlsx_formula_looking_claim_quote_stays_text(tmp_path: Path) -> None:
    # the claims sheet writes its rows as plain values: a quote that looks like a formula is
    # still made a text cell
    from openpyxl import load_workbook

    quote = "=1+1"
    report = _report()
    passing = report.submissions[0]
    assert passing.prediction is not None
    claim = passing.prediction.claims[0]
    evidence = claim.evidence[0].model_copy(update={"quote": quote})
    claims = (claim.model_copy(update={"evidence": (evidence,)}),)
    prediction = passing.prediction.model_copy(update={"claims": claims})
    changed = passing.model_copy(update={"prediction": prediction})
    report = report.model_copy(update={"submissions": (changed, *report.submissions[1:])})
    write_xlsx(report, tmp_path / "r.xlsx")
    cell = load_workbook(tmp_path / "r.xlsx")["指标"].cell(2, 12)
    assert (cell.value, cell.data_type) == (quote, "s")


def _copies(report: BatchReport, copies: int) -> BatchReport:
    submissions = tuple(
        s.model_copy(update={"path": f"batch/{n}-{s.path.rsplit('/', 1)[-1]}"})
        for n in range(copies)
        for s in report.submissions
    )
    return report.model_copy(update={"submissions": submissions})


def test_xlsx_work_grows_in_proportion_to_its_rows(tmp_path: Path) -> None:
    # counts, never times: every line of Python run while writing. Asking openpyxl for max_row
    # after each row read every cell: each further row cost more than the one before
    lines = [0]

    def trace(frame: Any, event: str, arg: Any) -> Any:
        lines[0] += event == "line"
        return trace

    def lines_run(copies: int) -> int:
        report = _copies(_report(), copies)
        lines[0] = 0
        sys.settrace(trace)
        try:
            write_xlsx(report, tmp_path / f"{copies}.xlsx")
        finally:
            sys.settrace(None)
        return lines[0]

    lines_run(1)  # imports and first-call costs out of the way
    # the lines 10 more submissions add, then 20 more: a fixed cost cancels out
    ten, twenty, forty = lines_run(10), lines_run(20), lines_run(40)
    assert twenty > ten > 0
    assert forty - twenty <= 2.1 * (twenty - ten)


# --- HTML ----------------------------------------------------------------------------


class _Page(HTMLParser):
    """The summary rows, every id, every href and every <script> element of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.scripts = 0
        self.rows: list[list[tuple[str, str | None]]] = []  # (cell text, link) per summary row
        self.attrs: dict[str, str | None] = {}
        self._in = {"summary": False, "tbody": False}
        self._cell: list[str] | None = None
        self._link: str | None = None
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "script":
            self.scripts += 1
        if tag == "table" and found.get("class") == "summary":
            self._in["summary"] = True
        if self._in["summary"] and tag == "tbody":
            self._in["tbody"] = True
        if self._in["tbody"] and tag == "tr":
            self.rows.append([])
        if self._in["tbody"] and tag in ("td", "th"):
            self._cell, self._link = [], None
        if self._cell is not None and tag == "a":
            self._link = found.get("href")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._in = {"summary": False, "tbody": False}
        if self._cell is not None and tag in ("td", "th"):
            self.rows[-1].append(("".join(self._cell).strip(), self._link))
            self._cell = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._cell is not None:
            self._cell.append(data)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, _Page]:
    path = tmp_path_factory.mktemp("html") / "report.html"
    write_html(_report(), path)
    text = path.read_text(encoding="utf-8")
    parser = _Page()
    parser.feed(text)
    return text, parser


def test_html_is_one_chinese_page_with_its_css(page: tuple[str, _Page]) -> None:
    text, _ = page
    assert text.startswith("<!DOCTYPE html>")
    assert '<html lang="zh-CN">' in text
    assert '<meta charset="utf-8">' in text
    assert ".verdict-pass {" in text  # the stylesheet inlined, not linked
    assert "<link" not in text


def test_html_summary_has_a_row_per_submission(page: tuple[str, _Page]) -> None:
    _, parser = page
    assert [row[0][0] for row in parser.rows] == ["甲市.pdf", "乙市.docx", "丙市.pdf"]
    assert [row[1][0] for row in parser.rows] == ["甲市", "", ""]  # the applicant it names


def test_html_verdict_cells_link_to_their_evidence(page: tuple[str, _Page]) -> None:
    _, parser = page
    verdicts = [row[4:6] for row in parser.rows[:2]]  # after file, applicant, result, pages
    assert [[text for text, _ in row] for row in verdicts] == [
        ["通过", "通过"],
        ["不通过", "待核实"],
    ]
    links = [link for row in verdicts for _, link in row]
    assert all(link and link.startswith("#") for link in links)
    assert {str(link)[1:] for link in links} <= parser.ids
    assert len(set(links)) == 4


def test_html_script_quote_is_text_not_an_element(page: tuple[str, _Page]) -> None:
    text, parser = page
    assert parser.scripts == 0
    assert "&lt;script&gt;" in text
    assert SCRIPT_QUOTE in "".join(parser.text)


def test_html_failed_file_shows_its_error(page: tuple[str, _Page]) -> None:
    _, parser = page
    broken = parser.rows[2]
    assert [text for text, _ in broken[2:4]] == ["", ""]
    assert broken[-1][0].startswith("文件已加密")
    assert "password-protected" in broken[-1][0]


# --- JSON ----------------------------------------------------------------------------


def test_json_is_read_by_the_scorer(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    write_json(_report(), path)
    found = read_predictions(path)
    assert sorted(found) == ["丙市", "乙市", "甲市"]
    assert parse_prediction(found["甲市"]).prescreen == {
        "special_policy": "pass",
        "bs_density": "pass",
    }
    assert parse_prediction(found["乙市"]).prescreen == {
        "special_policy": "fail",
        "bs_density": "unclear",
    }
    assert [c.value for c in parse_prediction(found["甲市"]).claims] == [36.8]
    assert parse_prediction(found["甲市"]).claims[0].quote == SCRIPT_QUOTE


def test_json_keeps_verdicts_with_reasons_and_evidence(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    write_json(_report(), path)
    first = json.loads(path.read_text(encoding="utf-8"))[0]
    density = first["verdicts"]["bs_density"]
    assert density["verdict"] == "pass"
    assert density["reason"] == "每万人5G基站36.8个，超过30个"
    assert density["evidence"][0]["page"] == 5
    assert first["form"]["is_form"] is True
    assert "每万人" in path.read_text(encoding="utf-8")  # ensure_ascii=False


def test_json_failed_file_keeps_its_error_and_no_prescreen(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    write_json(_report(), path)
    broken = json.loads(path.read_text(encoding="utf-8"))[2]
    assert broken["document"] == "丙市.pdf"
    assert broken["error_kind"] == "encrypted"
    assert "password-protected" in broken["error"]
    assert "prescreen" not in broken


# --- dispatch and determinism --------------------------------------------------------


@pytest.mark.parametrize("name", ["report.csv", "report", "report.htm"])
def test_unknown_extension_raises_report_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(ReportError, match=r"\.xlsx, \.html, \.json") as caught:
        write_report(_report(), tmp_path / name)
    assert name in str(caught.value)
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize("suffix", [".json", ".html", ".xlsx", ".XLSX"])
def test_write_report_dispatches_by_extension(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"report{suffix}"
    write_report(_report(), path)
    start = path.read_bytes()[:2]
    assert start == {".json": b"[\n", ".html": b"<!"}.get(suffix.lower(), b"PK")


def test_unwritable_path_raises_report_error(tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="无法写入报告"):
        write_report(_report(), tmp_path / "missing" / "report.json")


@pytest.mark.parametrize("suffix", [".json", ".html", ".xlsx"])
def test_writing_twice_gives_the_same_bytes(tmp_path: Path, suffix: str) -> None:
    first, second = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
    write_report(_report(), first)
    write_report(_report(), second)
    assert first.read_bytes() == second.read_bytes()


def test_xlsx_carries_no_clock_time(tmp_path: Path) -> None:
    # openpyxl stamps docProps/core.xml and zipfile stamps each entry with the time of writing;
    # two writes a second apart would differ without the fixed time.
    from zipfile import ZipFile

    path = tmp_path / "r.xlsx"
    write_xlsx(_report(), path)
    with ZipFile(path) as archive:
        assert {entry.date_time for entry in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode("utf-8")
    assert core.count("1980-01-01T00:00:00Z") == 2  # created and modified


@pytest.mark.parametrize("suffix", [".html", ".xlsx"])
def test_a_bidi_override_in_a_file_name_is_shown_escaped(tmp_path: Path, suffix: str) -> None:
    """A right-to-left override made "x\\u202efdp.txt" read "xtxt.pdf" in the reports."""
    report = _report()
    named = report.submissions[0].model_copy(update={"path": "batch/x\u202efdp.txt"})
    report = report.model_copy(update={"submissions": (named, *report.submissions[1:])})
    target = tmp_path / f"r{suffix}"
    write_report(report, target)
    if suffix == ".html":
        text = target.read_text(encoding="utf-8")
    else:
        from openpyxl import load_workbook

        book = load_workbook(target)
        text = "".join(str(c.value) for sheet in book for row in sheet.iter_rows() for c in row)
    assert "\u202e" not in text
    assert "x\\u202efdp.txt" in text


def test_html_title_names_the_folder_not_the_server_path(tmp_path: Path) -> None:
    """The title showed the server's path of the batch folder; printed, the error column was
    one character wide and the heading stuck over rows."""
    report = _report().model_copy(update={"root": "/srv/uploads/2024/round-3/"})
    out = tmp_path / "r.html"
    write_html(report, out)
    html = out.read_text(encoding="utf-8")
    title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert title.endswith("· round-3")
    assert "/srv" not in title
    assert "td.error { min-width" in html
    assert "@media print" in html
