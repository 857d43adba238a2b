import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from extractor.serve.app import create_app
from tests.serve.panel import client as panel_client
from tests.serve.panel import login, upload


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with panel_client(tmp_path, upload_max_bytes=10_000) as client:
        yield client


def test_upload_is_processed_and_gives_verdicts_and_suggestions(client: TestClient) -> None:
    headers = login(client)
    uploaded = upload(client, headers)
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
    headers = login(client)
    uploaded = upload(client, headers, "bad.pdf", b"%PDF-1.7 not really")
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
    assert upload(client, login(client), name, data)["http"] == code


def test_decisions_are_kept_with_their_history(client: TestClient) -> None:
    headers = login(client)
    submission = upload(client, headers)["id"]
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
    headers = login(client)
    submission = upload(client, headers)["id"]
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
    headers = login(client)
    submission = upload(client, headers)["id"]
    found = client.get(f"/api/submissions/{submission}/suggestions").json()["suggestions"]
    density = next(s for s in found if s["field"] == "bs_per_10k")
    url = f"/api/submissions/{submission}/decisions"
    fixed = {"suggestion": density["key"], "action": "correct", "value": {"value": 35.0}}
    client.post(url, json=fixed, headers=headers)
    client.post(url, json={**fixed, "action": "note", "value": None, "note": "ok"}, headers=headers)
    gold = client.get(f"/api/submissions/{submission}/gold.json").json()
    assert [c["value"] for c in gold["claims"] if c["field"] == "bs_per_10k"] == [35.0]


def test_a_reviewer_sees_only_what_is_assigned(client: TestClient) -> None:
    admin = login(client)
    submission = upload(client, admin)["id"]
    client.post(
        "/api/reviewers", json={"name": "wang", "password": "a reviewer password"}, headers=admin
    )
    client.post("/api/logout", headers=admin)
    reviewer = login(client, "wang", "a reviewer password")
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
    admin = login(client)
    wang = next(r["id"] for r in client.get("/api/reviewers").json() if r["name"] == "wang")
    assert (
        client.post(
            f"/api/submissions/{submission}/assign", json={"reviewer_id": wang}, headers=admin
        ).status_code
        == 200
    )
    client.post("/api/logout", headers=admin)
    login(client, "wang", "a reviewer password")
    assert [s["id"] for s in client.get("/api/submissions").json()] == [submission]


def test_a_reload_shows_the_state_as_left(client: TestClient, tmp_path: Path) -> None:
    headers = login(client)
    submission = upload(client, headers)["id"]
    key = client.get(f"/api/submissions/{submission}/suggestions").json()["suggestions"][0]["key"]
    url = f"/api/submissions/{submission}/decisions"
    client.post(
        url, json={"suggestion": key, "action": "reject", "note": "不是本市数据"}, headers=headers
    )
    settings = client.app.state.settings  # type: ignore[attr-defined]
    with TestClient(create_app(settings)) as again:  # a new app on the same database
        login(again)
        state = again.get(url).json()
    assert [(d["action"], d["note"]) for d in state["latest"]] == [("reject", "不是本市数据")]


def test_export_is_gold_v1_as_the_reviewer_left_it(client: TestClient, tmp_path: Path) -> None:
    from evaluation.gold import load_gold

    headers = login(client)
    submission = upload(client, headers)["id"]
    found = client.get(f"/api/submissions/{submission}/suggestions").json()["suggestions"]
    by_field = {s["field"]: s for s in found if s["kind"] == "claim"}
    url = f"/api/submissions/{submission}/decisions"
    density, factories = by_field["bs_per_10k"], by_field["directory_5g_factories"]
    client.post(
        url,
        json={"suggestion": density["key"], "action": "correct", "value": {"value": 36.9}},
        headers=headers,
    )
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


def test_a_submission_s_extraction_is_bounded_by_the_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Extraction ran on the server's own thread, past any timeout, holding its memory: a
    text full of figures (a second to parse, tens of seconds to extract) ends as a timeout."""
    monkeypatch.setenv("EXTRACTOR_TIMEOUT", "4")
    line = "截至2023年底，全市累计建成5G基站12000个，规上工业企业2100家，专精特新小巨人企业40家。\n"
    with panel_client(tmp_path, upload_max_bytes=10_000_000) as big:
        row = upload(big, login(big), "figures.txt", (line * 40_000).encode("utf-8"))
    assert (row["status"], row["error_kind"]) == ("failed", "timeout")


def test_an_id_too_large_for_the_database_is_refused_not_a_500(client: TestClient) -> None:
    headers = login(client)
    huge = "1" * 30  # overflowed the database driver: 500
    assert client.get(f"/api/submissions/{huge}").status_code == 422
    uploaded = upload(client, headers)
    url = f"/api/submissions/{uploaded['id']}/assign"
    body = {"reviewer_id": int(huge)}
    assert client.post(url, json=body, headers=headers).status_code == 422


def test_a_long_chinese_file_name_is_stored_and_processed(client: TestClient) -> None:
    """84 Chinese characters and the id passed the 255-byte limit of a file name: a 500."""
    name = "澄江市融合应用先导区申报材料" * 7 + ".txt"  # 98 characters, 298 bytes
    uploaded = upload(client, login(client), name)
    assert uploaded["http"] == 202, uploaded
    row = client.get(f"/api/submissions/{uploaded['id']}").json()
    assert (row["status"], row["filename"]) == ("done", name)


def test_a_bidi_override_in_a_file_name_is_listed_escaped(client: TestClient) -> None:
    assert upload(client, login(client), "x\u202efdp.txt")["http"] == 202
    listed = [r["filename"] for r in client.get("/api/submissions").json()]
    assert "x\\u202efdp.txt" in listed
    assert not any("\u202e" in name for name in listed)


def test_a_submission_is_reprocessed_and_served_its_new_result(client: TestClient) -> None:
    """Reprocessing queues it again, keeps its decisions, and the page is never served the
    cached answer of the old result."""
    headers = login(client)
    uploaded = upload(client, headers)
    submission = uploaded["id"]
    assert uploaded["created_at"]
    url = f"/api/submissions/{submission}"
    before = client.get(f"{url}/suggestions").json()
    key = before["suggestions"][0]["key"]
    client.post(f"{url}/decisions", json={"suggestion": key, "action": "confirm"}, headers=headers)
    settings = client.app.state.settings  # type: ignore[attr-defined]
    stored = next((settings.data_dir / "uploads").glob(f"{submission}-*"))
    stored.write_text(stored.read_text(encoding="utf-8").replace("36.8", "41.5"), encoding="utf-8")
    again = client.post(f"{url}/reprocess", headers=headers)
    assert again.status_code == 202, again.text
    assert again.json()["status"] == "queued"
    from tests.serve.live import wait_processed

    assert wait_processed(client, submission)["status"] == "done"
    after = client.get(f"{url}/suggestions").json()
    values = {s["value"] for s in after["suggestions"] if s["field"] == "bs_per_10k"}
    assert 41.5 in values
    assert 36.8 not in values
    assert [d["action"] for d in client.get(f"{url}/decisions").json()["history"]] == ["confirm"]


def test_a_queued_submission_is_not_reprocessed(tmp_path: Path) -> None:
    with panel_client(tmp_path, jobs=0) as idle:  # nothing takes it from the queue
        headers = login(idle)
        submission = upload(idle, headers, wait=False)["id"]
        answer = idle.post(f"/api/submissions/{submission}/reprocess", headers=headers)
        assert answer.status_code == 409
        assert "排队中" in answer.json()["detail"]  # queued, in Chinese by default
