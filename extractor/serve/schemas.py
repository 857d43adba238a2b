"""The JSON the panel's API takes and gives, as pydantic models (they make its OpenAPI)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from extractor.model import ConditionVerdict, FormCheck, Suggestion
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
    password: str = Field(min_length=10, max_length=256)
    is_admin: bool = False


class ReviewerOut(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: int
    name: str
    is_admin: bool


class Assignment(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reviewer_id: int


class SubmissionOut(BaseModel):
    """A submission and where its processing stands (queued, processing, done, failed)."""

    model_config = ConfigDict(extra="forbid")
    id: int
    filename: str
    framework: str
    status: str
    error_kind: str | None = None
    error: str | None = None
    assigned_to: int | None = None


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


class PanelLabels(BaseModel):
    """patterns/serve/panel.yaml: field and list names a reviewer reads."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    fields: dict[str, FieldLabel]
    lists: dict[str, str]


class FrameworkOut(BaseModel):
    """A framework's indicator tree with points, as the side panel draws it."""

    model_config = ConfigDict(extra="forbid")
    id: str
    name: str
    total_points: float
    indicators: list[IndicatorOut]
    fields: dict[str, FieldLabel] = {}
    lists: dict[str, str] = {}


class DecisionIn(BaseModel):
    """A reviewer's decision: ``correct`` and ``add`` carry a value (value, status, year …)."""

    model_config = ConfigDict(extra="forbid")
    suggestion: str = Field(min_length=1, max_length=128)
    action: Literal["confirm", "reject", "correct", "add", "note"]
    value: dict[str, Any] | None = None
    note: str | None = Field(default=None, max_length=4000)


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


class ReviewState(BaseModel):
    model_config = ConfigDict(extra="forbid")
    latest: list[DecisionOut]
    history: list[DecisionOut]
