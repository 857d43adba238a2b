"""What the panel's API tests share: an app on its own database, signing in, uploading."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from extractor.serve.app import create_admin, create_app
from extractor.serve.auth import CSRF_HEADER
from extractor.serve.config import ServeSettings
from tests.serve.live import wait_processed

PASSWORD = "correct horse battery"
TEXT = (
    "截至2023年底，全市每万人拥有5G基站数36.8个，入选5G工厂名录项目6个。"
    "近三年，我市未发生重大网络安全事件和重大安全生产事故，申报材料真实有效。"
)


def settings(root: Path, **overrides: Any) -> ServeSettings:
    """Settings for an app whose database and files live under ``root``."""
    return ServeSettings(
        database_url=f"sqlite:///{root / 'panel.db'}",
        secret_key="s" * 40,
        data_dir=root / "data",
        **overrides,
    )


def client(root: Path, **overrides: Any) -> TestClient:
    """A test client of a fresh app with its administrator ``admin``; use it in a ``with``
    block, which runs the app's job queue (and stops it after)."""
    made = settings(root, **overrides)
    create_admin(made, "admin", PASSWORD)
    return TestClient(create_app(made))


def login(client: TestClient, name: str = "admin", password: str = PASSWORD) -> dict[str, str]:
    """Sign in; the headers a state-changing request must carry."""
    response = client.post("/api/login", json={"name": name, "password": password})
    assert response.status_code == 200, response.text
    return {CSRF_HEADER: response.json()["csrf"]}


def upload(
    client: TestClient,
    headers: dict[str, str],
    name: str = "a.txt",
    data: bytes = b"",
    *,
    wait: bool = True,
) -> dict[str, Any]:
    """Upload a file (TEXT by default); its row, with the HTTP status under "http". An
    accepted upload is waited for until processed, unless ``wait`` is False."""
    files = {"file": (name, data or TEXT.encode("utf-8"), "text/plain")}
    response = client.post("/api/submissions", files=files, headers=headers)
    row = {**(response.json() if response.content else {}), "http": response.status_code}
    if wait and response.status_code == 202:
        row = {**wait_processed(client, int(row["id"])), "http": response.status_code}
    return row
