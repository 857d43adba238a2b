"""The panel's job queue: submissions claimed once, leases that run out, a stop that does not
wait for documents, and a server killed with kill -9 whose queue finishes after a restart."""

from __future__ import annotations

import os
import signal
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker, undefer

from extractor.serve.db import make_engine, migrate, session_factory
from extractor.serve.db_tables import Reviewer, Submission
from extractor.serve.queue import MAX_ATTEMPTS, JobQueue, Outcome, claim, finish, release
from tests.serve.live import live_server, signed_in, start_server, wait_processed
from tests.serve.panel import TEXT

FIGURES = "截至2023年底，全市累计建成5G基站12000个，规上工业企业2100家，专精特新小巨人企业40家。\n"


def queue_database(url: str) -> sessionmaker[Session]:
    """Sessions of a migrated database at ``url`` with one account (submissions need one)."""
    engine = make_engine(url)
    migrate(engine)
    made = session_factory(engine)
    with made.begin() as session:
        session.add(
            Reviewer(id=1, name="admin", name_key="admin", password_hash="x", is_admin=True)
        )
    return made


@pytest.fixture
def factory(tmp_path: Path) -> sessionmaker[Session]:
    return queue_database(f"sqlite:///{tmp_path / 'queue.db'}")


def queue_texts(factory: sessionmaker[Session], folder: Path, texts: list[str]) -> list[int]:
    """Queued submissions of these texts, as an upload leaves them."""
    ids = []
    with factory.begin() as session:
        for number, text in enumerate(texts):
            path = folder / f"{number}.txt"
            path.write_text(text, encoding="utf-8")
            row = Submission(
                filename=path.name,
                stored_path=str(path),
                framework="miit-2023",
                uploaded_by=1,
                assigned_to=1,
            )
            session.add(row)
            session.flush()
            ids.append(row.id)
    return ids


def _row(factory: sessionmaker[Session], submission: int) -> Submission:
    with factory() as session:
        query = select(Submission).where(Submission.id == submission)
        row = session.scalars(query.options(undefer(Submission.result_json))).one()
        session.expunge(row)
        return row


def claim_all(factory: sessionmaker[Session], folder: Path, count: int = 40) -> None:
    """Six workers claim ``count`` queued submissions at once: each is taken exactly once."""
    ids = queue_texts(factory, folder, [TEXT] * count)
    taken: list[tuple[str, int]] = []
    start = threading.Barrier(6)

    def work(name: str) -> None:
        start.wait()
        while (claimed := claim(factory, name, 60)) is not None:
            taken.append((name, claimed.id))

    threads = [threading.Thread(target=work, args=(f"w{n}",)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(submission for _, submission in taken) == ids
    for name, submission in taken:
        row = _row(factory, submission)
        assert (row.status, row.claimed_by, row.attempts) == ("processing", name, 1)


def test_concurrent_workers_never_claim_a_submission_twice(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    claim_all(factory, tmp_path)


def test_an_expired_lease_is_taken_again_and_given_up_after_the_last_attempt(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    (submission,) = queue_texts(factory, tmp_path, [TEXT])
    assert claim(factory, "dead", 60) is not None
    assert claim(factory, "other", 60) is None  # held under a live lease

    def expire() -> None:
        past = datetime.now(UTC) - timedelta(seconds=1)
        with factory.begin() as session:
            session.execute(update(Submission).values(lease_until=past))

    for attempt in range(2, MAX_ATTEMPTS + 1):
        expire()
        again = claim(factory, f"worker-{attempt}", 60)
        assert again is not None
        assert again.id == submission
        assert _row(factory, submission).attempts == attempt
    # the holder that lost its lease stores nothing
    assert not finish(factory, "dead", submission, Outcome("done", result_json="{}"))
    expire()
    assert claim(factory, "last", 60) is None
    row = _row(factory, submission)
    assert (row.status, row.error_kind) == ("failed", "internal-error")
    assert f"interrupted {MAX_ATTEMPTS} times" in (row.error or "")


def test_a_released_submission_goes_back_untried(
    factory: sessionmaker[Session], tmp_path: Path
) -> None:
    (submission,) = queue_texts(factory, tmp_path, [TEXT])
    assert claim(factory, "w", 60) is not None
    release(factory, "someone else", submission)  # not theirs to give back
    assert _row(factory, submission).status == "processing"
    release(factory, "w", submission)
    row = _row(factory, submission)
    assert (row.status, row.attempts, row.claimed_by) == ("queued", 0, None)


def test_the_queue_processes_what_is_queued(factory: sessionmaker[Session], tmp_path: Path) -> None:
    ids = queue_texts(factory, tmp_path, [TEXT, TEXT])
    (tmp_path / "1.txt").unlink()  # its stored copy lost
    queue = JobQueue(factory, jobs=2, lease_s=30, poll_s=0.05)
    queue.start()
    try:
        deadline = datetime.now(UTC) + timedelta(seconds=120)
        while any(_row(factory, i).status not in ("done", "failed") for i in ids):
            assert datetime.now(UTC) < deadline
            threading.Event().wait(0.05)
    finally:
        queue.stop()
    done, lost = (_row(factory, i) for i in ids)
    assert (done.status, done.attempts, done.claimed_by) == ("done", 1, queue.worker)
    assert "bs_per_10k" in (done.result_json or "")
    assert (lost.status, lost.attempts) == ("failed", 1)
    assert "1.txt" in (lost.error or "")


def test_stopping_does_not_wait_for_the_document_and_gives_it_back(
    factory: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text that takes minutes to extract: stopping kills its worker and queues it again
    untried (waiting for it, the stop would have run out its 10 s and left it processing)."""
    monkeypatch.setenv("EXTRACTOR_TIMEOUT", "900")
    (submission,) = queue_texts(factory, tmp_path, [FIGURES * 60_000])
    queue = JobQueue(factory, jobs=1, lease_s=30, poll_s=0.05)
    queue.start()
    try:
        while _row(factory, submission).status != "processing":
            threading.Event().wait(0.05)
        threading.Event().wait(1.0)  # the worker is reading it
    finally:
        queue.stop(wait_s=10)
    row = _row(factory, submission)
    assert (row.status, row.attempts, row.claimed_by) == ("queued", 0, None)
    assert not [t for t in threading.enumerate() if t.name.startswith("extractor-")]


def _alive(pid: int) -> bool:
    """Whether a process runs (a zombie waiting to be reaped does not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _is_forkserver(pid: int) -> bool:
    """Whether a process is multiprocessing's forkserver (by its command line)."""
    try:
        return b"multiprocessing.forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _children(pid: int) -> dict[int, int]:
    """Every live descendant of a process, with its parent (from /proc)."""
    found: dict[int, int] = {}
    parents = {pid}
    while parents:
        more = set()
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path(f"/proc/{entry}/stat").read_text()
                except OSError:
                    continue
                parent = int(stat.rsplit(")", 1)[1].split()[1])
                if parent in parents and int(entry) not in found:
                    more.add(int(entry))
                    found[int(entry)] = parent
        parents = more
    return found


def _forkservers(server: int, descendants: dict[int, int]) -> set[int]:
    """A server's forkservers among its ``descendants`` (from ``_children``): its own children
    whose command line says so (a forkserver's children share its command line)."""
    return {pid for pid, parent in descendants.items() if parent == server and _is_forkserver(pid)}


def _document_workers(server: int, descendants: dict[int, int]) -> set[int]:
    """The processes a server's forkserver started for documents (none while it preloads)."""
    forkservers = _forkservers(server, descendants)
    return {pid for pid, parent in descendants.items() if parent in forkservers}


def test_after_kill_9_and_a_restart_every_queued_submission_finishes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server is killed while it reads a text that takes about half a minute: its worker
    dies with it at once (an orphan would read on, unbounded), and the restarted server takes
    that submission again once its lease has run out and finishes every queued one (the long
    one ends at the restarted server's shorter timeout)."""
    data = tmp_path / "panel"
    monkeypatch.setenv("EXTRACTOR_LEASE_S", "2")
    monkeypatch.setenv("EXTRACTOR_JOBS", "1")
    server = start_server(data)
    try:
        client = signed_in(server.url)
        bodies = [(FIGURES * 20_000).encode(), TEXT.encode(), TEXT.encode()]
        ids = [
            client.post("/api/submissions", files={"file": (f"{n}.txt", body)}).json()["id"]
            for n, body in enumerate(bodies)
        ]
        while client.get(f"/api/submissions/{ids[0]}").json()["status"] != "processing":
            threading.Event().wait(0.02)
        # its worker is reading it (the forkserver may take seconds to preload before it
        # starts one; killing the server earlier would prove nothing about the worker)
        pid = server.process.pid
        for _ in range(1200):
            if _document_workers(pid, _children(pid)):
                break
            threading.Event().wait(0.05)
        threading.Event().wait(1.0)
        descendants = _children(pid)
        workers, readers = set(descendants), _document_workers(pid, descendants)
        servers = _forkservers(pid, descendants)
    finally:
        os.kill(server.process.pid, signal.SIGKILL)
        server.process.wait()
    assert readers  # a worker was reading when the server was killed
    for _ in range(100):  # the document's worker dies at once
        if not any(_alive(pid) for pid in workers - servers):
            break
        threading.Event().wait(0.05)
    assert not [pid for pid in workers - servers if _alive(pid)]
    # a forkserver still loading its preloads finishes them before it sees its parent gone
    for _ in range(600):
        if not any(_alive(pid) for pid in servers):
            break
        threading.Event().wait(0.05)
    assert not [pid for pid in servers if _alive(pid)]
    monkeypatch.setenv("EXTRACTOR_TIMEOUT", "3")
    with live_server(data, first_start=False) as again:
        client = signed_in(again.url)
        rows = [wait_processed(client, submission) for submission in ids]
    ends = [(row["status"], row["error_kind"]) for row in rows]
    assert ends == [("failed", "timeout"), ("done", None), ("done", None)], rows
    engine = make_engine(f"sqlite:///{data / 'panel.db'}")
    with engine.connect() as connection:
        attempts = dict(connection.execute(select(Submission.id, Submission.attempts)).all())
    engine.dispose()
    assert [attempts[i] for i in ids] == [2, 1, 1]  # the first was taken again after the kill
