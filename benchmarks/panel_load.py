"""The reviewer panel under load: N reviewers at once, each confirming and correcting on their
own submission for a fixed time, against a real server on loopback (SQLite, one process).

    python benchmarks/panel_load.py [--reviewers 50] [--seconds 60] [--json]

Reports requests, acknowledged decisions, errors, lost or duplicated decisions (checked against
the stored audit trail) and latency percentiles per kind of request. The client threads share
one Python process with the GIL, so latencies include some client-side queueing.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def run(reviewers: int, seconds: float) -> dict[str, Any]:
    from tests.serve import load
    from tests.serve.live import live_server

    with tempfile.TemporaryDirectory() as scratch, live_server(Path(scratch)) as server:
        started = time.perf_counter()
        people = load.prepare(server, reviewers)
        prepared = time.perf_counter() - started
        load.run(server, people, seconds)
        report = load.check(server, people)
    requests = report["requests"]
    return {
        **report,
        "errors": report["errors"][:20],
        "error_count": len(report["errors"]),
        "seconds": seconds,
        "requests_per_second": round(requests / seconds, 1),
        "setup_seconds": round(prepared, 1),
        "machine": f"{os.cpu_count()} cores",
    }


def describe(report: dict[str, Any]) -> str:
    rows = [
        f"{report['reviewers']} reviewers for {report['seconds']:.0f} s: {report['requests']} "
        f"requests ({report['requests_per_second']}/s), {report['decisions_acknowledged']} "
        f"decisions acknowledged; errors {report['error_count']}, lost {report['lost']}, "
        f"duplicated {report['duplicated']}, stored unacknowledged "
        f"{report['unacknowledged_stored']}",
        f"{'request':<12} {'n':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}",
    ]
    for kind, figures in report["latency_ms"].items():
        rows.append(
            f"{kind:<12} {figures['n']:>6} {figures['p50']:>8.1f} {figures['p95']:>8.1f} "
            f"{figures['p99']:>8.1f} {figures['max']:>8.1f}"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The reviewer panel under concurrent load.")
    parser.add_argument("--reviewers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    report = run(args.reviewers, args.seconds)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "panel_load.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(json.dumps(report, indent=2) if args.json else describe(report))
    return 0 if not report["error_count"] and not report["lost"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
