"""Print corpus counts: python -m corpus.stats corpus (formats, claims, verdicts, distractors)."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from corpus.facts import VERDICTS
from corpus.plan import FORMATS, SPLITS
from corpus.templates import fields
from evaluation.gold import CONDITIONS

DISTRACTOR_KINDS = (
    "national",
    "provincial",
    "other_city",
    "threshold",
    "growth",
    "doc_number",
    "phone",
    "date",
    "percentage",
    "page_number",
)


def load(root: Path) -> list[tuple[str, dict[str, Any]]]:
    """(split, gold) for every gold file under root's split folders."""
    return [
        (split, json.loads(path.read_text(encoding="utf-8")))
        for split in SPLITS
        for path in sorted((root / split).glob("*.gold.json"))
    ]


def _table(title: str, header: list[str], rows: list[list[object]]) -> list[str]:
    out = [f"### {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return [*out, ""]


def report(root: Path) -> str:
    """The counts as Markdown tables."""
    golds = load(root)
    out = [f"{len(golds)} documents, {sum(len(g['claims']) for _, g in golds)} claims", ""]
    by_format = Counter((s, g["generator"]["format"]) for s, g in golds)
    rows = [
        [fmt, *(by_format[(s, fmt)] for s in SPLITS), sum(by_format[(s, fmt)] for s in SPLITS)]
        for fmt in FORMATS
    ]
    out += _table("Documents per format", ["format", *SPLITS, "all"], rows)
    by_framework = Counter((s, g["framework"]) for s, g in golds)
    rows = [
        [fw, *(by_framework[(s, fw)] for s in SPLITS), sum(by_framework[(s, fw)] for s in SPLITS)]
        for fw in ("miit-2023", "liaoning")
    ]
    longs = Counter(s for s, g in golds if g["generator"].get("long"))
    rows.append(["long (50+ pages)", *(longs[s] for s in SPLITS), sum(longs.values())])
    out += _table("Documents per framework", ["framework", *SPLITS, "all"], rows)
    claims = Counter((c["field"], c["status"]) for _, g in golds for c in g["claims"])
    rows = [[name, claims[(name, "actual")], claims[(name, "target")]] for name in fields()]
    out += _table("Claims per field", ["field", "actual", "target"], rows)
    verdicts = Counter(
        (c, g["prescreen"][c], s) for s, g in golds if "prescreen" in g for c in CONDITIONS
    )
    rows = [
        [c, *(" / ".join(str(verdicts[(c, v, s)]) for s in SPLITS) for v in VERDICTS)]
        for c in CONDITIONS
    ]
    out += _table("Verdicts per condition (train / dev / test)", ["condition", *VERDICTS], rows)
    kinds = Counter(d["kind"] for _, g in golds for d in g.get("distractors", []))
    out += _table(
        "Distractors per kind", ["kind", "count"], [[k, kinds[k]] for k in DISTRACTOR_KINDS]
    )
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    args = sys.argv[1:] if argv is None else argv
    print(report(Path(args[0] if args else "corpus")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
