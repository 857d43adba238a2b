"""The corpus generator's text and gold layer: determinism, labels true of the text, verdicts."""

from __future__ import annotations

import random
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

import corpus
from corpus import gold
from corpus.blocks import Document
from corpus.facts import VERDICTS, sample
from corpus.generate import document_for
from corpus.plaintext import text
from corpus.plan import FORMATS, SPLITS, Spec, make_plan
from corpus.templates import FILES, fields, load
from corpus.verdicts import prescreen
from corpus.voice import Voice
from evaluation.gold import CONDITIONS

SEED = 2026
_SPACE = re.compile(r"\s+")


def _flat(value: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", value))


@cache
def _plan() -> tuple[Spec, ...]:
    return tuple(make_plan(SEED))


@cache
def _document(index: int) -> Document:
    spec = _plan()[index]
    return document_for(spec, SEED)[0]


SAMPLE = list(range(0, 100, 3))  # every third document keeps the suite fast


@pytest.mark.parametrize("name", FILES)
def test_templates_load(name: str) -> None:
    assert isinstance(load(name), dict)


@pytest.mark.parametrize("field", list(fields()))
def test_every_field_has_four_phrasings_each_way(field: str) -> None:
    spec = fields()[field]
    assert len(spec["actual"]) >= 4
    assert len(spec["target"]) >= 4
    if field in ("bs_total", "bs_per_10k"):
        assert len(spec["actual"]) >= 8


def test_same_seed_same_text_and_gold() -> None:
    spec = _plan()[5]
    first, _ = document_for(spec, SEED)
    second, _ = document_for(spec, SEED)
    assert text(first) == text(second)
    assert gold.gold(first, spec.name) == gold.gold(second, spec.name)
    assert make_plan(SEED) == make_plan(SEED)


def test_plan_covers_formats_frameworks_and_splits() -> None:
    plan = _plan()
    assert len(plan) >= 96
    for split in SPLITS:
        members = [s for s in plan if s.split == split]
        assert {s.format for s in members} == set(FORMATS)
        assert {s.framework for s in members} == {"miit-2023", "liaoning"}
        miit = [s for s in members if s.framework == "miit-2023"]
        for condition in CONDITIONS:
            assert {s.verdicts[condition] for s in miit} == set(VERDICTS)


@pytest.mark.parametrize("index", SAMPLE)
def test_every_claim_figure_is_in_the_text(index: int) -> None:
    document = _document(index)
    flat = _flat(text(document))
    for claim in document.claims():
        assert _flat(claim.figure) in flat, claim.quote
        if len(claim.anchors) == 2:
            assert _flat(claim.anchors[0]) in flat, claim.quote


@pytest.mark.parametrize("index", SAMPLE)
def test_no_distractor_is_labelled(index: int) -> None:
    document = _document(index)
    flat = _flat(text(document))
    quotes = [_flat(c.quote) for c in document.claims()]
    for distractor in document.all_distractors():
        quote = _flat(distractor.quote)
        assert quote in flat, distractor
        assert not any(quote in q or q in quote for q in quotes), distractor


@pytest.mark.parametrize("index", SAMPLE)
def test_verdicts_follow_from_claims(index: int) -> None:
    spec = _plan()[index]
    document = _document(index)
    data = gold.gold(document, spec.name)
    if spec.framework == "liaoning":
        assert "prescreen" not in data
        return
    assert data["prescreen"] == spec.verdicts
    assert prescreen(data["claims"], data["lists"], document.flags) == spec.verdicts


@pytest.mark.parametrize("index", SAMPLE)
def test_list_items_are_in_the_text(index: int) -> None:
    document = _document(index)
    flat = _flat(text(document))
    for items in document.lists.values():
        for item in items:
            assert _flat(item) in flat
            assert not item.startswith("《")


@pytest.mark.parametrize("index", SAMPLE)
def test_gold_claims_are_unique_and_well_formed(index: int) -> None:
    data = gold.gold(_document(index), "x.txt")
    keys = [(c["field"], c["value"], c["status"], c["year"]) for c in data["claims"]]
    assert len(keys) == len(set(keys))
    for claim in data["claims"]:
        assert claim["field"] in fields()
        assert claim["status"] in ("actual", "target")
        assert claim.get("qualifier", "over") in ("over", "at_least", "about", "under")
        if claim["status"] == "target":
            assert claim["year"] is not None


def test_filler_has_no_digits() -> None:
    rng = random.Random(SEED)
    facts = sample(rng, "miit-2023", dict.fromkeys(CONDITIONS, "unclear"))
    voice = Voice(rng, facts)
    for _ in range(200):
        assert not re.search(r"[0-9０-９]", voice.filler(3).text.replace("5G", ""))


def test_long_documents_are_long() -> None:
    long = [spec for spec in _plan() if spec.long]
    assert len(long) >= 3
    chars = sum(len(block.text) for block in _document(long[0].index - 1).blocks)
    assert chars > 40_000


def test_the_generator_shares_no_vocabulary_with_the_rules() -> None:
    # issue 14: the generator and the rules grew up together; the corpus must not borrow the
    # rules' words, so no generator module imports the extractor or reads patterns/
    sources = sorted(Path(corpus.__file__).parent.glob("*.py"))
    assert sources
    for source in sources:
        text = source.read_text(encoding="utf-8")
        assert "import extractor" not in text, source.name
        assert "from extractor" not in text, source.name
        assert "patterns" not in text, source.name
