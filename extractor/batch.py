"""The pre-screen over a folder: every submission read and judged in its worker, one row each.

Each file's whole work (parsing, extraction, the verdicts, the form check) runs in its own
worker process with the per-document timeout and memory cap (extractor.bounded), several side
by side; this process only schedules them and gathers the rows. A file that cannot be read
becomes a row with its typed error and the batch goes on.
"""

from __future__ import annotations

import errno
import logging
import os
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from datetime import UTC, datetime
from functools import partial
from importlib.metadata import version
from pathlib import Path

from extractor.bounded import run_bounded
from extractor.errors import (
    DocumentError,
    ExtractorError,
    InternalError,
    LinkedDocument,
    UnsupportedDocument,
    error_kind,
)
from extractor.model import BatchReport, SubmissionResult
from extractor.parse.formats import suffixes
from extractor.pipeline import assess, parse_while_warming
from extractor.settings import Limits
from extractor.spool import Spool

log = logging.getLogger(__name__)


def find_submissions(root: Path, follow_links: bool = False) -> list[Path]:
    """Every file below ``root`` but hidden ones (names starting with a dot, and what hidden
    folders hold), in path order: each gets a row, a type the extractor does not read (.doc,
    .wps, an image) one with its error. A symbolic link is listed (its row says it was not
    followed) unless ``follow_links``: then a linked file is read and a linked folder walked."""
    if root.is_file():
        return [root]
    found: list[Path] = []
    for folder, folders, files in os.walk(root, followlinks=follow_links):
        here = Path(folder)
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in files:
            path = here / name
            if not name.startswith(".") and (path.is_file() or path.is_symlink()):
                found.append(path)
        if not follow_links:  # a linked folder is a row of its own, never walked
            found.extend(here / name for name in folders if (here / name).is_symlink())
    return sorted(found)


def _opened(path: Path, follow_links: bool) -> int | None:
    """The file opened for this worker to read by its descriptor (None where it cannot be
    opened: sniff names why). Unless ``follow_links`` it is opened with O_NOFOLLOW: a link, or
    a file swapped for one since the folder was listed, raises LinkedDocument; and what is read
    is what was opened, whatever the name points to later."""
    flags = os.O_RDONLY | os.O_NONBLOCK | (0 if follow_links else os.O_NOFOLLOW)
    try:
        return os.open(path, flags)
    except OSError as err:
        if not follow_links and (err.errno == errno.ELOOP or path.is_symlink()):
            raise LinkedDocument(path) from err
        return None


def reportable(text: str) -> str:
    """Text fit for a report: a file name's bytes that are not UTF-8 (which Python keeps as
    lone surrogates, and no UTF-8 writer accepts) spelled as \\xNN escapes."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that no file name decoding made
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def judge_file(
    path: Path, limits: Limits, *, framework: str, follow_links: bool = False
) -> SubmissionResult:
    """One submission's row: read, extract, judge and check its form (run in its worker)."""
    from extractor.match.frameworks import load_framework
    from extractor.prescreen.form import check_form

    fd = _opened(path, follow_links)
    try:
        location = None if fd is None else Path(f"/proc/self/fd/{fd}")
        document = parse_while_warming(path, limits, location)
    finally:
        if fd is not None:
            os.close(fd)
    prediction, verdicts = assess(document, framework)
    prediction = prediction.model_copy(update={"document": reportable(prediction.document)})
    rules = load_framework(framework)
    form = check_form(document, rules.form) if rules.form is not None else None
    return SubmissionResult(
        path=reportable(str(path)),
        framework=framework,
        pages=document.page_count,
        prediction=prediction,
        verdicts=tuple(verdicts),
        form=form,
    )


def _failed(path: Path, framework: str, err: Exception, started: float) -> SubmissionResult:
    return SubmissionResult(
        path=reportable(str(path)),
        framework=framework,
        error_kind=error_kind(err),
        error=reportable(str(err)),
        seconds=round(time.perf_counter() - started, 3),
    )


def run_batch(
    root: Path,
    framework: str,
    workers: int | None = None,
    progress: Callable[[Path], None] | None = None,
    limits: Limits | None = None,
    follow_links: bool = False,
) -> BatchReport:
    """Pre-screen every file below ``root``; ``progress`` is told each finished file.
    Symbolic links are rows with a typed error unless ``follow_links``."""
    from extractor.match.frameworks import load_framework

    rules = load_framework(framework)  # an unknown framework stops here, before any parsing
    started = time.perf_counter()
    paths = find_submissions(root, follow_links)
    limits = limits or Limits.from_env()
    results = Spool()  # each finished submission on disk: the batch's memory stays flat
    job = partial(judge_file, framework=framework, follow_links=follow_links)
    with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2) as pool:
        # threads only wait: each file's work runs in its own worker process
        readable: list[Path] = []  # a link goes to its worker: its row says what became of it
        for path in paths:
            if path.suffix.lower() in suffixes() or path.is_symlink():
                readable.append(path)
                continue
            # a type no parser reads: its row, and no worker started
            results.add(_failed(path, framework, UnsupportedDocument(path), time.perf_counter()))
            if progress is not None:
                progress(path)
        futures: dict[Future[SubmissionResult], tuple[Path, float]] = {
            pool.submit(run_bounded, job, path, limits): (path, time.perf_counter())
            for path in readable
        }
        for future in as_completed(futures):
            path, began = futures.pop(future)  # a finished future's result is not kept twice
            try:
                seconds = round(time.perf_counter() - began, 3)
                result = future.result().model_copy(update={"seconds": seconds})
            except (DocumentError, InternalError) as err:
                result = _failed(path, framework, err, began)
            except ExtractorError:
                raise  # a bad pattern file: it would fail every file alike
            except Exception as err:  # a bug: recorded with its traceback, the batch goes on
                log.error("%s: internal error\n%s", path, traceback.format_exc())
                result = _failed(path, framework, InternalError(path, repr(err)), began)
            results.add(result)
            del result
            if progress is not None:
                progress(path)
    results.sort()  # the shown paths: one order for every report
    return BatchReport(
        root=str(root),
        framework=framework,
        conditions=tuple((c.key, c.name) for c in rules.conditions),
        submissions=results,
        seconds=round(time.perf_counter() - started, 3),
        generated_at=datetime.now(UTC).replace(microsecond=0),
        version=version("extractor"),
    )
