"""The summary table the Excel and HTML reports share: a row per file, a cell per condition."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath

from extractor.errors import shown_text
from extractor.model.verdict import (
    BatchReport,
    ConditionVerdict,
    FormCheck,
    SubmissionResult,
    Verdict,
    overall,
)
from extractor.report.labels import Labels

# An id safe in an HTML id and a URL fragment as it is; other condition keys get an index.
_SAFE_KEY = re.compile(r"[A-Za-z0-9_-]+")


class FormState(StrEnum):
    """How complete a 申报表 is, for the cell's colour."""

    complete = "complete"
    incomplete = "incomplete"
    not_a_form = "not_a_form"
    unchecked = "unchecked"  # no FormCheck: a failed file, or a framework without a form


@dataclass(frozen=True, slots=True)
class VerdictCell:
    """One condition of one file; ``verdict`` is None when the pre-screen gave none."""

    key: str
    name: str
    verdict: ConditionVerdict | None
    anchor: str


@dataclass(frozen=True, slots=True)
class FormSummary:
    """A FormCheck in words: the overall state, then one text per detail column."""

    state: FormState
    text: str
    details: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Row:
    """One submission as the tables show it."""

    submission: SubmissionResult
    file: str
    anchor: str
    cells: tuple[VerdictCell, ...]  # one per BatchReport.conditions, in order
    verdicts: tuple[VerdictCell, ...]  # every verdict: the conditions' order, then any others
    form: FormSummary
    error_kind: str
    overall: Verdict | None  # failed if any condition failed, passed if all passed, else unclear

    @property
    def city(self) -> str:
        """The applicant the document names, else empty."""
        prediction = self.submission.prediction
        return (prediction.city or "") if prediction is not None else ""


def form_columns(labels: Labels) -> tuple[str, ...]:
    """Titles of the form-completeness columns, in FormSummary order (state, then details)."""
    c = labels.columns
    details = (c.missing_sections, c.over_limit, c.missing_contacts, c.commitment)
    return (c.form, *details, c.missing_opinions)


def display_name(report: BatchReport, submission: SubmissionResult) -> str:
    """The file's path below the batch root, so files of the same name in subfolders differ;
    controls and bidi overrides in it spelled as escapes (a right-to-left override made
    "x\u202efdp.txt" read "xtxt.pdf" in the HTML and the workbook)."""
    path = PurePath(submission.path)
    try:
        return shown_text(path.relative_to(report.root).as_posix())
    except ValueError:
        return shown_text(path.as_posix())


def summarise_form(form: FormCheck | None, labels: Labels) -> FormSummary:
    """What a reviewer needs from a FormCheck: is it complete, and if not, what is missing."""
    blank = ("",) * (len(form_columns(labels)) - 1)
    words = labels.form
    if form is None:
        return FormSummary(FormState.unchecked, "", blank)
    if not form.is_form:
        return FormSummary(FormState.not_a_form, words.not_a_form, blank)
    join = words.separator.join
    missing = [s.title for s in form.sections if not s.present]
    over = [
        words.over_limit.format(title=s.title, chars=s.chars, max_chars=s.max_chars)
        for s in form.sections
        if s.present and not s.within_limit
    ]
    is_complete = (
        not missing
        and not over
        and form.contacts_filled
        and not form.missing_contacts
        and form.commitment
        and not form.missing_opinions
    )
    details = (
        join(missing),
        join(over),
        join(form.missing_contacts),
        words.present if form.commitment else words.absent,
        join(form.missing_opinions),
    )
    if is_complete:
        return FormSummary(FormState.complete, words.complete, details)
    return FormSummary(FormState.incomplete, words.incomplete, details)


def _anchor(row_anchor: str, index: int, key: str) -> str:
    return f"{row_anchor}-{key}" if _SAFE_KEY.fullmatch(key) else f"{row_anchor}-c{index}"


def _cells(
    report: BatchReport, row_anchor: str, submission: SubmissionResult
) -> tuple[VerdictCell, ...]:
    """One cell per condition of the batch, then one per verdict on a condition it does not list."""
    names = dict(report.conditions)
    by_key = {v.key: v for v in submission.verdicts}
    keys = [*names, *(v.key for v in submission.verdicts if v.key not in names)]
    return tuple(
        VerdictCell(
            key=key,
            name=names[key] if key in names else by_key[key].name,
            verdict=by_key.get(key),
            anchor=_anchor(row_anchor, index, key),
        )
        for index, key in enumerate(keys, start=1)
    )


def summary_rows(report: BatchReport, labels: Labels) -> list[Row]:
    """The table's rows, in the batch's (path) order; anchors are s1, s1-bs_density, …"""
    rows = []
    for number, submission in enumerate(report.submissions, start=1):
        anchor = f"s{number}"
        cells = _cells(report, anchor, submission)
        rows.append(
            Row(
                submission=submission,
                file=display_name(report, submission),
                anchor=anchor,
                cells=cells[: len(report.conditions)],
                verdicts=tuple(cell for cell in cells if cell.verdict is not None),
                form=summarise_form(submission.form, labels),
                error_kind=labels.error_kind(submission.error_kind) if submission.failed else "",
                overall=None
                if submission.failed
                else overall([c.verdict.verdict for c in cells if c.verdict is not None]),
            )
        )
    return rows
