"""`extractor evaluate`: run the extractor over a corpus's sources, then score as `score` does."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any

from evaluation.gold import Prediction, parse_prediction
from evaluation.metrics import score_document
from evaluation.score import GoldDocument, Report, build_report, load_corpus, source_kind

Outcome = tuple[Prediction, str | None, dict[str, Any] | None]


def _predict(document: GoldDocument, explain: bool = False) -> Outcome:
    """Read and predict one source in its worker process; a file that could not be read
    predicts nothing, and says why. With ``explain`` the figures dropped, with the rule's
    reason, come too (``rejected``), for the error listing."""
    from extractor.bounded import run_bounded
    from extractor.errors import DocumentError, InternalError
    from extractor.pipeline import explain_file
    from extractor.settings import Limits

    if document.source is None:
        return Prediction(), f"{document.name}: no source document", None
    job = partial(explain_file, framework=document.gold.framework, explain=explain)
    try:
        predicted, rejected = run_bounded(job, document.source, Limits.from_env())
    except (DocumentError, InternalError) as err:
        return Prediction(), str(err), None
    output = predicted.model_dump(mode="json")
    if explain:
        output["rejected"] = [item.model_dump(mode="json") for item in rejected]
    return parse_prediction(output), None, output


def evaluate(
    corpus: Path,
    progress: Callable[[str], None] | None = None,
    predictions_out: Path | None = None,
    explain: bool = False,
) -> tuple[Report, list[str]]:
    """Score the extractor on every gold document below ``corpus``; returns problems too.

    Documents are read and predicted in parallel, each in its own worker process: threads
    here only wait on them.
    """
    documents, bad = load_corpus(corpus)
    problems: list[str] = []
    scores = []
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        outcomes = pool.map(partial(_predict, explain=explain), documents)
        for document, outcome in zip(documents, outcomes, strict=True):
            prediction, problem, output = outcome
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
