"""Sign-in throttling: failed sign-ins per account and per client address, in the database (so
every panel process sees them), each failure past the free ones locking the key out for twice
as long as the last, up to a quarter of an hour.

A locked key is refused before any password is checked: 1,000 guesses at one account take more
than 240 hours instead of under four minutes. The account's owner is locked out with the
guesser; an administrator can wait it out or, signed in elsewhere, carry on.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from extractor.serve.db_tables import SignInFailures
from extractor.serve.names import name_key

FREE_FAILURES = {"name": 5, "addr": 20}
"""Failures a key may have before it is locked out: an account's name, a client's address (an
office behind one address has many people)."""
MAX_LOCK_S = 15 * 60


def _now() -> datetime:
    return datetime.now(UTC)


def lock_s(kind: str, failures: int) -> float:
    """How long the ``failures``-th failure locks the key out: 0 while it is free, then 1 s,
    2 s, 4 s … up to MAX_LOCK_S."""
    beyond = failures - FREE_FAILURES[kind]
    return 0.0 if beyond <= 0 else float(min(MAX_LOCK_S, 2 ** min(beyond - 1, 20)))


def keys(name: str, address: str | None) -> list[str]:
    """The keys a sign-in counts under: its account's name (as typed, case and width folded)
    and its client's address."""
    return [f"name:{name_key(name)}"[:160], f"addr:{address or 'unknown'}"[:160]]


def locked_for(session: Session, found: list[str]) -> int:
    """Seconds until every one of these keys may try again (0: now)."""
    now = _now()
    wait = 0.0
    for key in found:
        row = session.get(SignInFailures, key)
        if row is not None and row.locked_until is not None and row.locked_until > now:
            wait = max(wait, (row.locked_until - now).total_seconds())
    return math.ceil(wait)


def failed(session: Session, found: list[str]) -> None:
    """Count one failure under each key and lock it out as long as its count says; the
    caller commits."""
    now = _now()
    for key in found:
        row = session.get(SignInFailures, key, with_for_update=True)
        if row is None:
            row = SignInFailures(key=key, failures=0)
            try:
                with session.begin_nested():
                    session.add(row)
            except IntegrityError:  # another process made it first
                row = session.get(SignInFailures, key, with_for_update=True, populate_existing=True)
                assert row is not None
        row.failures += 1
        wait = lock_s(key.split(":", 1)[0], row.failures)
        row.locked_until = now + timedelta(seconds=wait) if wait else None


def succeeded(session: Session, found: list[str]) -> None:
    """A right password: its account's count starts again from nothing (its address's does
    not, or a guesser with an account of their own could reset theirs between guesses); the
    caller commits."""
    for key in found:
        row = session.get(SignInFailures, key) if key.startswith("name:") else None
        if row is not None:
            session.delete(row)
