"""jieba's prefix dictionary from extractor's own cache: the same dictionary, or jieba's way."""

import os
from pathlib import Path

import jieba
import pytest

from extractor.extract import jieba_cache
from extractor.extract.segment import nlp


@pytest.fixture(scope="module")
def built() -> tuple[dict[str, int], int]:
    """The prefix dictionary as jieba itself loads it."""
    nlp()  # the process's tokenizer, initialised once (from either cache)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = jieba.dt.tmp_dir  # jieba's own marshal cache, written by nlp()
    tokenizer.initialize()
    return tokenizer.FREQ, tokenizer.total


def test_the_cache_gives_back_jiebas_dictionary(
    tmp_path: Path, built: tuple[dict[str, int], int]
) -> None:
    frequencies, total = built
    path = jieba_cache.cache_path(tmp_path)
    jieba_cache.write(path, frequencies, total)
    assert jieba_cache.read(path) == (frequencies, total)


def test_a_tokenizer_initialised_from_the_cache_cuts_as_jieba_does(
    tmp_path: Path, built: tuple[dict[str, int], int]
) -> None:
    jieba_cache.write(jieba_cache.cache_path(tmp_path), *built)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(tmp_path / "none")  # jieba's own way would fail here: not taken
    jieba_cache.initialise(tokenizer, tmp_path)
    assert tokenizer.initialized
    frequencies, _total = built
    assert frequencies == tokenizer.FREQ
    text = "截至2023年底，全市累计建成5G基站超过1.2万个，工业互联网平台服务企业3200家"
    assert tokenizer.lcut(text) == jieba.Tokenizer().lcut(text) != []


def test_without_a_cache_jieba_loads_its_way_and_the_cache_is_written(tmp_path: Path) -> None:
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = jieba.dt.tmp_dir
    jieba_cache.initialise(tokenizer, tmp_path)
    assert tokenizer.initialized
    assert jieba_cache.read(jieba_cache.cache_path(tmp_path)) == (
        tokenizer.FREQ,
        tokenizer.total,
    )


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: data[: len(data) // 2], id="cut-short"),
        pytest.param(lambda data: b"x" + data[1:], id="not-ours"),
        pytest.param(lambda data: data[:-3] + b"\xff\xfe\n", id="not-utf-8"),
        pytest.param(lambda data: data + b"\n", id="one-word-too-many"),
    ],
)
def test_a_damaged_cache_is_left_aside(tmp_path: Path, damage: object) -> None:
    path = jieba_cache.cache_path(tmp_path)
    jieba_cache.write(path, {"工业": 5, "工": 0, "互联网": 7}, 12)
    assert jieba_cache.read(path) == ({"工业": 5, "工": 0, "互联网": 7}, 12)
    assert callable(damage)
    path.write_bytes(damage(path.read_bytes()))
    assert jieba_cache.read(path) is None


def test_another_users_cache_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = jieba_cache.cache_path(tmp_path)
    jieba_cache.write(path, {"工业": 5}, 5)
    monkeypatch.setattr(os, "getuid", lambda: os.stat(path).st_uid + 1)
    assert jieba_cache.read(path) is None


def test_the_cache_is_named_for_the_dictionary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("工业 5 n\n", encoding="utf-8")
    monkeypatch.setattr(jieba_cache, "_dictionary_file", lambda: dictionary)
    before = jieba_cache.cache_path(tmp_path)
    dictionary.write_text("工业 5 n\n互联网 7 n\n", encoding="utf-8")  # a new jieba's dictionary
    assert jieba_cache.cache_path(tmp_path) != before
