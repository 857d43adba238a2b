"""The Chinese words the reports show, read once from patterns/report/labels.yaml."""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, field_validator

from extractor.model.data import load_cached
from extractor.model.prediction import Qualifier, Status
from extractor.model.verdict import Verdict

EnumT = TypeVar("EnumT", bound=StrEnum)


def _every_member(value: dict[EnumT, str], enum: type[EnumT]) -> dict[EnumT, str]:
    missing = [member.value for member in enum if member not in value]
    if missing:
        raise ValueError(f"needs a label for every value; missing: {', '.join(missing)}")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Columns(_Strict):
    """Column titles of the Excel sheets and the HTML tables."""

    file: str
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


class Labels(_Strict):
    """Every label of the reports; a missing verdict or status word fails at load."""

    verdicts: dict[Verdict, str]
    statuses: dict[Status, str]
    qualifiers: dict[Qualifier, str]
    error_kinds: dict[str, str]
    columns: Columns
    form: FormWords
    html: HtmlWords

    @field_validator("verdicts")
    @classmethod
    def _every_verdict(cls, value: dict[Verdict, str]) -> dict[Verdict, str]:
        return _every_member(value, Verdict)

    @field_validator("statuses")
    @classmethod
    def _every_status(cls, value: dict[Status, str]) -> dict[Status, str]:
        return _every_member(value, Status)

    @field_validator("qualifiers")
    @classmethod
    def _every_qualifier(cls, value: dict[Qualifier, str]) -> dict[Qualifier, str]:
        return _every_member(value, Qualifier)

    def error_kind(self, kind: str | None) -> str:
        """The reviewer's word for an error kind, or the kind itself if it has none."""
        return self.error_kinds.get(kind or "", kind or "")


def labels() -> Labels:
    """The report labels, loaded at first use."""
    return load_cached("report/labels.yaml", Labels)
