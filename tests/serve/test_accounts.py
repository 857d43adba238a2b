from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import inspect

from extractor.cli import cli
from extractor.serve.app import create_admin, create_app
from extractor.serve.auth import CSRF_HEADER
from extractor.serve.config import ServeSettings

PASSWORD = "correct horse battery"


@pytest.fixture
def settings(tmp_path: Path) -> ServeSettings:
    return ServeSettings(
        database_url=f"sqlite:///{tmp_path / 'panel.db'}",
        secret_key="s" * 40,
        data_dir=tmp_path / "data",
    )


@pytest.fixture
def client(settings: ServeSettings) -> TestClient:
    create_admin(settings, "admin", PASSWORD)
    return TestClient(create_app(settings))


def _login(client: TestClient, name: str = "admin", password: str = PASSWORD) -> str:
    response = client.post("/api/login", json={"name": name, "password": password})
    assert response.status_code == 200, response.text
    return str(response.json()["csrf"])


def test_migrations_make_the_tables_and_sqlite_runs_in_wal(settings: ServeSettings) -> None:
    app = create_app(settings)
    engine = app.state.engine
    assert set(inspect(engine).get_table_names()) >= {"reviewers", "submissions", "decisions"}
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_passwords_are_stored_hashed(client: TestClient, settings: ServeSettings) -> None:
    with client.app.state.engine.connect() as connection:  # type: ignore[attr-defined]
        stored = connection.exec_driver_sql("SELECT password_hash FROM reviewers").scalar()
    assert PASSWORD not in stored
    assert stored.startswith("$argon2id$")


def test_sign_in_and_who_am_i(client: TestClient) -> None:
    assert client.get("/api/me").status_code == 401
    _login(client)
    me = client.get("/api/me").json()
    assert (me["name"], me["is_admin"]) == ("admin", True)


@pytest.mark.parametrize(
    ("name", "password"),
    [("admin", "wrong password"), ("nobody", PASSWORD)],
    ids=["bad-password", "no-account"],
)
def test_a_wrong_sign_in_is_refused_alike(client: TestClient, name: str, password: str) -> None:
    response = client.post("/api/login", json={"name": name, "password": password})
    assert response.status_code == 401
    assert response.json()["detail"] == "用户名或密码错误"  # one answer, in Chinese by default


def test_a_forged_session_cookie_is_refused(client: TestClient) -> None:
    client.cookies.set("extractor_session", "eyJyIjoxLCJjIjoieCJ9.forged.sig")
    assert client.get("/api/me").status_code == 401


def test_state_changes_need_the_csrf_token(client: TestClient) -> None:
    csrf = _login(client)
    body = {"name": "li", "password": "another long password"}
    assert client.post("/api/reviewers", json=body).status_code == 403
    assert (
        client.post("/api/reviewers", json=body, headers={CSRF_HEADER: "guess"}).status_code == 403
    )
    created = client.post("/api/reviewers", json=body, headers={CSRF_HEADER: csrf})
    assert created.status_code == 201, created.text
    again = client.post("/api/reviewers", json=body, headers={CSRF_HEADER: csrf})
    assert again.status_code == 409


def test_only_administrators_manage_accounts(client: TestClient) -> None:
    csrf = _login(client)
    body = {"name": "wang", "password": "a reviewer password"}
    client.post("/api/reviewers", json=body, headers={CSRF_HEADER: csrf})
    client.post("/api/logout", headers={CSRF_HEADER: csrf})
    reviewer_csrf = _login(client, "wang", "a reviewer password")
    assert client.get("/api/reviewers").status_code == 403
    other = {"name": "zhao", "password": "yet another password"}
    response = client.post("/api/reviewers", json=other, headers={CSRF_HEADER: reviewer_csrf})
    assert response.status_code == 403


def test_bad_input_is_a_422(client: TestClient) -> None:
    csrf = _login(client)
    short = {"name": "li", "password": "short"}
    assert client.post("/api/reviewers", json=short, headers={CSRF_HEADER: csrf}).status_code == 422
    odd = {"name": "<script>", "password": "a long enough password"}
    assert client.post("/api/reviewers", json=odd, headers={CSRF_HEADER: csrf}).status_code == 422


def test_the_openapi_description_lists_every_endpoint(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/login", "/api/logout", "/api/me", "/api/reviewers", "/api/health"} <= set(paths)


def test_create_admin_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXTRACTOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("EXTRACTOR_SECRET_KEY", "k" * 40)
    result = CliRunner().invoke(cli, ["create-admin", "chen"], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    client = TestClient(create_app(ServeSettings.from_env()))
    assert client.post("/api/login", json={"name": "chen", "password": PASSWORD}).status_code == 200


@pytest.mark.parametrize("name", ["admin", "nobody"], ids=["known-name", "unknown-name"])
def test_a_wrong_sign_in_costs_the_same_work_for_any_name(
    client: TestClient, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """An unknown name hashed a dummy password and then verified it: twice the argon2 work of
    a known name, so the time told which names exist. Counted, not timed: one verification
    and no hashing per try, after the first."""
    from extractor.serve import auth

    client.post("/api/login", json={"name": "nobody", "password": "warm up the dummy"})
    calls: list[str] = []
    real_hash, real_verify = auth.hash_password, auth.verify_password

    def counted_hash(password: str) -> str:
        calls.append("hash")
        return real_hash(password)

    def counted_verify(stored: str, password: str) -> bool:
        calls.append("verify")
        return real_verify(stored, password)

    monkeypatch.setattr(auth, "hash_password", counted_hash)
    monkeypatch.setattr(auth, "verify_password", counted_verify)
    response = client.post("/api/login", json={"name": name, "password": "wrong password"})
    assert response.status_code == 401
    assert calls == ["verify"]


def test_create_admin_refuses_a_short_password_and_an_existing_name_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI took the password "1" (the API demands 10 characters), and a second
    create-admin of one name printed a 60-line traceback holding the password hash."""
    monkeypatch.setenv("EXTRACTOR_DATA_DIR", str(tmp_path / "data"))
    runner = CliRunner()
    short = runner.invoke(cli, ["create-admin", "chen"], input="1\n1\n")
    assert short.exit_code == 2
    assert "密码至少需要 10 个字符" in short.output
    assert (
        runner.invoke(cli, ["create-admin", "chen"], input=f"{PASSWORD}\n{PASSWORD}\n").exit_code
        == 0
    )
    again = runner.invoke(cli, ["create-admin", "Chen"], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert again.exit_code == 1
    assert again.output.strip().splitlines()[-1] == "错误：名为 'Chen' 的账号已存在"
    assert "Traceback" not in again.output
    assert "argon2" not in again.output


def test_serve_needs_a_kept_or_given_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """serve started with a new random key at every start, signing everybody out."""
    import uvicorn

    from extractor.serve.config import SECRET_FILE

    monkeypatch.setenv("EXTRACTOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("EXTRACTOR_SECRET_KEY", raising=False)
    started: list[str] = []
    monkeypatch.setattr(
        uvicorn, "run", lambda app, **_: started.append(app.state.settings.secret_key)
    )
    runner = CliRunner()
    refused = runner.invoke(cli, ["serve"])
    assert refused.exit_code == 2
    assert "EXTRACTOR_SECRET_KEY" in refused.output
    assert "--keep-secret" in refused.output
    assert started == []
    first = runner.invoke(cli, ["serve", "--keep-secret"])
    assert first.exit_code == 0, first.output
    assert "创建第一个管理员" in first.output  # an empty database
    kept = tmp_path / "data" / SECRET_FILE
    assert kept.stat().st_mode & 0o777 == 0o600
    assert runner.invoke(cli, ["serve"]).exit_code == 0  # the kept key, without the flag
    assert len(started) == 2
    assert started[0] == started[1] == kept.read_text(encoding="ascii").strip()
    runner.invoke(cli, ["create-admin", "chen"], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert "create the first administrator" not in runner.invoke(cli, ["serve"]).output
