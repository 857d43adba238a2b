"""A throwaway PostgreSQL server for tests: its own data dir, a unix socket only, a free port.

The panel claims to work on PostgreSQL; only a real server shows it. The server lives in a temp
dir, listens on no TCP address (so it never clashes with another server), and is removed at the
end. As root, initdb and postgres refuse to run, so they run as the ``postgres`` system user.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

SUPERUSER = "extractor"
_SERVICE_USER = "postgres"  # who runs the server when we are root
_LOG_LINES = 15


class PostgresUnavailable(RuntimeError):
    """The server cannot be had here: no binaries, or it did not start (the reason says why)."""


def find_bindir() -> Path:
    """The directory of initdb and pg_ctl: the newest /usr/lib/postgresql/N/bin, else pg_config."""
    found = sorted(
        (Path(p) for p in glob.glob("/usr/lib/postgresql/*/bin") if Path(p, "initdb").exists()),
        key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else -1,
    )
    if found:
        return found[-1]
    pg_config = shutil.which("pg_config")
    if pg_config:
        done = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=False, timeout=10
        )
        bindir = Path(done.stdout.strip())
        if done.returncode == 0 and (bindir / "initdb").exists():
            return bindir
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise PostgresUnavailable("no PostgreSQL server binaries (initdb) found")


def _free_port() -> int:
    """A port nothing listens on; the server only names its socket file after it."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _tail(path: Path, lines: int = _LOG_LINES) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "(no server log)"
    return "\n".join(text.strip().splitlines()[-lines:]) or "(empty server log)"


@dataclass(frozen=True, slots=True)
class PostgresServer:
    """A running server: where its socket is, and how to get a fresh database on it."""

    bindir: Path
    root: Path
    port: int
    as_user: str | None  # the system user the server runs as, if not us

    @property
    def socket_dir(self) -> Path:
        return self.root / "socket"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL of ``database`` on this server (psycopg 3, over the socket)."""
        query = {"host": str(self.socket_dir), "port": str(self.port)}
        url = URL.create("postgresql+psycopg", username=SUPERUSER, database=database, query=query)
        return url.render_as_string(hide_password=False)

    def create_database(self, name: str | None = None) -> str:
        """A new empty database (``test_<uuid>`` unless named), so each test has its own."""
        import psycopg
        from psycopg import sql

        name = name or f"test_{uuid.uuid4().hex}"
        with psycopg.connect(
            host=str(self.socket_dir),
            port=self.port,
            user=SUPERUSER,
            dbname="postgres",
            autocommit=True,
        ) as connection:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.url(name)

    def run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        """A server binary, run as the server's user."""
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_user:
            command = ["runuser", "-u", self.as_user, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False, timeout=timeout)

    def stop(self) -> None:
        """Stop fast (open sessions are cut, nothing is kept) and remove everything."""
        try:
            if (self.data_dir / "postmaster.pid").exists():
                self.run("pg_ctl", "stop", "-D", str(self.data_dir), "-m", "fast", "-w")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _prepare(bindir: Path) -> PostgresServer:
    """A temp dir the server's user owns; short, as a socket path has ~100 bytes at most."""
    as_user = _SERVICE_USER if os.geteuid() == 0 else None
    if as_user and not shutil.which("runuser"):
        raise PostgresUnavailable("running as root, but runuser is missing")
    root = Path(tempfile.mkdtemp(prefix="pg-"))
    server = PostgresServer(bindir=bindir, root=root, port=_free_port(), as_user=as_user)
    server.socket_dir.mkdir()
    if as_user:
        try:
            for path in (root, server.socket_dir):
                shutil.chown(path, as_user, as_user)
        except (LookupError, PermissionError) as err:
            shutil.rmtree(root, ignore_errors=True)
            raise PostgresUnavailable(f"cannot hand {root} to user {as_user!r}: {err}") from err
    return server


def _configure(server: PostgresServer) -> None:
    """Socket only, in our dir; no durability (a test database is thrown away anyway)."""
    settings = {
        "listen_addresses": "''",
        "unix_socket_directories": f"'{server.socket_dir}'",
        "port": str(server.port),
        "fsync": "off",
        "synchronous_commit": "off",
        "full_page_writes": "off",
        "timezone": "'Asia/Shanghai'",  # not UTC, so a timestamp's offset is really converted
    }
    with (server.data_dir / "postgresql.conf").open("a", encoding="utf-8") as conf:
        conf.write("\n# tests/serve/postgres_server.py\n")
        conf.writelines(f"{key} = {value}\n" for key, value in settings.items())


def start() -> PostgresServer:
    """initdb and start a server; PostgresUnavailable, with the log's last lines, if it fails."""
    server = _prepare(find_bindir())
    try:
        init = server.run(
            "initdb",
            "-D",
            str(server.data_dir),
            "-U",
            SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
            "--no-sync",
        )
        if init.returncode != 0:
            output = "\n".join((init.stdout + init.stderr).strip().splitlines()[-_LOG_LINES:])
            raise PostgresUnavailable(f"initdb failed ({init.returncode}):\n{output}")
        _configure(server)
        started = server.run(
            "pg_ctl", "start", "-D", str(server.data_dir), "-l", str(server.log), "-w", "-t", "30"
        )
        if started.returncode != 0:
            output = (started.stdout + started.stderr).strip()
            raise PostgresUnavailable(
                f"the server did not start ({started.returncode}): {output}\n"
                f"server log:\n{_tail(server.log)}"
            )
    except PostgresUnavailable:
        server.stop()
        raise
    except (OSError, subprocess.SubprocessError) as err:
        server.stop()
        raise PostgresUnavailable(f"cannot run the server binaries: {err}") from err
    return server


@contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    """A running throwaway server for the block, stopped and removed after it."""
    server = start()
    try:
        yield server
    finally:
        server.stop()
