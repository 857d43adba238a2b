import json
from pathlib import Path

import pytest

from evaluation.run import evaluate

ROOT = Path(__file__).resolve().parents[2]
FLOOR = json.loads((ROOT / "evaluation" / "floor.json").read_text(encoding="utf-8"))
SETS = sorted(key for key in FLOOR if key.startswith("corpus/"))


@pytest.mark.parametrize("name", SETS)
def test_scores_stay_above_the_floor(name: str) -> None:
    report, problems = evaluate(ROOT / name)
    floor = FLOOR[name]
    assert report.overall.documents > 0, f"{name} holds no labelled documents"
    assert problems == [], problems
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
