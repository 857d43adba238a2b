"""What a request must pass before its body is read.

A change (any method but GET, HEAD, OPTIONS) needs a signed, unexpired session, except signing
in: an outsider's upload is refused with 401 before a byte of it is received (FastAPI reads a
form before any dependency runs, so the 401 came after the whole body: 1 GiB of it). A reviewer
has at most ``uploads_per_reviewer`` uploads in flight in this process (429 beyond). A JSON body
is read whole (it is small: the app's body limit) and refused when nested deeper than any
request of the API needs. Body sizes themselves are FastAPI's ``max_body_size``, set in
create_app: the Content-Length is checked before reading and the stream is counted as it comes.
"""

from __future__ import annotations

import re
from collections import Counter

from starlette.datastructures import Headers
from starlette.requests import cookie_parser
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from extractor.language import _
from extractor.serve.auth import SAFE_METHODS, SESSION_COOKIE, read
from extractor.serve.config import ServeSettings

UPLOAD_PATH = "/api/submissions"
MAX_JSON_DEPTH = 8  # a decision's value is an object in an object: 2 levels
_OPEN = frozenset({"/api/login"})
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")


def json_depth(body: bytes) -> int:
    """How deep the arrays and objects of a JSON text nest (brackets inside strings ignored)."""
    depth = deepest = 0
    for bracket in _BRACKET.finditer(_STRING.sub(b"", body)):
        depth += 1 if bracket.group(0) in b"[{" else -1
        deepest = max(deepest, depth)
    return deepest


class Gate:
    """The ASGI middleware that applies these checks to every request."""

    def __init__(self, app: ASGIApp, settings: ServeSettings) -> None:
        self.app, self.settings = app, settings
        self.uploads: Counter[int] = Counter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        reviewer: int | None = None
        if scope["path"] not in _OPEN:
            max_age = self.settings.session_hours * 3600
            cookie = cookie_parser(headers.get("cookie", "")).get(SESSION_COOKIE)
            found = read(self.settings.secret_key, cookie, max_age)
            if found is None:
                await _refuse(scope, receive, send, 401, _("sign in first"))
                return
            reviewer = found.reviewer_id
        if "json" in headers.get("content-type", ""):
            checked = await self._json(scope, receive, send)
            if checked is None:
                return
            receive = checked
        if reviewer is None or scope["path"] != UPLOAD_PATH or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        if self.uploads[reviewer] >= self.settings.uploads_per_reviewer:
            detail = _("at most {count} uploads at once").format(
                count=self.settings.uploads_per_reviewer
            )
            await _refuse(scope, receive, send, 429, detail)
            return
        self.uploads[reviewer] += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.uploads[reviewer] -= 1
            if not self.uploads[reviewer]:
                del self.uploads[reviewer]

    async def _json(self, scope: Scope, receive: Receive, send: Send) -> Receive | None:
        """The body read whole and checked, replayed to the app; None once refused."""
        limit = self.settings.json_max_bytes
        chunks: list[bytes] = []
        size, more = 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return receive
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                detail = _("a request body holds at most {limit} bytes").format(limit=limit)
                await _refuse(scope, receive, send, 413, detail)
                return None
            chunks.append(chunk)
            more = bool(message.get("more_body", False))
        body = b"".join(chunks)
        if json_depth(body) > MAX_JSON_DEPTH:
            detail = f"JSON nested deeper than {MAX_JSON_DEPTH} levels"
            await _refuse(scope, receive, send, 422, detail)
            return None
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        return replay


async def _refuse(scope: Scope, receive: Receive, send: Send, code: int, detail: str) -> None:
    """Answer at once; the body is left unread (the server closes the connection after)."""
    response = JSONResponse({"detail": detail}, status_code=code, headers={"Connection": "close"})
    await response(scope, receive, send)
