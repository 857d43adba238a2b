"""Every route of the OpenAPI description, enumerated: signed out it refuses, a state change
without the CSRF token is refused, and a reviewer never reaches another reviewer's submission.
A new route is covered without editing this file."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from extractor.serve.auth import CSRF_HEADER
from tests.serve.panel import client as panel_client
from tests.serve.panel import login

OPEN = {("post", "/api/login"), ("get", "/api/health")}
ADMIN_ONLY = {
    ("get", "/api/reviewers"),
    ("post", "/api/reviewers"),
    ("post", "/api/folders"),
    ("get", "/api/audit"),
    ("post", "/api/reviewers/{reviewer_id}/deactivate"),
    ("post", "/api/reviewers/{reviewer_id}/reactivate"),
    ("post", "/api/reviewers/{reviewer_id}/password"),
}
ADMIN_ONLY_PATTERNS = {
    ("post", "/api/submissions/{submission_id}/assign"),
    ("delete", "/api/submissions/{submission_id}/assign"),
    ("delete", "/api/submissions/{submission_id}"),
}
TEXT = "截至2023年底，全市每万人拥有5G基站数36.8个。申报材料真实有效。"


def _routes(client: TestClient) -> list[tuple[str, str]]:
    paths: dict[str, dict[str, Any]] = client.get("/openapi.json").json()["paths"]
    return sorted((method, path) for path, ops in paths.items() for method in ops)


def _fill(path: str, submission: int) -> str:
    path = path.replace("{submission_id}", str(submission)).replace("{number}", "1")
    path = path.replace("{reviewer_id}", "1")
    return path.replace("{framework_id}", "miit-2023")


def _body(method: str, path: str) -> dict[str, Any]:
    """A valid body where the route needs one, so refusals are about who asks, not what."""
    if method != "post":
        return {}
    if path.endswith("/decisions"):
        return {"json": {"suggestion": "x", "action": "confirm"}}
    if path.endswith("/assign"):
        return {"json": {"reviewer_id": 1}}
    if path.endswith("/password") and "{reviewer_id}" in path:
        return {"json": {"password": "a long enough one"}}
    if path == "/api/reviewers":
        return {"json": {"name": "someone", "password": "a long enough one"}}
    if path == "/api/folders":
        return {"json": {"path": "/tmp"}}
    if path == "/api/submissions":
        return {"files": {"file": ("a.txt", TEXT.encode(), "text/plain")}}
    return {}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with panel_client(tmp_path_factory.mktemp("panel")) as client:
        yield client


@pytest.fixture(scope="module")
def two_reviewers(client: TestClient) -> dict[str, int]:
    """Submission ids: one of "wang" (done) and one of "li"."""
    admin = login(client)
    for name in ("wang", "li"):
        client.post(
            "/api/reviewers", json={"name": name, "password": f"{name} password!"}, headers=admin
        )
    owned = {}
    for name in ("wang", "li"):
        headers = login(client, name, f"{name} password!")
        response = client.post(
            "/api/submissions", headers=headers, **_body("post", "/api/submissions")
        )
        assert response.status_code == 202
        owned[name] = response.json()["id"]
    client.cookies.clear()
    return owned


def test_the_description_lists_the_routes_this_file_expects(client: TestClient) -> None:
    routes = set(_routes(client))
    assert routes >= OPEN | ADMIN_ONLY | ADMIN_ONLY_PATTERNS
    assert len(routes) >= 18


def test_signed_out_every_route_but_login_and_health_is_401(
    client: TestClient, two_reviewers: dict[str, int]
) -> None:
    client.cookies.clear()
    for method, path in _routes(client):
        if (method, path) in OPEN:
            continue
        response = client.request(method, _fill(path, two_reviewers["wang"]), **_body(method, path))
        assert response.status_code == 401, (method, path, response.status_code)


def test_a_forged_or_foreign_session_cookie_is_401(client: TestClient) -> None:
    client.cookies.clear()
    client.cookies.set("extractor_session", "eyJyIjoxLCJjIjoieCJ9.forged.signature")
    assert client.get("/api/me").status_code == 401
    client.cookies.clear()


def test_every_state_change_without_the_csrf_token_is_403(
    client: TestClient, two_reviewers: dict[str, int]
) -> None:
    login(client)
    for method, path in _routes(client):
        if method == "get" or (method, path) in OPEN:
            continue
        url = _fill(path, two_reviewers["wang"])
        for headers in ({}, {CSRF_HEADER: "not-the-token"}):
            response = client.request(method, url, headers=headers, **_body(method, path))
            assert response.status_code == 403, (method, path, headers, response.status_code)


def test_a_reviewer_never_reaches_another_reviewers_submission(
    client: TestClient, two_reviewers: dict[str, int]
) -> None:
    headers = login(client, "li", "li password!")
    foreign = two_reviewers["wang"]
    scoped = [(m, p) for m, p in _routes(client) if "{submission_id}" in p]
    assert len(scoped) >= 8
    for method, path in scoped:
        response = client.request(
            method, _fill(path, foreign), headers=headers, **_body(method, path)
        )
        expected = 403 if (method, path) in ADMIN_ONLY_PATTERNS else 404
        assert response.status_code == expected, (method, path, response.status_code)
    listed = {row["id"] for row in client.get("/api/submissions").json()}
    assert listed == {two_reviewers["li"]}
    own = client.get(f"/api/submissions/{two_reviewers['li']}/decisions", headers=headers)
    assert own.status_code == 200


def test_administration_is_refused_to_a_reviewer(
    client: TestClient, two_reviewers: dict[str, int]
) -> None:
    headers = login(client, "li", "li password!")
    for method, path in sorted(ADMIN_ONLY | ADMIN_ONLY_PATTERNS):
        url = _fill(path, two_reviewers["li"])
        response = client.request(method, url, headers=headers, **_body(method, path))
        assert response.status_code == 403, (method, path, response.status_code)


def test_ids_that_are_not_numbers_are_422_not_500(client: TestClient) -> None:
    login(client)
    for method, path in _routes(client):
        if "{submission_id}" not in path or method != "get":
            continue
        url = re.sub(r"\{submission_id\}", "abc", path).replace("{number}", "1")
        assert client.get(url).status_code == 422, path


def test_a_session_expires_after_its_hours(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The signed cookie carries its issue time; past session_hours (12) it is refused."""
    import itsdangerous.timed

    login(client)
    assert client.get("/api/me").status_code == 200
    now = time.time()
    monkeypatch.setattr(itsdangerous.timed.time, "time", lambda: now + 11.9 * 3600)
    assert client.get("/api/me").status_code == 200
    monkeypatch.setattr(itsdangerous.timed.time, "time", lambda: now + 12.1 * 3600)
    assert client.get("/api/me").status_code == 401
    assert client.get("/api/submissions").status_code == 401
