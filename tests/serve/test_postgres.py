"""The panel on a real PostgreSQL server: migrations, the review flow, a restart, timestamps.

SQLite forgives what PostgreSQL does not (types, time zones, aborted transactions), so the
claim that PostgreSQL works is checked on a throwaway server, one database per test.
Without a server the module is skipped, unless EXTRACTOR_REQUIRE_POSTGRES=1 (CI) fails it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from fastapi.testclient import TestClient
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError

from extractor.serve.app import create_admin, create_app
from extractor.serve.config import ServeSettings
from extractor.serve.db import MIGRATIONS, make_engine, migrate
from tests.serve.panel import PASSWORD, login, upload
from tests.serve.postgres_server import PostgresServer, PostgresUnavailable, start

TEXT = (
    "截至2023年底，全市每万人拥有5G基站数36.8个，入选5G工厂名录项目6个。"
    "近三年，我市未发生重大网络安全事件和重大安全生产事故，申报材料真实有效。"
)
TABLES = {
    "reviewers",
    "submissions",
    "decisions",
    "login_sessions",
    "sign_in_failures",
    "admin_actions",
}


@pytest.fixture(scope="module")
def server() -> Iterator[PostgresServer]:
    """One server for the module (starting one takes seconds); skipped only if CI allows."""
    try:
        running = start()
    except PostgresUnavailable as err:
        reason = f"no PostgreSQL server for the tests: {err}"
        if os.environ.get("EXTRACTOR_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"{reason} (EXTRACTOR_REQUIRE_POSTGRES=1)", pytrace=False)
        pytest.skip(reason)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def database_url(server: PostgresServer) -> str:
    """A fresh, empty database of its own for each test."""
    return server.create_database()


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> ServeSettings:
    return ServeSettings(
        database_url=database_url,
        secret_key="s" * 40,
        data_dir=tmp_path / "data",
        upload_max_bytes=10_000,
    )


@pytest.fixture
def apps() -> Iterator[list[TestClient]]:
    """Clients of the apps a test builds, started (their job queues run); stopped after it
    and their connection pools closed."""
    built: list[TestClient] = []
    yield built
    for client in built:
        client.__exit__(None, None, None)
        client.app.state.engine.dispose()  # type: ignore[attr-defined]


def _client(settings: ServeSettings, apps: list[TestClient]) -> TestClient:
    client = TestClient(create_app(settings))
    apps.append(client.__enter__())
    return client


def _upload(client: TestClient, headers: dict[str, str]) -> int:
    row = upload(client, headers, "城市.txt", TEXT.encode("utf-8"))
    assert row["http"] == 202, row
    return int(row["id"])


def _claims(client: TestClient, submission: int) -> dict[str, dict[str, Any]]:
    """The claim suggestions by field, the first (most confident) of each."""
    found = client.get(f"/api/submissions/{submission}/suggestions").json()["suggestions"]
    claims: dict[str, dict[str, Any]] = {}
    for suggestion in found:
        if suggestion["kind"] == "claim":
            claims.setdefault(suggestion["field"], suggestion)
    return claims


def _schema(engine: Engine) -> dict[str, Any]:
    """What migrations made: per table its columns (name, type, null), indexes, unique keys."""
    found = inspect(engine)
    return {
        table: (
            [(c["name"], str(c["type"]), c["nullable"]) for c in found.get_columns(table)],
            sorted((i["name"], tuple(i["column_names"])) for i in found.get_indexes(table)),
            sorted(tuple(u["column_names"]) for u in found.get_unique_constraints(table)),
        )
        for table in found.get_table_names()
    }


def test_migrations_make_the_schema_once_and_reach_the_head(database_url: str) -> None:
    from alembic.autogenerate import compare_metadata

    from extractor.serve.db_tables import Base

    engine = make_engine(database_url)
    try:
        assert inspect(engine).get_table_names() == []
        migrate(engine)
        first = _schema(engine)
        assert set(first) == {*TABLES, "alembic_version"}
        assert first["reviewers"][2] == [("name",), ("name_key",)]
        assert ("ix_decisions_submission_id", ("submission_id",)) in first["decisions"][1]
        migrate(engine)  # a second run (every app start does one) changes nothing
        assert _schema(engine) == first
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        head = ScriptDirectory.from_config(config).get_current_head()
        with engine.connect() as connection:
            context = MigrationContext.configure(connection)
            assert context.get_current_revision() == head
            assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
            aware = connection.execute(
                text(
                    "SELECT table_name, data_type FROM information_schema.columns"
                    " WHERE column_name = 'created_at' AND table_schema = 'public'"
                )
            ).all()
            dated = sorted(TABLES - {"sign_in_failures"})
            assert sorted(aware) == [(t, "timestamp with time zone") for t in dated]
            # the migrations and the ORM models describe the same schema
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_the_review_flow_works_and_survives_a_restart(
    settings: ServeSettings, apps: list[TestClient]
) -> None:
    create_admin(settings, "admin", PASSWORD)
    client = _client(settings, apps)
    headers = login(client)
    submission = _upload(client, headers)
    row = client.get(f"/api/submissions/{submission}").json()
    assert (row["status"], row["filename"]) == ("done", "城市.txt"), row
    found = client.get(f"/api/submissions/{submission}/suggestions").json()
    assert {v["key"]: v["verdict"] for v in found["verdicts"]}["bs_density"] == "pass"
    claims = _claims(client, submission)
    density, factories = claims["bs_per_10k"], claims["directory_5g_factories"]
    url = f"/api/submissions/{submission}/decisions"
    posted = [
        {"suggestion": density["key"], "action": "confirm"},
        {
            "suggestion": factories["key"],
            "action": "correct",
            "value": {"value": 7},
            "note": "名录核对后为7个",
        },
        {"suggestion": density["key"], "action": "correct", "value": {"value": 36.9}},
    ]
    answers = [client.post(url, json=body, headers=headers) for body in posted]
    assert [a.status_code for a in answers] == [201, 201, 201], [a.text for a in answers]
    assert answers[0].json()["previous"] is None
    assert answers[2].json()["previous"]["action"] == "confirm"

    state = client.get(url).json()
    assert [(d["suggestion"], d["action"]) for d in state["history"]] == [
        (density["key"], "confirm"),
        (factories["key"], "correct"),
        (density["key"], "correct"),
    ]
    assert [d["id"] for d in state["history"]] == [a.json()["id"] for a in answers]
    assert state["history"][1]["note"] == "名录核对后为7个"
    assert state["history"][2]["previous"]["action"] == "confirm"
    latest = {d["suggestion"]: (d["action"], d["value"]) for d in state["latest"]}
    assert latest == {
        density["key"]: ("correct", {"value": 36.9}),
        factories["key"]: ("correct", {"value": 7}),
    }
    gold = client.get(f"/api/submissions/{submission}/gold.json").json()
    values = {(c["field"], c["value"]) for c in gold["claims"]}
    assert {("bs_per_10k", 36.9), ("directory_5g_factories", 7)} <= values
    assert ("bs_per_10k", 36.8) not in values

    client.app.state.engine.dispose()  # type: ignore[attr-defined]
    again = _client(settings, apps)  # a new app on the same database: a restart
    login(again)
    assert again.get(url).json() == state
    assert again.get(f"/api/submissions/{submission}/gold.json").json() == gold
    assert [s["id"] for s in again.get("/api/submissions").json()] == [submission]


def test_timestamps_come_back_aware_and_in_order(
    settings: ServeSettings, apps: list[TestClient]
) -> None:
    create_admin(settings, "admin", PASSWORD)
    client = _client(settings, apps)
    headers = login(client)
    submission = _upload(client, headers)
    key = next(iter(_claims(client, submission).values()))["key"]
    url = f"/api/submissions/{submission}/decisions"
    posted = [
        client.post(url, json={"suggestion": key, "action": action}, headers=headers).json()
        for action in ("confirm", "reject", "confirm")
    ]
    history = client.get(url).json()["history"]
    stamps = [datetime.fromisoformat(d["created_at"]) for d in history]
    assert all(s.utcoffset() is not None for s in stamps), [d["created_at"] for d in history]
    assert stamps == sorted(stamps)
    assert stamps[0] < stamps[-1]
    # read back (server time zone Asia/Shanghai) they are the very instants that were written
    assert stamps == [datetime.fromisoformat(p["created_at"]) for p in posted]
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        from extractor.serve.db_tables import Reviewer

        admin = session.query(Reviewer).filter_by(name="admin").one()
        assert admin.created_at.utcoffset() is not None
        assert admin.created_at < stamps[0]


def test_a_reviewer_name_is_unique(settings: ServeSettings, apps: list[TestClient]) -> None:
    create_admin(settings, "admin", PASSWORD)
    client = _client(settings, apps)
    headers = login(client)
    body = {"name": "li", "password": "another long password"}
    created = client.post("/api/reviewers", json=body, headers=headers)
    assert created.status_code == 201, created.text
    twin = {"name": "li", "password": "a different password", "is_admin": True}
    again = client.post("/api/reviewers", json=twin, headers=headers)
    assert again.status_code == 409, again.text
    # the failed insert aborted PostgreSQL's transaction; the next request must not see that
    other = client.post(
        "/api/reviewers", json={"name": "wang", "password": "a reviewer password"}, headers=headers
    )
    assert other.status_code == 201, other.text
    names = [r["name"] for r in client.get("/api/reviewers").json()]
    assert names == ["admin", "li", "wang"]
    with pytest.raises(IntegrityError):
        create_admin(settings, "li", PASSWORD)
    login(client, "li", "another long password")


def test_two_workers_share_one_queue_and_take_each_submission_once(
    settings: ServeSettings, apps: list[TestClient], tmp_path: Path
) -> None:
    """A panel that only queues (EXTRACTOR_JOBS=0) and two `extractor worker` processes, as
    on other machines, on one PostgreSQL database: every submission is processed once, by one
    of them, and both take part; SIGTERM stops them cleanly."""
    import signal
    import subprocess
    import sys

    from extractor.serve.db_tables import Submission
    from tests.serve.live import wait_processed

    create_admin(settings, "admin", PASSWORD)
    client = _client(settings.model_copy(update={"jobs": 0}), apps)
    headers = login(client)
    ids = [
        int(upload(client, headers, f"{n}.txt", TEXT.encode(), wait=False)["id"]) for n in range(16)
    ]
    env = {
        **os.environ,
        "EXTRACTOR_DATABASE_URL": settings.database_url,
        "EXTRACTOR_DATA_DIR": str(tmp_path / "workers"),
        "EXTRACTOR_JOBS": "1",
    }
    command = [sys.executable, "-m", "extractor", "worker"]
    workers = [subprocess.Popen(command, env=env, stderr=subprocess.PIPE) for _ in range(2)]
    try:
        rows = [wait_processed(client, submission, timeout_s=300) for submission in ids]
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        ends = [worker.communicate(timeout=60) for worker in workers]
    assert [w.returncode for w in workers] == [0, 0], [err.decode()[-2000:] for _, err in ends]
    assert [row["status"] for row in rows] == ["done"] * len(ids), rows
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        held = [session.get(Submission, submission) for submission in ids]
        assert {row.attempts for row in held if row is not None} == {1}
        assert len({row.claimed_by for row in held if row is not None}) == 2


def test_concurrent_claims_on_postgresql_take_each_submission_once(
    database_url: str, tmp_path: Path
) -> None:
    """Six workers claim 60 submissions at once (FOR UPDATE SKIP LOCKED): none twice."""
    from tests.serve.test_queue import claim_all, queue_database

    factory = queue_database(database_url)
    try:
        claim_all(factory, tmp_path, count=60)
    finally:
        factory.kw["bind"].dispose()
