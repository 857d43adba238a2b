"""How the reviewer panel runs: its database, its secret, its limits; from the environment."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt, PositiveFloat, PositiveInt

from extractor.errors import ExtractorError
from extractor.language import _

SECRET_FILE = "secret_key"
"""Where ``serve --keep-secret`` keeps the key it made, in the data folder (mode 600)."""


class MissingSecret(ExtractorError):
    """``serve`` without a signing key: every restart would sign everybody out."""


def signing_key(data_dir: Path, *, generate: bool) -> str:
    """The key that signs session cookies: EXTRACTOR_SECRET_KEY, else the one kept in the data
    folder, else (``generate``) a new one kept there for the next start.

    Raises:
        MissingSecret: none of these, saying how to give one.
    """
    given = os.environ.get("EXTRACTOR_SECRET_KEY")
    if given:
        return given
    kept = data_dir / SECRET_FILE
    if kept.is_file():
        return kept.read_text(encoding="ascii").strip()
    if not generate:
        raise MissingSecret(
            _(
                "no key to sign sessions with: set EXTRACTOR_SECRET_KEY (32 characters or more),"
                " or start with --keep-secret to make one and keep it in {path}"
            ).format(path=kept)
        )
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    fd = os.open(kept, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    return key


class ServeSettings(BaseModel):
    """The panel's settings; ``create_app`` takes one, so each test builds its own app."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    database_url: str = Field(description="SQLAlchemy URL; SQLite by default, PostgreSQL works")
    secret_key: str = Field(min_length=32, description="signs session cookies")
    data_dir: Path = Field(description="where uploaded files are kept")
    session_hours: PositiveInt = 12
    upload_max_bytes: PositiveInt = 50 * 1024 * 1024
    json_max_bytes: PositiveInt = Field(
        default=256 * 1024, description="the largest body of any request but an upload"
    )
    uploads_per_reviewer: PositiveInt = Field(
        default=4, description="uploads one reviewer may have in flight at once"
    )
    folder_roots: tuple[Path, ...] = Field(
        default=(), description="where an administrator may register folders; none: data_dir/inbox"
    )
    jobs: NonNegativeInt = Field(
        default=2, description="documents this process reads at once; 0: `extractor worker`s do"
    )
    lease_s: PositiveFloat = Field(
        default=30.0, description="how long a claim on a submission lasts unless renewed"
    )

    @classmethod
    def from_env(cls, data_dir: Path | None = None) -> ServeSettings:
        """EXTRACTOR_DATABASE_URL, EXTRACTOR_SECRET_KEY, EXTRACTOR_DATA_DIR,
        EXTRACTOR_FOLDER_ROOTS (os.pathsep-separated), EXTRACTOR_JOBS and EXTRACTOR_LEASE_S,
        with defaults."""
        roots = os.environ.get("EXTRACTOR_FOLDER_ROOTS", "").split(os.pathsep)
        root = data_dir or Path(os.environ.get("EXTRACTOR_DATA_DIR", "extractor-data"))
        return cls(
            database_url=os.environ.get("EXTRACTOR_DATABASE_URL", f"sqlite:///{root / 'panel.db'}"),
            # a placeholder where no key is set: `serve` asks signing_key for the real one,
            # commands that sign nothing (create-admin, worker) need none
            secret_key=os.environ.get("EXTRACTOR_SECRET_KEY") or secrets.token_urlsafe(48),
            data_dir=root,
            folder_roots=tuple(Path(part) for part in roots if part),
            **{
                key: os.environ[name]
                for key, name in (("jobs", "EXTRACTOR_JOBS"), ("lease_s", "EXTRACTOR_LEASE_S"))
                if name in os.environ
            },
        )
