"""An indicator framework as data: the indicator tree with points, and the non-deviable rules."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, NonNegativeFloat, model_validator


class Comparison(StrEnum):
    """How a figure is held against a threshold: 超过30 is gt, 不少于5 is ge."""

    gt = "gt"
    ge = "ge"
    lt = "lt"
    le = "le"


class Requirement(BaseModel):
    """One count the rules ask for: a claim field, or the number of items in a named list."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    field: str | None = Field(default=None, description="gold/v1 claim field, e.g. bs_per_10k")
    list: str | None = Field(default=None, description="gold/v1 list key, e.g. factories_5g")
    comparison: Comparison
    threshold: float
    text: str = Field(description="the rule as the indicator text words it")

    @model_validator(mode="after")
    def _one_source(self) -> Requirement:
        if (self.field is None) == (self.list is None):
            raise ValueError("a requirement names exactly one of field or list")
        return self


class ConditionKind(StrEnum):
    """What decides a condition: counts against thresholds, or the declarations of the form."""

    counts = "counts"  # pass when any one of ``any_of`` is met by an achieved figure
    declaration = "declaration"  # no major incident, no false material: read from statements


class Condition(BaseModel):
    """A non-deviable condition (不可偏离条件) under its gold/v1 prescreen key."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    key: str = Field(description="gold/v1 prescreen key, e.g. bs_density")
    indicator: str = Field(description="id of the third-level indicator it is marked on (*)")
    name: str
    kind: ConditionKind
    any_of: list[Requirement] = Field(default_factory=list)
    fails_when_denied: bool = Field(
        default=False,
        description="the text saying the thing does not exist fails it (尚未出台专项政策)",
    )
    source: str

    @model_validator(mode="after")
    def _counts_need_requirements(self) -> Condition:
        if self.kind is ConditionKind.counts and not self.any_of:
            raise ValueError(f"condition {self.key}: a counts condition needs any_of")
        return self


class Indicator(BaseModel):
    """One node of the indicator tree; third-level nodes carry the evidence vocabulary."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    name: str
    level: int = Field(ge=1, le=3)
    parent: str | None = None
    points: NonNegativeFloat | None = None
    fields: list[str] = Field(default_factory=list, description="claim fields that bear on it")
    lists: list[str] = Field(default_factory=list, description="named lists that bear on it")
    keywords: list[str] = Field(default_factory=list, description="words of passages about it")
    non_deviable: bool = False
    note: str | None = None


class FormSection(BaseModel):
    """A section of the 申报表 with its word limit (seed 001)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    title: str
    aliases: list[str] = Field(default_factory=list)
    max_chars: int | None = None


class Form(BaseModel):
    """What a complete 申报表 holds: sections, contact fields, commitment, opinions."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    sections: list[FormSection]
    contacts: list[str] = Field(description="labels of contact fields that must be filled")
    commitment: list[str] = Field(description="words of the truthfulness commitment")
    opinions: list[str] = Field(description="titles of the recommendation opinions")
    note: str | None = Field(default=None, description="the form's own note, e.g. an exemption")
    source: str


class Framework(BaseModel):
    """A framework file of patterns/frameworks/: a third framework is a new file, not code."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    name: str
    source: str
    total_points: float
    indicators: list[Indicator]
    conditions: list[Condition] = Field(default_factory=list)
    form: Form | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Framework:
        ids = [i.id for i in self.indicators]
        if len(ids) != len(set(ids)):
            raise ValueError("indicator ids repeat")
        known = set(ids)
        for indicator in self.indicators:
            if indicator.parent is not None and indicator.parent not in known:
                raise ValueError(f"{indicator.id}: unknown parent {indicator.parent}")
        for condition in self.conditions:
            if condition.indicator not in known:
                raise ValueError(f"condition {condition.key}: unknown indicator")
        top = sum(i.points or 0 for i in self.indicators if i.level == 1)
        if abs(top - self.total_points) > 1e-6:
            raise ValueError(f"first-level points add up to {top}, not {self.total_points}")
        return self
