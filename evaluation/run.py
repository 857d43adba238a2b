"""`extractor evaluate`: run the extractor over a corpus's sources, then score as `score` does."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evaluation.gold import Prediction, parse_prediction
from evaluation.metrics import score_document
from evaluation.score import GoldDocument, Report, build_report, load_corpus, source_kind

if TYPE_CHECKING:
    from extractor.model import Document

Outcome = tuple[Prediction, str | None, dict[str, Any] | None]


def _parse(document: GoldDocument) -> Document | str:
    """Parse one source in its worker process: the document, or why it could not be read."""
    from extractor.errors import DocumentError
    from extractor.pipeline import InternalError, parse_document

    if document.source is None:
        return f"{document.name}: no source document"
    try:
        return parse_document(document.source)
    except (DocumentError, InternalError) as err:
        return str(err)


def _predict(document: GoldDocument, parsed: Document | str) -> Outcome:
    """The prediction of one parsed source; a file that could not be read predicts nothing."""
    from extractor.pipeline import predict

    if isinstance(parsed, str):
        return Prediction(), parsed, None
    output = predict(parsed, document.gold.framework).model_dump(mode="json")
    return parse_prediction(output), None, output


def evaluate(
    corpus: Path,
    progress: Callable[[str], None] | None = None,
    predictions_out: Path | None = None,
) -> tuple[Report, list[str]]:
    """Score the extractor on every gold document below ``corpus``; returns problems too.

    Documents are parsed in parallel: each parse already runs in its own worker process,
    so threads here only wait on them.
    """
    documents, bad = load_corpus(corpus)
    problems: list[str] = []
    scores = []
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for document, parsed in zip(documents, pool.map(_parse, documents), strict=True):
            # here, not in the threads: the NLP pipeline is built once, in this thread
            prediction, problem, output = _predict(document, parsed)
            if problem:
                problems.append(problem)
            if predictions_out is not None and output is not None:
                target = predictions_out / f"{document.name}.json"
                target.parent.mkdir(parents=True, exist_ok=True)
                text = json.dumps(output, ensure_ascii=False, sort_keys=True, indent=2)
                target.write_text(text + "\n", encoding="utf-8")
            # here, not in the threads: pdfium is not thread-safe. One definition of a
            # source's kind for `evaluate` and `score`, so both split alike.
            kind = source_kind(document.source)
            scores.append(score_document(document.name, kind, document.gold, prediction))
            if progress is not None:
                progress(document.name)
    return build_report(scores, bad), problems
