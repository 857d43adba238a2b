"""A stated count beside the list that names its items: do the two agree?

An application may say 入选5G工厂名录项目6个 and then name four projects, or name seven titles
under 部级及以上相关称号5项. Neither is silently preferred: the pair is reported, so the
pre-screen can tell a consistent claim from one a reviewer must check.
"""

from __future__ import annotations

from collections.abc import Mapping, Sized

from extractor.model import Agreement, PredictedClaim, Reconciliation, Status

# Which list names the items of which count field (gold/v1 ids on both sides).
COUNTED_BY: dict[str, tuple[str, ...]] = {
    "national_titles": ("national_titles",),
    "factories_5g": ("directory_5g_factories", "pilot_5g_factory_projects"),
}


def _latest(claims: list[PredictedClaim], field: str) -> PredictedClaim | None:
    """The achieved claim of ``field`` with the latest year (stated, not derived)."""
    actual = [c for c in claims if c.field == field and c.status is Status.actual]
    actual = [c for c in actual if not c.derived]
    return max(actual, key=lambda c: (c.year or 0, c.value), default=None)


def reconcile(claims: list[PredictedClaim], lists: Mapping[str, Sized]) -> list[Reconciliation]:
    """Each count field beside its named list, when the document has either."""
    found: list[Reconciliation] = []
    for name, fields in COUNTED_BY.items():
        latest = [c for field in fields if (c := _latest(claims, field)) is not None]
        stated = sum(c.value for c in latest) if latest else None
        listed = len(lists.get(name, ()))
        if stated is None and not listed:
            continue
        if stated is None:
            agreement = Agreement.list_only
        elif not listed:
            agreement = Agreement.count_only
        elif listed == stated:
            agreement = Agreement.agree
        else:
            agreement = Agreement.list_larger if listed > stated else Agreement.count_larger
        found.append(
            Reconciliation(
                list=name, fields=fields, stated=stated, listed=listed, agreement=agreement
            )
        )
    return found
