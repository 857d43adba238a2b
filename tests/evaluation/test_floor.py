import json
import shutil
from functools import cache
from pathlib import Path

import pytest

from corpus.scan import SOURCES
from evaluation.run import evaluate
from evaluation.score import Report

ROOT = Path(__file__).resolve().parents[2]
FLOOR = json.loads((ROOT / "evaluation" / "floor.json").read_text(encoding="utf-8"))
SETS = sorted(key for key in FLOOR if key.startswith("corpus/"))


SCANNED_SHARE = 0.9  # issue 15: a scanned copy scores at least this share of its original


@cache
def _evaluated(name: str) -> tuple[Report, tuple[str, ...]]:
    report, problems = evaluate(ROOT / name)
    return report, tuple(problems)


@pytest.mark.parametrize("name", SETS)
def test_scores_stay_above_the_floor(name: str) -> None:
    report, problems = _evaluated(name)
    floor = FLOOR[name]
    assert report.overall.documents > 0, f"{name} holds no labelled documents"
    assert problems == (), problems
    assert report.bad_gold == []
    overall = report.overall
    assert overall.micro.f1 >= floor["micro_f1"]
    assert overall.list_micro.f1 >= floor["list_micro_f1"]
    if "min_page_accuracy" in floor:
        assert overall.page_accuracy is not None
        assert overall.page_accuracy >= floor["min_page_accuracy"]
    assert overall.false_passes <= floor.get("max_false_passes", 0)
    if "min_condition_accuracy" not in floor:
        return  # passages, not applications: they carry no verdicts
    for condition in overall.verdict_total:
        accuracy = overall.accuracy(condition)
        assert accuracy is not None
        assert accuracy >= floor["min_condition_accuracy"], condition
    assert overall.verdict_total, "no pre-screen verdicts were scored"


def test_scanned_copies_score_nine_tenths_of_their_originals(tmp_path: Path) -> None:
    for source in SOURCES:
        original = ROOT / "corpus" / source
        shutil.copy(original, tmp_path)
        shutil.copy(original.with_name(original.stem + ".gold.json"), tmp_path)
    born_digital, problems = evaluate(tmp_path)
    assert problems == []
    scanned, _ = _evaluated("corpus/scanned")
    assert born_digital.overall.documents == scanned.overall.documents == len(SOURCES)
    assert scanned.overall.micro.f1 >= SCANNED_SHARE * born_digital.overall.micro.f1
    assert scanned.overall.list_micro.f1 >= SCANNED_SHARE * born_digital.overall.list_micro.f1
