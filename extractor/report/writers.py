"""Choosing the report writer by the output file's extension."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from extractor.errors import ReportError
from extractor.labels import os_error
from extractor.language import _
from extractor.model.verdict import BatchReport
from extractor.report.as_html import write_html
from extractor.report.as_json import write_json
from extractor.report.as_xlsx import write_xlsx

Writer = Callable[[BatchReport, Path], None]
WRITERS: dict[str, Writer] = {".xlsx": write_xlsx, ".html": write_html, ".json": write_json}


def _writer(path: Path) -> Writer:
    """The writer of ``path``'s extension; ReportError naming the ones there are."""
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        raise ReportError(
            _("{path}: cannot write a report as {extension} (use one of {supported})").format(
                path=path,
                extension=path.suffix or _("a file without an extension"),
                supported=", ".join(WRITERS),
            )
        )
    return writer


def check_destination(path: Path, *, force: bool = False) -> None:
    """Refuse, before any work, a report that could not be written or would overwrite one:
    an extension no writer has, a folder that does not exist or cannot be written, an existing
    file unless ``force``.

    Raises:
        ReportError: naming the path and what to do.
    """
    _writer(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(
            _("{path}: the folder {folder} does not exist").format(path=path, folder=folder)
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ReportError(
            _("{path}: the folder {folder} cannot be written").format(path=path, folder=folder)
        )
    if path.is_dir():
        raise ReportError(_("{path}: is a folder; name a file").format(path=path))
    if path.exists() and not force:
        raise ReportError(_("{path}: exists already; --force overwrites it").format(path=path))


def write_report(report: BatchReport, path: Path) -> None:
    """Write ``report`` as .xlsx, .html or .json, by ``path``'s extension.

    Raises:
        ReportError: the extension is none of those, or the file cannot be written.
    """
    writer = _writer(path)
    try:
        writer(report, path)
    except OSError as err:
        raise ReportError(
            _(
                "{path}: cannot write the report ({reason}); check the folder exists"
                " and is writable"
            ).format(path=path, reason=os_error(err))
        ) from err
