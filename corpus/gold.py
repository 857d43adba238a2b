"""The gold/v1 file of one document: unique claims, lists, prescreen and distractors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus.blocks import Claim, Document
from corpus.verdicts import prescreen

Locate = Callable[[Claim], int | None]


def unique_claims(document: Document) -> list[Claim]:
    """First statement of each claim; a figure stated twice (summary and body) is one claim."""
    seen: dict[tuple[str, float, str, int | None], Claim] = {}
    for claim in document.claims():
        seen.setdefault(claim.key, claim)
    return list(seen.values())


def _value(value: float) -> float | int:
    return int(value) if value == int(value) else round(value, 4)


def gold(document: Document, name: str, locate: Locate | None = None) -> dict[str, Any]:
    """The gold mapping; ``locate`` gives a claim's 1-based page in a PDF."""
    claims: list[dict[str, Any]] = []
    for claim in unique_claims(document):
        entry: dict[str, Any] = {
            "field": claim.field,
            "value": _value(claim.value),
            "status": claim.status,
            "year": claim.year,
        }
        if claim.qualifier != "exact":
            entry["qualifier"] = claim.qualifier
        if locate is not None:
            entry["page"] = locate(claim)
        entry["quote"] = claim.quote
        claims.append(entry)
    out: dict[str, Any] = {
        "schema": "gold/v1",
        "document": name,
        "framework": document.framework,
        "city": document.city,
        "claims": claims,
        "lists": document.lists,
    }
    if document.framework == "miit-2023":
        out["prescreen"] = prescreen(claims, document.lists, document.flags)
    out["distractors"] = [{"kind": d.kind, "quote": d.quote} for d in document.all_distractors()]
    return out


def write(path: Path, data: dict[str, Any]) -> None:
    """Write sorted-key, indented UTF-8 JSON so reruns give identical bytes."""
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
    path.write_text(text + "\n", encoding="utf-8")
