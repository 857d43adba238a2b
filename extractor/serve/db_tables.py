"""The panel's tables: reviewers, submissions, and decisions and administrators' actions kept as
append-only audit trails."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Boolean, DateTime, Dialect, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator


def _now() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A moment stored in UTC and read back timezone-aware on every database: SQLite keeps
    no zone, so what it returns is taken as the UTC it was written in."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a naive datetime has no place in the audit trail")
        return value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base of the panel's tables; the schema itself comes from migrations."""


class Reviewer(Base):
    """An account: a reviewer, or an administrator who assigns submissions."""

    __tablename__ = "reviewers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    # the name folded (extractor.serve.names): ａｌｉｃｅ beside alice is refused as taken
    name_key: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    # a deactivated account cannot sign in and has no sessions; its history stays
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=_now)


class Submission(Base):
    """An uploaded file, its processing state and, once processed, its result as JSON."""

    __tablename__ = "submissions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    stored_path: Mapped[str] = mapped_column(String(1024))
    framework: Mapped[str] = mapped_column(String(64))
    # queued, processing, done, failed; or deleted (by an administrator: gone from every list
    # and route, its decisions kept)
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    # the job queue (extractor.serve.queue): how often processing started, which worker holds
    # it (the last one, once finished) and until when its claim lasts unless renewed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # when processing last finished: cached responses are keyed by it (a reprocess changes it)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    error_kind: Mapped[str | None] = mapped_column(String(32), nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    # large (the whole result); loaded only when a response is first built, not on every check
    result_json: Mapped[str | None] = mapped_column(Text, nullable=True, deferred=True)
    uploaded_by: Mapped[int] = mapped_column(ForeignKey("reviewers.id"))
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id"), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=_now)


class Decision(Base):
    """One reviewer action on one suggestion; never updated, never deleted."""

    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    suggestion: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(16))
    value_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    previous_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=_now)


class AdminAction(Base):
    """One administrator's action on an account or a submission (added, deactivated,
    reactivated, password reset, assigned, unassigned, deleted); never updated, never deleted."""

    __tablename__ = "admin_actions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id"))
    action: Mapped[str] = mapped_column(String(32))
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("reviewers.id"), nullable=True)
    submission_id: Mapped[int | None] = mapped_column(ForeignKey("submissions.id"), nullable=True)
    detail: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=_now)


class LoginSession(Base):
    """A signed-in session, kept on the server: signing out or changing the password deletes
    it, and its cookie is refused from then on. Only the token's SHA-256 is stored."""

    __tablename__ = "login_sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id"), index=True)
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=_now)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)


class SignInFailures(Base):
    """Failed sign-ins under one key (an account's name, a client's address) since its last
    success, and until when that key is locked out."""

    __tablename__ = "sign_in_failures"
    key: Mapped[str] = mapped_column(String(160), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
