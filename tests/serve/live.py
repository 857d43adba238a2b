"""A real panel server in a subprocess and Debian's chromium, for end-to-end tests and
benchmarks (the screenshot and latency scripts use them too)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx
    from playwright.sync_api import Browser, ConsoleMessage, Page

CHROMIUM = Path("/usr/bin/chromium")
# Without these, chromium keeps trying to reach Google's hosts through a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ADMIN = "admin"
PASSWORD = "correct horse battery"


@dataclass(frozen=True)
class LiveServer:
    url: str
    data_dir: Path
    env: dict[str, str]
    process: subprocess.Popen[bytes]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _extractor(*args: str) -> list[str]:
    return [sys.executable, "-m", "extractor", *args]


def start_server(
    data_dir: Path,
    database_url: str | None = None,
    *,
    first_start: bool = True,
    language: str | None = None,
) -> LiveServer:
    """``extractor serve`` on a free loopback port, once it answers /api/health; on its first
    start its administrator is created (a restart on the same data finds it there). It speaks
    ``language`` (EXTRACTOR_LANG), else the default, whatever the test process was told."""
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("EXTRACTOR_LANG", "LANGUAGE")},
        "EXTRACTOR_DATA_DIR": str(data_dir),
        "EXTRACTOR_SECRET_KEY": "e2e-" + "k" * 44,
        "EXTRACTOR_FOLDER_ROOTS": str(data_dir / "inbox"),
    }
    if language:
        env["EXTRACTOR_LANG"] = language
    if database_url:
        env["EXTRACTOR_DATABASE_URL"] = database_url
    if first_start:
        subprocess.run(
            _extractor("create-admin", ADMIN, "--password", PASSWORD),
            env=env,
            check=True,
            capture_output=True,
        )
    port = free_port()
    log = (data_dir / "server.log").open("ab")
    process = subprocess.Popen(
        _extractor("serve", "--port", str(port)), env=env, stdout=log, stderr=subprocess.STDOUT
    )
    url = f"http://127.0.0.1:{port}"
    _wait_healthy(url, process, data_dir / "server.log")
    return LiveServer(url, data_dir, env, process)


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            if httpx.get(f"{url}/api/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"the server did not answer in 60 s: {log.read_text(errors='replace')}")


def stop_server(server: LiveServer) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@contextmanager
def live_server(
    data_dir: Path,
    database_url: str | None = None,
    *,
    first_start: bool = True,
    language: str | None = None,
) -> Iterator[LiveServer]:
    server = start_server(data_dir, database_url, first_start=first_start, language=language)
    try:
        yield server
    finally:
        stop_server(server)


@contextmanager
def chromium(**launch: Any) -> Iterator[Browser]:
    """Debian's chromium driven by Playwright: no browser is downloaded."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} is missing: run ./scripts/setup.sh (apt-get chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS, **launch
        )
        try:
            yield browser
        finally:
            browser.close()


@contextmanager
def panel_page(browser: Browser, url: str) -> Iterator[Page]:
    """A page of the panel at ``url`` in a context of its own; on leaving, no script error
    and no Content-Security-Policy violation (chromium reports those on the console) may
    have happened."""
    context = browser.new_context(base_url=url, viewport={"width": 1500, "height": 950})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))

    def console(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            errors.append(message.text)

    opened.on("console", console)
    try:
        yield opened
    finally:
        context.close()
    assert not errors, errors


def signed_in(url: str, name: str = ADMIN, password: str = PASSWORD) -> httpx.Client:
    """An HTTP client with a session as ``name``, sending the CSRF token on every request."""
    import httpx

    client = httpx.Client(base_url=url, timeout=60)
    response = client.post("/api/login", json={"name": name, "password": password})
    response.raise_for_status()
    client.headers["X-CSRF-Token"] = response.json()["csrf"]
    return client


def wait_processed(client: httpx.Client, submission: int, timeout_s: float = 120) -> dict[str, Any]:
    """The submission once its processing is over (done or failed)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        row: dict[str, Any] = client.get(f"/api/submissions/{submission}").json()
        if row["status"] in ("done", "failed"):
            return row
        time.sleep(0.1)
    raise TimeoutError(f"submission {submission} still processing after {timeout_s} s")
