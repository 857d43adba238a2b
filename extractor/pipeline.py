"""The stages in order (sniff, parse, normalise), each document in a worker process with limits."""

from __future__ import annotations

import logging
import multiprocessing
import signal
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from extractor.errors import (
    CorruptDocument,
    DocumentError,
    ExtractorError,
    TimeoutDocument,
    TooLargeDocument,
    UnknownFramework,
    shown_name,
)
from extractor.model import ConditionVerdict, Document, ParsedDocument, Prediction, SourceFormat
from extractor.normalise import build_document
from extractor.parse.sniff import SourceFile, sniff
from extractor.settings import Limits

log = logging.getLogger(__name__)

# imported once in the forkserver, before any worker's memory cap: pdfplumber (tables, and the
# second reading of a damaged page) too, which a worker short of address space failed to load
_PRELOAD = ["extractor.pipeline", "extractor.parse.pdf", "extractor.parse.docx", "pdfplumber"]
# pdfium aborts (SIGABRT) when an allocation fails under the address-space cap, as a
# decompression bomb or a page of 10**8 drawn forms makes it do, and the dynamic loader exits
# with status 127 when it cannot allocate a library's thread-local data; a worker that died
# after reaching this share of the cap ran out of memory (a parse of a text-layer PDF peaks
# near 250 MB of address space, one with OCR near 2.4 GB).
_OUT_OF_MEMORY_SHARE = 0.4
_SAMPLE_S = 0.05


class InternalError(ExtractorError):
    """A bug met while reading one document, with the worker's traceback; the batch goes on."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path, self.detail = path, detail
        super().__init__(f"{shown_name(path)}: internal error\n{detail}")

    def __reduce__(self) -> tuple[type[InternalError], tuple[Path, str]]:
        return (type(self), (self.path, self.detail))


def _parser(fmt: SourceFormat) -> Callable[[SourceFile, Limits], ParsedDocument]:
    if fmt is SourceFormat.pdf:
        from extractor.parse.pdf import parse_pdf

        return parse_pdf
    if fmt is SourceFormat.docx:
        from extractor.parse.docx import parse_docx

        return parse_docx
    from extractor.parse.txt import parse_txt

    return parse_txt


def parse_in_process(path: Path, limits: Limits | None = None) -> Document:
    """Sniff, parse and normalise one file in this process, with no isolation."""
    limits = limits or Limits.from_env()
    source = sniff(path, limits)
    return build_document(_parser(source.format)(source, limits))


def _child(path: Path, limits: Limits, conn: Connection) -> None:
    """Worker body: cap the address space, parse, send back the document or the error."""
    import os
    import resource

    # workers run side by side, one Tesseract each: its own OpenMP threads would only contend
    # with the other workers' (measured: a batch of scanned PDFs 1.6x faster on 2 cores)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    cap = limits.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    result: Any
    try:
        result = parse_in_process(path, limits)
    except DocumentError as err:
        result = err
    except MemoryError:
        result = _needs_more_memory(path, limits)
    except ImportError as err:
        # the dynamic loader cannot map a library's segments into what is left under the cap
        if "failed to map segment" not in str(err):
            result = InternalError(path, traceback.format_exc())
        else:
            result = _needs_more_memory(path, limits)
    except RecursionError:
        result = CorruptDocument(path, "its structure is nested too deeply to read")
    except Exception:
        result = InternalError(path, traceback.format_exc())
    conn.send(result)
    conn.close()


def _needs_more_memory(path: Path, limits: Limits) -> TooLargeDocument:
    return TooLargeDocument(
        path, f"reading it needs more than {limits.memory_mb} MB", "EXTRACTOR_MEMORY_MB"
    )


def _vm_peak_mb(pid: int | None) -> float:
    """The peak address space of a live process in MB, from /proc (0 where unknown)."""
    try:
        with open(f"/proc/{pid}/status", "rb") as status:
            for line in status:
                if line.startswith(b"VmPeak:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0.0


def _wait(receiver: Connection, pid: int | None, timeout: float) -> tuple[bool, float]:
    """Wait for the worker's answer (or its death); whether it came, and its peak memory."""
    deadline = time.monotonic() + timeout
    peak = 0.0
    while True:
        peak = max(peak, _vm_peak_mb(pid))
        left = deadline - time.monotonic()
        if left <= 0:
            return False, peak
        if receiver.poll(min(_SAMPLE_S, left)):
            return True, peak


def _context() -> multiprocessing.context.ForkServerContext:
    """forkserver: safe in threaded hosts (the web panel), cheap once the server is warm."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_PRELOAD)
    return context


def parse_document(path: Path, limits: Limits | None = None, *, isolate: bool = True) -> Document:
    """Parse one file in a worker process with a wall-clock and memory limit.

    A hang becomes TimeoutDocument, a crash of a native library CorruptDocument (or
    TooLargeDocument when the worker had used much of its memory), so one hostile file cannot
    take the caller down.
    """
    limits = limits or Limits.from_env()
    if not isolate:
        return parse_in_process(path, limits)
    receiver, sender = multiprocessing.Pipe(duplex=False)
    worker = _context().Process(target=_child, args=(path, limits, sender), daemon=True)
    worker.start()
    sender.close()
    peak = 0.0
    try:
        answered, peak = _wait(receiver, worker.pid, limits.timeout_s)
        if not answered:
            raise TimeoutDocument(
                path, f"reading took longer than {limits.timeout_s:g} s", "EXTRACTOR_TIMEOUT"
            )
        result = receiver.recv()
    except EOFError:
        worker.join(5)
        code = worker.exitcode or 0
        name = signal.Signals(-code).name if code < 0 else f"exit status {code}"
        if code == -signal.SIGKILL:
            raise TooLargeDocument(path, "the reader was killed, most likely for memory") from None
        if code != 0 and peak >= _OUT_OF_MEMORY_SHARE * limits.memory_mb:
            raise TooLargeDocument(
                path,
                f"the reader crashed ({name}) after taking {peak:,.0f} MB of its"
                f" {limits.memory_mb:,} MB: reading it needs more memory",
                "EXTRACTOR_MEMORY_MB",
            ) from None
        raise CorruptDocument(path, f"the reader crashed on it ({name})") from None
    finally:
        if worker.is_alive():
            worker.kill()
        worker.join(5)
        receiver.close()
    if isinstance(result, BaseException):
        raise result
    assert isinstance(result, Document)
    return result


def assess(document: Document, framework: str) -> tuple[Prediction, list[ConditionVerdict]]:
    """The prediction for one parsed document and, where the framework has non-deviable
    conditions, a verdict on each.

    Stated claims and named lists, then what follows from them: the density derived from a
    total and a population (kept apart from the stated claims), each count beside its list,
    and the pre-screen, whose verdict strings go into ``prescreen`` as gold/v1 has them.
    """
    from extractor.extract.claims import find_claims
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
    claims = find_claims(document)
    lists = find_lists(document)
    prediction = Prediction(
        document=Path(document.source).name,
        framework=framework,
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
