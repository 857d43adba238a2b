"""How the reviewer panel runs: its database, its secret, its limits; from the environment."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, PositiveInt


class ServeSettings(BaseModel):
    """The panel's settings; ``create_app`` takes one, so each test builds its own app."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    database_url: str = Field(description="SQLAlchemy URL; SQLite by default, PostgreSQL works")
    secret_key: str = Field(min_length=32, description="signs session cookies")
    data_dir: Path = Field(description="where uploaded files are kept")
    session_hours: PositiveInt = 12
    upload_max_bytes: PositiveInt = 50 * 1024 * 1024
    folder_roots: tuple[Path, ...] = Field(
        default=(), description="where an administrator may register folders; none: data_dir/inbox"
    )

    @classmethod
    def from_env(cls, data_dir: Path | None = None) -> ServeSettings:
        """EXTRACTOR_DATABASE_URL, EXTRACTOR_SECRET_KEY, EXTRACTOR_DATA_DIR and
        EXTRACTOR_FOLDER_ROOTS (os.pathsep-separated), with defaults."""
        roots = os.environ.get("EXTRACTOR_FOLDER_ROOTS", "").split(os.pathsep)
        root = data_dir or Path(os.environ.get("EXTRACTOR_DATA_DIR", "extractor-data"))
        return cls(
            database_url=os.environ.get("EXTRACTOR_DATABASE_URL", f"sqlite:///{root / 'panel.db'}"),
            secret_key=os.environ.get("EXTRACTOR_SECRET_KEY") or secrets.token_urlsafe(48),
            data_dir=root,
            folder_roots=tuple(Path(part) for part in roots if part),
        )
