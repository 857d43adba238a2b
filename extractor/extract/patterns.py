"""The fields' patterns from patterns/claims/fields.yaml, validated and compiled once, and the
field a stretch of text names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from extractor.extract.cues import cues, either
from extractor.model.fields import FieldLabel
from extractor.model.pattern_files import load_cached


def _compiles(value: str) -> str:
    try:
        re.compile(value)
    except re.error as err:
        raise ValueError(f"bad regex {value!r}: {err}") from err
    return value


class Examples(BaseModel):
    """Texts a trigger must match and must not match; a parametrized test runs them all."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    match: list[str] = Field(min_length=1)
    reject: list[str] = Field(default_factory=list)


class Trigger(BaseModel):
    """A regex naming a field in the words before a figure."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    regex: str
    examples: Examples
    units: list[str] | None = None  # the unit words it names the field for; None: the field's

    _check = field_validator("regex")(_compiles)


class FieldSpec(FieldLabel):
    """One gold/v1 field: its name (FieldLabel), unit words and factors, its triggers, what
    rules it out."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    canonical_unit: str
    units: dict[str, float] = Field(min_length=1)
    triggers: list[Trigger] = Field(min_length=1)
    after: list[Trigger] = Field(default_factory=list)
    reject: list[str] = Field(default_factory=list)
    # what rules it out said right after the count (5G基站3万个正在建设: not built yet)
    reject_after: list[str] = Field(default_factory=list)
    defining: str | None = None
    unsaid_unit: bool = False  # counted by a figure in 万 with no unit word (常住人口118万)
    zero_stock: bool = False  # 尚无制造业单项冠军企业 is a count of 0 (its noun is the title held)

    @field_validator("reject", "reject_after")
    @classmethod
    def _rejects_compile(cls, value: list[str]) -> list[str]:
        return [_compiles(v) for v in value]


class FieldFile(BaseModel):
    """patterns/claims/fields.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    fields: list[FieldSpec] = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class CompiledField:
    """A field ready to use: compiled triggers (id, pattern) and one reject pattern or None."""

    spec: FieldSpec
    triggers: tuple[tuple[str, re.Pattern[str]], ...]
    after: tuple[tuple[str, re.Pattern[str]], ...]
    reject: re.Pattern[str] | None
    defining: re.Pattern[str] | None
    units_of: dict[str, tuple[str, ...]]  # trigger id -> its own unit words, where it has them
    reject_after: re.Pattern[str] | None = None  # matched where the count's words end


@cache
def fields() -> tuple[CompiledField, ...]:
    """Every field, compiled; a malformed file stops here with a PatternError."""
    data = load_cached("claims/fields.yaml", FieldFile)
    return tuple(
        CompiledField(
            spec,
            tuple((t.id, re.compile(t.regex)) for t in spec.triggers),
            tuple((t.id, re.compile(t.regex)) for t in spec.after),
            either(spec.reject) if spec.reject else None,
            re.compile(spec.defining) if spec.defining else None,
            {t.id: tuple(t.units) for t in spec.triggers if t.units is not None},
            either(spec.reject_after) if spec.reject_after else None,
        )
        for spec in data.fields
    )


@cache
def unit_pattern() -> re.Pattern[str]:
    """Any field's unit word, longest first, anchored where a figure ends."""
    units = sorted({u for f in fields() for u in f.spec.units}, key=len, reverse=True)
    return re.compile("|".join(re.escape(u) for u in units))


@dataclass(frozen=True, slots=True)
class FieldMatch:
    """The field a stretch of text names, the trigger that named it and where it ended."""

    field: CompiledField
    trigger_id: str
    end: int


@cache
def _fields_counted_in(
    unit: str | None,
) -> tuple[tuple[CompiledField, ...], re.Pattern[str], re.Pattern[str]]:
    """The fields a unit word may count, with all their triggers joined for a quick test."""
    candidates = tuple(
        f
        for f in fields()
        if unit is None or unit in f.spec.units or (unit == "" and f.spec.unsaid_unit)
    )
    triggers = [t.regex for f in candidates for t in f.spec.triggers]
    after = [t.regex for f in candidates for t in f.spec.after]
    return candidates, either(triggers), either(after)


def field_for(stretch: str, unit: str | None = None, following: str = "") -> FieldMatch | None:
    """The field whose trigger ends nearest the end of ``stretch``, unless its reject matches.

    ``unit`` (the word after a figure) keeps only fields counted in it; ``following`` is the
    text after that unit, for phrasings that name the field after the count
    (三个工厂应用的典型场景超过十个). A table's row label is a stretch with neither.
    """
    candidates, any_trigger, any_after = _fields_counted_in(unit)
    if not any_trigger.search(stretch) and not any_after.match(following):
        return None  # most figures: no field's words at all, so no need to ask each field
    best: FieldMatch | None = None
    for compiled in candidates:
        if compiled.reject is not None and compiled.reject.search(stretch):
            continue
        if compiled.reject_after is not None and compiled.reject_after.match(following):
            continue
        for trigger_id, pattern in compiled.after:
            named = pattern.match(following)
            # 8个项目入选省级5G工厂名录: the field's reject words rule out its words after a count
            if named and not (compiled.reject and compiled.reject.search(named.group(0))):
                return FieldMatch(compiled, trigger_id, len(stretch) + 1)
        for trigger_id, pattern in compiled.triggers:
            if unit is not None and unit not in compiled.units_of.get(trigger_id, (unit,)):
                continue  # 行业解决方案20个: this trigger names the field in other units only
            for match in pattern.finditer(stretch):
                if best is None or match.end() > best.end:
                    best = FieldMatch(compiled, trigger_id, match.end())
    return best


def fields_in(stretch: str) -> list[FieldMatch]:
    """Every field a stretch names, one per part joined by 和/及/、 (尚无项目入选5G工厂名录和工业
    互联网试点示范（5G工厂方向）names two), each judged on its own part."""
    found: dict[str, FieldMatch] = {}
    for part in cues().part_joint.split(stretch):
        match = field_for(part)
        if match is not None:
            found.setdefault(match.field.spec.field, match)
    return list(found.values())
