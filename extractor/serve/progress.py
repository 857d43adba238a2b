"""Where each submission's review stands, as the list shows it: the verdicts that stand,
counted, and how many verdicts and suggestions the reviewer decided.

The list is polled, so nothing here reads a whole result per request: each processed
submission's review basis is built once per processing and kept in a cache, and the decisions
of all listed submissions come in one query.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from extractor.model import Verdict
from extractor.serve.cache import ResponseCache
from extractor.serve.db_tables import Decision, Submission
from extractor.serve.processing import load_result
from extractor.serve.schemas import ReviewSummary
from extractor.serve.standing import standing
from extractor.serve.verdict_review import ReviewBasis, review_basis, reviewed_verdicts

_DECIDED = frozenset({"confirm", "reject", "correct"})  # an undone suggestion is undecided again


def cached_basis(cache: ResponseCache, row: Submission) -> ReviewBasis:
    """The submission's review basis, built once per processing from its result (keyed, as
    the other cached responses are, by when processing finished)."""
    if row.status != "done":
        return ReviewBasis()

    def make() -> bytes:
        result = load_result(row)
        basis = ReviewBasis() if result is None else review_basis(result)
        return basis.model_dump_json().encode("utf-8")

    made = cache.get_or_make((row.id, "review-basis", row.finished_at), make)
    return ReviewBasis.model_validate_json(made)


def summary(basis: ReviewBasis, decisions: list[Decision]) -> ReviewSummary:
    """One submission's summary (its decisions in id order)."""
    verdicts = reviewed_verdicts(basis, decisions)
    latest = standing(decisions)
    decided = sum(
        1
        for key in basis.places
        if (decision := latest.get(key)) is not None and decision.action in _DECIDED
    )
    effective = [v.effective for v in verdicts]
    return ReviewSummary(
        passed=effective.count(Verdict.passed),
        failed=effective.count(Verdict.failed),
        unclear=effective.count(Verdict.unclear),
        conditions=len(verdicts),
        conditions_decided=sum(1 for v in verdicts if v.reviewer is not None),
        suggestions=len(basis.places),
        suggestions_decided=decided,
    )


def summaries(
    db: Session, cache: ResponseCache, rows: Sequence[Submission]
) -> dict[int, ReviewSummary]:
    """The summary of each processed submission among ``rows``, by id."""
    done = [row for row in rows if row.status == "done"]
    if not done:
        return {}
    by_submission: dict[int, list[Decision]] = defaultdict(list)
    query = select(Decision).where(
        Decision.submission_id.in_([row.id for row in done]), Decision.action != "note"
    )
    for decision in db.scalars(query.order_by(Decision.id)):
        by_submission[decision.submission_id].append(decision)
    return {row.id: summary(cached_basis(cache, row), by_submission[row.id]) for row in done}
