"""Scoring a corpus: pair each gold file with a prediction, score, and split by source kind."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.gold import (
    GOLD_SUFFIX,
    GoldError,
    GoldFile,
    Prediction,
    find_gold,
    load_gold,
    parse_prediction,
    source_of,
)
from evaluation.metrics import DocumentScore, Summary, score_document, summarise, summary_dict
from extractor.parse.formats import PDF, by_suffix

log = logging.getLogger(__name__)
SOURCE_KINDS = ("pdf", "pdf-ocr", "pdf-scan", "docx", "txt", "unknown")
"""Born-digital PDF, PDF with some pages that have no text layer, PDF with none (a scan), DOCX,
TXT."""


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """A gold file with its location in the corpus and its source document."""

    path: Path
    name: str  # path of the gold's stem relative to the corpus root, e.g. test/ningbo-2024
    gold: GoldFile
    source: Path | None


@dataclass(slots=True)
class Report:
    """Scores overall and per source kind, with every document's details for --errors."""

    documents: list[DocumentScore]
    overall: Summary
    by_kind: dict[str, Summary]
    bad_gold: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": summary_dict(self.overall),
            "by_source_kind": {k: summary_dict(s) for k, s in sorted(self.by_kind.items())},
            "bad_gold": self.bad_gold,
        }


def load_corpus(corpus: Path) -> tuple[list[GoldDocument], list[str]]:
    """Every readable gold file below ``corpus``; unreadable ones are reported, not fatal."""
    documents: list[GoldDocument] = []
    bad: list[str] = []
    for path in find_gold(corpus):
        try:
            gold = load_gold(path)
        except GoldError as err:
            log.error("%s", err)
            bad.append(str(err))
            continue
        stem = path.relative_to(corpus).as_posix().removesuffix(GOLD_SUFFIX)
        documents.append(GoldDocument(path, stem, gold, source_of(path, gold)))
    return documents, bad


def source_kind(path: Path | None) -> str:
    """Which kind of source a document is: a PDF with no text on any page is pdf-scan (a scanned
    document), one with some pages lacking text is pdf-ocr (scanned pages annexed)."""
    if path is None:
        return "unknown"
    entry = by_suffix(path.suffix)
    if entry is not PDF:
        return "unknown" if entry is None else entry.name
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return "pdf"
    empty = []
    try:
        for page in pdf:
            textpage = page.get_textpage()
            empty.append(textpage.count_chars() == 0)
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return "pdf-scan" if empty and all(empty) else "pdf-ocr" if any(empty) else "pdf"


def read_predictions(location: Path) -> dict[str, Any]:
    """Predictions by stem: a folder of <stem>.json, or one batch JSON holding a list."""
    found: dict[str, Any] = {}
    files = sorted(location.rglob("*.json")) if location.is_dir() else [location]
    for path in files:
        if path.name.endswith(GOLD_SUFFIX):
            continue
        try:
            content = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as err:
            log.error("%s: unreadable prediction file (%s)", path, err)
            continue
        items = content if isinstance(content, list) else [content]
        for item in items:
            key = _prediction_key(path, location, item, batch=isinstance(content, list))
            found[key] = item
    return found


def _prediction_key(path: Path, root: Path, item: Any, batch: bool) -> str:
    if batch or not root.is_dir():
        document = item.get("document") if isinstance(item, dict) else None
        return Path(str(document or path.name)).with_suffix("").as_posix()
    return path.relative_to(root).with_suffix("").as_posix()


def _lookup(predictions: dict[str, Any], document: GoldDocument) -> Any:
    """The prediction for a gold document: by relative stem, else by bare file stem."""
    if document.name in predictions:
        return predictions[document.name]
    return predictions.get(Path(document.name).name)


def build_report(scores: Iterable[DocumentScore], bad_gold: list[str]) -> Report:
    """Overall and per-kind summaries of document scores."""
    documents = sorted(scores, key=lambda s: s.name)
    kinds = sorted({s.source_kind for s in documents})
    by_kind = {k: summarise([s for s in documents if s.source_kind == k]) for k in kinds}
    return Report(documents, summarise(documents), by_kind, bad_gold)


def score_corpus(
    corpus: Path,
    predict: Callable[[GoldDocument], tuple[Prediction, str]],
) -> Report:
    """Score every gold document with ``predict``, which returns a prediction and source kind."""
    documents, bad = load_corpus(corpus)
    scores = []
    for document in documents:
        prediction, kind = predict(document)
        scores.append(score_document(document.name, kind, document.gold, prediction))
    return build_report(scores, bad)


def score_folder(gold_dir: Path, predictions: Path) -> Report:
    """`extractor score`: compare ready-made predictions with the gold files, running nothing."""
    found = read_predictions(predictions)

    def lookup(document: GoldDocument) -> tuple[Prediction, str]:
        raw = _lookup(found, document)
        prediction = parse_prediction(raw) if raw is not None else Prediction()
        return prediction, source_kind(document.source)

    return score_corpus(gold_dir, lookup)
