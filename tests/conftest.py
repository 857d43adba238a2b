"""Session-wide pytest fixtures: the PDF fixtures of tests/fixtures/build.py, built on first use."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures.build import FIXTURES


class FixturePdfs:
    """Builds each fixture PDF the first time a test asks for it, then hands out the same path."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._built: dict[str, Path] = {}

    def get(self, name: str) -> Path:
        """The built file for ``name``, a key of FIXTURES; an unknown name is a KeyError."""
        if name not in self._built:
            build = FIXTURES[name].build
            target = self.directory / name
            target.mkdir()
            self._built[name] = build(target)
        return self._built[name]

    __getitem__ = get


@pytest.fixture(scope="session")
def fixture_pdfs(tmp_path_factory: pytest.TempPathFactory) -> FixturePdfs:
    """The session's fixture PDFs, e.g. ``fixture_pdfs.get("two_columns")``."""
    return FixturePdfs(tmp_path_factory.mktemp("fixture-pdfs"))
