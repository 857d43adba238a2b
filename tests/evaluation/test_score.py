import json
from pathlib import Path
from typing import Any

import pytest

from evaluation.gold import GoldFile, parse_prediction
from evaluation.metrics import NOT_FOUND, score_document, summarise
from evaluation.report import _dropped_lines
from evaluation.score import score_folder

GOLD: dict[str, Any] = {
    "schema": "gold/v1",
    "document": "a.pdf",
    "framework": "miit-2023",
    "claims": [
        {"field": "bs_per_10k", "value": 36.8, "status": "actual", "year": 2023, "page": 3},
        {"field": "bs_per_10k", "value": 45, "status": "target", "year": 2026, "page": 9},
        {"field": "bs_total", "value": 12000, "status": "actual", "year": 2023, "page": 3},
    ],
    "lists": {"policy_documents": ["某市“5G+工业互联网”行动方案"]},
    "prescreen": {
        "special_policy": "pass",
        "bs_density": "pass",
        "scenario_factories": "unclear",
        "factory_5g": "pass",
        "national_demonstration": "fail",
        "no_major_incident": "pass",
    },
}


def _score(prediction: dict[str, Any]) -> Any:
    gold = GoldFile.model_validate(GOLD)
    return summarise([score_document("a", "pdf", gold, parse_prediction(prediction))])


def _with(**changes: Any) -> dict[str, Any]:
    prediction = json.loads(json.dumps(GOLD))
    prediction.update(changes)
    return prediction


def _claims(*edits: tuple[int, str, Any]) -> list[dict[str, Any]]:
    claims = json.loads(json.dumps(GOLD["claims"]))
    for index, key, value in edits:
        claims[index][key] = value
    return claims


def test_prediction_equal_to_gold_scores_one() -> None:
    summary = _score(_with())
    assert (summary.micro.precision, summary.micro.recall, summary.micro.f1) == (1.0, 1.0, 1.0)
    assert summary.page_accuracy == 1.0
    assert summary.list_micro.f1 == 1.0
    assert all(summary.accuracy(c) == 1.0 for c in GOLD["prescreen"])
    assert summary.false_passes == 0


@pytest.mark.parametrize(
    ("edit", "tp"),
    [
        pytest.param((0, "year", 2022), 2, id="wrong-year"),
        pytest.param((1, "status", "actual"), 2, id="target-labelled-actual"),
        pytest.param((2, "value", 12000 * 1.004), 3, id="value-off-0.4pc-matches"),
        pytest.param((2, "value", 12000 * 1.01), 2, id="value-off-1pc-misses"),
        pytest.param((0, "field", "bs_total"), 2, id="wrong-field"),
    ],
)
def test_one_changed_claim(edit: tuple[int, str, Any], tp: int) -> None:
    summary = _score(_with(claims=_claims(edit)))
    # 3 gold, 3 predicted: a broken claim is one miss and one spurious prediction
    assert (summary.micro.tp, summary.micro.fp, summary.micro.fn) == (tp, 3 - tp, 3 - tp)


def test_duplicate_prediction_is_a_false_positive() -> None:
    claims = _claims()
    summary = _score(_with(claims=[*claims, claims[0]]))
    # tp 3, fp 1: precision 3/4, recall 3/3, F1 = 2*0.75*1/(1.75) = 0.857142...
    assert (summary.micro.tp, summary.micro.fp, summary.micro.fn) == (3, 1, 0)
    assert summary.micro.f1 == pytest.approx(6 / 7)


def test_wrong_page_counts_in_page_accuracy_only() -> None:
    summary = _score(_with(claims=_claims((0, "page", 4))))
    assert summary.micro.f1 == 1.0
    assert summary.page_accuracy == pytest.approx(2 / 3)


def test_list_item_with_extra_spaces_and_marks_matches() -> None:
    summary = _score(_with(lists={"policy_documents": ["《某市 “5G+工业互联网” 行动方案》 "]}))
    assert summary.list_micro.f1 == 1.0


def test_list_item_too_different_does_not_match() -> None:
    summary = _score(_with(lists={"policy_documents": ["某市工业互联网发展规划"]}))
    assert (summary.list_micro.tp, summary.list_micro.fp, summary.list_micro.fn) == (0, 1, 1)


def test_missing_prescreen_key_is_wrong_not_a_crash() -> None:
    prescreen = dict(GOLD["prescreen"])
    del prescreen["factory_5g"]
    summary = _score(_with(prescreen=prescreen))
    assert summary.accuracy("factory_5g") == 0.0
    assert summary.accuracy("bs_density") == 1.0
    assert summary.false_passes == 0


def test_false_pass_is_counted_and_verdict_objects_are_read() -> None:
    prescreen: dict[str, Any] = {k: {"verdict": v} for k, v in GOLD["prescreen"].items()}
    prescreen["scenario_factories"] = {"verdict": "pass", "reason": "…"}
    prescreen["national_demonstration"] = "pass"
    summary = _score(_with(prescreen=prescreen))
    assert summary.false_passes == 2
    assert summary.accuracy("special_policy") == 1.0


def test_malformed_predicted_claims_are_ignored_and_counted() -> None:
    summary = _score(_with(claims=[*_claims(), {"field": "bs_total"}, "nonsense"]))
    assert summary.micro.f1 == 1.0
    assert summary.invalid_predictions == 2


def test_empty_prediction_scores_zero() -> None:
    summary = _score({})
    assert (summary.micro.tp, summary.micro.fn, summary.micro.f1) == (0, 3, 0.0)
    assert summary.false_passes == 0


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus" / "test"
    corpus.mkdir(parents=True)
    (corpus / "a.txt").write_text("每万人拥有5G基站数达36.8个。", encoding="utf-8")
    gold = dict(GOLD, document="a.txt")
    gold["claims"] = [{k: v for k, v in c.items() if k != "page"} for c in GOLD["claims"]]
    (corpus / "a.gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return corpus.parent


def test_score_folder_reads_per_document_files(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    predictions = tmp_path / "pred"
    (predictions / "test").mkdir(parents=True)
    gold = json.loads((corpus / "test" / "a.gold.json").read_text(encoding="utf-8"))
    (predictions / "test" / "a.json").write_text(json.dumps(gold), encoding="utf-8")
    report = score_folder(corpus, predictions)
    assert report.overall.micro.f1 == 1.0
    assert list(report.by_kind) == ["txt"]


def test_score_folder_reads_a_batch_list(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    gold = json.loads((corpus / "test" / "a.gold.json").read_text(encoding="utf-8"))
    batch = tmp_path / "batch.json"
    batch.write_text(json.dumps([gold]), encoding="utf-8")
    assert score_folder(corpus, batch).overall.micro.f1 == 1.0


def test_bad_gold_file_is_reported_not_fatal(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "test" / "b.gold.json").write_text('{"schema": "gold/v2"}', encoding="utf-8")
    report = score_folder(corpus, tmp_path)
    assert len(report.bad_gold) == 1
    assert "b.gold.json" in report.bad_gold[0]


def test_each_pattern_is_scored_on_its_own() -> None:
    # bs_per_10k: two gold claims; "per-10k" finds one, "table" finds the other and adds a
    # spurious one; bs_total's claim comes without a pattern id
    claims = _claims((0, "pattern_id", "bs_per_10k/per-10k"), (1, "pattern_id", "table"))
    spurious = {"field": "bs_per_10k", "value": 99, "status": "actual", "year": 2023}
    summary = _score(_with(claims=[*claims, spurious | {"pattern_id": "table"}]))
    patterns = {name: (c.tp, c.fp, c.fn) for name, c in summary.patterns.items()}
    assert patterns == {
        "bs_per_10k/per-10k": (1, 0, 1),
        "bs_per_10k/table": (1, 1, 1),
        "bs_total/-": (1, 0, 0),
    }
    assert summary.patterns["bs_per_10k/table"].precision == 0.5
    assert summary.patterns["bs_per_10k/per-10k"].recall == 0.5  # of the field's gold claims


def test_the_pattern_table_is_printed_only_where_predictions_name_patterns() -> None:
    from evaluation.report import _pattern_lines

    named = _score(_with(claims=_claims((0, "pattern_id", "bs_per_10k/per-10k"))))
    lines = _pattern_lines(named)
    assert lines[0] == "claims per pattern"
    assert any(line.split()[0] == "bs_per_10k/per-10k" for line in lines[2:])
    assert _pattern_lines(_score(_with())) == []  # another tool's predictions: no table


def test_a_missed_claim_names_the_rule_that_dropped_its_figure() -> None:
    claims = _claims()[:2]  # bs_total=12000 missed
    rejected = [
        {"figure": "1.2万", "value": 12000, "reason": "other-subject"},
        {"figure": "7", "value": 7, "reason": "intake"},
    ]
    gold = GoldFile.model_validate(GOLD)
    score = score_document(
        "a", "pdf", gold, parse_prediction(_with(claims=claims, rejected=rejected))
    )
    missed = [row.what for row in score.errors if row.kind == "missed"]
    assert missed == ["bs_total=12000 actual 2023 (dropped: other-subject)"]
    summary = summarise([score])
    assert summary.dropped == {"other-subject": 1}
    lines = _dropped_lines(summary)
    assert lines[0] == "missed claims by the rule that dropped them"
    assert lines[1].split() == ["other-subject", "1"]


def test_misses_with_no_rule_named_print_no_reason_table() -> None:
    summary = _score(_with(claims=_claims()[:2]))  # a miss, and no rejected key
    assert summary.dropped == {NOT_FOUND: 1}
    assert _dropped_lines(summary) == []
