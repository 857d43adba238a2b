"""The panel's job queue: submissions wait in the database, worker threads take them in turn.

Why the submissions table is the queue, and not a broker library (huey, Celery, RQ): a
submission's state has to live in the panel's database anyway (the page shows it, a restart
must find it), and a broker keeps a second copy of the queue that a kill -9 puts out of step
with it (huey takes a task off its queue before running it: a server killed mid-document loses
the task while the row still says processing). So a submission is claimed the way PostgreSQL
job queues claim a job (procrastinate, Oban, good_job): one UPDATE of the oldest waiting row,
chosen ``FOR UPDATE SKIP LOCKED``, so any number of panel processes on any number of machines
share one database and never take a row twice. On SQLite (one machine, the default) the same
UPDATE is atomic because SQLite lets one writer in at a time.

A claim is a lease. Its holder renews it while the document is read; a holder that died (kill
-9, a machine lost) stops renewing, and once the lease has run out any worker takes the
submission again, up to MAX_ATTEMPTS starts, after which it fails saying so. The threads here
only wait: the document's work runs in a bounded worker process (extractor.bounded), at most
``jobs`` at once per panel process. Stopping kills those workers and hands their submissions
back to the queue at once: a shutdown does not wait for documents.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading
import traceback
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

from sqlalchemy import ColumnElement, and_, or_, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from extractor.errors import INTERNAL_ERROR, DocumentError, error_kind
from extractor.language import _
from extractor.serve.db_tables import Submission
from extractor.settings import Limits

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
"""How often a submission's processing may start: a document whose reading keeps killing its
server is failed after this many, not retried forever."""
_GAVE_UP = f"its processing was interrupted {MAX_ATTEMPTS} times (the server or worker stopped)"
_NO_UPDATE = {"synchronize_session": False}


def worker_name() -> str:
    """This process's name in the queue: host, process id and a random tag (a pid is reused)."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(4)}"


@dataclass(frozen=True, slots=True)
class Claimed:
    """A submission this worker holds: what reading it needs."""

    id: int
    path: Path
    framework: str


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a submission's processing ended: its result, or the error it failed with."""

    status: str
    result_json: str | None = None
    error_kind: str | None = None
    error: str | None = None


def _now() -> datetime:
    return datetime.now(UTC)


def claim(factory: sessionmaker[Session], worker: str, lease_s: float) -> Claimed | None:
    """Take the oldest waiting submission (queued, or held under a lease that ran out), or
    None; a submission started MAX_ATTEMPTS times whose lease ran out is failed instead."""
    now = _now()
    expired = and_(Submission.status == "processing", Submission.lease_until < now)
    with factory.begin() as session:
        session.execute(
            update(Submission)
            .where(expired, Submission.attempts >= MAX_ATTEMPTS)
            .values(status="failed", error_kind=INTERNAL_ERROR, error=_GAVE_UP, lease_until=None)
            .execution_options(**_NO_UPDATE)
        )
        oldest = (
            select(Submission.id)
            .where(or_(Submission.status == "queued", expired))
            .order_by(Submission.id)
            .limit(1)
            .with_for_update(skip_locked=True)
            .scalar_subquery()
        )
        row = session.execute(
            update(Submission)
            .where(Submission.id == oldest)
            .values(
                status="processing",
                claimed_by=worker,
                lease_until=now + timedelta(seconds=lease_s),
                attempts=Submission.attempts + 1,
            )
            .returning(Submission.id, Submission.stored_path, Submission.framework)
            .execution_options(**_NO_UPDATE)
        ).first()
    return None if row is None else Claimed(row[0], Path(row[1]), row[2])


def renew(factory: sessionmaker[Session], worker: str, lease_s: float) -> None:
    """Extend the leases of every submission this worker is processing."""
    with factory.begin() as session:
        session.execute(
            update(Submission)
            .where(Submission.claimed_by == worker, Submission.status == "processing")
            .values(lease_until=_now() + timedelta(seconds=lease_s))
            .execution_options(**_NO_UPDATE)
        )


def _held(worker: str, submission_id: int) -> ColumnElement[bool]:
    """The submission, while this worker holds it."""
    return and_(
        Submission.id == submission_id,
        Submission.claimed_by == worker,
        Submission.status == "processing",
    )


def finish(
    factory: sessionmaker[Session], worker: str, submission_id: int, outcome: Outcome
) -> bool:
    """Store how the submission ended, if this worker still holds it (a worker whose lease
    ran out and was taken over stores nothing); whether it was stored."""
    with factory.begin() as session:
        stored = session.execute(
            update(Submission)
            .where(_held(worker, submission_id))
            .values(
                status=outcome.status,
                result_json=outcome.result_json,
                error_kind=outcome.error_kind,
                error=outcome.error,
                lease_until=None,
                finished_at=_now(),
            )
            .execution_options(**_NO_UPDATE)
        )
    return bool(stored.rowcount)  # type: ignore[attr-defined]


def release(factory: sessionmaker[Session], worker: str, submission_id: int) -> None:
    """Give a submission back to the queue untried (this process is stopping)."""
    with factory.begin() as session:
        session.execute(
            update(Submission)
            .where(_held(worker, submission_id))
            .values(
                status="queued",
                claimed_by=None,
                lease_until=None,
                attempts=Submission.attempts - 1,
            )
            .execution_options(**_NO_UPDATE)
        )


def read(
    claimed: Claimed, limits: Limits, cancel: threading.Event, data_dir: Path | None = None
) -> Outcome:
    """Process one submission in a bounded worker: its outcome (Cancelled passes through). A
    DOCX's print, whose pages the panel shows, is kept in ``data_dir``."""
    from extractor.bounded import run_bounded
    from extractor.errors import InternalError
    from extractor.serve.processing import printed_path, read_submission

    printed = printed_path(data_dir, claimed.id) if data_dir is not None else None
    job = partial(read_submission, framework_id=claimed.framework, printed=printed)
    try:
        result = run_bounded(job, claimed.path, limits, cancel=cancel)
    except (DocumentError, InternalError) as err:  # a lost stored copy too (sniff names it)
        return Outcome("failed", error_kind=error_kind(err), error=str(err))
    return Outcome("done", result_json=result.model_dump_json())


class JobQueue:
    """``jobs`` threads that take submissions from the database and wait for their workers,
    and one that renews their leases."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        *,
        jobs: int,
        lease_s: float,
        poll_s: float = 1.0,
        data_dir: Path | None = None,
    ) -> None:
        self.factory, self.jobs, self.lease_s, self.poll_s = factory, jobs, lease_s, poll_s
        self.data_dir = data_dir
        self.worker = worker_name()
        self._stopping = threading.Event()
        self._wake = threading.Condition()
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        """Start the threads (none when ``jobs`` is 0: other processes do the work)."""
        if self.jobs == 0 or self._threads:
            return
        self._threads = [
            threading.Thread(target=self._take, name=f"extractor-job-{n}", daemon=True)
            for n in range(self.jobs)
        ]
        self._threads.append(threading.Thread(target=self._renew, name="extractor-lease"))
        for thread in self._threads:
            thread.start()

    def notify(self) -> None:
        """A submission was queued: an idle thread looks at once instead of at its next poll."""
        with self._wake:
            self._wake.notify()

    def stop(self, wait_s: float = 10.0) -> None:
        """Stop taking work, kill the workers of the documents in hand and give those back."""
        self._stopping.set()
        with self._wake:
            self._wake.notify_all()
        for thread in self._threads:
            thread.join(wait_s)
        self._threads = []

    def _take(self) -> None:
        limits = Limits.from_env()
        while not self._stopping.is_set():
            try:
                claimed = claim(self.factory, self.worker, self.lease_s)
            except SQLAlchemyError:
                log.warning("job queue: cannot claim\n%s", traceback.format_exc())
                claimed = None
            if claimed is None:
                with self._wake:
                    self._wake.wait(self.poll_s)
                continue
            try:
                self._process(claimed, limits)
            except SQLAlchemyError:  # its lease runs out and another worker takes it again
                log.warning("submission %s: cannot store\n%s", claimed.id, traceback.format_exc())

    def _process(self, claimed: Claimed, limits: Limits) -> None:
        from extractor.bounded import Cancelled

        try:
            outcome = read(claimed, limits, self._stopping, self.data_dir)
        except Cancelled:
            release(self.factory, self.worker, claimed.id)
            return
        except Exception:  # a bug: the submission shows it, the queue goes on
            log.error("submission %s: internal error\n%s", claimed.id, traceback.format_exc())
            outcome = Outcome("failed", error_kind=INTERNAL_ERROR, error=_("internal error"))
        if not finish(self.factory, self.worker, claimed.id, outcome):
            log.warning("submission %s: lease lost, another worker took it over", claimed.id)

    def _renew(self) -> None:
        while not self._stopping.wait(self.lease_s / 3):
            try:
                renew(self.factory, self.worker, self.lease_s)
            except SQLAlchemyError:
                log.warning("job queue: cannot renew leases\n%s", traceback.format_exc())
