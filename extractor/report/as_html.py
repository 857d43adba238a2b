"""The batch report as one self-contained HTML page: summary table, then each file's evidence."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.labels import beijing_time, field_name, unit_word
from extractor.language import current
from extractor.model.verdict import BatchReport
from extractor.report.labels import framework_name, labels
from extractor.report.summary_rows import form_columns, summary_rows

if TYPE_CHECKING:
    from jinja2 import Environment

_HERE = Path(__file__).resolve().parent
TEMPLATE = "prescreen.html.j2"
STYLESHEET = _HERE / "static" / "report.css"


def write_html(report: BatchReport, path: Path) -> None:
    """Write the page; a reviewer opens one file, with no stylesheet or script beside it."""
    path.write_text(render_html(report), encoding="utf-8")


def render_html(report: BatchReport) -> str:
    """The page as text; every piece of document text in it is escaped, never markup."""
    from markupsafe import Markup

    words = labels()
    rows = summary_rows(report, words)
    # Our own stylesheet, inlined: Markup so autoescape leaves its quotes and `>` alone.
    css = Markup(STYLESHEET.read_text(encoding="utf-8").strip())
    return (
        _environment()
        .get_template(TEMPLATE)
        .render(
            report=report,
            rows=rows,
            failed=sum(row.submission.failed for row in rows),
            labels=words,
            form_titles=form_columns(words),
            css=css,
            lang="zh-CN" if current() == "zh" else "en",
            generated=beijing_time(report.generated_at) if report.generated_at else "",
        )
    )


def format_number(value: float) -> str:
    """A figure as a reviewer reads it: 35000.0 → 35,000, 36.8 → 36.8 (never 3.5e+04)."""
    return f"{int(value):,}" if value.is_integer() else f"{value:,}"


@cache
def _environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    environment = Environment(
        loader=FileSystemLoader(_HERE / "templates"),
        autoescape=True,  # submissions are untrusted: a quote "<script>" must stay text
        undefined=StrictUndefined,  # a misspelt name in the template fails, not prints ""
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters["number"] = format_number
    environment.filters["field_name"] = field_name
    environment.filters["unit_word"] = unit_word
    environment.filters["framework_name"] = framework_name
    return environment
