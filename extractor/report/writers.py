"""Choosing the report writer by the output file's extension."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from extractor.errors import ReportError
from extractor.model.verdict import BatchReport
from extractor.report.as_html import write_html
from extractor.report.as_json import write_json
from extractor.report.as_xlsx import write_xlsx

Writer = Callable[[BatchReport, Path], None]
WRITERS: dict[str, Writer] = {".xlsx": write_xlsx, ".html": write_html, ".json": write_json}


def write_report(report: BatchReport, path: Path) -> None:
    """Write ``report`` as .xlsx, .html or .json, by ``path``'s extension.

    Raises:
        ReportError: the extension is none of those, or the file cannot be written.
    """
    writer = WRITERS.get(path.suffix.lower())
    if writer is None:
        supported = ", ".join(WRITERS)
        raise ReportError(
            f"{path}: cannot write a report as {path.suffix or 'a file without an extension'}"
            f" (use one of {supported})"
        )
    try:
        writer(report, path)
    except OSError as err:
        raise ReportError(
            f"{path}: cannot write the report ({err.strerror or err}); check the folder exists"
            " and is writable"
        ) from err
