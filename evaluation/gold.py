"""Reading gold/v1 files and prediction files into the shapes the scorer compares."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from extractor.parse.formats import suffixes

log = logging.getLogger(__name__)

GOLD_SUFFIX = ".gold.json"
CONDITIONS = (
    "special_policy",
    "bs_density",
    "scenario_factories",
    "factory_5g",
    "national_demonstration",
    "no_major_incident",
)
# The field table and the list keys of docs/gold-format.md: the register of fields
# (patterns/claims/fields.yaml) covers them, and the scorer takes any field a corpus holds.
FIELDS = frozenset(
    {
        "bs_total",
        "bs_per_10k",
        "population",
        "platform_projects",
        "scenario_factories",
        "typical_scenarios",
        "pilot_5g_factory_projects",
        "directory_5g_factories",
        "national_titles",
        "edge_nodes",
        "industrial_platforms",
        "standards",
        "ip_count",
        "above_scale_enterprises",
        "little_giants",
        "single_champions",
        "solution_providers",
        "special_funds",
        "talents",
    }
)
LIST_KEYS = frozenset({"policy_documents", "national_titles", "factories_5g"})
Verdict = Literal["pass", "fail", "unclear"]


class GoldError(Exception):
    """A gold file that does not follow gold/v1; names the file and the problem."""


class GoldClaim(BaseModel):
    """One labelled figure; extra keys (quote, notes) are allowed and ignored."""

    model_config = ConfigDict(extra="ignore", frozen=True)
    field: str
    value: float
    status: Literal["actual", "target"]
    year: int | None = None
    qualifier: str | None = None
    page: int | None = None
    quote: str | None = None


class GoldFile(BaseModel):
    """A gold/v1 file as the spec defines it."""

    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)
    schema_: Literal["gold/v1"] = Field(alias="schema")
    document: str
    framework: str
    city: str | None = None
    claims: list[GoldClaim] = Field(default_factory=list)
    lists: dict[str, list[str]] = Field(default_factory=dict)
    prescreen: dict[str, Verdict] | None = None


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim as compared: gold or predicted, with what --errors prints."""

    field: str
    value: float
    status: str
    year: int | None
    page: int | None = None
    quote: str | None = None
    pattern: str | None = None
    """The rule that found a predicted claim (its ``pattern_id``, an extra key), if it says."""


@dataclass(slots=True)
class Prediction:
    """What one tool said about one document; malformed parts are counted, not fatal."""

    claims: list[Claim] = field(default_factory=list)
    lists: dict[str, list[str]] = field(default_factory=dict)
    prescreen: dict[str, str] = field(default_factory=dict)
    invalid: int = 0
    rejected: list[tuple[float, str]] = field(default_factory=list)
    """Figures the tool found and dropped, with the rule's reason (ours: ``rejected``, from
    --explain), so a missed claim can say which rule dropped its figure."""


def load_gold(path: Path) -> GoldFile:
    """One gold file, validated; GoldError names the file and the first problems."""
    try:
        return GoldFile.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError) as err:
        raise GoldError(f"{path}: cannot read it as JSON ({err})") from err
    except ValidationError as err:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in err.errors()[:5]
        )
        raise GoldError(f"{path}: not gold/v1: {problems}") from err


def gold_claims(gold: GoldFile) -> list[Claim]:
    """The gold file's claims in the scorer's shape."""
    return [Claim(c.field, c.value, c.status, c.year, c.page, c.quote) for c in gold.claims]


def _claim(raw: Any) -> Claim | None:
    if not isinstance(raw, dict):
        return None
    try:
        value = float(raw["value"])
        year = raw.get("year")
        page = raw.get("page")
        quote = raw.get("quote")
        if quote is None and isinstance(raw.get("evidence"), list) and raw["evidence"]:
            first = raw["evidence"][0]
            quote = first.get("quote") if isinstance(first, dict) else None
        return Claim(
            field=str(raw["field"]),
            value=value,
            status=str(raw["status"]),
            year=int(year) if year is not None else None,
            page=int(page) if page is not None else None,
            quote=str(quote) if quote is not None else None,
            pattern=pattern if isinstance(pattern := raw.get("pattern_id"), str) else None,
        )
    except (KeyError, TypeError, ValueError):
        return None


def parse_prediction(raw: Any) -> Prediction:
    """A prediction object (the gold shape plus extra keys), read leniently."""
    prediction = Prediction()
    if not isinstance(raw, dict):
        prediction.invalid += 1
        return prediction
    for item in raw.get("claims") or []:
        claim = _claim(item)
        if claim is None:
            prediction.invalid += 1
        else:
            prediction.claims.append(claim)
    for item in raw.get("rejected") or []:
        if isinstance(item, dict) and isinstance(item.get("value"), int | float):
            prediction.rejected.append((float(item["value"]), str(item.get("reason"))))
    lists = raw.get("lists") or {}
    if isinstance(lists, dict):
        for key, items in lists.items():
            if isinstance(items, list):
                prediction.lists[str(key)] = [str(item) for item in items if item is not None]
    prescreen = raw.get("prescreen") or {}
    if isinstance(prescreen, dict):
        for key, verdict in prescreen.items():
            if isinstance(verdict, dict):
                verdict = verdict.get("verdict")
            if isinstance(verdict, str):
                prediction.prescreen[str(key)] = verdict
    return prediction


def find_gold(corpus: Path) -> list[Path]:
    """Every gold file below ``corpus``, sorted, so runs are reproducible."""
    return sorted(corpus.rglob(f"*{GOLD_SUFFIX}"))


def source_of(gold_path: Path, gold: GoldFile) -> Path | None:
    """The source document beside a gold file: the named one, else any with the same stem."""
    named = gold_path.parent / gold.document
    if named.is_file():
        return named
    stem = gold_path.name.removesuffix(GOLD_SUFFIX)
    for suffix in suffixes():
        candidate = gold_path.parent / f"{stem}{suffix}"
        if candidate.is_file():
            return candidate
    log.warning("%s: no source document beside it", gold_path)
    return None
