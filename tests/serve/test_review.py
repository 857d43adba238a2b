import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from extractor.serve.app import create_admin, create_app
from extractor.serve.auth import CSRF_HEADER
from extractor.serve.config import ServeSettings

PASSWORD = "correct horse battery"
TEXT = (
    "截至2023年底，全市每万人拥有5G基站数36.8个，入选5G工厂名录项目6个。"
    "近三年，我市未发生重大网络安全事件和重大安全生产事故，申报材料真实有效。"
)


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    settings = ServeSettings(
        database_url=f"sqlite:///{tmp_path / 'panel.db'}", secret_key="s" * 40,
        data_dir=tmp_path / "data", upload_max_bytes=10_000,
    )  # fmt: skip
    create_admin(settings, "admin", PASSWORD)
    return TestClient(create_app(settings))


def _login(client: TestClient, name: str = "admin", password: str = PASSWORD) -> dict[str, str]:
    response = client.post("/api/login", json={"name": name, "password": password})
    assert response.status_code == 200, response.text
    return {CSRF_HEADER: response.json()["csrf"]}


def _upload(
    client: TestClient, headers: dict[str, str], name: str = "a.txt", data: bytes = b""
) -> dict:  # type: ignore[type-arg]
    files = {"file": (name, data or TEXT.encode("utf-8"), "text/plain")}
    response = client.post("/api/submissions", files=files, headers=headers)
    return {**(response.json() if response.content else {}), "http": response.status_code}


def test_upload_is_processed_and_gives_verdicts_and_suggestions(client: TestClient) -> None:
    headers = _login(client)
    uploaded = _upload(client, headers)
    assert uploaded["http"] == 202
    row = client.get(f"/api/submissions/{uploaded['id']}").json()
    assert row["status"] == "done", row
    found = client.get(f"/api/submissions/{uploaded['id']}/suggestions").json()
    verdicts = {v["key"]: v["verdict"] for v in found["verdicts"]}
    assert verdicts["bs_density"] == "pass"
    keys = [s["key"] for s in found["suggestions"]]
    assert len(keys) == len(set(keys))
    density = [s for s in found["suggestions"] if s["field"] == "bs_per_10k"]
    assert density
    assert density[0]["value"] == 36.8


def test_a_broken_file_shows_its_typed_error(client: TestClient) -> None:
    headers = _login(client)
    uploaded = _upload(client, headers, "bad.pdf", b"%PDF-1.7 not really")
    row = client.get(f"/api/submissions/{uploaded['id']}").json()
    assert (row["status"], row["error_kind"]) == ("failed", "corrupt")
    assert client.get(f"/api/submissions/{uploaded['id']}/suggestions").status_code == 409


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        pytest.param("a.exe", b"MZ", 415, id="wrong-type"),
        pytest.param("a.txt", b"x" * 10_001, 413, id="too-large"),
    ],
)
def test_bad_uploads_are_refused(client: TestClient, name: str, data: bytes, code: int) -> None:
    assert _upload(client, _login(client), name, data)["http"] == code


def test_decisions_are_kept_with_their_history(client: TestClient) -> None:
    headers = _login(client)
    submission = _upload(client, headers)["id"]
    key = client.get(f"/api/submissions/{submission}/suggestions").json()["suggestions"][0]["key"]
    url = f"/api/submissions/{submission}/decisions"
    first = client.post(url, json={"suggestion": key, "action": "confirm"}, headers=headers)
    assert first.status_code == 201
    fixed = {"suggestion": key, "action": "correct", "value": {"value": 37.1, "year": 2023}}
    second = client.post(url, json=fixed, headers=headers).json()
    assert second["previous"]["action"] == "confirm"
    state = client.get(url).json()
    assert [d["action"] for d in state["history"]] == ["confirm", "correct"]
    assert state["latest"][0]["value"] == {"value": 37.1, "year": 2023}
    assert (
        client.post(url, json={"suggestion": key, "action": "delete"}, headers=headers).status_code
        == 422
    )


def test_a_note_keeps_the_state_and_previous_is_the_state_before(client: TestClient) -> None:
    headers = _login(client)
    submission = _upload(client, headers)["id"]
    key = client.get(f"/api/submissions/{submission}/suggestions").json()["suggestions"][0]["key"]
    url = f"/api/submissions/{submission}/decisions"
    fixed = {"suggestion": key, "action": "correct", "value": {"value": 40.0}}
    client.post(url, json=fixed, headers=headers)
    note = {"suggestion": key, "action": "note", "note": "附件核对"}
    assert client.post(url, json=note, headers=headers).json()["previous"] is None
    again = client.post(url, json={"suggestion": key, "action": "confirm"}, headers=headers)
    assert again.json()["previous"] == {"action": "correct", "value": {"value": 40.0}, "note": None}
    state = client.get(url).json()
    assert [d["action"] for d in state["latest"]] == ["confirm"]
    times = [datetime.fromisoformat(d["created_at"]) for d in state["history"]]
    assert all(t.utcoffset() == timedelta(0) for t in times)
    assert times == sorted(times)


def test_a_note_does_not_undo_a_correction_in_the_gold_export(client: TestClient) -> None:
    headers = _login(client)
    submission = _upload(client, headers)["id"]
    found = client.get(f"/api/submissions/{submission}/suggestions").json()["suggestions"]
    density = next(s for s in found if s["field"] == "bs_per_10k")
    url = f"/api/submissions/{submission}/decisions"
    fixed = {"suggestion": density["key"], "action": "correct", "value": {"value": 35.0}}
    client.post(url, json=fixed, headers=headers)
    client.post(url, json={**fixed, "action": "note", "value": None, "note": "ok"}, headers=headers)
    gold = client.get(f"/api/submissions/{submission}/gold.json").json()
    assert [c["value"] for c in gold["claims"] if c["field"] == "bs_per_10k"] == [35.0]


def test_a_reviewer_sees_only_what_is_assigned(client: TestClient) -> None:
    admin = _login(client)
    submission = _upload(client, admin)["id"]
    client.post(
        "/api/reviewers", json={"name": "wang", "password": "a reviewer password"}, headers=admin
    )
    client.post("/api/logout", headers=admin)
    reviewer = _login(client, "wang", "a reviewer password")
    assert client.get("/api/submissions").json() == []
    assert client.get(f"/api/submissions/{submission}").status_code == 404
    assert client.get(f"/api/submissions/{submission}/suggestions").status_code == 404
    url = f"/api/submissions/{submission}/decisions"
    decision = {"suggestion": "x", "action": "confirm"}
    assert client.post(url, json=decision, headers=reviewer).status_code == 404
    assert (
        client.post(
            f"/api/submissions/{submission}/assign", json={"reviewer_id": 2}, headers=reviewer
        ).status_code
        == 403
    )
    client.post("/api/logout", headers=reviewer)
    admin = _login(client)
    wang = next(r["id"] for r in client.get("/api/reviewers").json() if r["name"] == "wang")
    assert (
        client.post(
            f"/api/submissions/{submission}/assign", json={"reviewer_id": wang}, headers=admin
        ).status_code
        == 200
    )
    client.post("/api/logout", headers=admin)
    _login(client, "wang", "a reviewer password")
    assert [s["id"] for s in client.get("/api/submissions").json()] == [submission]


def test_a_reload_shows_the_state_as_left(client: TestClient, tmp_path: Path) -> None:
    headers = _login(client)
    submission = _upload(client, headers)["id"]
    key = client.get(f"/api/submissions/{submission}/suggestions").json()["suggestions"][0]["key"]
    url = f"/api/submissions/{submission}/decisions"
    client.post(
        url, json={"suggestion": key, "action": "reject", "note": "不是本市数据"}, headers=headers
    )
    settings = client.app.state.settings  # type: ignore[attr-defined]
    again = TestClient(create_app(settings))  # a new app on the same database: a restart
    _login(again)
    state = again.get(url).json()
    assert [(d["action"], d["note"]) for d in state["latest"]] == [("reject", "不是本市数据")]


def test_export_is_gold_v1_as_the_reviewer_left_it(client: TestClient, tmp_path: Path) -> None:
    from evaluation.gold import load_gold

    headers = _login(client)
    submission = _upload(client, headers)["id"]
    found = client.get(f"/api/submissions/{submission}/suggestions").json()["suggestions"]
    by_field = {s["field"]: s for s in found if s["kind"] == "claim"}
    url = f"/api/submissions/{submission}/decisions"
    density, factories = by_field["bs_per_10k"], by_field["directory_5g_factories"]
    client.post(url, json={"suggestion": density["key"], "action": "correct",
                           "value": {"value": 36.9}}, headers=headers)  # fmt: skip
    client.post(url, json={"suggestion": factories["key"], "action": "reject"}, headers=headers)
    added = {"field": "edge_nodes", "value": 12, "status": "actual", "year": 2023}
    client.post(
        url, json={"suggestion": "added-1", "action": "add", "value": added}, headers=headers
    )
    exported = client.get(f"/api/submissions/{submission}/gold.json").json()
    path = tmp_path / "a.gold.json"
    path.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    gold = load_gold(path)
    claims = {(c.field, c.value, c.status, c.year) for c in gold.claims}
    assert ("bs_per_10k", 36.9, "actual", 2023) in claims
    assert not any(c.field == "directory_5g_factories" for c in gold.claims)
    assert ("edge_nodes", 12, "actual", 2023) in claims
    assert gold.prescreen is not None
    assert gold.prescreen["bs_density"] == "pass"
