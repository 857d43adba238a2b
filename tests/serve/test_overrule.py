"""A reviewer overrules a verdict: confirmed or changed with a reason, shown beside the
machine's, exported; a machine pass whose every piece of evidence was rejected stands as
unclear until the reviewer decides."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from extractor.report.labels import labels
from tests.serve.panel import client as panel_client
from tests.serve.panel import login, upload


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with panel_client(tmp_path) as client:
        yield client


def _verdicts(client: TestClient, submission: int) -> dict[str, dict[str, Any]]:
    state = client.get(f"/api/submissions/{submission}/decisions").json()
    return {v["key"]: v for v in state["verdicts"]}


def test_a_verdict_is_overruled_with_a_reason_and_exported(client: TestClient) -> None:
    headers = login(client)
    submission = int(upload(client, headers)["id"])
    url = f"/api/submissions/{submission}/decisions"
    assert _verdicts(client, submission)["bs_density"] == {
        "key": "bs_density",
        "name": _verdicts(client, submission)["bs_density"]["name"],
        "machine": "pass",
        "reviewer": None,
        "effective": "pass",
        "reason": None,
        "reviewer_id": None,
    }
    change = {
        "suggestion": "condition:bs_density",
        "action": "overrule",
        "value": {"verdict": "fail"},
    }
    refused = [
        change,  # no reason
        {**change, "note": "  "},
        {**change, "value": {}, "note": "基站数含规划数"},  # no verdict to become
        {"suggestion": "condition:bs_density", "action": "reject", "note": "x"},
        {
            "suggestion": "bs_per_10k:claim:0-10",
            "action": "overrule",
            "value": {"verdict": "fail"},
            "note": "x",
        },  # not a verdict
        {"suggestion": "condition:bs_density", "action": "confirm"},  # no reason
    ]
    for body in refused:
        assert client.post(url, json=body, headers=headers).status_code == 422, body
    reason = "36.8个含规划基站，实际建成数不足"
    made = client.post(url, json={**change, "note": reason}, headers=headers)
    assert made.status_code == 201, made.text
    density = _verdicts(client, submission)["bs_density"]
    assert (density["machine"], density["reviewer"], density["effective"]) == (
        "pass",
        "fail",
        "fail",
    )
    assert density["reason"] == reason
    gold = client.get(f"/api/submissions/{submission}/gold.json").json()
    assert gold["prescreen"]["bs_density"] == "fail"
    book = load_workbook(BytesIO(client.get(f"/api/submissions/{submission}/review.xlsx").content))
    rows = {row[0]: row[1:] for row in book["汇总"].iter_rows(values_only=True)}
    words = labels().verdicts
    assert rows[density["name"]][0] == words["fail"]
    assert rows[density["name"]][2:] == (words["pass"], reason)
    # confirming (with a reason) puts the machine's verdict back, the trail keeps both
    back = {"suggestion": "condition:bs_density", "action": "confirm", "note": "复核无误"}
    assert client.post(url, json=back, headers=headers).status_code == 201
    assert _verdicts(client, submission)["bs_density"]["effective"] == "pass"
    history = client.get(url).json()["history"]
    assert [d["action"] for d in history] == ["overrule", "confirm"]
    assert history[1]["previous"]["value"] == {"verdict": "fail"}


def test_a_pass_whose_evidence_was_all_rejected_is_unclear_until_decided(
    client: TestClient,
) -> None:
    headers = login(client)
    submission = int(upload(client, headers)["id"])
    url = f"/api/submissions/{submission}/decisions"
    found = client.get(f"/api/submissions/{submission}/suggestions").json()
    verdict = next(v for v in found["verdicts"] if v["key"] == "bs_density")
    assert verdict["verdict"] == "pass"
    places = {(e["block"], e["span"]["start"], e["span"]["end"]) for e in verdict["evidence"]}
    behind = [
        s["key"]
        for s in found["suggestions"]
        if (s["evidence"]["block"], s["evidence"]["span"]["start"], s["evidence"]["span"]["end"])
        in places
    ]
    assert behind
    for key in behind:
        body = {"suggestion": key, "action": "reject"}
        assert client.post(url, json=body, headers=headers).status_code == 201
    density = _verdicts(client, submission)["bs_density"]
    assert (density["machine"], density["reviewer"], density["effective"]) == (
        "pass",
        None,
        "unclear",
    )
    assert "否定" in density["reason"]
    assert (
        client.get(f"/api/submissions/{submission}/gold.json").json()["prescreen"]["bs_density"]
        == "unclear"
    )
    decided = {
        "suggestion": "condition:bs_density",
        "action": "overrule",
        "value": {"verdict": "pass"},
        "note": "另有附件证明",
    }
    assert client.post(url, json=decided, headers=headers).status_code == 201
    assert _verdicts(client, submission)["bs_density"]["effective"] == "pass"


def test_undo_appends_the_state_before_the_standing_decision(client: TestClient) -> None:
    headers = login(client)
    submission = int(upload(client, headers)["id"])
    url = f"/api/submissions/{submission}/decisions"
    found = client.get(f"/api/submissions/{submission}/suggestions").json()["suggestions"]
    key = next(s["key"] for s in found if s["field"] == "bs_per_10k")
    undo = {"suggestion": key, "action": "undo"}
    assert client.post(url, json=undo, headers=headers).status_code == 409  # nothing yet
    client.post(url, json={"suggestion": key, "action": "confirm"}, headers=headers)
    correct = {"suggestion": key, "action": "correct", "value": {"value": 36.9}}
    client.post(url, json=correct, headers=headers)
    made = client.post(url, json=undo, headers=headers)
    assert made.status_code == 201, made.text
    assert (made.json()["action"], made.json()["previous"]["action"]) == ("confirm", "correct")
    again = client.post(url, json=undo, headers=headers).json()  # undoing the undo
    assert (again["action"], again["value"]) == ("correct", {"value": 36.9})
    other = next(s["key"] for s in found if s["key"] != key and s["kind"] == "claim")
    client.post(url, json={"suggestion": other, "action": "reject"}, headers=headers)
    cleared = client.post(url, json={"suggestion": other, "action": "undo"}, headers=headers)
    assert cleared.json()["action"] == "undo"  # undecided again: the claim is back
    state = client.get(url).json()
    assert [d["action"] for d in state["history"]] == [
        "confirm",
        "correct",
        "confirm",
        "correct",
        "reject",
        "undo",
    ]
    gold = client.get(f"/api/submissions/{submission}/gold.json").json()
    rejected = next(s for s in found if s["key"] == other)
    assert any(c["field"] == rejected["field"] for c in gold["claims"])
    sheet = client.get(f"/api/submissions/{submission}/review.xlsx")
    assert sheet.status_code == 200
