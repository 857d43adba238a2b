"""Counting one document's matches and summing documents into precision, recall, F1, accuracy."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from evaluation.align import align_claims, align_items, value_cost
from evaluation.gold import CONDITIONS, Claim, GoldFile, Prediction, gold_claims


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one field or list."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True, slots=True)
class ErrorRow:
    """One miss or spurious prediction, for --errors."""

    document: str
    kind: str  # "missed" | "spurious" | "list-missed" | "list-spurious" | "verdict"
    what: str
    page: int | None
    quote: str | None


@dataclass(slots=True)
class DocumentScore:
    """Everything the scorer counted in one document."""

    name: str
    source_kind: str
    fields: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    pages_right: int = 0
    pages_checked: int = 0
    lists: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    verdicts: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    invalid_predictions: int = 0
    errors: list[ErrorRow] = field(default_factory=list)
    patterns: dict[tuple[str, str], Counts] = field(default_factory=lambda: defaultdict(Counts))
    """Per (field, pattern id) of the predictions: matched (tp) and spurious (fp) claims."""
    dropped: Counter[str] = field(default_factory=Counter)
    """Missed claims by the rule that dropped their figure (NOT_FOUND: none said it did)."""


def _describe(claim: Claim) -> str:
    return f"{claim.field}={claim.value:g} {claim.status} {claim.year}"


NO_PATTERN = "-"  # a prediction that names no pattern_id
NOT_FOUND = "(no rule named)"  # a missed claim whose figure no rule is said to have dropped


def _rule(claim: Claim) -> tuple[str, str]:
    return claim.field, claim.pattern or NO_PATTERN


def _dropped(claim: Claim, rejected: list[tuple[float, str]]) -> str | None:
    """Which rule dropped a missed claim's figure, where the tool said (its value agreeing)."""
    reasons = [reason for value, reason in rejected if value_cost(claim.value, value) is not None]
    return reasons[0] if reasons else None


def _score_claims(
    gold: list[Claim],
    predicted: list[Claim],
    score: DocumentScore,
    rejected: list[tuple[float, str]] | None = None,
) -> None:
    alignment = align_claims(gold, predicted)
    for i, j in alignment.pairs:
        score.fields[gold[i].field].tp += 1
        score.patterns[_rule(predicted[j])].tp += 1
        if gold[i].page is not None:
            score.pages_checked += 1
            score.pages_right += int(predicted[j].page == gold[i].page)
    for i in alignment.missed:
        claim = gold[i]
        score.fields[claim.field].fn += 1
        reason = _dropped(claim, rejected or [])
        score.dropped[reason or NOT_FOUND] += 1
        what = _describe(claim) + (f" (dropped: {reason})" if reason else "")
        score.errors.append(ErrorRow(score.name, "missed", what, claim.page, claim.quote))
    for j in alignment.spurious:
        claim = predicted[j]
        score.fields[claim.field].fp += 1
        score.patterns[_rule(claim)].fp += 1
        score.errors.append(
            ErrorRow(score.name, "spurious", _describe(claim), claim.page, claim.quote)
        )


def _score_lists(gold: GoldFile, prediction: Prediction, score: DocumentScore) -> None:
    for key in sorted(set(gold.lists) | set(prediction.lists)):
        expected, found = gold.lists.get(key, []), prediction.lists.get(key, [])
        alignment = align_items(expected, found)
        counts = score.lists[key]
        counts.tp += len(alignment.pairs)
        counts.fn += len(alignment.missed)
        counts.fp += len(alignment.spurious)
        for i in alignment.missed:
            score.errors.append(ErrorRow(score.name, "list-missed", key, None, expected[i]))
        for j in alignment.spurious:
            score.errors.append(ErrorRow(score.name, "list-spurious", key, None, found[j]))


def score_document(
    name: str, source_kind: str, gold: GoldFile, prediction: Prediction
) -> DocumentScore:
    """Compare one prediction with its gold file as the spec's Scoring section says."""
    score = DocumentScore(name=name, source_kind=source_kind)
    score.invalid_predictions = prediction.invalid
    _score_claims(gold_claims(gold), prediction.claims, score, prediction.rejected)
    _score_lists(gold, prediction, score)
    for condition, expected in sorted((gold.prescreen or {}).items()):
        predicted = prediction.prescreen.get(condition)
        score.verdicts[condition] = (expected, predicted)
        if predicted != expected:
            what = f"{condition}: gold {expected}, predicted {predicted or '(none)'}"
            score.errors.append(ErrorRow(name, "verdict", what, None, None))
    return score


@dataclass(slots=True)
class Summary:
    """Documents summed: per field and micro counts, pages, lists, verdicts, false passes."""

    documents: int = 0
    fields: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    micro: Counts = field(default_factory=Counts)
    pages_right: int = 0
    pages_checked: int = 0
    lists: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    list_micro: Counts = field(default_factory=Counts)
    verdict_right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    verdict_total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    false_passes: int = 0
    invalid_predictions: int = 0
    pattern_counts: dict[tuple[str, str], Counts] = field(
        default_factory=lambda: defaultdict(Counts)
    )
    dropped: Counter[str] = field(default_factory=Counter)

    @property
    def patterns(self) -> dict[str, Counts]:
        """Per pattern id: its matched and spurious predictions, and as missed the gold claims
        of its field it did not find (another pattern may have): its recall is the share of
        the field's gold claims it finds, and the recalls of a field's patterns add up to the
        field's."""
        out: dict[str, Counts] = {}
        for (name, pattern), counts in sorted(self.pattern_counts.items()):
            gold = self.fields[name].tp + self.fields[name].fn
            key = pattern if pattern.startswith(f"{name}/") else f"{name}/{pattern}"
            out[key] = Counts(counts.tp, counts.fp, gold - counts.tp)
        return out

    @property
    def page_accuracy(self) -> float | None:
        return self.pages_right / self.pages_checked if self.pages_checked else None

    def accuracy(self, condition: str) -> float | None:
        total = self.verdict_total.get(condition, 0)
        return self.verdict_right.get(condition, 0) / total if total else None


def summarise(scores: list[DocumentScore]) -> Summary:
    """Sum document scores; a false pass is a predicted pass where gold is fail or unclear."""
    summary = Summary()
    for score in scores:
        summary.documents += 1
        summary.invalid_predictions += score.invalid_predictions
        for name, counts in score.fields.items():
            summary.fields[name].add(counts)
            summary.micro.add(counts)
        for rule, counts in score.patterns.items():
            summary.pattern_counts[rule].add(counts)
        summary.dropped.update(score.dropped)
        summary.pages_right += score.pages_right
        summary.pages_checked += score.pages_checked
        for name, counts in score.lists.items():
            summary.lists[name].add(counts)
            summary.list_micro.add(counts)
        for condition, (expected, predicted) in score.verdicts.items():
            summary.verdict_total[condition] += 1
            summary.verdict_right[condition] += int(predicted == expected)
            summary.false_passes += int(predicted == "pass" and expected != "pass")
    return summary


def summary_dict(summary: Summary) -> dict[str, Any]:
    """The summary as plain JSON: sorted keys, rounded figures, no timestamps."""
    conditions = [c for c in CONDITIONS if c in summary.verdict_total] + sorted(
        c for c in summary.verdict_total if c not in CONDITIONS
    )
    return {
        "documents": summary.documents,
        "fields": {name: c.as_dict() for name, c in sorted(summary.fields.items())},
        "micro": summary.micro.as_dict(),
        "page_accuracy": _round(summary.page_accuracy),
        "pages_checked": summary.pages_checked,
        "lists": {name: c.as_dict() for name, c in sorted(summary.lists.items())},
        "lists_micro": summary.list_micro.as_dict(),
        "patterns": {name: c.as_dict() for name, c in summary.patterns.items()},
        "missed_by_reason": dict(sorted(summary.dropped.items())),
        "prescreen": {
            c: {
                "accuracy": _round(summary.accuracy(c)),
                "right": summary.verdict_right[c],
                "total": summary.verdict_total[c],
            }
            for c in conditions
        },
        "false_passes": summary.false_passes,
        "invalid_predictions": summary.invalid_predictions,
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
