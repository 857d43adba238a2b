"""Passages of a document and their text features: character n-gram TF-IDF and keyword shares.

A passage is one body block (paragraph, list item or table as its text), or a run of short
blocks under one heading; a block the parser marks as running on from the previous one is
joined to it. Headings and page furniture are never passages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, NonNegativeFloat, PositiveInt

from extractor.model import Block, BlockKind, Document, Span
from extractor.model.pattern_files import load_cached

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

SETTINGS = "match/matcher.yaml"
_BODY = frozenset({BlockKind.paragraph, BlockKind.list_item, BlockKind.table})


class MatchSettings(BaseModel):
    """The thresholds of patterns/match/matcher.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    short_chars: PositiveInt
    max_chars: PositiveInt
    max_passages: PositiveInt
    min_confidence: float = Field(ge=0, le=1)
    prior_weight: float = Field(ge=0, le=1)
    keyword_saturation: PositiveInt
    ngram_min: PositiveInt
    ngram_max: PositiveInt
    regularisation: NonNegativeFloat


def match_settings() -> MatchSettings:
    """The matcher's thresholds, read once per process."""
    return load_cached(SETTINGS, MatchSettings)


@dataclass(frozen=True, slots=True)
class Passage:
    """A stretch of body text a reviewer would read as one piece of evidence."""

    text: str
    span: Span
    page: int | None
    blocks: tuple[int, ...]
    heading: str | None


def passages(document: Document, settings: MatchSettings | None = None) -> list[Passage]:
    """The document's passages in reading order."""
    settings = settings or match_settings()
    runs: list[list[Block]] = []
    for block in document.blocks:
        if block.kind not in _BODY or block.span.end <= block.span.start:
            continue
        if runs and _joins(runs[-1], block, document, settings):
            runs[-1].append(block)
        else:
            runs.append([block])
    return [_passage(run, document) for run in runs]


def _length(block: Block) -> int:
    return block.span.end - block.span.start


def _joins(run: list[Block], block: Block, document: Document, settings: MatchSettings) -> bool:
    """Whether ``block`` carries on the open run rather than starting a passage."""
    last = run[-1]
    if last.heading != block.heading or BlockKind.table in (last.kind, block.kind):
        return False
    if block.continues:
        return True
    total = run[-1].span.end - run[0].span.start + _length(block)
    is_short = _length(block) < settings.short_chars or _length(last) < settings.short_chars
    return is_short and total <= settings.max_chars


def _passage(run: list[Block], document: Document) -> Passage:
    span = Span(start=run[0].span.start, end=run[-1].span.end)
    text = "\n".join(document.text[b.span.start : b.span.end] for b in run)
    return Passage(
        text=text,
        span=span,
        page=run[0].page,
        blocks=tuple(b.index for b in run),
        heading=run[0].heading,
    )


def keyword_prior(text: str, keywords: Sequence[str], saturation: int) -> float:
    """Share of an indicator's keywords the text contains, out of at most ``saturation``."""
    if not keywords:
        return 0.0
    found = sum(1 for keyword in keywords if keyword in text)
    return min(1.0, found / min(len(keywords), saturation))


def keyword_priors(
    texts: Iterable[str], keyword_sets: Sequence[Sequence[str]], saturation: int
) -> list[list[float]]:
    """Per text, the keyword prior of each keyword set (one set per indicator)."""
    return [[keyword_prior(text, kws, saturation) for kws in keyword_sets] for text in texts]


def vectoriser(settings: MatchSettings | None = None) -> Any:
    """An unfitted TF-IDF vectoriser over character n-grams (scikit-learn loads here)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    settings = settings or match_settings()
    return TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(settings.ngram_min, settings.ngram_max),
        sublinear_tf=True,
        min_df=1,
    )
