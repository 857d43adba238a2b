"""Field patterns and context cues from patterns/claims/, validated and compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

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
    defining: str | None = None
    unsaid_unit: bool = False  # counted by a figure in 万 with no unit word (常住人口118万)
    zero_stock: bool = False  # 尚无制造业单项冠军企业 is a count of 0 (its noun is the title held)

    @field_validator("reject")
    @classmethod
    def _rejects_compile(cls, value: list[str]) -> list[str]:
        return [_compiles(v) for v in value]


class FieldFile(BaseModel):
    """patterns/claims/fields.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    fields: list[FieldSpec] = Field(min_length=1)


class ContextFile(BaseModel):
    """patterns/claims/context.yaml: cue words for status, subject, growth and thresholds."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    clause_breaks: str
    sentence_breaks: str
    growth_breaks: str
    target: list[str]
    target_carry: list[str]
    actual: list[str]
    actual_weak: list[str]
    until_year: str
    other_subject: list[str]
    enterprise: str
    listed_before_count: str
    province: str
    standing: list[str]
    own_subject: list[str]
    place_name: str
    sub_area: str
    sub_area_subject: str
    subjectless: str
    not_place: str
    level_suffix: str
    applicant_field: str
    growth: list[str]
    stock: str
    threshold: list[str]
    threshold_before: list[str]
    not_count_after: list[str]
    article_before: str
    year: str
    year_mention: str
    plan_periods: dict[str, int] = Field(default_factory=dict)
    period_as_of: str
    period_target: str
    relative_years: dict[str, int] = Field(default_factory=dict)
    as_of_year: list[str]
    target_year: list[str]
    comparison_year: list[str]
    date_year: str
    from_to: str
    any_year: str
    head_chars: int
    dateline: str
    reported_event: str
    opening_year: str
    month_day: str
    whole_year: str
    report_title: str
    bulletin_title: str
    title_year: str
    plan_span: str
    span_within: str
    title: str
    subcount: str
    zero: str
    zero_stock: str
    zero_after: str
    breakdown_before: str
    part_level: str
    part_joint: str
    respectively: str
    range_between: str
    definition_before: str
    definition_after: str
    clause_end: str
    quote_open: str
    quote_close: str
    confidence: dict[str, float]
    column_target: str
    column_actual: str
    unit_column: str
    serial_column: str
    unit_per: str
    year_end_or_heading: str
    as_of_lead: str
    time_of_year: str
    named_year_before: str
    year_heading: str
    sentence_year: str
    with_earlier: str
    full_stops: str
    review_year: str
    plan_title: str
    reached: str
    intake: str
    bare_filler: str
    period_flow: str
    stock_words: str
    stock_goal: str
    whole_year_word: str
    won_stock: str
    unsaid_unit: str
    whole_of: str
    joined_before: str
    administering: str
    note: str
    as_of_note: str
    bracket_as_of: str
    list_entry: str
    per_year: str
    built_total: str
    opened_total: str
    running_total: str

    @model_validator(mode="after")
    def _regexes_compile(self) -> ContextFile:
        """Every cue compiles, with {year} and {province} filled in: a bad one is named by its
        key here (PatternError: the file and the key), not met later as a bare re.error."""
        for key, value in self:
            if key.endswith("_breaks"):
                continue  # characters, not a regex
            for index, pattern in enumerate(value if isinstance(value, list) else [value]):
                if not isinstance(pattern, str):
                    continue  # a table of words (relative years), not a regex
                filled = pattern.replace("{year}", self.year).replace("{province}", self.province)
                try:
                    re.compile(filled)
                except re.error as err:
                    where = f"{key}[{index}]" if isinstance(value, list) else key
                    raise ValueError(f"{where}: bad regex {pattern!r}: {err}") from err
        return self


@dataclass(frozen=True, slots=True)
class CompiledField:
    """A field ready to use: compiled triggers (id, pattern) and one reject pattern or None."""

    spec: FieldSpec
    triggers: tuple[tuple[str, re.Pattern[str]], ...]
    after: tuple[tuple[str, re.Pattern[str]], ...]
    reject: re.Pattern[str] | None
    defining: re.Pattern[str] | None
    units_of: dict[str, tuple[str, ...]]  # trigger id -> its own unit words, where it has them


@dataclass(frozen=True, slots=True)
class Cues:
    """Compiled context cues: each list joined into one alternation."""

    data: ContextFile
    target: re.Pattern[str]
    target_carry: re.Pattern[str]
    actual: re.Pattern[str]
    actual_weak: re.Pattern[str]
    until_year: re.Pattern[str]
    other_subject: re.Pattern[str]
    enterprise: re.Pattern[str]
    listed_before_count: re.Pattern[str]
    standing: re.Pattern[str]
    own_subject: re.Pattern[str]
    place_name: re.Pattern[str]
    sub_area: re.Pattern[str]
    sub_area_subject: re.Pattern[str]
    subjectless: re.Pattern[str]
    not_place: re.Pattern[str]
    applicant_field: re.Pattern[str]
    growth: re.Pattern[str]
    stock: re.Pattern[str]
    threshold: re.Pattern[str]
    threshold_before: re.Pattern[str]
    not_count_after: re.Pattern[str]
    article_before: re.Pattern[str]
    year: re.Pattern[str]
    year_mention: re.Pattern[str]
    as_of_year: tuple[re.Pattern[str], ...]
    period_as_of: re.Pattern[str]
    period_target: re.Pattern[str]
    target_year: tuple[re.Pattern[str], ...]
    comparison_year: tuple[re.Pattern[str], ...]
    date_year: re.Pattern[str]
    from_to: re.Pattern[str]
    relative: re.Pattern[str]
    any_year: re.Pattern[str]
    dateline: re.Pattern[str]
    reported_event: re.Pattern[str]
    opening_year: re.Pattern[str]
    month_day: re.Pattern[str]
    whole_year: re.Pattern[str]
    report_title: re.Pattern[str]
    bulletin_title: re.Pattern[str]
    title_year: re.Pattern[str]
    plan_span: re.Pattern[str]
    span_within: re.Pattern[str]
    title: re.Pattern[str]
    subcount: re.Pattern[str]
    zero: re.Pattern[str]
    zero_stock: re.Pattern[str]
    zero_after: re.Pattern[str]
    breakdown_before: re.Pattern[str]
    part_level: re.Pattern[str]
    part_joint: re.Pattern[str]
    respectively: re.Pattern[str]
    range_between: re.Pattern[str]
    definition_before: re.Pattern[str]
    definition_after: re.Pattern[str]
    clause_end: re.Pattern[str]
    quote_open: re.Pattern[str]
    quote_close: re.Pattern[str]
    column_target: re.Pattern[str]
    column_actual: re.Pattern[str]
    unit_column: re.Pattern[str]
    serial_column: re.Pattern[str]
    unit_per: re.Pattern[str]
    year_end_or_heading: re.Pattern[str]
    as_of_lead: re.Pattern[str]
    time_of_year: re.Pattern[str]
    named_year_before: re.Pattern[str]
    year_heading: re.Pattern[str]
    sentence_year: re.Pattern[str]
    with_earlier: re.Pattern[str]
    review_year: re.Pattern[str]
    plan_title: re.Pattern[str]
    reached: re.Pattern[str]
    intake: re.Pattern[str]
    bare_filler: re.Pattern[str]
    period_flow: re.Pattern[str]
    stock_words: re.Pattern[str]
    stock_goal: re.Pattern[str]
    whole_year_word: re.Pattern[str]
    won_stock: re.Pattern[str]
    unsaid_unit: re.Pattern[str]
    whole_of: re.Pattern[str]
    joined_before: re.Pattern[str]
    administering: re.Pattern[str]
    note: re.Pattern[str]
    as_of_note: re.Pattern[str]
    bracket_as_of: re.Pattern[str]
    list_entry: re.Pattern[str]
    per_year: re.Pattern[str]
    built_total: re.Pattern[str]
    opened_total: re.Pattern[str]
    running_total: re.Pattern[str]


def _either(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x")


@cache
def fields() -> tuple[CompiledField, ...]:
    """Every field, compiled; a malformed file stops here with a PatternError."""
    data = load_cached("claims/fields.yaml", FieldFile)
    return tuple(
        CompiledField(
            spec,
            tuple((t.id, re.compile(t.regex)) for t in spec.triggers),
            tuple((t.id, re.compile(t.regex)) for t in spec.after),
            _either(spec.reject) if spec.reject else None,
            re.compile(spec.defining) if spec.defining else None,
            {t.id: tuple(t.units) for t in spec.triggers if t.units is not None},
        )
        for spec in data.fields
    )


@cache
def cues() -> Cues:
    """The context cues, compiled."""
    data = load_cached("claims/context.yaml", ContextFile)

    def with_year(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern.replace("{year}", data.year))

    def with_province(pattern: str) -> str:
        return pattern.replace("{province}", data.province).replace("{enterprise}", data.enterprise)

    relative = sorted(data.relative_years, key=len, reverse=True)
    return Cues(
        data,
        target=_either([*data.target, data.period_target]),
        target_carry=_either([*data.target_carry, data.period_target]),
        actual=_either(data.actual),
        actual_weak=_either(data.actual_weak),
        until_year=with_year(data.until_year),
        other_subject=_either([with_province(p) for p in data.other_subject]),
        enterprise=re.compile(data.enterprise),
        listed_before_count=re.compile(data.listed_before_count),
        standing=_either([with_province(p) for p in data.standing]),
        own_subject=_either(data.own_subject),
        place_name=re.compile(data.place_name),
        sub_area=re.compile(data.sub_area),
        sub_area_subject=re.compile(data.sub_area_subject),
        subjectless=re.compile(data.subjectless),
        not_place=re.compile(data.not_place),
        applicant_field=re.compile(data.applicant_field),
        growth=_either(data.growth),
        stock=re.compile(data.stock),
        threshold=_either(data.threshold),
        threshold_before=_either(data.threshold_before),
        not_count_after=_either(data.not_count_after),
        article_before=re.compile(data.article_before),
        year=re.compile(data.year),
        year_mention=with_year(data.year_mention),
        as_of_year=tuple(with_year(p) for p in data.as_of_year),
        period_as_of=re.compile(data.period_as_of),
        period_target=re.compile(data.period_target),
        target_year=tuple(with_year(p) for p in data.target_year),
        comparison_year=tuple(with_year(p) for p in data.comparison_year),
        date_year=with_year(data.date_year),
        from_to=re.compile(data.from_to),
        relative=_either([re.escape(r) for r in relative]),
        any_year=with_year(data.any_year),
        dateline=with_year(data.dateline),
        reported_event=with_year(data.reported_event),
        opening_year=with_year(data.opening_year),
        month_day=re.compile(data.month_day),
        whole_year=with_year(data.whole_year),
        report_title=re.compile(data.report_title),
        bulletin_title=re.compile(data.bulletin_title),
        title_year=with_year(data.title_year),
        plan_span=with_year(data.plan_span),
        span_within=re.compile(data.span_within),
        title=re.compile(data.title),
        subcount=re.compile(data.subcount),
        zero=re.compile(data.zero),
        zero_after=re.compile(data.zero_after),
        zero_stock=re.compile(data.zero_stock),
        breakdown_before=re.compile(data.breakdown_before),
        part_level=re.compile(data.part_level),
        part_joint=re.compile(data.part_joint),
        respectively=re.compile(data.respectively),
        range_between=re.compile(data.range_between),
        definition_before=re.compile(data.definition_before),
        definition_after=re.compile(data.definition_after),
        clause_end=re.compile(data.clause_end),
        quote_open=re.compile(data.quote_open),
        quote_close=re.compile(data.quote_close),
        column_target=re.compile(data.column_target),
        column_actual=re.compile(data.column_actual),
        unit_column=re.compile(data.unit_column),
        serial_column=re.compile(data.serial_column),
        unit_per=re.compile(data.unit_per),
        year_end_or_heading=re.compile(data.year_end_or_heading),
        as_of_lead=re.compile(data.as_of_lead),
        time_of_year=re.compile(data.time_of_year),
        named_year_before=re.compile(data.named_year_before),
        year_heading=with_year(data.year_heading),
        sentence_year=with_year(data.sentence_year),
        with_earlier=re.compile(data.with_earlier),
        review_year=with_year(data.review_year),
        plan_title=re.compile(data.plan_title),
        reached=re.compile(data.reached),
        intake=re.compile(data.intake),
        bare_filler=re.compile(data.bare_filler),
        period_flow=re.compile(data.period_flow),
        stock_words=re.compile(data.stock_words),
        stock_goal=re.compile(data.stock_goal),
        whole_year_word=re.compile(data.whole_year_word),
        won_stock=re.compile(data.won_stock),
        unsaid_unit=re.compile(data.unsaid_unit),
        whole_of=re.compile(data.whole_of),
        joined_before=re.compile(data.joined_before),
        list_entry=re.compile(data.list_entry),
        bracket_as_of=re.compile(data.bracket_as_of),
        note=re.compile(data.note),
        as_of_note=re.compile(data.as_of_note),
        administering=re.compile(data.administering),
        per_year=re.compile(data.per_year),
        built_total=re.compile(data.built_total),
        opened_total=re.compile(data.opened_total),
        running_total=re.compile(data.running_total),
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
    return candidates, _either(triggers), _either(after)


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
        for trigger_id, pattern in compiled.after:
            if pattern.match(following):
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
