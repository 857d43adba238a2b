"""The batch report as an Excel workbook: summary, evidence and claims sheets for reviewers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractor.labels import beijing_time, field_name, unit_word
from extractor.model.prediction import PredictedClaim
from extractor.model.verdict import BatchReport, Verdict
from extractor.parse.txt_tables import display_width
from extractor.report.labels import Labels, framework_name, labels
from extractor.report.stable_zip import workbook_bytes
from extractor.report.summary_rows import FormState, Row, form_columns, summary_rows

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# Excel's own Good / Bad / Neutral cell styles, which reviewers already read at a glance.
VERDICT_FILLS = {Verdict.passed: "C6EFCE", Verdict.failed: "FFC7CE", Verdict.unclear: "FFEB9C"}
FORM_FILLS = {
    FormState.complete: "C6EFCE",
    FormState.incomplete: "FFEB9C",
    FormState.not_a_form: "FFEB9C",
}
ERROR_FILL = "D9D9D9"  # a file that could not be read: the whole row greyed
HEADER_FILL = "DDEBF7"
# column width caps, in characters: most columns, and reason and quote columns; text longer
# wraps (the heading row too), so a sheet one page wide still prints at a readable size
_WIDTH, _WIDE = 22, 48
_MAX_CELL = 32_767  # Excel's limit on the characters of one cell
_LINE_PT, _MAX_ROW_PT = 15.0, 409.0  # a line of 11-point text; Excel's tallest row


@dataclass(slots=True)
class Rows:
    """A sheet's rows and the colours of its coloured cells, held until the sheet is written:
    openpyxl's write-only sheet streams rows to the file, so the column widths and row heights,
    which depend on every row, are worked out first (and no row reads the rows before it)."""

    values: list[list[Any]] = field(default_factory=list)
    fills: dict[int, dict[int, str]] = field(default_factory=dict)  # row: column: colour
    formats: dict[int, str] = field(default_factory=dict)  # a column's number format

    def append(self, values: Iterable[Any]) -> int:
        """Append a row of document text as text (never an illegal character, never longer
        than a cell holds) and return its number."""
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        self.values.append(
            [
                ILLEGAL_CHARACTERS_RE.sub("", v)[:_MAX_CELL] if isinstance(v, str) else v
                for v in values
            ]
        )
        return len(self.values)

    def fill(self, row: int, columns: Iterable[int], colour: str) -> None:
        for column in columns:
            self.fills.setdefault(row, {})[column] = colour


def write_xlsx(report: BatchReport, path: Path) -> None:
    """Write the workbook; the same report gives the same bytes (no clock in the file)."""
    from openpyxl import Workbook

    words = labels()
    rows = summary_rows(report, words)
    workbook = Workbook(write_only=True)
    sheets = words.sheets
    write_sheet(workbook, sheets.summary, _summary_sheet(report, rows, words), freeze="B2")
    write_sheet(workbook, sheets.evidence, _evidence_sheet(rows, words), "A2", wide={5, 7})
    claims = _claims_sheet(rows, words)
    write_sheet(workbook, sheets.claims, claims, freeze="B2", wide={12}, wrap=False)
    write_sheet(workbook, sheets.legend, _legend_sheet(report, words), "A2", wide={2})
    path.write_bytes(workbook_bytes(workbook))


def _summary_sheet(report: BatchReport, rows: list[Row], words: Labels) -> Rows:
    sheet, c = Rows(), words.columns
    conditions = [name for _, name in report.conditions]
    header = [
        c.file,
        c.city,
        c.overall,
        c.pages,
        *conditions,
        *form_columns(words),
        c.error_kind,
        c.error,
    ]
    first_condition = 5  # columns A-D are file, applicant, overall result, pages
    first_form = first_condition + len(conditions)
    write_header(sheet, header)
    for row in rows:
        result = row.submission
        if result.failed:
            verdicts: list[str] = [""] * len(conditions)
            form: list[str] = [""] * len(form_columns(words))
        else:
            verdicts = [words.verdicts[v.verdict.verdict] if v.verdict else "" for v in row.cells]
            form = [row.form.text, *row.form.details]
        pages = (result.pages or None) if result.failed else result.pages
        whole = row.overall
        shown = "" if whole is None else words.verdicts[whole]
        values = [row.file, row.city, shown, pages, *verdicts, *form]
        number = sheet.append([*values, row.error_kind, result.error or ""])
        if result.failed:
            sheet.fill(number, range(1, len(header) + 1), ERROR_FILL)
            continue
        if whole is not None:
            sheet.fill(number, [3], VERDICT_FILLS[whole])
        for offset, verdict_cell in enumerate(row.cells):
            if verdict_cell.verdict is not None:
                fill = VERDICT_FILLS[verdict_cell.verdict.verdict]
                sheet.fill(number, [first_condition + offset], fill)
        if row.form.state in FORM_FILLS:
            sheet.fill(number, [first_form], FORM_FILLS[row.form.state])
    return sheet


def _legend_sheet(report: BatchReport, words: Labels) -> Rows:
    """Where the report comes from (time, version, folder, framework) and what colours mean;
    the time is the batch's, so the same report still gives the same bytes."""
    sheet, w = Rows(), words.legend
    when = beijing_time(report.generated_at) if report.generated_at else ""
    write_header(sheet, [w.colour, w.meaning])
    rows: list[tuple[str, str, str | None]] = [
        (w.generated_at, when, None),
        (w.version, report.version, None),
        (w.folder, report.root.rstrip("/").rsplit("/", 1)[-1], None),
        (w.framework, framework_name(report.framework), None),
        (words.verdicts[Verdict.passed], w.passed, VERDICT_FILLS[Verdict.passed]),
        (words.verdicts[Verdict.failed], w.failed, VERDICT_FILLS[Verdict.failed]),
        (words.verdicts[Verdict.unclear], w.unclear, VERDICT_FILLS[Verdict.unclear]),
        (words.columns.error_kind, w.unreadable, ERROR_FILL),
        (words.columns.overall, w.overall, None),
    ]
    for label, meaning, colour in rows:
        number = sheet.append([label, meaning])
        if colour is not None:
            sheet.fill(number, [1], colour)
    return sheet


def _evidence_sheet(rows: list[Row], words: Labels) -> Rows:
    sheet, c = Rows(), words.columns
    write_header(sheet, [c.file, c.city, c.condition, c.verdict, c.reason, c.page, c.quote, c.span])
    for row in rows:
        for cell in row.verdicts:
            verdict = cell.verdict
            assert verdict is not None  # Row.verdicts holds only given verdicts
            head = [row.file, row.city, cell.name, words.verdicts[verdict.verdict], verdict.reason]
            items = [[e.page, e.quote, f"{e.span.start}-{e.span.end}"] for e in verdict.evidence]
            for item in items or [[None, "", ""]]:  # an unclear verdict still shows its reason
                number = sheet.append([*head, *item])
                sheet.fill(number, [4], VERDICT_FILLS[verdict.verdict])
    return sheet


def _claims_sheet(rows: list[Row], words: Labels) -> Rows:
    sheet, c = Rows(), words.columns
    header = [c.file, c.city, c.field, c.value, c.unit, c.status, c.year, c.qualifier]
    write_header(sheet, [*header, c.derived, c.confidence, c.page, c.quote])
    for row in rows:
        prediction = row.submission.prediction
        if prediction is None or row.submission.failed:
            continue
        for claim in (*prediction.claims, *prediction.derived):
            sheet.append([row.file, row.city, *_claim_values(claim, words)])
    return sheet


def _claim_values(claim: PredictedClaim, words: Labels) -> list[Any]:
    quotes = "\n".join(dict.fromkeys(e.quote for e in claim.evidence))
    return [
        field_name(claim.field),
        claim.value,
        unit_word(claim.field),
        words.statuses[claim.status],
        claim.year,
        words.qualifiers[claim.qualifier],
        words.form.derived if claim.derived else "",
        claim.confidence,
        claim.page,
        quotes,
    ]


def write_header(sheet: Rows, titles: Sequence[str]) -> None:
    """The heading row: the first row, bold, wrapped, coloured."""
    assert not sheet.values, "the heading is the sheet's first row"
    number = sheet.append(titles)
    sheet.fill(number, range(1, len(titles) + 1), HEADER_FILL)


def write_sheet(
    workbook: Workbook,
    title: str,
    rows: Rows,
    freeze: str,
    wide: set[int] | None = None,
    *,
    wrap: bool = True,
) -> None:
    """Write ``rows`` (the heading first) as a sheet: the header frozen, every column filtered,
    columns sized to their text, laid out for print (landscape A4, one page wide, the heading
    row on every page, page numbers: printed as it was, the report ran to 81 A4 pages, verdicts
    on pages without the file). Body cells sit at the top of their row, their text wrapped.
    Without ``wrap`` a row is one line, its long text cut at the column's edge in print, and
    its cells keep Excel's default format (the claims sheet: thousands of rows kept to a line
    each, where a format per cell was most of the workbook's time)."""
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    count = max(map(len, rows.values))
    widths = [
        max(8, min(limit, _longest(rows.values, index, limit) + 2))
        for index in range(count)
        for limit in [_WIDE if index + 1 in (wide or set()) else _WIDTH]
    ]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = freeze
    sheet.auto_filter.ref = f"A1:{get_column_letter(count)}{len(rows.values)}"
    _print_layout(sheet)
    for number, values in enumerate(rows.values if wrap else rows.values[:1], start=1):
        lines = max((_lines(v, widths[i]) for i, v in enumerate(values)), default=1)
        sheet.row_dimensions[number].height = min(_MAX_ROW_PT, _LINE_PT * lines)
    styles = _Styles(sheet, wrap)
    for number, values in enumerate(rows.values, start=1):
        sheet.append(styles.row(rows, number, values))


def _print_layout(sheet: WriteOnlyWorksheet) -> None:
    from openpyxl.worksheet.page import PageMargins
    from openpyxl.worksheet.worksheet import Worksheet

    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    sheet.oddFooter.center.text = "&A  &P / &N"


@dataclass(slots=True)
class _Styles:
    """Each cell format a sheet uses, made once (a format assigned to each of 65,000 cells
    was hashed again for each)."""

    sheet: WriteOnlyWorksheet
    wrap: bool
    made: dict[tuple[bool, str | None, str | None], StyleArray] = field(default_factory=dict)

    def row(self, rows: Rows, number: int, values: list[Any]) -> list[Any]:
        """Row ``number``'s values as the cells to append."""
        fills = rows.fills.get(number, {})
        if number > 1 and not (self.wrap or fills or rows.formats):  # a line of plain values
            return [
                self.cell(number, column, v, {}, {}) if isinstance(v, str) and v[:1] == "=" else v
                for column, v in enumerate(values, start=1)
            ]
        return [self.cell(number, c, v, fills, rows.formats) for c, v in enumerate(values, 1)]

    def cell(
        self, row: int, column: int, value: Any, fills: dict[int, str], formats: dict[int, str]
    ) -> Any:
        """``value`` as the cell to append: plain where it needs no format, a formula-looking
        text (a quote "=HYPERLINK(…)" from a submission) kept as text."""
        from openpyxl.cell.cell import Cell

        colour = fills.get(column)
        number_format = formats.get(column) if row > 1 else None
        plain = row > 1 and colour is None and number_format is None and not self.wrap
        formula = isinstance(value, str) and value.startswith("=")
        if plain and not formula:
            return value
        style = None if plain else copy(self._style(row == 1, colour, number_format))
        cell = Cell(self.sheet, row=row, column=column, value=value, style_array=style)
        if formula:
            cell.data_type = "s"
        return cell

    def _style(self, heading: bool, colour: str | None, number_format: str | None) -> StyleArray:
        from openpyxl.cell.cell import Cell
        from openpyxl.styles import Alignment, Font, PatternFill

        key = (heading, colour, number_format)
        if key not in self.made:
            model = Cell(self.sheet, row=1, column=1)
            if heading:
                model.font = Font(bold=True)
            vertical = "center" if heading else "top"
            model.alignment = Alignment(vertical=vertical, wrap_text=heading or self.wrap)
            if colour is not None:
                model.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
            if number_format is not None:
                model.number_format = number_format
            self.made[key] = model._style
        return self.made[key]


def _longest(rows: list[list[Any]], index: int, limit: int) -> int:
    """The display width of column ``index``'s longest body text, or ``limit`` once one
    reaches it (the width is capped there, so the rest need not be measured)."""
    longest = 0
    # the heading wraps; a value repeated down the column (a file, a unit) is measured once
    for value in dict.fromkeys(row[index] for row in rows[1:] if index < len(row)):
        longest = max(longest, _width(value))
        if longest >= limit:
            return limit
    return longest


def _lines(value: Any, width: int) -> int:
    """How many lines a cell's text takes in a column ``width`` characters wide."""
    if value is None:
        return 1
    usable = max(1, width - 1)
    return sum(max(1, -(-_width(line) // usable)) for line in str(value).splitlines() or [""])


def _width(value: Any) -> int:
    """Display width of a cell's longest line: a CJK character takes two columns."""
    if value is None:
        return 0
    lines = str(value).splitlines() or [""]
    return max(display_width(line) for line in lines)
