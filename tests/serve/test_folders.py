import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from extractor.serve.app import create_admin, create_app
from extractor.serve.config import ServeSettings
from tests.serve.live import wait_processed
from tests.serve.panel import PASSWORD, TEXT, login
from tests.serve.panel import settings as panel_settings


def _settings(tmp_path: Path, *roots: Path) -> ServeSettings:
    return panel_settings(tmp_path, upload_max_bytes=100_000, folder_roots=roots)


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    settings = _settings(tmp_path)
    create_admin(settings, "admin", PASSWORD)
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "inbox"
    folder.mkdir(parents=True, exist_ok=True)  # the app makes it too
    return folder


def _register(
    client: TestClient, headers: dict[str, str], path: Path | str, **body: object
) -> dict:  # type: ignore[type-arg]
    response = client.post("/api/folders", json={"path": str(path), **body}, headers=headers)
    return {**(response.json() if response.content else {}), "http": response.status_code}


def _docx(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_paragraph(TEXT)
    document.save(str(path))
    return path


def _round(folder: Path) -> Path:
    """A folder as it arrives: applications, an installer, an oversized scan, a hidden file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "b.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    _docx(folder / "c.docx")
    (folder / "setup.exe").write_bytes(b"MZ")
    (folder / "scan.txt").write_bytes(b"x" * 100_001)
    (folder / ".DS_Store.txt").write_text(TEXT, encoding="utf-8")
    (folder / "old").mkdir()
    (folder / "old" / "d.txt").write_text(TEXT, encoding="utf-8")
    return folder


def test_a_folder_becomes_a_submission_per_file(client: TestClient, inbox: Path) -> None:
    headers = login(client)
    folder = _round(inbox / "round-1")
    registered = _register(client, headers, folder)
    assert registered["http"] == 202, registered
    created = registered["submissions"]
    assert [s["filename"] for s in created] == ["a.txt", "b.txt", "c.docx"]
    assert [(s["name"], s["reason"]) for s in registered["skipped"]] == [
        ("scan.txt", "too_large"),
        ("setup.exe", "wrong_type"),
    ]
    me = client.get("/api/me").json()["id"]
    for submission in created:
        row = wait_processed(client, submission["id"])
        assert (row["status"], row["assigned_to"]) == ("done", me), row
    found = client.get(f"/api/submissions/{created[2]['id']}/suggestions").json()
    assert any(s["field"] == "bs_per_10k" for s in found["suggestions"])
    assert len(client.get("/api/submissions").json()) == 3
    assert (folder / "a.txt").read_text(encoding="utf-8") == TEXT  # the original is left alone


def test_a_folder_can_go_to_a_reviewer(client: TestClient, inbox: Path) -> None:
    admin = login(client)
    new = {"name": "wang", "password": "a reviewer password"}
    wang = client.post("/api/reviewers", json=new, headers=admin).json()["id"]
    (inbox / "a.txt").write_text(TEXT, encoding="utf-8")
    registered = _register(client, admin, inbox, assign_to=wang)
    assert [s["assigned_to"] for s in registered["submissions"]] == [wang]
    assert _register(client, admin, inbox, assign_to=999)["http"] == 404
    client.post("/api/logout", headers=admin)
    login(client, "wang", "a reviewer password")
    assert [s["filename"] for s in client.get("/api/submissions").json()] == ["a.txt"]


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/etc", id="elsewhere"),
        pytest.param("{inbox}/../..", id="dot-dot"),
        pytest.param("{inbox}/../uploads", id="a-sibling"),
        pytest.param("{inbox}/../inbox-2", id="a-common-prefix"),
    ],
)
def test_a_folder_outside_the_roots_is_refused(client: TestClient, inbox: Path, path: str) -> None:
    (inbox.parent / "inbox-2").mkdir()
    registered = _register(client, login(client), path.format(inbox=inbox))
    assert registered["http"] == 403
    assert "outside the folders that may be registered" in registered["detail"]


def test_a_symlink_out_of_the_inbox_is_refused(
    client: TestClient, inbox: Path, tmp_path: Path
) -> None:
    outside = _round(tmp_path / "outside")
    (inbox / "link").symlink_to(outside, target_is_directory=True)
    headers = login(client)
    assert _register(client, headers, inbox / "link")["http"] == 403
    (inbox / "a.txt").write_text(TEXT, encoding="utf-8")
    (inbox / "secret.txt").symlink_to(outside / "a.txt")
    registered = _register(client, headers, inbox)
    assert [s["filename"] for s in registered["submissions"]] == ["a.txt"]
    assert [(s["name"], s["reason"]) for s in registered["skipped"]] == [
        ("secret.txt", "outside_roots")
    ]


def test_only_an_administrator_registers(client: TestClient, inbox: Path) -> None:
    admin = login(client)
    new = {"name": "wang", "password": "a reviewer password"}
    client.post("/api/reviewers", json=new, headers=admin)
    assert _register(client, {}, inbox)["http"] == 403  # no CSRF token
    client.post("/api/logout", headers=admin)
    reviewer = login(client, "wang", "a reviewer password")
    registered = _register(client, reviewer, inbox)
    assert (registered["http"], registered["detail"]) == (403, "仅限管理员操作")


def test_a_missing_folder_or_framework(client: TestClient, inbox: Path) -> None:
    headers = login(client)
    assert _register(client, headers, inbox / "nope")["http"] == 404
    (inbox / "a.txt").write_text(TEXT, encoding="utf-8")
    assert _register(client, headers, inbox / "a.txt")["http"] == 404
    assert _register(client, headers, inbox, framework="nowhere")["http"] == 422
    assert client.get("/api/submissions").json() == []


def test_configured_roots_replace_the_inbox(tmp_path: Path, inbox: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "a.txt").write_text(TEXT, encoding="utf-8")
    settings = _settings(tmp_path, shared)
    create_admin(settings, "admin", PASSWORD)
    with TestClient(create_app(settings)) as client:
        headers = login(client)
        assert _register(client, headers, inbox)["http"] == 403
        assert len(_register(client, headers, shared)["submissions"]) == 1


def test_roots_come_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXTRACTOR_FOLDER_ROOTS", f"{tmp_path / 'a'}{os.pathsep}{tmp_path / 'b'}")
    settings = ServeSettings.from_env(tmp_path)
    assert settings.folder_roots == (tmp_path / "a", tmp_path / "b")
    monkeypatch.delenv("EXTRACTOR_FOLDER_ROOTS")
    assert ServeSettings.from_env(tmp_path).folder_roots == ()


def test_swapping_a_file_for_a_link_never_reads_outside(tmp_path: Path, inbox: Path) -> None:
    """The race of checking a name and then opening it: while folders are registered, a file
    is swapped, over and over, with a link to a file outside the roots. Nothing outside is
    ever stored (the checks are made on what was opened)."""
    import threading

    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("SECRET " + TEXT, encoding="utf-8")
    folder = inbox / "race"
    folder.mkdir()
    (folder / "plain.txt").write_text(TEXT, encoding="utf-8")
    (folder / "link.txt").symlink_to(secret)
    swaps = 0
    stop = threading.Event()

    def swap() -> None:
        nonlocal swaps
        while not stop.is_set():
            os.link(folder / "plain.txt", folder / ".next")  # the regular file, then the link
            os.replace(folder / ".next", folder / "a.txt")
            os.symlink(secret, folder / ".next")
            os.replace(folder / ".next", folder / "a.txt")
            swaps += 2

    settings = _settings(tmp_path).model_copy(update={"jobs": 0})  # nothing processed
    create_admin(settings, "admin", PASSWORD)
    with TestClient(create_app(settings)) as client:
        headers = login(client)
        swapper = threading.Thread(target=swap)
        swapper.start()
        registered = 0
        try:
            while swaps < 10_000 or registered < 100:
                assert _register(client, headers, folder)["http"] == 202
                registered += 1
        finally:
            stop.set()
            swapper.join()
    stored = list((tmp_path / "data" / "uploads").iterdir())
    leaked = [path.name for path in stored if b"SECRET" in path.read_bytes()]
    assert swaps >= 10_000
    assert stored
    assert leaked == []


def test_a_path_too_long_for_the_system_is_a_404_not_a_500(client: TestClient, inbox: Path) -> None:
    """A 4000-character path (past PATH_MAX for a component and whole) answered 500."""
    headers = login(client)
    for path in (str(inbox / ("长" * 1300)), str(inbox) + "/a" * 2000, "/" + "x" * 4000):
        answer = _register(client, headers, path[:4096])
        assert answer["http"] in (403, 404), (len(path), answer)
