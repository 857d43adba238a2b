"""The named-list cues and vocabularies of patterns/lists/ and patterns/vocab/, compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from extractor.errors import PatternError
from extractor.extract.patterns import Trigger
from extractor.model.pattern_files import load_cached
from extractor.normalise.width import fold


class Cue(Trigger):
    """One regex with a stable id and its examples, as a claim trigger, compiled on first use."""

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """The compiled regex, compiled once: lists look cues up in their inner loops."""
        return re.compile(self.regex)


class FamilyCue(Cue):
    """A regex naming a whole family of titles (国家…创新中心) of one category."""

    category: str


class PolicyFile(BaseModel):
    """patterns/lists/policies.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    title: Cue
    chain: Cue
    issued: Cue
    issued_past: Cue
    when: Cue
    negated: Cue
    cited: Cue
    planned: Cue
    repealed: Cue
    outside_issuer: Cue
    outside_title: Cue
    not_policy: Cue
    notice: Cue
    published: Cue
    date_line: Cue
    application_title: Cue
    policy_kind: Cue
    draft: Cue
    topic: Cue
    local_title: Cue
    core_topic: Cue
    place: Cue
    comprehensive: Cue
    caption: Cue
    own_issuer: Cue


class ItemFile(BaseModel):
    """patterns/lists/items.yaml: cutting items out of sentences and judging their holders."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    sentence_breaks: str
    part_breaks: str
    clause_breaks: str
    segment_breaks: str
    list_breaks: str
    label: Cue
    inner_label: Cue
    intro: Cue
    joiner: Cue
    time_lead: Cue
    award: Cue
    award_word: Cue
    local_award: Cue
    city_holder: Cue
    place_holder: Cue
    sector_cluster: Cue
    national_prefix: Cue
    award_after: Cue
    applicant: Cue
    bad_holder: Cue
    entity: Cue
    company: Cue
    named_project: Cue
    title_label: Cue
    bracket_lead: Cue
    count: Cue
    count_tail: Cue
    closing: Cue
    counted_kinds: Cue
    opening: Cue
    holder_level: Cue
    holder_opening: Cue
    holder_count: Cue
    announce: Cue
    holder_project: Cue
    holder_end: Cue
    named_before: Cue
    before_name: Cue
    holder_name: Cue
    short_holder: Cue
    holder_join: Cue
    intake_listing: Cue
    title_list: Cue
    among: Cue
    pending: Cue
    target: Cue
    table_reference: Cue
    row_skip: Cue


class TitlePatternFile(BaseModel):
    """patterns/lists/titles.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    direction: Cue
    factory_direction: Cue
    suffix: Cue
    prefix: Cue
    lesser: Cue
    families: list[FamilyCue] = Field(default_factory=list)


class FactoryPatternFile(BaseModel):
    """patterns/lists/factories.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    enterprise_project: Cue
    project: Cue
    statement: Cue
    provincial: Cue
    wrapped: Cue
    row_project: Cue
    prose_maker: Cue
    enumerating_note: Cue
    negated: Cue


class TitleCategory(BaseModel):
    """One title category of title-categories.json, with the wordings that name it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    name: str
    level: Literal["national", "provincial", "alliance"]
    is_ministerial: bool
    listed: bool = True
    aliases: list[str] = Field(min_length=1)


class TitleVocab(BaseModel):
    """patterns/vocab/titles.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    categories: list[TitleCategory] = Field(min_length=1)

    @model_validator(mode="after")
    def _one_category_per_wording(self) -> TitleVocab:
        seen: dict[str, str] = {}
        for category in self.categories:
            for alias in category.aliases:
                if seen.setdefault(_folded(alias), category.id) != category.id:
                    raise ValueError(
                        f"{alias!r} names both {seen[_folded(alias)]} and {category.id}"
                    )
        return self


class FactoryTerm(BaseModel):
    """One wording family of 5g-factory-terms.json and whether a project beside it counts."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    canonical: str
    counts: bool | Literal["unclear"]
    field: str | None = None  # the claim field a project it lists counts towards
    aliases: list[str] = Field(min_length=1)


class FactoryVocab(BaseModel):
    """patterns/vocab/factories_5g.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    terms: list[FactoryTerm] = Field(min_length=1)


def every_cue() -> list[Cue]:
    """All list cues, for the test that runs their examples."""
    files: list[BaseModel] = [policies(), items(), title_patterns(), factory_patterns()]
    cues = [value for f in files for value in dict(f).values() if isinstance(value, Cue)]
    return cues + title_patterns().families


@cache
def policies() -> PolicyFile:
    """The policy cues; a malformed file stops here with a PatternError."""
    return load_cached("lists/policies.yaml", PolicyFile)


@cache
def items() -> ItemFile:
    """The item cues."""
    return load_cached("lists/items.yaml", ItemFile)


@cache
def title_patterns() -> TitlePatternFile:
    """The cues around a title alias."""
    return load_cached("lists/titles.yaml", TitlePatternFile)


@cache
def factory_patterns() -> FactoryPatternFile:
    """The cues of a named 5G factory."""
    return load_cached("lists/factories.yaml", FactoryPatternFile)


def _folded(text: str) -> str:
    """A vocabulary wording as it reads in Document.text: normalised, spaces dropped."""
    return "".join(c for c in fold(text)[0] if not c.isspace())


def _alternation(wordings: list[str], extra: list[str]) -> re.Pattern[str]:
    """All wordings in one regex, longest first: at each place the longest wording wins."""
    ordered = sorted(set(wordings), key=len, reverse=True)
    parts = [re.escape(w) for w in ordered] + [f"(?:{p})" for p in extra]
    return re.compile("|".join(parts))


@dataclass(frozen=True, slots=True)
class TitleMatcher:
    """Every title wording in one regex, and the category of each wording or family."""

    pattern: re.Pattern[str]
    wordings: dict[str, TitleCategory]
    families: tuple[tuple[re.Pattern[str], TitleCategory], ...]

    def category(self, wording: str) -> TitleCategory | None:
        """The category a matched wording names."""
        found = self.wordings.get(wording)
        if found is not None:
            return found
        return next((c for p, c in self.families if p.fullmatch(wording)), None)


@cache
def title_matcher() -> TitleMatcher:
    """Title wordings of patterns/vocab/titles.yaml, folded like Document.text."""
    vocab = load_cached("vocab/titles.yaml", TitleVocab)
    wordings = {_folded(a): c for c in vocab.categories for a in c.aliases}
    by_id = {c.id: c for c in vocab.categories}
    unknown = [f.id for f in title_patterns().families if f.category not in by_id]
    if unknown:
        raise PatternError(f"patterns/lists/titles.yaml: {unknown} name no category of titles.yaml")
    families = tuple((f.pattern, by_id[f.category]) for f in title_patterns().families)
    pattern = _alternation(list(wordings), [f.regex for f in title_patterns().families])
    return TitleMatcher(pattern, wordings, families)


@dataclass(frozen=True, slots=True)
class FactoryMatcher:
    """Every 5G-factory wording in one regex, and the term each wording belongs to."""

    pattern: re.Pattern[str]
    term: dict[str, FactoryTerm]


@cache
def factory_matcher() -> FactoryMatcher:
    """5G-factory wordings of patterns/vocab/factories_5g.yaml, folded like Document.text."""
    vocab = load_cached("vocab/factories_5g.yaml", FactoryVocab)
    term = {_folded(a): t for t in vocab.terms for a in t.aliases}
    return FactoryMatcher(_alternation(list(term), []), term)


def lesser_wording(text: str) -> str | None:
    """The first wording in ``text`` that makes a title no ministry's (省级, 产业联盟), or None."""
    found = title_patterns().lesser.pattern.search(text)
    return found.group(0) if found else None
