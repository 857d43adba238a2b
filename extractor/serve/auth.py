"""Accounts and sessions: argon2 password hashes, signed session cookies that expire, CSRF."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from extractor.serve.tables import Reviewer

if TYPE_CHECKING:
    from argon2 import PasswordHasher
    from itsdangerous import URLSafeTimedSerializer

SESSION_COOKIE = "extractor_session"
CSRF_HEADER = "X-CSRF-Token"


@cache
def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    """An argon2id hash (salted, slow on purpose): the only form a password is stored in."""
    return str(_hasher().hash(password))


def verify_password(stored: str, password: str) -> bool:
    from argon2.exceptions import VerificationError

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
    """The reviewer with this name and password, or None (the same answer, and the same work,
    for either wrong)."""
    reviewer = session.scalar(select(Reviewer).where(Reviewer.name == name))
    if reviewer is None:
        verify_password(_unknown_hash(), password)  # as slow as a real check, no slower
        return None
    return reviewer if verify_password(reviewer.password_hash, password) else None


def create_reviewer(session: Session, name: str, password: str, is_admin: bool) -> Reviewer:
    """A new account; the caller commits."""
    reviewer = Reviewer(name=name, password_hash=hash_password(password), is_admin=is_admin)
    session.add(reviewer)
    session.flush()
    return reviewer


@dataclass(frozen=True, slots=True)
class SessionData:
    """What the signed cookie carries: who, and the token state-changing requests must echo."""

    reviewer_id: int
    csrf: str


def _serializer(secret: str) -> URLSafeTimedSerializer:
    from itsdangerous import URLSafeTimedSerializer

    return URLSafeTimedSerializer(secret, salt="extractor-session")


def issue(secret: str, reviewer_id: int) -> tuple[str, SessionData]:
    """A new signed session for a reviewer: the cookie value and what it holds."""
    data = SessionData(reviewer_id, secrets.token_urlsafe(24))
    cookie = _serializer(secret).dumps({"r": data.reviewer_id, "c": data.csrf})
    return str(cookie), data


def read(secret: str, cookie: str | None, max_age_s: int) -> SessionData | None:
    """The session a cookie holds, or None if it is missing, forged or expired."""
    from itsdangerous import BadSignature

    if not cookie:
        return None
    try:
        payload = _serializer(secret).loads(cookie, max_age=max_age_s)
    except BadSignature:  # SignatureExpired is a BadSignature too
        return None
    return SessionData(int(payload["r"]), str(payload["c"]))
