"""The batch report as an Excel workbook: summary, evidence and claims sheets for reviewers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
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
    from openpyxl.worksheet.worksheet import Worksheet

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
    """A sheet written row by row that counts its own rows: openpyxl's ``max_row`` reads every
    cell, so asking it after each row made a report of n rows read n² cells."""

    sheet: Worksheet
    count: int = 0

    def append(self, values: Iterable[Any]) -> int:
        """Append a row of document text as text (never a formula, never an illegal
        character) and return its number."""
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        clean = [
            ILLEGAL_CHARACTERS_RE.sub("", v)[:_MAX_CELL] if isinstance(v, str) else v
            for v in values
        ]
        self.sheet.append(clean)
        self.count += 1
        for column, value in enumerate(clean, start=1):
            if isinstance(value, str) and value.startswith("="):
                # a quote "=HYPERLINK(…)" from a submission stays a quote
                self.sheet.cell(self.count, column).data_type = "s"
        return self.count

    def fill(self, row: int, columns: Iterable[int], colour: str) -> None:
        from openpyxl.styles import PatternFill

        for column in columns:
            cell = self.sheet.cell(row, column)
            cell.fill = PatternFill(fill_type="solid", start_color=colour, end_color=colour)


def write_xlsx(report: BatchReport, path: Path) -> None:
    """Write the workbook; the same report gives the same bytes (no clock in the file)."""
    from openpyxl import Workbook

    words = labels()
    rows = summary_rows(report, words)
    workbook = Workbook()
    summary = workbook.active
    summary.title = words.sheets.summary
    _summary_sheet(Rows(summary), report, rows, words)
    _evidence_sheet(Rows(workbook.create_sheet(words.sheets.evidence)), rows, words)
    _claims_sheet(Rows(workbook.create_sheet(words.sheets.claims)), rows, words)
    _legend_sheet(Rows(workbook.create_sheet(words.sheets.legend)), report, words)

    path.write_bytes(workbook_bytes(workbook))


def _summary_sheet(sheet: Rows, report: BatchReport, rows: list[Row], words: Labels) -> None:
    c = words.columns
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
    finish(sheet.sheet, freeze="B2")


def _legend_sheet(sheet: Rows, report: BatchReport, words: Labels) -> None:
    """Where the report comes from (time, version, folder, framework) and what colours mean;
    the time is the batch's, so the same report still gives the same bytes."""
    w = words.legend
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
    finish(sheet.sheet, freeze="A2", wide={2})


def _evidence_sheet(sheet: Rows, rows: list[Row], words: Labels) -> None:
    c = words.columns
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
    finish(sheet.sheet, freeze="A2", wide={5, 7})


def _claims_sheet(sheet: Rows, rows: list[Row], words: Labels) -> None:
    c = words.columns
    header = [c.file, c.city, c.field, c.value, c.unit, c.status, c.year, c.qualifier]
    write_header(sheet, [*header, c.derived, c.confidence, c.page, c.quote])
    for row in rows:
        prediction = row.submission.prediction
        if prediction is None or row.submission.failed:
            continue
        for claim in (*prediction.claims, *prediction.derived):
            sheet.append([row.file, row.city, *_claim_values(claim, words)])
    finish(sheet.sheet, freeze="B2", wide={12}, wrap=False)


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
    from openpyxl.styles import Alignment, Font

    number = sheet.append(titles)
    for column in range(1, len(titles) + 1):
        cell = sheet.sheet.cell(number, column)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.fill(number, [column], HEADER_FILL)


def finish(
    sheet: Worksheet, freeze: str, wide: set[int] | None = None, *, wrap: bool = True
) -> None:
    """Freeze the header, filter every column, size columns to their text, and lay the sheet
    out for print: landscape A4, one page wide, the heading row on every page, page numbers
    (printed as it was, the report ran to 81 A4 pages, verdicts on pages without the file).
    Without ``wrap`` a row is one line, its long text cut at the column's edge in print (the
    claims sheet: hundreds of rows kept to a line each; the cells keep their whole text)."""
    from openpyxl.styles import Alignment
    from openpyxl.styles.cell_style import StyleArray
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.page import PageMargins

    sheet.freeze_panes = freeze
    sheet.auto_filter.ref = sheet.dimensions
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    sheet.oddFooter.center.text = "&A  &P / &N"
    widths: dict[int, int] = {}
    # one style for every body cell, registered once: assigning ``cell.alignment`` hashes the
    # Alignment again for each of 65,000 cells, a third of the workbook's time (openpyxl's
    # descriptor does no more than this registration and the id's assignment)
    alignment = sheet.parent._alignments.add(Alignment(vertical="top", wrap_text=wrap))
    for index, column in enumerate(sheet.iter_cols(), start=1):
        limit = _WIDE if index in (wide or set()) else _WIDTH
        longest = max((_width(cell.value) for cell in column[1:]), default=0)  # heading wraps
        widths[index] = max(8, min(limit, longest + 2))
        sheet.column_dimensions[get_column_letter(index)].width = widths[index]
        for cell in column[1:]:
            cell._style = cell._style or StyleArray()  # a cell never styled has none yet
            cell._style.alignmentId = alignment
    for number, row in enumerate(sheet.iter_rows(), start=1):  # tall enough for wrapped text
        if not wrap and number > 1:
            continue
        lines = max((_lines(cell.value, widths[cell.column]) for cell in row), default=1)
        sheet.row_dimensions[number].height = min(_MAX_ROW_PT, _LINE_PT * lines)


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
