"""The extractor's machine output for one document: the gold/v1 shape plus evidence."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt, PositiveInt, field_validator

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
    inclusive: bool = Field(
        default=False, description="the bound includes the figure (30个以上 may be 30)"
    )
    pattern_id: str | None = None
    evidence: tuple[Evidence, ...] = ()

    @field_validator("value")
    @classmethod
    def _as_written(cls, value: float) -> float:
        """The figure as written, without the binary float's residue of its scaling
        (4.27万 is 42700, not 42699.99999999999): twelve significant digits are kept."""
        return float(f"{value:.12g}")


class Agreement(StrEnum):
    """How a stated count and its named list compare."""

    agree = "agree"  # the list names as many items as the count says
    count_larger = "count_larger"  # the count says more than the list names (a partial list)
    list_larger = "list_larger"  # the list names more than the count says: a reviewer looks
    count_only = "count_only"  # a count and no named items
    list_only = "list_only"  # named items and no count


class Reconciliation(BaseModel):
    """One list beside the latest achieved count(s) of its fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    list: str
    fields: tuple[str, ...]
    stated: float | None
    listed: int
    agreement: Agreement


class Prediction(BaseModel):
    """A document's prediction, scorable against its gold/v1 file like for like."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    document: str
    framework: str
    city: str | None = Field(default=None, description="the applicant as the document names it")
    claims: tuple[PredictedClaim, ...] = ()
    lists: dict[str, list[str]] = Field(default_factory=dict)
    list_evidence: dict[str, tuple[Evidence, ...]] = Field(default_factory=dict)
    derived: tuple[PredictedClaim, ...] = Field(
        default=(), description="figures worked out from stated ones (density), kept apart"
    )
    reconciliation: tuple[Reconciliation, ...] = ()
    prescreen: dict[str, str] | None = None
    warnings: tuple[str, ...] = ()
