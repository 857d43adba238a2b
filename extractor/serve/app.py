"""The reviewer panel's FastAPI application; nothing is built at import, ``create_app`` does."""

from __future__ import annotations

from fastapi import FastAPI

from extractor.serve.config import ServeSettings
from extractor.serve.db import make_engine, migrate, session_factory


def create_app(settings: ServeSettings) -> FastAPI:
    """An app on its own database (migrated to the newest schema) and upload folder."""
    from extractor.serve.routes import decisions, reviewers, sessions, submissions

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.database_url)
    migrate(engine)
    app = FastAPI(title="extractor reviewer panel", version="0.1.0")
    app.state.settings = settings
    app.state.engine = engine
    app.state.sessions = session_factory(engine)
    app.include_router(sessions.router)
    app.include_router(reviewers.router)
    app.include_router(submissions.router)
    app.include_router(decisions.router)

    @app.get("/api/health", tags=["health"])
    def health() -> dict[str, str]:
        return {"status": "ok"}

    return app


def create_admin(settings: ServeSettings, name: str, password: str) -> int:
    """The first administrator (or another one); returns its id."""
    from extractor.serve.auth import create_reviewer

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.database_url)
    migrate(engine)
    with session_factory(engine)() as session:
        reviewer = create_reviewer(session, name, password, is_admin=True)
        session.commit()
        return reviewer.id
