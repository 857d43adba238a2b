"""Pairing predictions with gold: claims by field, status, year and value; list items by text."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TypeVar

from evaluation.gold import Claim

VALUE_TOLERANCE = 0.005  # spec: values agree to within 0.5 % (relative)
LIST_SIMILARITY = 0.9  # spec: character-level similarity of at least 0.9
_UNMATCHABLE = 1e9
T = TypeVar("T")
U = TypeVar("U")


@dataclass(frozen=True, slots=True)
class Alignment:
    """Index pairs (gold, predicted) that match, and what is left on each side."""

    pairs: list[tuple[int, int]]
    missed: list[int]
    spurious: list[int]


def _assign(
    gold: Sequence[T], predicted: Sequence[U], cost: Callable[[T, U], float | None]
) -> list[tuple[int, int]]:
    """A maximum matching, cheapest among maximum ones (Hungarian algorithm)."""
    if not gold or not predicted:
        return []
    from scipy.optimize import linear_sum_assignment

    matrix = [[_UNMATCHABLE] * len(predicted) for _ in gold]
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            found = cost(g, p)
            if found is not None:
                matrix[i][j] = found
    rows, cols = linear_sum_assignment(matrix)
    return [
        (int(i), int(j)) for i, j in zip(rows, cols, strict=True) if matrix[i][j] < _UNMATCHABLE
    ]


def value_cost(gold: float, predicted: float) -> float | None:
    """Relative difference when within tolerance, else None (no match)."""
    if gold == 0:
        return 0.0 if predicted == 0 else None
    difference = abs(predicted - gold) / abs(gold)
    return difference if difference <= VALUE_TOLERANCE + 1e-12 else None


def align_claims(gold: Sequence[Claim], predicted: Sequence[Claim]) -> Alignment:
    """Match claims with equal field, status and year and values within 0.5 %; one-to-one."""
    groups: dict[tuple[str, str, int | None], tuple[list[int], list[int]]] = defaultdict(
        lambda: ([], [])
    )
    for i, claim in enumerate(gold):
        groups[(claim.field, claim.status, claim.year)][0].append(i)
    for j, claim in enumerate(predicted):
        groups[(claim.field, claim.status, claim.year)][1].append(j)
    pairs: list[tuple[int, int]] = []
    for gold_ids, predicted_ids in groups.values():
        found = _assign(
            [gold[i].value for i in gold_ids],
            [predicted[j].value for j in predicted_ids],
            value_cost,
        )
        pairs.extend((gold_ids[a], predicted_ids[b]) for a, b in found)
    return _alignment(pairs, len(gold), len(predicted))


def _alignment(pairs: list[tuple[int, int]], gold: int, predicted: int) -> Alignment:
    matched_gold = {i for i, _ in pairs}
    matched_predicted = {j for _, j in pairs}
    return Alignment(
        pairs=sorted(pairs),
        missed=[i for i in range(gold) if i not in matched_gold],
        spurious=[j for j in range(predicted) if j not in matched_predicted],
    )


def list_key(item: str) -> str:
    """An item as compared: no spaces, no punctuation, full-width folded."""
    folded = unicodedata.normalize("NFKC", item)
    return "".join(c for c in folded if not c.isspace() and unicodedata.category(c)[0] not in "PZ")


def similarity(a: str, b: str) -> float:
    """Character-level similarity in [0, 1] (difflib's ratio)."""
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _list_cost(gold: str, predicted: str) -> float | None:
    score = similarity(gold, predicted)
    return 1.0 - score if score >= LIST_SIMILARITY else None


def align_items(gold: Sequence[str], predicted: Sequence[str]) -> Alignment:
    """Match list items one-to-one after removing spaces and punctuation."""
    pairs = _assign([list_key(g) for g in gold], [list_key(p) for p in predicted], _list_cost)
    return _alignment(pairs, len(gold), len(predicted))
