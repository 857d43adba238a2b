"""The reviewer panel's FastAPI application; nothing is built at import, ``create_app`` does."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from extractor.serve.cache import ResponseCache
from extractor.serve.config import ServeSettings
from extractor.serve.db import make_engine, migrate, session_factory
from extractor.serve.gate import Gate
from extractor.serve.queue import JobQueue

STATIC = Path(__file__).parent / "static"
_MULTIPART_FRAMING = 64 * 1024  # an upload's boundaries, part headers and form fields
# Only the page's own script and style run: text from a document can never become markup that
# executes, even if some rendering path forgot to treat it as text.
_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


class _SecureHeaders:
    """Adds the security headers to every response (and no-store to the API's). A plain ASGI
    middleware: Starlette's BaseHTTPMiddleware would re-stream every body, slowing large ones."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        api = str(scope.get("path", "")).startswith("/api/")

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in _HEADERS.items():
                    headers[name] = value
                if api and "cache-control" not in headers:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, with_headers)


async def _invalid_request(request: Request, exc: Exception) -> JSONResponse:
    """422 naming where the request was wrong and why, without echoing what it sent: an input
    holding Infinity (which Python's JSON reader accepts and no JSON writer writes) turned
    FastAPI's own 422 into a 500, and an echo of a large body is a large answer."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    detail = [
        {"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in errors
    ]
    return JSONResponse(status_code=422, content={"detail": detail})


def create_app(settings: ServeSettings) -> FastAPI:
    """An app on its own database (migrated to the newest schema) and upload folder."""
    from fastapi.responses import HTMLResponse
    from fastapi.staticfiles import StaticFiles

    from extractor.serve.routes import (
        audit,
        decisions,
        document,
        exports,
        folders,
        frameworks,
        reviewers,
        sessions,
        submissions,
    )

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    (settings.data_dir / "inbox").mkdir(exist_ok=True)  # the folder registration's default root
    engine = make_engine(settings.database_url)
    migrate(engine)
    factory = session_factory(engine)
    queue = JobQueue(
        factory, jobs=settings.jobs, lease_s=settings.lease_s, data_dir=settings.data_dir
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        """The job queue's threads run while the server does; stopping gives back what they
        hold without waiting for it."""
        queue.start()
        try:
            yield
        finally:
            queue.stop()

    # no /docs or /redoc: their pages load Swagger UI and ReDoc from a CDN, which a machine
    # without internet cannot reach (the page was blank); /openapi.json describes the API
    # every body is bounded as it streams in (FastAPI checks the Content-Length first): an
    # upload to its file's limit and the multipart framing, any other route's to json_max_bytes
    # (the app's own limit is the largest: it stands outside the Gate and would answer 413 for
    # the Gate's 401 to a signed-out upload)
    app = FastAPI(
        title="extractor reviewer panel",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        max_body_size=settings.upload_max_bytes + _MULTIPART_FRAMING,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = factory
    app.state.queue = queue
    app.state.responses = ResponseCache()
    # review bases are small (a few KB) and the polled list asks for every listed submission's
    app.state.bases = ResponseCache(max_entries=4096)
    for router in (
        sessions,
        reviewers,
        submissions,
        decisions,
        document,
        frameworks,
        exports,
        folders,
        audit,
    ):
        app.include_router(router.router, max_body_size=settings.json_max_bytes)
    app.include_router(submissions.uploads, form_limits={"max_files": 1, "max_fields": 4})
    app.add_middleware(Gate, settings=settings)  # a session before a change's body is read
    app.add_middleware(_SecureHeaders)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(RequestValidationError, _invalid_request)

    @app.get("/", include_in_schema=False)
    def page() -> HTMLResponse:
        """The review page, in the reader's language; its script talks to the API."""
        from extractor.language import current
        from extractor.serve.page import render_page

        return HTMLResponse(render_page(current()))

    @app.get("/api/health", tags=["health"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


def has_accounts(app: FastAPI) -> bool:
    """Whether the app's database holds any account (an empty one needs create-admin)."""
    from sqlalchemy import select

    from extractor.serve.db_tables import Reviewer

    with app.state.sessions() as session:
        return session.scalar(select(Reviewer.id).limit(1)) is not None


def create_admin(settings: ServeSettings, name: str, password: str) -> int:
    """The first administrator (or another one); returns its id."""
    from extractor.serve.auth import create_reviewer

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.database_url)
    migrate(engine)
    try:
        with session_factory(engine)() as session:
            reviewer = create_reviewer(session, name, password, is_admin=True)
            session.commit()
            return reviewer.id
    finally:
        engine.dispose()
