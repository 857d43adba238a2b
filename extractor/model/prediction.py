"""The extractor's machine output for one document: the gold/v1 shape plus evidence."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt, PositiveInt

from extractor.model.span import Span


class Status(StrEnum):
    """Achieved (as of a date) or planned."""

    actual = "actual"
    target = "target"


class Qualifier(StrEnum):
    """How the text bounds a figure: 超过 over, 不少于 at_least, 约 about, 不足 under."""

    exact = "exact"
    over = "over"
    at_least = "at_least"
    about = "about"
    under = "under"


class Evidence(BaseModel):
    """Where a figure was read: page, block, span in Document.text and the quote."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    page: PositiveInt | None = None
    block: NonNegativeInt
    span: Span
    quote: str


class PredictedClaim(BaseModel):
    """One figure claimed by the applicant, in the field's canonical unit."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    field: str
    value: float
    unit: str = Field(description="the field's canonical unit (stations, yuan, …)")
    status: Status
    year: int | None = None
    qualifier: Qualifier = Qualifier.exact
    page: PositiveInt | None = None
    confidence: float = Field(default=1.0, ge=0, le=1)
    derived: bool = False
    pattern_id: str | None = None
    evidence: tuple[Evidence, ...] = ()


class Prediction(BaseModel):
    """A document's prediction, scorable against its gold/v1 file like for like."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    document: str
    framework: str
    claims: tuple[PredictedClaim, ...] = ()
    lists: dict[str, list[str]] = Field(default_factory=dict)
    prescreen: dict[str, str] | None = None
    warnings: tuple[str, ...] = ()
