"""Pre-screen report writers: Excel, HTML and JSON files from a BatchReport."""

from extractor.report.as_html import render_html, write_html
from extractor.report.as_json import submission_json, write_json
from extractor.report.as_xlsx import write_xlsx
from extractor.report.writers import WRITERS, write_report

__all__ = [
    "WRITERS",
    "render_html",
    "submission_json",
    "write_html",
    "write_json",
    "write_report",
    "write_xlsx",
]
