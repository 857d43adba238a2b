"""Where a review stands: each suggestion's standing decision."""

from __future__ import annotations

from collections.abc import Iterable

from extractor.serve.db_tables import Decision


def standing(decisions: Iterable[Decision]) -> dict[str, Decision]:
    """Each suggestion's last decision that is not a note (decisions in id order): a note is a
    track of its own and leaves the suggestion's state as it was."""
    return {d.suggestion: d for d in decisions if d.action != "note"}
