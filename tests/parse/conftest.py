"""These tests read what the messages say, in English, the language they are written in;
tests/test_language.py checks that readers see them in Chinese by default."""

import pytest


@pytest.fixture(autouse=True)
def _messages_in_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXTRACTOR_LANG", "en")
