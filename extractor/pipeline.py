"""The stages in order (sniff, parse, normalise, extract, judge); each document's work runs in
a worker process with its limits (extractor.bounded)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from extractor.bounded import run_bounded
from extractor.errors import DocumentError, UnknownFramework
from extractor.model import ConditionVerdict, Document, ParsedDocument, Prediction
from extractor.normalise import build_document
from extractor.parse.formats import by_name
from extractor.parse.sniff import SourceFile, sniff
from extractor.settings import Limits

if TYPE_CHECKING:
    from extractor.extract.reasons import Rejection

log = logging.getLogger(__name__)


def _parser(name: str, printed: Path | None) -> Callable[[SourceFile, Limits], ParsedDocument]:
    """The format's parser; where LibreOffice prints the format for the panel's page images,
    one that keeps that print at ``printed``."""
    entry = by_name(name)
    parse = entry.parse_function()
    return partial(parse, keep=printed) if entry.printed else parse


def parse_in_process(
    path: Path,
    limits: Limits | None = None,
    location: Path | None = None,
    *,
    printed: Path | None = None,
) -> Document:
    """Sniff, parse and normalise one file in this process, with no isolation; its bytes read
    from ``location`` where given (the file ``path`` names, already opened and checked), the
    PDF LibreOffice prints of a DOCX kept at ``printed`` where given (the panel's pages)."""
    limits = limits or Limits.from_env()
    source = sniff(path, limits, location)
    return build_document(_parser(source.format, printed)(source, limits))


def parse_while_warming(path: Path, limits: Limits, location: Path | None = None) -> Document:
    """``parse_in_process``, in a worker that has yet to load what extraction needs (one
    document's worker, Workload.one): a child process reads the file while this one loads
    jieba, spaCy and the patterns (extractor.warm), on the second core. Where they are loaded
    already (the forkserver preloaded them for a batch) it reads the file itself.

    The child has the same memory cap, dies with this process (so with its timeout) and sends
    back the document or the DocumentError; if it dies instead, this process reads the file
    itself, so a crash is classified as any worker's is (extractor.bounded)."""
    import os
    import pickle
    import sys

    if "extractor.warm" in sys.modules:
        return parse_in_process(path, limits, location)
    reader, writer = os.pipe()
    parent = os.getpid()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child leaves by os._exit; its work is tested)
        os.close(reader)
        _send_parsed(writer, parent, path, limits, location)
    os.close(writer)
    try:
        import extractor.warm  # noqa: F401  (jieba, spaCy, the patterns: meanwhile)

        with os.fdopen(reader, "rb") as source:
            sent = source.read()
    finally:
        os.waitpid(child, 0)
    if not sent:  # the child died: read it here, where run_bounded classifies a crash
        return parse_in_process(path, limits, location)
    parsed = pickle.loads(sent)  # our own child's bytes, through our own pipe
    if isinstance(parsed, DocumentError):
        raise parsed
    assert isinstance(parsed, Document)
    return parsed


def _send_parsed(
    writer: int, parent: int, path: Path, limits: Limits, location: Path | None
) -> None:
    """The reading child: the document, or the DocumentError, pickled down ``writer``; it
    ends as soon as ``parent`` does."""
    import os
    import pickle

    from extractor.bounded import die_with

    code = 1
    try:
        die_with(parent)
        try:
            result: Document | DocumentError = parse_in_process(path, limits, location)
        except DocumentError as err:
            result = err
        with os.fdopen(writer, "wb") as out:
            pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
        code = 0
    finally:
        os._exit(code)


def parse_document(path: Path, limits: Limits | None = None, *, isolate: bool = True) -> Document:
    """Parse one file in a worker process with the per-document timeout and memory cap
    (``isolate=False``: in this process, unbounded)."""
    limits = limits or Limits.from_env()
    if not isolate:
        return parse_in_process(path, limits)
    return run_bounded(parse_in_process, path, limits)


def assess(
    document: Document, framework: str, rejected: list[Rejection] | None = None
) -> tuple[Prediction, list[ConditionVerdict]]:
    """The prediction for one parsed document and, where the framework has non-deviable
    conditions, a verdict on each.

    Stated claims and named lists, then what follows from them: the density derived from a
    total and a population (kept apart from the stated claims), each count beside its list,
    and the pre-screen, whose verdict strings go into ``prescreen`` as gold/v1 has them. The
    prose's candidate figures taken as no claim go into ``rejected`` where one is given.
    """
    from extractor.extract.claims import find_claims
    from extractor.extract.context import applicant_place
    from extractor.extract.derived import derived_density, derived_list_counts
    from extractor.extract.lists import find_lists
    from extractor.extract.reconcile import reconcile
    from extractor.match.frameworks import load_framework
    from extractor.prescreen.verdicts import prescreen

    try:
        rules = load_framework(framework)
    except UnknownFramework as err:
        # a corpus may name a framework we have no file for: its figures are still read
        log.warning("%s: %s; no pre-screen", Path(document.source).name, err)
        rules = None
    claims = find_claims(document, rejected)
    lists = find_lists(document)
    prediction = Prediction(
        document=Path(document.source).name,
        framework=framework,
        city=applicant_place(document.text),
        claims=tuple(claims),
        lists={key: [item.name for item in items] for key, items in lists.items()},
        list_evidence={key: tuple(item.evidence for item in items) for key, items in lists.items()},
        derived=tuple(derived_density(claims) + derived_list_counts(claims, _named(lists))),
        reconciliation=tuple(reconcile(claims, lists)),
        warnings=tuple(f"{w.code}: {w.message}" for w in document.warnings),
    )
    if rules is None or not rules.conditions:
        return prediction, []
    verdicts = prescreen(document, prediction, rules)
    verdict_of = {v.key: v.verdict.value for v in verdicts}
    return prediction.model_copy(update={"prescreen": verdict_of}), verdicts


def _named(lists: dict[str, Any]) -> list[tuple[str, Any]]:
    """Each named 5G-factory entry with the claim field its list wording counts it towards."""
    from extractor.extract.list_patterns import factory_matcher

    fields = {term.id: term.field for term in factory_matcher().term.values() if term.field}
    return [
        (fields[item.term], item.evidence)
        for item in lists.get("factories_5g", [])
        if item.term in fields
    ]


def predict(document: Document, framework: str) -> Prediction:
    """The prediction for one parsed document, in the gold/v1 shape the evaluation scores."""
    return assess(document, framework)[0]


def explain_file(
    path: Path, limits: Limits, *, framework: str, explain: bool
) -> tuple[Prediction, list[Rejection]]:
    """``predict_file``, and where ``explain`` is asked, every figure of the prose taken as no
    claim with the rule's reason (extract/reasons.py): a job for ``run_bounded``."""
    rejected: list[Rejection] = []
    document = parse_while_warming(path, limits)
    prediction, _ = assess(document, framework, rejected if explain else None)
    return prediction, rejected


def predict_file(path: Path, limits: Limits, *, framework: str) -> Prediction:
    """One file read and predicted: a job for ``run_bounded`` (a worker does both)."""
    return predict(parse_while_warming(path, limits), framework)
