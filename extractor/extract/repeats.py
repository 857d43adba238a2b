"""The same figure stated twice is one claim: in the summary and the body, without a year and
with one, or rounded in a headline (上海累计开通5G基站超5万个) and exact below it (51716个)."""

from __future__ import annotations

import math

from extractor.model import BlockKind, Document, PredictedClaim, Qualifier

_HEADLINE_CHARS = 60  # a document's first line this short, with no full stop, is its headline
_ROUND_DIGITS = 3  # a headline figure with at most this many significant digits may be rounded

_Key = tuple[str, str, int | None, float]


def _key(claim: PredictedClaim) -> _Key:
    return (claim.field, claim.status.value, claim.year, round(claim.value, 6))


def _with_evidence(claim: PredictedClaim, other: PredictedClaim) -> PredictedClaim:
    return claim.model_copy(update={"evidence": claim.evidence + other.evidence})


def _same_statements_merged(claims: list[PredictedClaim]) -> list[PredictedClaim]:
    merged: dict[_Key, PredictedClaim] = {}
    for claim in claims:
        key = _key(claim)
        merged[key] = _with_evidence(merged[key], claim) if key in merged else claim
    return list(merged.values())


def _undated_repeats_merged(claims: list[PredictedClaim]) -> list[PredictedClaim]:
    """A figure stated once without a year and again with one (the body's 截至4月底…) is one
    claim, of the dated statement."""

    def same(claim: PredictedClaim) -> tuple[str, str, float]:
        return claim.field, claim.status.value, round(claim.value, 6)

    dated: dict[tuple[str, str, float], int] = {}
    for index, claim in enumerate(claims):
        if claim.year is not None:
            dated.setdefault(same(claim), index)
    out, dropped = list(claims), set()
    for index, claim in enumerate(claims):
        twin = dated.get(same(claim)) if claim.year is None else None
        if twin is not None:
            out[twin] = _with_evidence(out[twin], claim)
            dropped.add(index)
    return [claim for index, claim in enumerate(out) if index not in dropped]


def _headline_block(document: Document) -> int | None:
    """The index of the document's headline: its first body block, when short and unstopped."""
    first = next((b for b in document.blocks if b.kind is not BlockKind.furniture), None)
    if first is None or first.kind is BlockKind.table:
        return None
    text = document.text[first.span.start : first.span.end].strip()
    return first.index if len(text) <= _HEADLINE_CHARS and "。" not in text else None


def _step(value: float) -> float | None:
    """The place of a figure's last significant digit (5万 → 1万, 1.73万 → 100), or None when
    it has more significant digits than a rounded figure."""
    if value <= 0:
        return None
    digits = f"{value:.{_ROUND_DIGITS}g}"
    if float(digits) != value:
        return None
    mantissa = digits.split("e")[0].replace(".", "").replace("-", "").rstrip("0").lstrip("0")
    return 10.0 ** (math.floor(math.log10(value)) - max(len(mantissa), 1) + 1)


def _rounds_to(headline: PredictedClaim, body: PredictedClaim) -> bool:
    """Whether the body's figure is the one the headline rounds: 超5万 of 51716, 1.73万 of
    17300, 近2万 of 19650."""
    if (headline.field, headline.status) != (body.field, body.status):
        return False
    if math.isclose(headline.value, body.value):
        return True
    step = _step(headline.value)
    if step is None:
        return False
    if headline.qualifier is Qualifier.over:
        return headline.value < body.value < headline.value + step
    if headline.qualifier is Qualifier.under:
        return headline.value - step < body.value < headline.value
    return abs(body.value - headline.value) <= step / 2


def _headline_repeats_merged(
    document: Document, claims: list[PredictedClaim]
) -> list[PredictedClaim]:
    """A headline's figure that the body states too (exact or rounded, dated or not) is the
    body's claim: the body says when."""
    headline = _headline_block(document)
    if headline is None:
        return claims
    out, dropped = list(claims), set()
    for index, claim in enumerate(claims):
        if claim.evidence[0].block != headline:
            continue
        twins = [
            i
            for i, other in enumerate(claims)
            if i != index and other.evidence[0].block != headline and _rounds_to(claim, other)
        ]
        if twins:
            twin = min(twins, key=lambda i: abs(claims[i].value - claim.value))
            out[twin] = _with_evidence(out[twin], claim)
            dropped.add(index)
    return [claim for index, claim in enumerate(out) if index not in dropped]


def merged_repeats(document: Document, claims: list[PredictedClaim]) -> list[PredictedClaim]:
    """Each figure once: the same statement twice, an undated repeat of a dated one, and a
    headline's figure the body states, each merged into one claim with all their evidence."""
    once = _undated_repeats_merged(_same_statements_merged(claims))
    return _headline_repeats_merged(document, once)
