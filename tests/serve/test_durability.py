"""The review survives the server being killed: SIGKILL in the middle of a stream of decisions,
a restart on the same data, and every acknowledged decision is there with its audit trail."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from tests.serve.live import live_server, signed_in, start_server, stop_server, wait_processed

TEXT = (
    "截至2023年底，全市累计建成5G基站8965个，每万人拥有5G基站数36.6个。"
    "全市已有7家工厂各自建成10个以上典型应用场景，入选5G工厂名录项目6个。"
    "全市规模以上工业企业1320家，获得部级及以上称号8项。"
)
ACKNOWLEDGED_BEFORE_KILL = 40


def _stream(
    url: str, submission: int, keys: list[str], acked: list[dict[str, Any]], stop: threading.Event
) -> None:
    """Post decisions one after another until the server dies; keep what it acknowledged."""
    client = signed_in(url)
    n = 0
    while not stop.is_set():
        key = keys[n % len(keys)]
        action = ("confirm", "correct", "reject", "note")[n % 4]
        body: dict[str, Any] = {"suggestion": key, "action": action}
        if action == "correct":
            body["value"] = {"value": 1000 + n, "year": 2023}
        if action == "note":
            body["note"] = f"第{n}条备注"
        try:
            response = client.post(f"/api/submissions/{submission}/decisions", json=body)
        except httpx.HTTPError:
            return  # the server is gone: this one was not acknowledged
        if response.status_code != 201:
            return
        acked.append(response.json())
        n += 1


KILLS = 3


def test_sigkill_mid_stream_loses_no_acknowledged_decision(tmp_path: Path) -> None:
    data = tmp_path / "panel"
    acked: list[dict[str, Any]] = []
    submission, keys = 0, []
    for kill in range(KILLS):
        server = start_server(data, first_start=kill == 0)
        try:
            client = signed_in(server.url)
            if kill == 0:
                source = ("kill.txt", TEXT.encode("utf-8"), "text/plain")
                submission = client.post("/api/submissions", files={"file": source}).json()["id"]
                assert wait_processed(client, submission)["status"] == "done"
                found = client.get(f"/api/submissions/{submission}/suggestions").json()
                keys = [s["key"] for s in found["suggestions"]][:5]
                assert len(keys) >= 3
            target = len(acked) + ACKNOWLEDGED_BEFORE_KILL
            stop = threading.Event()
            writer = threading.Thread(
                target=_stream, args=(server.url, submission, keys, acked, stop), daemon=True
            )
            writer.start()
            deadline = time.monotonic() + 60
            while len(acked) < target and time.monotonic() < deadline:
                time.sleep(0.005)
            os.kill(server.process.pid, signal.SIGKILL)  # no shutdown, no flush: a power cut
            server.process.wait()
            writer.join(timeout=30)
            stop.set()
            assert len(acked) >= target
        finally:
            stop_server(server)

    with live_server(data, first_start=False) as again:
        state = signed_in(again.url).get(f"/api/submissions/{submission}/decisions").json()
    history = state["history"]
    stored = {d["id"]: d for d in history}
    for decision in acked:
        assert stored.get(decision["id"]) == decision, decision  # there, exactly as acknowledged
    assert 0 <= len(history) - len(acked) <= KILLS  # at most the one in flight at each kill
    ids = [d["id"] for d in history]
    assert ids == sorted(set(ids))
    _check_audit_trail(history)
    figures = {
        "kills": KILLS,
        "acknowledged": len(acked),
        "stored": len(history),
        "lost": len({d["id"] for d in acked} - set(stored)),
    }
    out = Path(__file__).resolve().parents[2] / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "panel_durability.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")


def _check_audit_trail(history: list[dict[str, Any]]) -> None:
    """Each decision's ``previous`` is the state its suggestion had just before it."""
    standing: dict[tuple[str, bool], dict[str, Any]] = {}
    for decision in history:
        track = (decision["suggestion"], decision["action"] == "note")
        before = standing.get(track)
        expected = (
            None
            if before is None
            else {"action": before["action"], "value": before["value"], "note": before["note"]}
        )
        assert decision["previous"] == expected, decision
        standing[track] = decision
