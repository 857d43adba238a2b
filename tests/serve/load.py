"""Many reviewers at once against a live panel: each confirms and corrects on their own
submission in a bounded loop; afterwards every acknowledged decision must be stored exactly
once. Used by tests/serve/test_load.py (short) and benchmarks/panel_load.py (long)."""

from __future__ import annotations

import random
import statistics
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from tests.serve.live import LiveServer, signed_in, wait_processed

TEXT = (
    "截至2023年底，全市累计建成5G基站8965个，每万人拥有5G基站数36.6个。"
    "全市已有7家工厂各自建成10个以上典型应用场景，入选5G工厂名录项目6个。"
)


@dataclass
class Reviewer:
    name: str
    password: str
    submission: int = 0
    keys: list[str] = field(default_factory=list)
    acked: list[int] = field(default_factory=list)
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def prepare(server: LiveServer, count: int) -> list[Reviewer]:
    """``count`` reviewer accounts, each with one processed submission of their own."""
    admin = signed_in(server.url)
    reviewers = [Reviewer(f"reviewer{i:02d}", f"password of reviewer {i}") for i in range(count)]
    for reviewer in reviewers:
        body = {"name": reviewer.name, "password": reviewer.password}
        admin.post("/api/reviewers", json=body).raise_for_status()
    for i, reviewer in enumerate(reviewers):
        client = signed_in(server.url, reviewer.name, reviewer.password)
        source = (f"city-{i}.txt", TEXT.replace("8965", str(8000 + i)).encode(), "text/plain")
        response = client.post("/api/submissions", files={"file": source})
        response.raise_for_status()
        reviewer.submission = response.json()["id"]
    for reviewer in reviewers:
        assert wait_processed(admin, reviewer.submission)["status"] == "done"
        found = admin.get(f"/api/submissions/{reviewer.submission}/suggestions").json()
        reviewer.keys = [s["key"] for s in found["suggestions"]]
        assert reviewer.keys
    return reviewers


def _loop(url: str, reviewer: Reviewer, seconds: float, start: threading.Barrier) -> None:
    client = signed_in(url, reviewer.name, reviewer.password)
    base = f"/api/submissions/{reviewer.submission}"
    chance = random.Random(reviewer.name)
    start.wait()
    # the time runs from the barrier, after every sign-in: 50 password checks on a slow machine
    # once took longer than the run itself, and no reviewer got a request in
    until = time.monotonic() + seconds
    n = 0
    while time.monotonic() < until:
        if n % 3 == 0:
            kind, call = "suggestions", lambda: client.get(f"{base}/suggestions")
        elif n % 7 == 0:
            kind, call = "decisions", lambda: client.get(f"{base}/decisions")
        else:
            key = chance.choice(reviewer.keys)
            body: dict[str, Any] = {"suggestion": key, "action": "confirm"}
            if chance.random() < 0.5:
                body = {**body, "action": "correct", "value": {"value": n, "year": 2023}}
            kind = "decide"

            def call(body: dict[str, Any] = body) -> Any:
                return client.post(f"{base}/decisions", json=body)

        started = time.perf_counter()
        try:
            response = call()
        except Exception as err:  # a refused connection is an error to count, not a crash
            reviewer.errors.append(f"{kind}: {type(err).__name__}: {err}")
            n += 1
            continue
        reviewer.latencies.setdefault(kind, []).append(time.perf_counter() - started)
        if response.status_code >= 400:
            reviewer.errors.append(f"{kind}: HTTP {response.status_code} {response.text[:200]}")
        elif kind == "decide":
            reviewer.acked.append(int(response.json()["id"]))
        n += 1


def run(server: LiveServer, reviewers: list[Reviewer], seconds: float) -> None:
    """Every reviewer in their own thread, all starting together, for ``seconds``."""
    start = threading.Barrier(len(reviewers) + 1)
    threads = [
        threading.Thread(target=_loop, args=(server.url, r, seconds, start)) for r in reviewers
    ]
    for thread in threads:
        thread.start()
    start.wait()
    for thread in threads:
        thread.join(timeout=seconds + 120)


def check(server: LiveServer, reviewers: list[Reviewer]) -> dict[str, Any]:
    """Stored decisions against acknowledged ones, per submission; and latency percentiles."""
    admin = signed_in(server.url)
    lost = duplicated = unexpected = 0
    for reviewer in reviewers:
        history = admin.get(f"/api/submissions/{reviewer.submission}/decisions").json()
        stored = [d["id"] for d in history["history"]]
        duplicated += len(stored) - len(set(stored))
        lost += len(set(reviewer.acked) - set(stored))
        unexpected += len(set(stored) - set(reviewer.acked))
    samples: dict[str, list[float]] = {}
    for reviewer in reviewers:
        for kind, values in reviewer.latencies.items():
            samples.setdefault(kind, []).extend(values)
    return {
        "reviewers": len(reviewers),
        "requests": sum(len(v) for v in samples.values()),
        "decisions_acknowledged": sum(len(r.acked) for r in reviewers),
        "errors": [e for r in reviewers for e in r.errors],
        "lost": lost,
        "duplicated": duplicated,
        "unacknowledged_stored": unexpected,
        "latency_ms": {kind: percentiles(values) for kind, values in sorted(samples.items())},
    }


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000, 1)

    return {
        "n": len(ordered),
        "p50": round(statistics.median(ordered) * 1000, 1),
        "p95": at(0.95),
        "p99": at(0.99),
        "max": at(1.0),
    }
