"""The context cues from patterns/claims/context.yaml (status, subject, time, growth,
thresholds), validated and compiled once."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from extractor.model.pattern_files import load_cached


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
    part_of_place: str
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
    zone_short: dict[str, str] = Field(default_factory=dict)
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
    year_goals_heading: str
    month_after_year: str
    as_of_lead: str
    time_of_year: str
    named_year_before: str
    year_heading: str
    sentence_year: str
    with_earlier: str
    pending: str
    pending_part: str
    level_note: str
    unreached: str
    unreached_after: str
    goal_after: str
    reached_before: str
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
    year_said_after: list[str]
    list_entry: str
    per_year: str
    built_total: str
    opened_total: str
    running_total: str

    def filled(self, pattern: str) -> str:
        """``pattern`` with the parts it shares filled in: {year}, {province}, {enterprise}."""
        return (
            pattern.replace("{year}", self.year)
            .replace("{province}", self.province)
            .replace("{enterprise}", self.enterprise)
        )

    @model_validator(mode="after")
    def _regexes_compile(self) -> ContextFile:
        """Every cue compiles, its shared parts filled in: a bad one is named by its key here
        (PatternError: the file and the key), not met later as a bare re.error."""
        for key, value in self:
            if key.endswith("_breaks"):
                continue  # characters, not a regex
            for index, pattern in enumerate(value if isinstance(value, list) else [value]):
                if not isinstance(pattern, str):
                    continue  # a table of words (relative years), not a regex
                try:
                    re.compile(self.filled(pattern))
                except re.error as err:
                    where = f"{key}[{index}]" if isinstance(value, list) else key
                    raise ValueError(f"{where}: bad regex {pattern!r}: {err}") from err
        return self


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
    part_of_place: re.Pattern[str]
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
    year_goals_heading: re.Pattern[str]
    month_after_year: re.Pattern[str]
    as_of_lead: re.Pattern[str]
    time_of_year: re.Pattern[str]
    named_year_before: re.Pattern[str]
    year_heading: re.Pattern[str]
    sentence_year: re.Pattern[str]
    with_earlier: re.Pattern[str]
    pending: re.Pattern[str]
    pending_part: re.Pattern[str]
    level_note: re.Pattern[str]
    unreached: re.Pattern[str]
    unreached_after: re.Pattern[str]
    goal_after: re.Pattern[str]
    reached_before: re.Pattern[str]
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
    year_said_after: re.Pattern[str]
    list_entry: re.Pattern[str]
    per_year: re.Pattern[str]
    built_total: re.Pattern[str]
    opened_total: re.Pattern[str]
    running_total: re.Pattern[str]


def either(patterns: list[str]) -> re.Pattern[str]:
    """Each pattern a branch of one alternation (one that never matches when there are none)."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x")


# Cues tried one by one, in order, rather than joined into one alternation
_SEPARATE = ("as_of_year", "target_year", "comparison_year")


@cache
def cues() -> Cues:
    """The context cues, compiled: each cue of the file by its own name, {year}, {province} and
    {enterprise} filled in, a list joined into one alternation."""
    data = load_cached("claims/context.yaml", ContextFile)

    def compiled(value: str | list[str]) -> re.Pattern[str]:
        if isinstance(value, list):
            return either([data.filled(p) for p in value])
        return re.compile(data.filled(value))

    relative = sorted(data.relative_years, key=len, reverse=True)
    made: dict[str, Any] = {
        "target": compiled([*data.target, data.period_target]),
        "target_carry": compiled([*data.target_carry, data.period_target]),
        "relative": either([re.escape(r) for r in relative]),
    }
    made.update({n: tuple(compiled(p) for p in getattr(data, n)) for n in _SEPARATE})
    for cue in dataclasses.fields(Cues)[1:]:  # after data
        if cue.name not in made:
            made[cue.name] = compiled(getattr(data, cue.name))
    return Cues(data, **made)
