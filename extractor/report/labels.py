"""The words the reports show, from patterns/report/labels.yaml in the reader's language."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict

from extractor.labels import error_kind_name, qualifier_name, status_name, verdict_name
from extractor.language import current
from extractor.model.pattern_files import load_translated
from extractor.model.prediction import Qualifier, Status
from extractor.model.verdict import Verdict


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Columns(_Strict):
    """Column titles of the Excel sheets and the HTML tables."""

    file: str
    city: str
    framework: str
    pages: str
    form: str
    missing_sections: str
    over_limit: str
    missing_contacts: str
    commitment: str
    missing_opinions: str
    error_kind: str
    error: str
    condition: str
    verdict: str
    overall: str
    reason: str
    page: str
    quote: str
    span: str
    field: str
    value: str
    unit: str
    status: str
    year: str
    qualifier: str
    derived: str
    confidence: str
    pattern: str


class FormWords(_Strict):
    """How a 申报表's completeness reads in a cell."""

    complete: str
    incomplete: str
    not_a_form: str
    present: str
    absent: str
    derived: str
    over_limit: str
    separator: str


class HtmlWords(_Strict):
    """Headings and fixed phrases of the HTML page."""

    title: str
    root: str
    submissions: str
    failed: str
    summary: str
    details: str
    claims: str
    no_evidence: str
    no_verdict: str
    page: str
    unknown_page: str
    back: str


class LegendWords(_Strict):
    """The legend sheet: where the report comes from, and what each colour means."""

    generated_at: str
    version: str
    folder: str
    framework: str
    colour: str
    meaning: str
    passed: str
    failed: str
    unclear: str
    unreadable: str
    overall: str


class SheetNames(_Strict):
    """Names of the Excel report's sheets."""

    summary: str
    evidence: str
    claims: str
    legend: str


class Labels(_Strict):
    """Every label of the reports: the file's words, and the shared names of verdicts,
    statuses, qualifiers and error kinds (extractor/labels.py), in the reader's language."""

    sheets: SheetNames
    columns: Columns
    form: FormWords
    html: HtmlWords
    legend: LegendWords
    verdicts: dict[Verdict, str] = {}
    statuses: dict[Status, str] = {}
    qualifiers: dict[Qualifier, str] = {}

    def error_kind(self, kind: str | None) -> str:
        """The reviewer's word for an error kind, or the kind itself if it has none."""
        return error_kind_name(kind)


@cache
def _labels(language: str) -> Labels:
    words = load_translated("report/labels.yaml", Labels)
    return words.model_copy(
        update={
            "verdicts": {v: verdict_name(v.value) for v in Verdict},
            "statuses": {s: status_name(s.value) for s in Status},
            "qualifiers": {q: qualifier_name(q.value) for q in Qualifier},
        }
    )


def labels() -> Labels:
    """The report labels in the reader's language, loaded at first use."""
    return _labels(current())


def framework_name(framework_id: str) -> str:
    """A framework's name as its file gives it (the id where there is no such file)."""
    from extractor.errors import UnknownFramework
    from extractor.match.frameworks import load_framework

    try:
        return load_framework(framework_id).name
    except UnknownFramework:
        return framework_id
