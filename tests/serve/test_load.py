"""50 reviewers at once for a fixed time: no error response, no decision lost or duplicated.
(benchmarks/panel_load.py runs the same loop for longer and reports the percentiles.)"""

from __future__ import annotations

import json
from pathlib import Path

from tests.serve import load
from tests.serve.live import live_server

ROOT = Path(__file__).resolve().parents[2]
REVIEWERS = 50
SECONDS = 10.0


def test_fifty_reviewers_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    with live_server(tmp_path / "panel") as server:
        reviewers = load.prepare(server, REVIEWERS)
        load.run(server, reviewers, SECONDS)
        report = load.check(server, reviewers)
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "panel_load_test.json").write_text(json.dumps({**report, "seconds": SECONDS}, indent=2))
    assert report["errors"] == []
    assert (report["lost"], report["duplicated"], report["unacknowledged_stored"]) == (0, 0, 0)
    assert report["decisions_acknowledged"] >= REVIEWERS  # every reviewer got decisions in
    assert all(r.acked for r in reviewers)
