"""Sign-in under attack: throttled per account and per address with growing lockouts, sessions
kept on the server (signing out and a password change end them), names unique as folded."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from fastapi.testclient import TestClient
from sqlalchemy import text

from extractor.serve import auth, throttle
from extractor.serve.auth import SESSION_COOKIE
from extractor.serve.db import MIGRATIONS, make_engine, migrate, session_factory
from tests.serve.panel import PASSWORD, login
from tests.serve.panel import client as panel_client


class Clock:
    """The throttle's clock, moved by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    made = Clock()
    monkeypatch.setattr(throttle, "_now", made)
    return made


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with panel_client(tmp_path) as client:
        yield client


def _sign_in(client: TestClient, name: str, password: str) -> int:
    return client.post("/api/login", json={"name": name, "password": password}).status_code


def test_a_locked_account_is_refused_before_any_password_is_checked(
    client: TestClient, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    free = throttle.FREE_FAILURES["name"]
    assert [_sign_in(client, "admin", "wrong") for _ in range(free + 1)] == [401] * (free + 1)
    checks: list[str] = []
    real = auth.verify_password
    monkeypatch.setattr(auth, "verify_password", lambda *a: checks.append("x") or real(*a))
    refused = client.post("/api/login", json={"name": "admin", "password": PASSWORD})
    assert refused.status_code == 429
    assert refused.headers["Retry-After"] == "1"
    assert _sign_in(client, "ADMIN", PASSWORD) == 429  # the same account, however typed
    assert checks == []  # no argon2 work for a locked key
    clock.now += timedelta(seconds=1)
    assert _sign_in(client, "admin", PASSWORD) == 200
    assert checks == ["x"]
    # a success starts the account's count again
    assert [_sign_in(client, "admin", "wrong") for _ in range(free)] == [401] * free


def test_a_thousand_guesses_at_one_account_take_more_than_an_hour(
    tmp_path: Path, clock: Clock
) -> None:
    """The guesser waits out every lockout and tries again at once."""
    engine = make_engine(f"sqlite:///{tmp_path / 'p.db'}")
    migrate(engine)
    start = clock.now
    keys = throttle.keys("admin", "192.0.2.7")[:1]
    with session_factory(engine)() as db:
        for _ in range(1000):
            clock.now += timedelta(seconds=throttle.locked_for(db, keys))
            throttle.failed(db, keys)
            db.commit()
    engine.dispose()
    assert clock.now - start >= timedelta(hours=1)
    assert throttle.lock_s("name", 1000) == throttle.MAX_LOCK_S


def test_one_address_is_throttled_across_names(client: TestClient, clock: Clock) -> None:
    free = throttle.FREE_FAILURES["addr"]
    answers = [_sign_in(client, f"nobody{n}", "wrong") for n in range(free + 1)]
    assert answers == [401] * (free + 1)
    assert _sign_in(client, "admin", PASSWORD) == 429  # the address is locked, any name
    clock.now += timedelta(seconds=1)
    assert _sign_in(client, "admin", PASSWORD) == 200


def test_signing_out_ends_the_session_on_the_server(client: TestClient) -> None:
    headers = login(client)
    copied = client.cookies[SESSION_COOKIE]
    assert client.post("/api/logout", headers=headers).status_code == 204
    client.cookies.set(SESSION_COOKIE, copied)  # a copy taken before signing out
    assert client.get("/api/me").status_code == 401
    assert client.post("/api/logout", headers=headers).status_code == 401


def test_a_password_change_ends_the_other_sessions(client: TestClient) -> None:
    other = TestClient(client.app)
    login(other)
    headers = login(client)
    url = "/api/me/password"
    wrong = {"current": "not it", "new": "a brand new password"}
    assert client.post(url, json=wrong, headers=headers).status_code == 403
    body = {"current": PASSWORD, "new": "a brand new password"}
    assert client.post(url, json=body, headers=headers).status_code == 200
    assert client.get("/api/me").status_code == 200  # this one goes on
    assert other.get("/api/me").status_code == 401
    assert _sign_in(other, "admin", PASSWORD) == 401
    assert _sign_in(other, "admin", "a brand new password") == 200


def test_names_alike_when_folded_are_one_account(client: TestClient) -> None:
    headers = login(client)
    body = {"name": "alice", "password": "alice's password"}
    assert client.post("/api/reviewers", json=body, headers=headers).status_code == 201
    for twin in ("ａｌｉｃｅ", "Alice", "ALICE"):
        again = {"name": twin, "password": "another password"}
        assert client.post("/api/reviewers", json=again, headers=headers).status_code == 409
    assert _sign_in(client, "Ａｌｉｃｅ", "alice's password") == 200


def test_the_migration_folds_existing_names_keeping_both_of_a_pair(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        for number, name in enumerate(["alice", "ａｌｉｃｅ", "Bob"], start=1):
            connection.execute(
                text(
                    "INSERT INTO reviewers (id, name, password_hash, is_admin, created_at)"
                    " VALUES (:id, :name, 'x', 0, '2026-01-01 00:00:00')"
                ),
                {"id": number, "name": name},
            )
    migrate(engine)
    with engine.connect() as connection:
        keys = connection.execute(text("SELECT name, name_key FROM reviewers ORDER BY id")).all()
    engine.dispose()
    assert [tuple(row) for row in keys] == [
        ("alice", "alice"),
        ("ａｌｉｃｅ", "alice#2"),
        ("Bob", "bob"),
    ]
