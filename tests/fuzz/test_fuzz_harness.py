"""benchmarks/fuzz_parsers.py without libFuzzer: its targets on their seeds and on a few
mutated inputs, its mutators and its minimiser, so the harness cannot rot unnoticed."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from benchmarks import fuzz_parsers
from extractor.errors import ErrorKind

_OUTCOMES = {"parsed", *(kind.value for kind in ErrorKind)}
_MUTANTS = 12


@pytest.mark.parametrize("fmt", fuzz_parsers.TARGETS)
def test_every_seed_is_read(fmt: str, tmp_path: Path) -> None:
    target = fuzz_parsers.Target(fmt, tmp_path)
    outcomes = {name: target(data) for name, data in fuzz_parsers.seeds(fmt)}
    assert len(outcomes) >= 2
    for name, outcome in outcomes.items():
        assert outcome == ("encrypted" if name.startswith("encrypted") else "parsed"), name
    for name, data in fuzz_parsers.seeds(fmt):
        assert len(data) < 20_000, name  # seeds stay small, or the fuzzer slows down


@pytest.mark.parametrize("fmt", fuzz_parsers.TARGETS)
def test_mutated_inputs_read_or_raise_a_typed_error(fmt: str, tmp_path: Path) -> None:
    """What the fuzzer does, a dozen times: any exception but a DocumentError fails here."""
    rng = random.Random(f"harness-{fmt}")
    target = fuzz_parsers.Target(fmt, tmp_path)
    corpus = [data for _, data in fuzz_parsers.seeds(fmt)]
    mutate = fuzz_parsers.python_mutate(rng)
    for _ in range(_MUTANTS):
        data = fuzz_parsers.mutate_input(fmt, rng.choice(corpus), 300_000, rng, mutate)
        assert target(data) in _OUTCOMES
        corpus.append(data)
    assert sum(target.outcomes.values()) == _MUTANTS


def test_the_docx_mutator_mostly_keeps_an_archive() -> None:
    rng = random.Random(7)
    seed = fuzz_parsers.seeds("docx")[0][1]
    mutate = fuzz_parsers.python_mutate(rng)
    kept = 0
    for _ in range(20):
        try:
            fuzz_parsers.read_zip(fuzz_parsers.mutate_input("docx", seed, 300_000, rng, mutate))
        except Exception:
            continue
        kept += 1
    assert kept >= 10


def test_a_crash_is_named_and_minimised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The minimiser keeps the crash (same exception, same place) while it drops bytes."""

    def crash(data: bytes) -> str:
        if b"BOOM" in data:
            raise ZeroDivisionError
        return "parsed"

    target = fuzz_parsers.Target("txt", tmp_path)
    monkeypatch.setattr(fuzz_parsers.Target, "__call__", lambda self, data: crash(data))
    assert (
        fuzz_parsers.failure(target, b"xxBOOMyy")
        == "ZeroDivisionError at test_fuzz_harness.py:crash"
    )
    assert fuzz_parsers.failure(target, b"fine") is None
    assert fuzz_parsers.minimise("txt", b"a" * 40 + b"BOOM" + b"b" * 40, seconds=5) == b"BOOM"


def test_the_summary_parser_reads_libfuzzer_output() -> None:
    line = "#4096\tpulse  cov: 1190 ft: 1976 corp: 13/4Kb lim: 4096 exec/s: 204 rss: 160Mb"
    found = fuzz_parsers._STATS.search(line)
    assert found is not None
    assert (found["runs"], found["cov"], found["ft"], found["corp"], found["execs"]) == (
        "4096",
        "1190",
        "1976",
        "13",
        "204",
    )
