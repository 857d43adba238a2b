"""The JSON the panel's API takes and gives, as pydantic models (they make its OpenAPI)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from extractor.model import ConditionVerdict, FormCheck, Qualifier, Suggestion, Verdict
from extractor.serve.auth import PASSWORD_MIN
from extractor.serve.view import Rect


class Login(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class Me(BaseModel):
    """The signed-in reviewer, and the CSRF token to send with state-changing requests."""

    model_config = ConfigDict(extra="forbid")
    id: int
    name: str
    is_admin: bool
    csrf: str | None = None


class NewReviewer(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=64, pattern=r"^[\w.\-]+$")
    password: str = Field(min_length=PASSWORD_MIN, max_length=256)
    is_admin: bool = False


class PasswordChange(BaseModel):
    """One's own password changed: the current one, and the new one (as long as a new
    account's must be)."""

    model_config = ConfigDict(extra="forbid")
    current: str = Field(min_length=1, max_length=256)
    new: str = Field(min_length=PASSWORD_MIN, max_length=256)


class ReviewerOut(BaseModel):
    """An account as administrators list it."""

    model_config = ConfigDict(extra="forbid")
    id: int
    name: str
    is_admin: bool
    is_active: bool = True
    assigned: int = Field(default=0, description="submissions assigned to it (deleted ones not)")
    last_login_at: datetime | None = Field(default=None, description="last sign-in (UTC)")


class PasswordReset(BaseModel):
    """An administrator's new password for another account (the same policy as any password)."""

    model_config = ConfigDict(extra="forbid")
    password: str = Field(min_length=PASSWORD_MIN, max_length=256)


AdminActionKind = Literal[
    "add_reviewer",
    "deactivate",
    "reactivate",
    "reset_password",
    "assign",
    "unassign",
    "delete_submission",
]


class AdminActionOut(BaseModel):
    """One entry of the administrators' audit trail: who did what to which account or
    submission, and when (UTC)."""

    model_config = ConfigDict(extra="forbid")
    id: int
    actor_id: int
    actor: str
    action: AdminActionKind
    reviewer_id: int | None = None
    reviewer: str | None = None
    submission_id: int | None = None
    detail: str | None = None
    created_at: datetime


# A row id the database can hold (SQLite and PostgreSQL integers are 64-bit): a 30-digit id
# overflowed the driver and answered 500.
ROW_ID_MAX = 2**63 - 1
RowId = Annotated[int, Field(ge=1, le=ROW_ID_MAX)]


class Assignment(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reviewer_id: RowId


class ReviewSummary(BaseModel):
    """A processed submission's review at a glance: its verdicts as they stand (the reviewer's
    over the machine's), counted, and how many verdicts and suggestions the reviewer decided."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    passed: int = 0
    failed: int = 0
    unclear: int = 0
    conditions: int = 0
    conditions_decided: int = 0
    suggestions: int = 0
    suggestions_decided: int = 0


class SubmissionOut(BaseModel):
    """A submission and where its processing stands (queued, processing, done, failed)."""

    model_config = ConfigDict(extra="forbid")
    id: int
    filename: str
    framework: str
    framework_name: str = Field(default="", description="the framework as a reader names it")
    status: str
    error_kind: str | None = None
    error_label: str | None = Field(default=None, description="the error kind in words")
    error: str | None = None
    assigned_to: int | None = None
    created_at: datetime | None = Field(default=None, description="when it was uploaded (UTC)")
    summary: ReviewSummary | None = Field(
        default=None, description="where its review stands (a processed submission in the list)"
    )


class SuggestionOut(Suggestion):
    """A suggestion with the key decisions refer to it by and its rectangles on the page."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    key: str
    rects: tuple[Rect, ...] = ()


class SuggestionsOut(BaseModel):
    """Everything the side panel lists: verdicts, form completeness, suggestions."""

    model_config = ConfigDict(extra="forbid")
    framework: str
    verdicts: list[ConditionVerdict]
    form: FormCheck | None = None
    suggestions: list[SuggestionOut]
    verdict_rects: dict[str, tuple[Rect, ...]] = Field(
        default={}, description="each verdict's evidence on the page, by verdict:<index>"
    )


class IndicatorOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    name: str
    level: int
    parent: str | None = None
    points: float | None = None
    non_deviable: bool = False
    fields: list[str] = []


class FieldLabel(BaseModel):
    """How the panel names a claim field and the unit word after its values."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    name: str
    unit: str


class FrameworkName(BaseModel):
    """A framework's id and the name a reader knows it by."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    name: str


class FrameworkOut(BaseModel):
    """A framework's indicator tree with points, as the side panel draws it."""

    model_config = ConfigDict(extra="forbid")
    id: str
    name: str
    total_points: float
    indicators: list[IndicatorOut]
    fields: dict[str, FieldLabel] = {}
    lists: dict[str, str] = {}


# A figure as a reviewer may write it: a finite number, or a short string (a title, a name).
CONDITION_PREFIX = "condition:"  # decisions on a verdict: condition:<key>

Figure = Annotated[float, Field(allow_inf_nan=False)] | Annotated[str, Field(max_length=200)]
Offset = Annotated[int, Field(ge=0, le=2**31)]


class DecisionValue(BaseModel):
    """What a correction or an added piece of evidence says: flat and bounded, so that every
    stored decision can be shown and exported (a value nested 900 levels deep was stored and
    broke the decisions route for good; a list broke the gold export)."""

    model_config = ConfigDict(extra="forbid")
    indicator: str | None = Field(default=None, max_length=64)
    field: str | None = Field(default=None, max_length=64)
    value: Figure | None = None
    status: Literal["actual", "target"] | None = None
    year: int | None = Field(default=None, ge=1900, le=2100)
    qualifier: Qualifier | None = None
    page: int | None = Field(default=None, ge=1, le=100_000)
    quote: str | None = Field(default=None, max_length=2000)
    block: Offset | None = None
    start: Offset | None = None
    end: Offset | None = None
    verdict: Literal["pass", "fail", "unclear"] | None = None  # a verdict overruled to this


def _checked(value: object) -> dict[str, Any] | None:
    """``value`` as a DecisionValue shows it, or None where it is none (a value stored before
    values were checked: nested, a list, a number)."""
    if value is None:
        return None
    try:
        return DecisionValue.model_validate(value).model_dump(exclude_none=True)
    except (ValueError, RecursionError):
        return None


def _loaded(text: str | None) -> object:
    """Stored JSON text as Python values; None where there is none or it is no JSON."""
    if not text:
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def stored_value(text: str | None) -> dict[str, Any] | None:
    """A stored decision's value as the API shows it: None where there is none, or where a
    value stored before values were checked is not a DecisionValue."""
    return _checked(_loaded(text))


def stored_previous(text: str | None) -> dict[str, Any] | None:
    """A stored decision's previous state (action, value, note), its value checked as above."""
    state = _loaded(text)
    if not isinstance(state, dict):
        return None
    action, note = state.get("action"), state.get("note")
    return {
        "action": action if isinstance(action, str) else None,
        "value": _checked(state.get("value")),
        "note": note if isinstance(note, str) else None,
    }


class DecisionIn(BaseModel):
    """A reviewer's decision: ``correct`` and ``add`` carry a value (value, status, year …).
    A verdict (``condition:<key>``) is confirmed or overruled (``overrule`` with the verdict
    it becomes), always with a reason in ``note``."""

    model_config = ConfigDict(extra="forbid")
    suggestion: str = Field(min_length=1, max_length=128)
    action: Literal["confirm", "reject", "correct", "add", "note", "overrule", "undo"]
    value: DecisionValue | None = None
    note: str | None = Field(default=None, max_length=4000)

    @model_validator(mode="after")
    def _verdicts_have_reasons(self) -> DecisionIn:
        on_verdict = self.suggestion.startswith(CONDITION_PREFIX)
        if self.action == "overrule" and not on_verdict:
            raise ValueError("only a verdict (condition:<key>) is overruled")
        if self.action == "overrule" and (self.value is None or self.value.verdict is None):
            raise ValueError("an overruled verdict needs the verdict it becomes (value.verdict)")
        if on_verdict and self.action not in ("confirm", "overrule", "note"):
            raise ValueError("a verdict is confirmed or overruled")
        if on_verdict and self.action != "note" and not (self.note or "").strip():
            raise ValueError("deciding a verdict needs a reason (note)")
        return self


class DecisionOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: int
    suggestion: str
    action: str
    value: dict[str, Any] | None = None
    previous: dict[str, Any] | None = None
    note: str | None = None
    reviewer_id: int
    created_at: datetime


class VerdictReview(BaseModel):
    """One condition as the review stands: the machine's verdict, the reviewer's (None until
    they decide), the one that stands, and why (the reviewer's reason, or the rule's)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    key: str
    name: str
    machine: Verdict
    reviewer: Verdict | None = None
    effective: Verdict
    reason: str | None = None
    reviewer_id: int | None = None


class ReviewState(BaseModel):
    model_config = ConfigDict(extra="forbid")
    latest: list[DecisionOut]
    history: list[DecisionOut]
    verdicts: list[VerdictReview] = Field(
        default=[], description="each verdict as the review stands: machine, reviewer, effective"
    )
