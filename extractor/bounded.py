"""Document work in a worker process with the per-document timeout and memory cap.

Every piece of work on one document (parsing with OCR, extraction and the verdicts, the panel's
page images) runs as a job here: a top-level function of the file's path and the limits, in a
process forked from a forkserver that has already loaded what every job needs (the parsers,
jieba's dictionary and spaCy's pipeline, the patterns), under an address-space cap, killed at
the timeout. A hang becomes TimeoutDocument, an allocation failing TooLargeDocument, a crash of
a native library CorruptDocument, a bug InternalError: one hostile file cannot take the caller
(a batch, the panel) down, and the caller's own memory stays its own.
"""

from __future__ import annotations

import enum
import multiprocessing
import os
import signal
import threading
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from extractor.errors import (
    CorruptDocument,
    DocumentError,
    ExtractorError,
    InternalError,
    TimeoutDocument,
    TooLargeDocument,
)
from extractor.language import _, current, use
from extractor.settings import Limits

T = TypeVar("T")


class Workload(enum.Enum):
    """What a process's workers will do, which decides what their forkserver loads first."""

    parse = "parse"  # read documents only (extractor parse)
    one = "one"  # read and extract one document: its worker reads while it loads the models
    extract = "extract"  # read and extract many (prescreen of a folder, evaluate)
    review = "review"  # read, extract and suggest (the panel and its workers)


# imported once in the forkserver, before any worker's memory cap: the parsers, pdfplumber
# (tables, and the second reading of a damaged page: a late import failed to map its library
# under the cap), extractor.warm, which loads what extraction needs (jieba, spaCy, patterns:
# 1.5 s a document otherwise), and extractor.warm_review, the matcher's scikit-learn model;
# each only where the work needs it (a parse alone starts 2.8 s sooner without them); one
# document's worker loads extractor.warm itself while a child reads the file
# (pipeline.parse_while_warming: a one-file extract 2.5 s -> 2.15 s on 2 cores)
_MODELS = {
    Workload.parse: [],
    Workload.one: [],
    Workload.extract: ["extractor.warm"],
    Workload.review: ["extractor.warm", "extractor.warm_review"],
}


def _preloads(workload: Workload) -> list[str]:
    """What the forkserver imports for ``workload``: the pipeline, each registered format's
    parser module (extractor.parse.formats), pdfplumber, then the models the work needs."""
    from extractor.parse.formats import registered

    parsers = [entry.preload for entry in registered() if entry.preload is not None]
    return ["extractor.pipeline", *parsers, "pdfplumber", *_MODELS[workload]]


_expected = [Workload.review]


def expect(workload: Workload) -> None:
    """Say what this process's workers will do, before the first one starts: their forkserver
    then loads only what that needs. Once the forkserver runs, its workers start with what it
    loaded (a job needing more loads it itself); the default is everything."""
    _expected[0] = workload


# pdfium aborts (SIGABRT) when an allocation fails under the address-space cap, as a
# decompression bomb or a page of 10**8 drawn forms makes it do, and the dynamic loader exits
# with status 127 when it cannot allocate a library's thread-local data; a worker that died
# after reaching this share of the cap ran out of memory (a worker starts near 420 MB of
# address space with the preloaded pipeline, a text-layer PDF adds about 250 MB, OCR brings
# it near 2.4 GB).
_OUT_OF_MEMORY_SHARE = 0.4
_SAMPLE_S = 0.05


class Cancelled(Exception):
    """The caller cancelled the work (a server shutting down); the worker was killed."""


def die_with(caller: int) -> None:
    """Kill this worker as soon as the process that asked for its work ends, kill -9 included.
    A forkserver's child outlives that process otherwise (the forkserver lives on while any of
    its children does), reading on with nothing left to bound it or to take its answer."""
    import select

    try:
        handle = os.pidfd_open(caller)
    except ProcessLookupError:  # already gone
        os._exit(1)
    except (OSError, AttributeError):  # not Linux 5.3+: the worker ends with its job
        return

    def watch() -> None:
        select.select([handle], [], [])
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="extractor-caller-watch", daemon=True).start()


def _child(
    job: Callable[[Path, Limits], Any],
    path: Path,
    limits: Limits,
    conn: Connection,
    caller: int,
    language: str,
) -> None:
    """Worker body: cap the address space, run the job, send back its result or the error."""
    import gc
    import resource

    # what the forkserver loaded (jieba's dictionary, spaCy, the patterns) is out of the
    # collector's reach: a collection would otherwise write to every inherited object and copy
    # each page of them into this process (measured: a 60-page document 1.0 s -> 0.78 s)
    gc.freeze()

    use(language)  # the caller's, whatever it was when the forkserver started

    die_with(caller)

    # workers run side by side, one Tesseract each: its own OpenMP threads would only contend
    # with the other workers' (measured: a batch of scanned PDFs 1.6x faster on 2 cores)
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    cap = limits.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    result: Any
    try:
        result = job(path, limits)
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
        result = CorruptDocument(path, _("its structure is nested too deeply to read"))
    except ExtractorError as err:  # a bad pattern file: the caller stops, as in its own process
        result = err
    except Exception:
        result = InternalError(path, traceback.format_exc())
    conn.send(result)
    conn.close()


def _needs_more_memory(path: Path, limits: Limits) -> TooLargeDocument:
    return TooLargeDocument(
        path,
        _("reading it needs more than {limit} MB").format(limit=limits.memory_mb),
        "EXTRACTOR_MEMORY_MB",
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


def _wait(
    receiver: Connection, pid: int | None, timeout: float, cancel: threading.Event | None
) -> tuple[bool, float]:
    """Wait for the worker's answer (or its death); whether it came, and its peak memory.
    Raises Cancelled as soon as ``cancel`` is set."""
    deadline = time.monotonic() + timeout
    peak = 0.0
    while True:
        if cancel is not None and cancel.is_set():
            raise Cancelled
        peak = max(peak, _vm_peak_mb(pid))
        left = deadline - time.monotonic()
        if left <= 0:
            return False, peak
        if receiver.poll(min(_SAMPLE_S, left)):
            return True, peak


def _context() -> multiprocessing.context.ForkServerContext:
    """forkserver: safe in threaded hosts (the web panel), cheap once the server is warm."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_preloads(_expected[0]))
    return context


def run_bounded(
    job: Callable[[Path, Limits], T],
    path: Path,
    limits: Limits,
    *,
    cancel: threading.Event | None = None,
) -> T:
    """``job(path, limits)`` in a worker process with the limits' timeout and memory cap.

    ``job`` is a module-level function (the worker imports it by name); its result and any
    DocumentError it raises come back as they are, anything else as a typed error. Setting
    ``cancel`` kills the worker at once and raises Cancelled (a shutdown does not wait for
    documents).
    """
    receiver, sender = multiprocessing.Pipe(duplex=False)
    worker = _context().Process(
        target=_child, args=(job, path, limits, sender, os.getpid(), current()), daemon=True
    )
    worker.start()
    sender.close()
    peak = 0.0
    try:
        answered, peak = _wait(receiver, worker.pid, limits.timeout_s, cancel)
        if not answered:
            raise TimeoutDocument(
                path,
                _("reading took longer than {seconds:g} s").format(seconds=limits.timeout_s),
                "EXTRACTOR_TIMEOUT",
            )
        result = receiver.recv()
    except EOFError:
        worker.join(5)
        code = worker.exitcode or 0
        name = signal.Signals(-code).name if code < 0 else _("exit status {code}").format(code=code)
        if code == -signal.SIGKILL:
            raise TooLargeDocument(
                path, _("the reader was killed, most likely for memory")
            ) from None
        if code != 0 and peak >= _OUT_OF_MEMORY_SHARE * limits.memory_mb:
            raise TooLargeDocument(
                path,
                _(
                    "the reader crashed ({signal}) after taking {peak:,.0f} MB of its"
                    " {limit:,} MB: reading it needs more memory"
                ).format(signal=name, peak=peak, limit=limits.memory_mb),
                "EXTRACTOR_MEMORY_MB",
            ) from None
        raise CorruptDocument(
            path, _("the reader crashed on it ({signal})").format(signal=name)
        ) from None
    finally:
        if worker.is_alive():
            worker.kill()
        worker.join(5)
        receiver.close()
    if isinstance(result, BaseException):
        raise result
    return result  # type: ignore[no-any-return]
