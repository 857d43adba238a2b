"""A suggestion of evidence for one third-level indicator: a claim, a named list or a passage."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from extractor.model.prediction import Evidence, Status

SuggestionKind = Literal["claim", "list", "passage"]


class Suggestion(BaseModel):
    """One piece of evidence bearing on an indicator, with how sure the matcher is of it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    indicator: str = Field(
        description="third-level indicator id, e.g. infrastructure.network.coverage"
    )
    name: str = Field(description="the indicator's name as the framework words it")
    kind: SuggestionKind
    confidence: float = Field(ge=0, le=1)
    evidence: Evidence
    field: str | None = Field(default=None, description="claim field or list key")
    value: float | None = Field(default=None, description="a claim's value, canonical unit")
    status: Status | None = None
    year: int | None = None
    item: str | None = Field(default=None, description="a named list entry's name")
