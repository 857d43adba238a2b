"""No decision a client sends, and none stored before decisions were checked, can make a route
answer 500: a correction's value is flat and bounded (a number or a short string, a status, a
year …), and what is stored is shown and exported whatever it is."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from extractor.serve.db_tables import Decision
from tests.serve.panel import client as panel_client
from tests.serve.panel import login, upload

KEYS = ["indicator", "field", "value", "status", "year", "qualifier", "page", "quote", "start"]
ACTIONS = ["confirm", "reject", "correct", "add", "note"]
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from(["actual", "target", "about", "2023", "36.8"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)
VALUES = st.none() | JSON | st.dictionaries(st.sampled_from(KEYS), JSON, max_size=5)


def _nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = {"value": value}
    return value


def _routes_answer(client: TestClient, submission: int) -> None:
    for path in ("decisions", "gold.json", "suggestions"):
        response = client.get(f"/api/submissions/{submission}/{path}")
        assert response.status_code == 200, (path, response.text[:300])


def test_no_decision_payload_breaks_a_route(tmp_path: Path) -> None:
    with panel_client(tmp_path) as client:
        headers = login(client)
        submission = int(upload(client, headers)["id"])
        url = f"/api/submissions/{submission}/decisions"

        @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(action=st.sampled_from(ACTIONS), value=VALUES, note=st.none() | st.text(max_size=30))
        def decide(action: str, value: Any, note: str | None) -> None:
            body = {
                "suggestion": "bs_per_10k:claim:0-10",
                "action": action,
                "value": value,
                "note": note,
            }
            # as a client may write it: Infinity and NaN too, which Python's JSON reader accepts
            raw = json.dumps(body, allow_nan=True).encode("utf-8")
            sent = {**headers, "content-type": "application/json"}
            response = client.post(url, content=raw, headers=sent)
            assert response.status_code in (201, 422), response.text[:300]
            _routes_answer(client, submission)

        decide()


def test_deep_list_and_huge_values_are_refused(tmp_path: Path) -> None:
    with panel_client(tmp_path) as client:
        headers = login(client)
        submission = int(upload(client, headers)["id"])
        url = f"/api/submissions/{submission}/decisions"
        for value in (_nested(900), {"value": [1, 2]}, {"value": "x" * (20 << 20)}):
            body = {"suggestion": "s", "action": "correct", "value": value}
            assert client.post(url, json=body, headers=headers).status_code in (413, 422)
        good = {"suggestion": "s", "action": "correct", "value": {"value": 40.5, "year": 2023}}
        assert client.post(url, json=good, headers=headers).status_code == 201
        _routes_answer(client, submission)


def test_values_stored_before_they_were_checked_are_shown_and_exported(tmp_path: Path) -> None:
    """Rows written by the unchecked API: a 900-level value, a list, a non-JSON string."""
    with panel_client(tmp_path) as client:
        headers = login(client)
        submission = int(upload(client, headers)["id"])
        bad = [json.dumps(_nested(900)), json.dumps({"value": [1, 2]}), "not json", json.dumps([1])]
        engine = create_engine(f"sqlite:///{tmp_path / 'panel.db'}")
        with Session(engine) as db:
            for index, text in enumerate(bad):
                db.add(
                    Decision(
                        submission_id=submission,
                        suggestion=f"s{index}",
                        action="correct",
                        value_json=text,
                        previous_json=text,
                        note=None,
                        reviewer_id=1,
                    )
                )
            db.commit()
        _routes_answer(client, submission)
