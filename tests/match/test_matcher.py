import json
import logging
from pathlib import Path

import pytest

from extractor.match import matcher as matcher_module
from extractor.match.features import passages
from extractor.match.frameworks import load_framework, third_level
from extractor.match.matcher import (
    default_model_path,
    evaluate_matcher,
    load_matcher,
    scores,
    suggest,
    train_matcher,
)
from extractor.model import Document, Evidence, PredictedClaim, Prediction, Span, Status
from extractor.pipeline import parse_in_process
from extractor.settings import Limits

REPO = Path(__file__).resolve().parents[2]
TEST_SET = REPO / "corpus" / "passages" / "test.jsonl"
COVERAGE = "infrastructure.network.coverage"
FUNDS = "policy.funding.special_funds"

COVERAGE_TEXT = (
    "全市加快5G基站建设，累计建成5G基站8600个，实现工业企业和重点园区5G网络深度覆盖，"
    "按常住人口计算每万人拥有5G基站数达32个，网络覆盖率持续提升。"
)
FUNDS_TEXT = (
    "市财政统筹安排政府专项资金及配套资金2.5亿元，对企业技术改造、"
    "信息化项目给予补贴和奖励，持续加大资金支持力度。"
)
TALENT_TEXT = "建设人才实训基地，引进国家人才计划入选者，培育高水平技术技能人才1200名。"


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> Document:
    path = tmp_path_factory.mktemp("matcher") / "app.txt"
    path.write_text(f"{COVERAGE_TEXT}\n\n{FUNDS_TEXT}\n\n{TALENT_TEXT}\n", encoding="utf-8")
    return parse_in_process(path, Limits(ocr=False))


def _empty(document: Document) -> Prediction:
    return Prediction(document=document.source, framework="miit-2023")


def _passages_of(suggestions: list, indicator: str) -> list:
    return [s for s in suggestions if s.indicator == indicator and s.kind == "passage"]


def test_claim_maps_to_its_fields_indicator_with_its_evidence(document: Document) -> None:
    start = document.text.index("32")
    evidence = Evidence(page=1, block=0, span=Span(start=start, end=start + 2), quote="32个")
    claim = PredictedClaim(
        field="bs_per_10k",
        value=32.0,
        unit="stations",
        status=Status.actual,
        year=2023,
        confidence=0.8,
        evidence=(evidence,),
    )
    prediction = Prediction(document=document.source, framework="miit-2023", claims=(claim,))
    result = suggest(document, prediction, load_framework("miit-2023"), matcher=None)
    claims = [s for s in result if s.kind == "claim"]
    assert [(s.indicator, s.field, s.value, s.confidence) for s in claims] == [
        (COVERAGE, "bs_per_10k", 32.0, 0.8)
    ]
    assert claims[0].evidence == evidence
    assert claims[0].status is Status.actual
    assert claims[0].year == 2023


def test_list_evidence_maps_through_the_indicators_lists(document: Document) -> None:
    evidence = Evidence(page=1, block=1, span=Span(start=0, end=4), quote="实施方案")
    prediction = Prediction(
        document=document.source,
        framework="miit-2023",
        lists={"policy_documents": ["实施方案"]},
        list_evidence={"policy_documents": (evidence,)},
    )
    result = suggest(document, prediction, load_framework("miit-2023"), matcher=None)
    lists = [(s.indicator, s.kind, s.field) for s in result if s.kind == "list"]
    assert lists == [("policy.special.implementation", "list", "policy_documents")]


def test_keyword_prior_alone_suggests_the_coverage_passage(document: Document) -> None:
    result = suggest(document, _empty(document), load_framework("miit-2023"), matcher=None)
    coverage = _passages_of(result, COVERAGE)
    assert coverage, "the 5G基站 / 网络覆盖 passage is not suggested"
    best = coverage[0]
    assert "5G基站" in best.evidence.quote
    assert document.text[best.evidence.span.start : best.evidence.span.end] == best.evidence.quote
    assert all(s.confidence >= 0.2 for s in result if s.kind == "passage")
    funds = _passages_of(result, FUNDS)
    assert funds
    assert "专项资金" in funds[0].evidence.quote


def test_missing_model_falls_back_to_the_prior_and_says_so(
    document: Document,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(matcher_module, "PATTERNS_DIR", tmp_path)
    matcher_module._shipped.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="extractor.match.matcher"):
            result = suggest(document, _empty(document), load_framework("miit-2023"))
    finally:
        matcher_module._shipped.cache_clear()
    assert "keyword prior alone" in caplog.text
    assert _passages_of(result, COVERAGE)


def test_a_short_block_joins_its_neighbour_under_the_same_heading(document: Document) -> None:
    found = passages(document)
    # TALENT_TEXT is 37 characters, under short_chars (40): it joins the funds paragraph
    assert [p.blocks for p in found] == [(0,), (1, 2)]
    for passage in found:
        assert document.text[passage.span.start : passage.span.end] == passage.text


def test_trains_on_a_tiny_dataset_and_predicts(tmp_path: Path) -> None:
    data = _passages(tmp_path / "tiny.jsonl")
    out = tmp_path / "tiny.joblib"
    train_matcher(data, "miit-2023", out)
    fitted = load_matcher(out)
    assert sorted(fitted.classes) == sorted([COVERAGE, FUNDS])
    indicators = third_level(load_framework("miit-2023"))
    ids = [i.id for i in indicators]
    table = scores(["本市5G基站覆盖全部园区", "专项资金支持技术改造"], indicators, fitted)
    best = [ids[max(range(len(ids)), key=row.__getitem__)] for row in table]
    assert best == [COVERAGE, FUNDS]


def test_training_rejects_an_indicator_the_framework_lacks(tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    line = {
        "text": "x",
        "framework": "miit-2023",
        "indicator": "no.such",
        "source": "t",
        "labelled_by": "hand",
    }
    data.write_text(json.dumps(line) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"no\.such"):
        train_matcher(data, "miit-2023", tmp_path / "m.joblib")


def test_shipped_model_loads_and_predicts_offline(document: Document) -> None:
    fitted = load_matcher(default_model_path("miit-2023"))
    assert fitted.framework == "miit-2023"
    result = suggest(document, _empty(document), load_framework("miit-2023"), matcher=fitted)
    coverage = _passages_of(result, COVERAGE)
    assert coverage
    assert "5G基站" in coverage[0].evidence.quote
    funds = _passages_of(result, FUNDS)
    assert funds
    assert "专项资金" in funds[0].evidence.quote


def test_shipped_model_top3_accuracy_on_the_held_out_set() -> None:
    figures = evaluate_matcher(TEST_SET, default_model_path("miit-2023"))
    # measured 0.9152 top-3 and 0.4545 top-1 on 165 miit-2023 lines (patterns/models/README.md)
    assert figures["passages"] >= 100
    assert figures["top3"] >= 0.85
    assert figures["top1"] >= 0.38
    assert figures["top3"] > figures["prior_top3"]


def test_the_cli_trains_a_model_where_it_is_told(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from extractor.cli import cli

    data = _passages(tmp_path / "passages.jsonl")
    out = tmp_path / "cli.joblib"
    result = CliRunner().invoke(cli, ["train-matcher", str(data), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(load_matcher(out).classes) == sorted([COVERAGE, FUNDS])
    bad = CliRunner().invoke(cli, ["train-matcher", str(data), "--framework", "nope"])
    assert bad.exit_code == 2


def _passages(path: Path) -> Path:
    """Six labelled passages, three for each of two indicators, as JSON Lines at ``path``."""
    rows = [
        (COVERAGE, "5G基站建设加快，网络覆盖率提升，每万人拥有5G基站数超过30个。"),
        (COVERAGE, "新建5G基站1200个，园区实现5G网络连续覆盖。"),
        (COVERAGE, "累计开通5G基站，工业企业深度覆盖。"),
        (FUNDS, "安排政府专项资金及配套资金，支持企业技术改造。"),
        (FUNDS, "财政专项资金补贴和奖励信息化项目。"),
        (FUNDS, "统筹利用配套资金，加大资金支持力度。"),
    ]
    line = {"framework": "miit-2023", "source": "test", "labelled_by": "hand"}
    path.write_text(
        "".join(
            json.dumps({**line, "text": text, "indicator": ind}, ensure_ascii=False) + "\n"
            for ind, text in rows
        ),
        encoding="utf-8",
    )
    return path
