"""One reviewed submission as an Excel workbook, for the files an audit keeps beside the PDF.

Four sheets: the pre-screen summary, every suggestion with its standing decision, the evidence
the reviewer added, and the whole audit trail. Cells are written as the pre-screen report
writes them (document text never becomes a formula; no clock in the file), so the same review
always gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from extractor.labels import BEIJING
from extractor.model import FormCheck, Status, Suggestion, Verdict
from extractor.model.pattern_files import load_translated
from extractor.report.as_xlsx import FORM_FILLS, VERDICT_FILLS, Rows, write_header, write_sheet
from extractor.report.labels import Labels, framework_name, labels
from extractor.report.stable_zip import workbook_bytes
from extractor.report.summary_rows import form_columns, summarise_form
from extractor.serve.db_tables import Decision, Submission
from extractor.serve.processing import Result, suggestion_key
from extractor.serve.schemas import VerdictReview
from extractor.serve.standing import standing
from extractor.serve.verdict_review import review_basis, reviewed_verdicts

# a decision reads like a verdict: confirmed green, rejected red, corrected yellow
_DECISION_FILLS = {
    "confirm": VERDICT_FILLS[Verdict.passed],
    "reject": VERDICT_FILLS[Verdict.failed],
    "correct": VERDICT_FILLS[Verdict.unclear],
}
_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class SheetColumns(_Strict):
    """Column titles the review sheet has beyond the pre-screen report's."""

    item: str
    content: str
    indicator: str
    indicator_name: str
    kind: str
    field: str
    decision: str
    corrected_value: str
    corrected_status: str
    corrected_year: str
    note: str
    reviewer: str
    decided_at: str
    suggestion: str
    action: str
    previous: str
    machine_verdict: str
    review_reason: str


class SuggestionKinds(_Strict):
    claim: str
    list: str
    passage: str


class Actions(_Strict):
    """A word per decision action, and ``none`` for a suggestion nobody has decided on."""

    confirm: str
    reject: str
    correct: str
    add: str
    note: str
    overrule: str
    undo: str
    none: str


class SheetNames(_Strict):
    summary: str
    suggestions: str
    additions: str
    history: str


class SheetLabels(_Strict):
    """patterns/serve/review_sheet.yaml; a missing kind or action fails at load."""

    sheets: SheetNames
    columns: SheetColumns
    kinds: SuggestionKinds
    actions: Actions


def sheet_labels() -> SheetLabels:
    return load_translated("serve/review_sheet.yaml", SheetLabels)


class _Words:
    """Both label files, and the reviewers' names, behind the few lookups the sheets make."""

    def __init__(self, names: Mapping[int, str]) -> None:
        self.report: Labels = labels()
        self.sheet = sheet_labels()
        self._actions: dict[str, str] = self.sheet.actions.model_dump()
        self._names = names

    def action(self, action: str | None) -> str:
        return self._actions.get(action or "none", action or "")

    def status(self, value: Any) -> Any:
        """A status as a reviewer reads it; a value that is no Status is shown as it is."""
        try:
            return self.report.statuses[Status(value)]
        except (ValueError, TypeError):
            return _cell(value)

    def reviewer(self, decision: Decision | None) -> str | None:
        if decision is None:
            return None
        return self._names.get(decision.reviewer_id, f"#{decision.reviewer_id}")


def review_workbook(
    row: Submission,
    result: Result,
    decisions: list[Decision],
    names: Mapping[int, str] | None = None,
) -> bytes:
    """The workbook's bytes; ``decisions`` in id order, ``names`` maps reviewer ids to names
    (an id without one shows as #id)."""
    from openpyxl import Workbook

    words = _Words(names or {})
    workbook = Workbook(write_only=True)
    sheets = words.sheet.sheets
    reviewed = reviewed_verdicts(review_basis(result), decisions)
    summary = _summary_sheet(row, result, reviewed, words)
    write_sheet(workbook, sheets.summary, summary, freeze="A2", wide={3})
    suggestions = _suggestions_sheet(result, decisions, words)
    write_sheet(workbook, sheets.suggestions, suggestions, freeze="C2", wide={9, 15})
    additions = _additions_sheet(decisions, words)
    write_sheet(workbook, sheets.additions, additions, freeze="B2", wide={7, 8})
    history = _history_sheet(decisions, words)
    write_sheet(workbook, sheets.history, history, freeze="A2", wide={5, 6, 7})
    return workbook_bytes(workbook)


def _summary_sheet(
    row: Submission, result: Result, reviewed: list[VerdictReview], words: _Words
) -> Rows:
    """The file, its framework, each verdict as the review stands (the reviewer's over the
    machine's, both shown, with both reasons) and the form's completeness."""
    sheet, c, s = Rows(), words.report.columns, words.sheet.columns
    write_header(sheet, [s.item, s.content, c.reason, s.machine_verdict, s.review_reason])
    sheet.append([c.file, row.filename])
    sheet.append([c.framework, framework_name(row.framework)])
    verdict_words = words.report.verdicts
    for verdict, review in zip(result.verdicts, reviewed, strict=True):
        number = sheet.append(
            [
                verdict.name,
                verdict_words[review.effective],
                verdict.reason,
                verdict_words[review.machine],
                review.reason,
            ]
        )
        sheet.fill(number, [2], VERDICT_FILLS[review.effective])
    form = result.form
    if isinstance(form, FormCheck):
        summary = summarise_form(form, words.report)
        state, *details = form_columns(words.report)
        number = sheet.append([state, summary.text])
        if summary.state in FORM_FILLS:
            sheet.fill(number, [2], FORM_FILLS[summary.state])
        if form.is_form:  # not a form: there is nothing missing to list
            for title, text in zip(details, summary.details, strict=True):
                sheet.append([title, text or None])
    return sheet


def _suggestions_sheet(result: Result, decisions: list[Decision], words: _Words) -> Rows:
    sheet, c, s = Rows(formats={17: _TIME_FORMAT}), words.report.columns, words.sheet.columns
    latest, notes = standing(decisions), _notes(decisions)
    kinds = words.sheet.kinds.model_dump()
    write_header(
        sheet,
        [
            s.indicator,
            s.indicator_name,
            s.kind,
            s.field,
            c.value,
            c.status,
            c.year,
            c.page,
            c.quote,
            c.confidence,
            s.decision,
            s.corrected_value,
            s.corrected_status,
            s.corrected_year,
            s.note,
            s.reviewer,
            s.decided_at,
        ],
    )
    first_decision = 11  # column K
    for suggestion in sorted(result.suggestions, key=lambda x: (x.indicator, -x.confidence)):
        key = suggestion_key(suggestion)
        decision = latest.get(key)
        corrected = _value(decision) if decision and decision.action == "correct" else {}
        number = sheet.append(
            [
                suggestion.indicator,
                suggestion.name,
                kinds[suggestion.kind],
                suggestion.field,
                _shown_value(suggestion),
                words.status(suggestion.status),
                suggestion.year,
                suggestion.evidence.page,
                suggestion.evidence.quote,
                suggestion.confidence,
                words.action(decision.action if decision else None),
                _cell(corrected.get("value")),
                words.status(corrected.get("status")),
                _cell(corrected.get("year")),
                notes.get(key),
                words.reviewer(decision),
                _time(decision),
            ]
        )
        if decision is not None and decision.action in _DECISION_FILLS:
            sheet.fill(number, [first_decision], _DECISION_FILLS[decision.action])
    return sheet


def _additions_sheet(decisions: list[Decision], words: _Words) -> Rows:
    sheet, c, s = Rows(formats={10: _TIME_FORMAT}), words.report.columns, words.sheet.columns
    notes = _notes(decisions)
    write_header(
        sheet,
        [
            s.suggestion,
            s.field,
            c.value,
            c.status,
            c.year,
            c.page,
            c.quote,
            s.note,
            s.reviewer,
            s.decided_at,
        ],
    )
    for key, decision in standing(decisions).items():
        if decision.action != "add":
            continue
        added = _value(decision)
        sheet.append(
            [
                key,
                _cell(added.get("field")),
                _cell(added.get("value")),
                words.status(added.get("status")),
                _cell(added.get("year")),
                _cell(added.get("page")),
                _cell(added.get("quote")),
                notes.get(key),
                words.reviewer(decision),
                _time(decision),
            ]
        )
    return sheet


def _history_sheet(decisions: list[Decision], words: _Words) -> Rows:
    sheet, s = Rows(formats={1: _TIME_FORMAT}), words.sheet.columns
    titles = [s.decided_at, s.reviewer, s.suggestion, s.action, s.content, s.previous, s.note]
    write_header(sheet, titles)
    for decision in decisions:
        sheet.append(
            [
                _time(decision),
                words.reviewer(decision),
                decision.suggestion,
                words.action(decision.action),
                decision.value_json,
                _previous(decision, words),
                decision.note,
            ]
        )
    return sheet


def _notes(decisions: list[Decision]) -> dict[str, str]:
    """Each suggestion's latest note, whether a note of its own or one given with a decision."""
    return {d.suggestion: d.note for d in decisions if d.note}


def _value(decision: Decision) -> dict[str, Any]:
    try:
        value = json.loads(decision.value_json) if decision.value_json else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _previous(decision: Decision, words: _Words) -> str | None:
    """The stored previous state ({"action", "value"}) as "action value"."""
    if not decision.previous_json:
        return None
    try:
        previous = json.loads(decision.previous_json)
        action, value = previous.get("action"), previous.get("value")
    except (ValueError, AttributeError):
        return decision.previous_json
    return " ".join(str(part) for part in (words.action(action), value) if part)


def _shown_value(suggestion: Suggestion) -> Any:
    """A claim's figure, or the entry a list suggestion names (``item``, where the model has it)."""
    if suggestion.value is not None:
        return suggestion.value
    return _cell(getattr(suggestion, "item", None))


def _cell(value: Any) -> Any:
    """A reviewer's value as one cell: a scalar as it is, anything else as its JSON."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _time(decision: Decision | None) -> datetime | None:
    """A decision's time in Beijing time (stored in UTC), without its zone: Excel has none."""
    if decision is None:
        return None
    at = (
        decision.created_at
        if decision.created_at.tzinfo
        else decision.created_at.replace(tzinfo=UTC)
    )
    return at.astimezone(BEIJING).replace(tzinfo=None)
