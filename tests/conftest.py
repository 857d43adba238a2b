"""Session-wide pytest fixtures: the PDF fixtures of tests/fixtures/build.py, built on first use."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.fixtures.build import FIXTURES

# the packages benchmarks/mutation.py mutates ([tool.mutmut] only_mutate)
_MUTATED = ("extractor.extract", "extractor.prescreen", "extractor.normalise")
# the zh pipeline takes a second to build: emptied only for a mutant of the module building it
_COSTLY = {"nlp": "extractor.extract.segment"}


def pytest_sessionstart(session: pytest.Session) -> None:
    """Under mutation testing, empty the rules' caches before a mutant's tests run.

    mutmut runs each mutant's tests in a process forked after the clean run, so a cache
    filled then (the qualifier words, the compiled cues) would keep what the original code
    computed, and a mutant of a function called only while filling it would pass unseen.
    """
    mutant = os.environ.get("MUTANT_UNDER_TEST", "")
    if not mutant.startswith(_MUTATED):
        return
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(_MUTATED):
            continue
        for attribute, value in list(vars(module).items()):
            owner = _COSTLY.get(attribute)
            if owner is not None and not mutant.startswith(f"{owner}."):
                continue
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == name:
                clear()


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
