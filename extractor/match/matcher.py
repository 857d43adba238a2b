"""The matcher: for every third-level indicator of a framework, the evidence that bears on it.

Claims reach an indicator through its ``fields``, named lists through its ``lists``, and body
passages through a TF-IDF + logistic-regression classifier blended with a keyword prior (the
share of the indicator's ``keywords`` in the passage). Without a fitted model the keyword prior
alone ranks passages. Rebuild the shipped model with
``extractor train-matcher corpus/passages/train.jsonl``; ``extractor evaluate`` prints its
top-1 and top-3 accuracy on held-out passages.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, NonNegativeInt, PositiveInt

from extractor.match.features import (
    MatchSettings,
    Passage,
    keyword_priors,
    match_settings,
    passages,
    vectoriser,
)
from extractor.match.frameworks import load_framework, third_level
from extractor.model import Document, Evidence, Framework, Indicator, Prediction, Suggestion
from extractor.settings import PATTERNS_DIR

logger = logging.getLogger(__name__)
MODELS_DIR = "models"


class LabelledPassage(BaseModel):
    """One line of corpus/passages/*.jsonl: a passage and the indicator it is about."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    text: str
    framework: str
    indicator: str
    source: str
    labelled_by: str
    page: PositiveInt | None = None
    block: NonNegativeInt | None = None


@dataclass(frozen=True)
class Matcher:
    """A fitted passage classifier for one framework, with what it was trained on."""

    framework: str
    pipeline: Any  # sklearn Pipeline: TfidfVectorizer -> LogisticRegression
    trained_on: str
    sklearn_version: str
    trained: str  # ISO date

    @property
    def classes(self) -> list[str]:
        """The indicator ids the classifier knows, in its column order."""
        return [str(c) for c in self.pipeline.classes_]


def read_passages(path: Path) -> list[LabelledPassage]:
    """The labelled passages of one JSON-lines file."""
    with path.open(encoding="utf-8") as handle:
        return [LabelledPassage.model_validate_json(line) for line in handle if line.strip()]


def default_model_path(framework_id: str) -> Path:
    """Where the shipped model of a framework lives: patterns/models/matcher-<id>.joblib."""
    return PATTERNS_DIR / MODELS_DIR / f"matcher-{framework_id}.joblib"


def train_matcher(
    passages_path: Path, framework_id: str, out_path: Path, settings: MatchSettings | None = None
) -> Matcher:
    """Fit the passage classifier on one framework's labelled passages and store it."""
    import joblib
    import sklearn
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    settings = settings or match_settings()
    known = {i.id for i in third_level(load_framework(framework_id))}
    rows = [p for p in read_passages(passages_path) if p.framework == framework_id]
    unknown = sorted({p.indicator for p in rows} - known)
    if unknown:
        raise ValueError(f"{passages_path}: not third-level in {framework_id}: {unknown}")
    if len({p.indicator for p in rows}) < 2:
        raise ValueError(f"{passages_path}: fewer than two indicators for {framework_id}")
    pipeline = make_pipeline(
        vectoriser(settings),
        LogisticRegression(C=settings.regularisation, max_iter=2000),
    )
    pipeline.fit([p.text for p in rows], [p.indicator for p in rows])
    matcher = Matcher(
        framework=framework_id,
        pipeline=pipeline,
        trained_on=passages_path.as_posix(),
        sklearn_version=sklearn.__version__,
        trained=date.today().isoformat(),
    )
    out_path.parent.mkdir(parents=True, exist_ok=True)
    # a plain dict, so a model written under ``python -m`` (where this is __main__) loads anywhere
    joblib.dump(vars(matcher), out_path)
    logger.info("trained on %d passages of %s; wrote %s", len(rows), framework_id, out_path)
    return matcher


def load_matcher(path: Path) -> Matcher:
    """A stored matcher; reads only the local file, never the network."""
    import joblib

    stored = joblib.load(path)
    if not isinstance(stored, dict):
        raise TypeError(f"{path}: not a stored matcher (got {type(stored).__name__})")
    return Matcher(**stored)


@cache
def _shipped(framework_id: str) -> Matcher | None:
    path = default_model_path(framework_id)
    if not path.is_file():
        logger.warning("no matcher model at %s: passages ranked by keyword prior alone", path)
        return None
    return load_matcher(path)


def scores(
    texts: list[str],
    indicators: list[Indicator],
    matcher: Matcher | None,
    settings: MatchSettings | None = None,
) -> list[list[float]]:
    """Per text, a confidence for each indicator: classifier and keyword prior blended."""
    settings = settings or match_settings()
    priors = keyword_priors(texts, [i.keywords for i in indicators], settings.keyword_saturation)
    if matcher is None or not texts:
        return priors
    probabilities = matcher.pipeline.predict_proba(texts)
    column = {c: n for n, c in enumerate(matcher.classes)}
    weight = settings.prior_weight
    blended = []
    for row, prior in zip(probabilities, priors, strict=True):
        blended.append(
            [
                (1 - weight) * (float(row[column[ind.id]]) if ind.id in column else 0.0)
                + weight * p
                for ind, p in zip(indicators, prior, strict=True)
            ]
        )
    return blended


def _claim_suggestions(prediction: Prediction, indicator: Indicator) -> list[Suggestion]:
    return [
        Suggestion(
            indicator=indicator.id,
            name=indicator.name,
            kind="claim",
            confidence=claim.confidence,
            evidence=claim.evidence[0],
            field=claim.field,
            value=claim.value,
            status=claim.status,
            year=claim.year,
        )
        for claim in prediction.claims
        if claim.field in indicator.fields and claim.evidence
    ]


def _list_suggestions(prediction: Prediction, indicator: Indicator) -> list[Suggestion]:
    return [
        Suggestion(
            indicator=indicator.id,
            name=indicator.name,
            kind="list",
            confidence=1.0,
            evidence=evidence,
            field=key,
            item=name,
        )
        for key in indicator.lists
        for name, evidence in zip(
            prediction.lists.get(key, ()), prediction.list_evidence.get(key, ()), strict=False
        )
    ]


def _passage_suggestion(indicator: Indicator, passage: Passage, confidence: float) -> Suggestion:
    evidence = Evidence(
        page=passage.page, block=passage.blocks[0], span=passage.span, quote=passage.text
    )
    return Suggestion(
        indicator=indicator.id,
        name=indicator.name,
        kind="passage",
        confidence=round(min(1.0, max(0.0, confidence)), 6),
        evidence=evidence,
    )


def suggest(
    document: Document,
    prediction: Prediction,
    framework: Framework,
    matcher: Matcher | bool | None = True,
    settings: MatchSettings | None = None,
) -> list[Suggestion]:
    """Evidence per third-level indicator, in framework order: claims, lists, best passages.

    Args:
        matcher: a fitted Matcher, ``None`` for the keyword prior alone, or ``True`` for the
            shipped model of the framework (the prior alone when there is none).
    """
    settings = settings or match_settings()
    fitted = _shipped(framework.id) if matcher is True else matcher or None
    if isinstance(fitted, Matcher) and fitted.framework != framework.id:
        logger.warning(
            "matcher is for %s, not %s: keyword prior alone", fitted.framework, framework.id
        )
        fitted = None
    indicators = third_level(framework)
    found = passages(document, settings)
    table = scores([p.text for p in found], indicators, fitted, settings)
    suggestions: list[Suggestion] = []
    for column, indicator in enumerate(indicators):
        suggestions.extend(_claim_suggestions(prediction, indicator))
        suggestions.extend(_list_suggestions(prediction, indicator))
        ranked = sorted(
            ((row[column], n) for n, row in enumerate(table) if row[column] > 0),
            key=lambda pair: (-pair[0], pair[1]),
        )
        suggestions.extend(
            _passage_suggestion(indicator, found[n], confidence)
            for confidence, n in ranked[: settings.max_passages]
            if confidence >= settings.min_confidence
        )
    return suggestions


def _top_k(rows: list[list[float]], ids: list[str], gold: list[str], k: int) -> float:
    hits = 0
    for row, label in zip(rows, gold, strict=True):
        order = sorted(range(len(ids)), key=lambda n: (-row[n], n))[:k]
        hits += label in {ids[n] for n in order}
    return hits / len(gold) if gold else 0.0


def evaluate_matcher(passages_path: Path, model_path: Path | None) -> dict[str, float]:
    """Top-1 and top-3 accuracy of passage -> indicator, blended and keyword prior alone."""
    rows = read_passages(passages_path)
    matcher = load_matcher(model_path) if model_path is not None else None
    framework_id = matcher.framework if matcher else rows[0].framework
    rows = [r for r in rows if r.framework == framework_id]
    indicators = third_level(load_framework(framework_id))
    ids = [i.id for i in indicators]
    texts, gold = [r.text for r in rows], [r.indicator for r in rows]
    blended = scores(texts, indicators, matcher)
    prior = scores(texts, indicators, None)
    return {
        "passages": float(len(rows)),
        "top1": round(_top_k(blended, ids, gold, 1), 4),
        "top3": round(_top_k(blended, ids, gold, 3), 4),
        "prior_top1": round(_top_k(prior, ids, gold, 1), 4),
        "prior_top3": round(_top_k(prior, ids, gold, 3), 4),
    }
