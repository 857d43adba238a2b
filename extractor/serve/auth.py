"""Accounts and sessions: argon2 password hashes, server-side sessions behind signed cookies
that expire, CSRF."""

from __future__ import annotations

import hashlib
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from extractor.serve.db_tables import LoginSession, Reviewer
from extractor.serve.names import name_key

if TYPE_CHECKING:
    from argon2 import PasswordHasher
    from itsdangerous import URLSafeTimedSerializer

SESSION_COOKIE = "extractor_session"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
"""Methods that change nothing: the only ones that need neither a CSRF token nor, before their
body is read, a session."""


@cache
def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher()


PASSWORD_MIN = 10
"""The shortest password an account may have, through the API and the CLI alike."""


def hash_password(password: str) -> str:
    """An argon2id hash (salted, slow on purpose): the only form a password is stored in."""
    return str(_hasher().hash(password))


# argon2 takes 64 MiB and most of a core per check: 60 sign-ins at once took 2.6 GB and slowed
# every other request to seconds; the rest wait their turn
_CHECKS = threading.BoundedSemaphore(2)


def verify_password(stored: str, password: str) -> bool:
    from argon2.exceptions import VerificationError

    with _CHECKS:
        try:
            return bool(_hasher().verify(stored, password))
        except VerificationError:
            return False


@cache
def _unknown_hash() -> str:
    """A hash no password is checked against for real, made once: an unknown name costs one
    verification like a known one (hashing a dummy for each try made unknown names take twice
    as long, telling which names exist)."""
    return hash_password(secrets.token_urlsafe(16))


def authenticate(session: Session, name: str, password: str) -> Reviewer | None:
    """The active reviewer with this name and password, or None (the same answer, and the same
    work, for either wrong and for a deactivated account)."""
    reviewer = session.scalar(select(Reviewer).where(Reviewer.name_key == name_key(name)))
    if reviewer is None:
        verify_password(_unknown_hash(), password)  # as slow as a real check, no slower
        return None
    is_right = verify_password(reviewer.password_hash, password)
    return reviewer if is_right and reviewer.is_active else None


def create_reviewer(session: Session, name: str, password: str, is_admin: bool) -> Reviewer:
    """A new account; the caller commits."""
    reviewer = Reviewer(
        name=name,
        name_key=name_key(name),
        password_hash=hash_password(password),
        is_admin=is_admin,
        is_active=True,
    )
    session.add(reviewer)
    session.flush()
    return reviewer


@dataclass(frozen=True, slots=True)
class SessionData:
    """A live session: who, the token state-changing requests must echo, and the session's
    own token (what the signed cookie carries)."""

    reviewer_id: int
    csrf: str
    token: str = ""


def _serializer(secret: str) -> URLSafeTimedSerializer:
    from itsdangerous import URLSafeTimedSerializer

    return URLSafeTimedSerializer(secret, salt="extractor-session")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue(session: Session, secret: str, reviewer_id: int, hours: int) -> tuple[str, SessionData]:
    """A new session for a reviewer, stored (the caller commits): the cookie value (signed,
    dated) and what it stands for."""
    token = secrets.token_urlsafe(32)
    data = SessionData(reviewer_id, secrets.token_urlsafe(24), token)
    now = datetime.now(UTC)
    expires = now + timedelta(hours=hours)
    mine = LoginSession.reviewer_id == reviewer_id
    session.execute(delete(LoginSession).where(mine, LoginSession.expires_at <= now))  # expired
    session.add(
        LoginSession(id=_digest(token), reviewer_id=reviewer_id, csrf=data.csrf, expires_at=expires)
    )
    return str(_serializer(secret).dumps({"t": token, "r": reviewer_id})), data


@dataclass(frozen=True, slots=True)
class Cookie:
    """What a session cookie says, its signature checked: the session's token and its
    reviewer (whether the session still stands is ``lookup``'s)."""

    token: str
    reviewer_id: int


def read(secret: str, cookie: str | None, max_age_s: int) -> Cookie | None:
    """What a cookie holds, or None if it is missing, forged or expired: the check a request
    passes before its body is read."""
    from itsdangerous import BadSignature

    if not cookie:
        return None
    try:
        payload = _serializer(secret).loads(cookie, max_age=max_age_s)
    except BadSignature:  # SignatureExpired is a BadSignature too
        return None
    if not isinstance(payload, dict):
        return None
    token, reviewer = payload.get("t"), payload.get("r")
    if not isinstance(token, str) or not isinstance(reviewer, int):
        return None
    return Cookie(token, reviewer)


def lookup(session: Session, token: str) -> SessionData | None:
    """The stored session of a token, unless it was revoked or has expired."""
    row = session.get(LoginSession, _digest(token))
    if row is None or row.expires_at <= datetime.now(UTC):
        return None
    return SessionData(row.reviewer_id, row.csrf, token)


def revoke(session: Session, token: str) -> None:
    """End one session (signing out); the caller commits."""
    session.execute(delete(LoginSession).where(LoginSession.id == _digest(token)))


def revoke_all(session: Session, reviewer_id: int, keep: str | None = None) -> None:
    """End every session of a reviewer but ``keep``'s (a changed password); the caller commits."""
    query = delete(LoginSession).where(LoginSession.reviewer_id == reviewer_id)
    if keep is not None:
        query = query.where(LoginSession.id != _digest(keep))
    session.execute(query)
