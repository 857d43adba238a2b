"""Limits before work: a session before a change's body is read, bounded bodies on every route
(streamed, not spooled whole), shallow JSON, a cap on one reviewer's uploads in flight."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from extractor.serve.auth import CSRF_HEADER, SESSION_COOKIE
from extractor.serve.gate import MAX_JSON_DEPTH, json_depth
from tests.serve.live import LiveServer, live_server, signed_in
from tests.serve.panel import client as panel_client
from tests.serve.panel import login

JSON_MAX = 4096


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with panel_client(tmp_path, upload_max_bytes=10_000, json_max_bytes=JSON_MAX) as client:
        yield client


def _posts(client: TestClient) -> list[str]:
    paths: dict[str, dict[str, Any]] = client.get("/openapi.json").json()["paths"]
    return sorted(
        path.replace("{submission_id}", "1").replace("{framework_id}", "miit-2023")
        for path, operations in paths.items()
        if "post" in operations
    )


def test_json_depth_counts_brackets_outside_strings() -> None:
    assert json_depth(b'{"a": [1, {"b": 2}]}') == 3
    assert json_depth(b'{"a": "[[[[{{{{", "b": "\\"[["}') == 1
    assert json_depth(b"17") == 0


def test_every_route_refuses_a_body_over_its_limit_and_deep_json(client: TestClient) -> None:
    headers = {**login(client), "content-type": "application/json"}
    routes = _posts(client)
    assert "/api/submissions/1/decisions" in routes
    big = json.dumps({"note": "x" * JSON_MAX}).encode()
    deep = ("[" * (MAX_JSON_DEPTH + 1) + "]" * (MAX_JSON_DEPTH + 1)).encode()
    plain = {**headers, "content-type": "text/plain"}
    for path in routes:
        assert client.post(path, content=big, headers=headers).status_code == 413, path
        assert client.post(path, content=deep, headers=headers).status_code == 422, path
        if path != "/api/submissions":  # not JSON: the route's own limit, JSON's
            assert client.post(path, content=big, headers=plain).status_code == 413, path
    # signing in is open, and bounded alike
    login_headers = {"content-type": "application/json"}
    assert client.post("/api/login", content=big, headers=login_headers).status_code == 413
    assert client.post("/api/login", content=deep, headers=login_headers).status_code == 422


def test_an_upload_is_bounded_as_it_streams(client: TestClient) -> None:
    headers = login(client)

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it comes
        yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
        for _ in range(200):
            yield b"x" * 1024

    sent = {**headers, "content-type": "multipart/form-data; boundary=b"}
    response = client.post("/api/submissions", content=chunks(), headers=sent)
    assert response.status_code == 413
    assert client.get("/api/submissions").json() == []


def _raw(server: LiveServer, request: bytes, timeout_s: float = 30) -> tuple[socket.socket, bytes]:
    """Send a request's head (and any body bytes given) and read the answer's first bytes."""
    host, port = server.url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=timeout_s)
    sock.sendall(request)
    try:
        return sock, sock.recv(4096)
    except TimeoutError:  # no answer yet: the server is reading the body
        return sock, b""


def _upload_head(length: int, cookie: str = "", csrf: str = "") -> bytes:
    lines = [
        "POST /api/submissions HTTP/1.1",
        "Host: 127.0.0.1",
        "Content-Type: multipart/form-data; boundary=b",
        f"Content-Length: {length}",
    ]
    if cookie:
        lines += [f"Cookie: {SESSION_COOKIE}={cookie}", f"{CSRF_HEADER}: {csrf}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def test_refusals_come_before_the_body(tmp_path: Path) -> None:
    """Against the real server, only the head of an upload is sent: signed out it is refused
    (401; 413 when over the limit), signed in 1 GiB is too large (413), none waiting for the
    body; a
    reviewer's fifth upload in flight is refused (429) while four are still arriving."""
    with live_server(tmp_path / "panel") as server:
        for length in (40 << 20, 1 << 30):  # under and over the upload limit (50 MiB)
            sock, answer = _raw(server, _upload_head(length))
            sock.close()
            assert answer.startswith(b"HTTP/1.1 401" if length < 50 << 20 else b"HTTP/1.1 413")
        admin = signed_in(server.url)
        cookie = admin.cookies[SESSION_COOKIE]
        csrf = admin.headers[CSRF_HEADER]
        sock, answer = _raw(server, _upload_head(1 << 30, cookie, csrf))
        sock.close()
        assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
        part = b'--b\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\n'
        slow = []
        for _ in range(4):  # four uploads whose bodies are still coming
            host, port = server.url.removeprefix("http://").split(":")
            held = socket.create_connection((host, int(port)), timeout=30)
            held.sendall(_upload_head(1 << 20, cookie, csrf) + part)
            slow.append(held)
        try:
            for _ in range(10):  # until the server has them all in hand
                sock, answer = _raw(server, _upload_head(1 << 20, cookie, csrf) + part, 3)
                sock.close()
                if answer.startswith(b"HTTP/1.1 429"):
                    break
            assert answer.startswith(b"HTTP/1.1 429"), answer[:200]
        finally:
            for held in slow:
                held.close()
        assert admin.get("/api/health").status_code == 200
