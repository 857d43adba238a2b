import json
from pathlib import Path

from click.testing import CliRunner

from extractor.cli import cli
from tests.evaluation.test_score import _corpus


def test_evaluate_runs_the_extractor_and_prints_the_tables(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    out = tmp_path / "scores.json"
    predictions = tmp_path / "predictions"
    args = ["evaluate", str(corpus), "--split", "test", "--out", str(out), "--errors"]
    result = CliRunner().invoke(cli, [*args, "--predictions", str(predictions), "--quiet"])
    assert result.exit_code == 0, result.output
    for heading in ("claims per field", "page accuracy", "prescreen accuracy", "FALSE PASSES"):
        assert heading in result.output
    assert "== source kind: txt ==" in result.output
    assert "missed" in result.output
    scores = json.loads(out.read_text(encoding="utf-8"))
    assert scores["overall"]["documents"] == 1
    assert (predictions / "a.json").is_file()
    # the matcher is measured on the project's held-out passages when CORPUS has none
    assert "matcher (passage -> indicator" in result.output
    assert 0 < scores["matcher"]["top3"] <= 1
    assert scores["matcher"]["top1"] <= scores["matcher"]["top3"]


def test_score_command_scores_a_prediction_folder(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    result = CliRunner().invoke(cli, ["score", str(corpus), str(tmp_path / "nothing-here")])
    assert result.exit_code == 2  # the prediction path must exist
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(cli, ["score", str(corpus), str(empty)])
    assert result.exit_code == 0, result.output
    assert "documents: 1" in result.output


def test_json_prints_one_json_document_as_in_every_command(tmp_path: Path) -> None:
    # --json prints JSON on stdout (as parse and extract do); --out FILE writes the scores
    corpus, empty, out = _corpus(tmp_path), tmp_path / "empty", tmp_path / "scores.json"
    empty.mkdir()
    result = CliRunner().invoke(
        cli, ["score", str(corpus), str(empty), "--json", "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed == json.loads(out.read_text(encoding="utf-8"))
    assert printed["overall"]["documents"] == 1


def test_evaluate_exits_3_when_a_document_cannot_be_read(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    gold = json.loads((corpus / "test" / "a.gold.json").read_text(encoding="utf-8"))
    (corpus / "test" / "b.pdf").write_bytes(b"%PDF-1.7 not a pdf at all")
    gold_b = json.dumps(dict(gold, document="b.pdf"), ensure_ascii=False)
    (corpus / "test" / "b.gold.json").write_text(gold_b, encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(corpus), "--split", "test", "--quiet"])
    assert result.exit_code == 3, result.output
    assert "b.pdf" in result.output  # named, and the scores still printed
    assert "claims per field" in result.output
