"""Batch pre-screen throughput over a folder, beside plain pdfplumber on the same PDFs.

    python benchmarks/batch_speed.py [corpus] [--json]

Measures, in one run: plain pdfplumber ``extract_text()`` over every PDF (one process); the
whole pre-screen (parse with OCR, claims, lists, verdicts, form checks) over the same PDFs with
one worker and with all cores; and the pre-screen over every file (PDF, DOCX, TXT) with all
cores. Submissions per minute and pages per second, and the ratio against pdfplumber.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def _pdfplumber(paths: list[Path]) -> tuple[float, int]:
    import pdfplumber

    started = time.perf_counter()
    pages = 0
    for path in paths:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                pages += 1
    return time.perf_counter() - started, pages


def _prescreen(paths: list[Path], workers: int, folder: Path) -> tuple[float, int, int]:
    """Pre-screen ``paths`` (linked into ``folder``); seconds, pages and unreadable files."""
    from extractor.batch import run_batch

    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    for number, path in enumerate(paths):
        (folder / f"{number:04d}-{path.name}").symlink_to(path.resolve())
    started = time.perf_counter()
    report = run_batch(folder, "miit-2023", workers=workers, follow_links=True)
    seconds = time.perf_counter() - started
    pages = sum(s.pages for s in report.submissions)
    return seconds, pages, sum(1 for s in report.submissions if s.failed)


def _row(name: str, files: int, seconds: float, pages: int, base: float | None) -> dict[str, Any]:
    row: dict[str, Any] = {
        "run": name,
        "files": files,
        "seconds": round(seconds, 2),
        "pages": pages,
        "submissions_per_minute": round(files / seconds * 60, 1),
        "pages_per_second": round(pages / seconds, 1),
    }
    if base:
        row["speed_vs_pdfplumber"] = round(base / seconds, 2)
    return row


def main(argv: list[str] | None = None) -> int:
    """Measure and print a table (or JSON)."""
    parser = argparse.ArgumentParser(description="Batch pre-screen throughput.")
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT / "corpus")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out" / "batch")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from extractor.batch import find_submissions
    from extractor.parse.formats import suffixes

    # the files a parser reads (a folder's other files are rows of their own, at no cost)
    every = [p for p in find_submissions(args.corpus) if p.suffix.lower() in suffixes()]

    pdfs = [p for p in every if p.suffix.lower() == ".pdf"]
    cores = os.cpu_count() or 2
    print(f"{len(every)} files, {len(pdfs)} PDF; {cores} cores", file=sys.stderr)
    base, pdf_pages = _pdfplumber(pdfs)
    rows = [_row("pdfplumber extract_text, PDFs", len(pdfs), base, pdf_pages, base)]
    for workers in (1, cores):
        seconds, pages, _ = _prescreen(pdfs, workers, args.out)
        rows.append(_row(f"pre-screen, PDFs, {workers} worker(s)", len(pdfs), seconds, pages, base))
    seconds, pages, failed = _prescreen(every, cores, args.out)
    rows.append(_row(f"pre-screen, all files, {cores} workers", len(every), seconds, pages, None))
    if args.json:
        print(json.dumps({"rows": rows, "unreadable": failed}, ensure_ascii=False, indent=2))
        return 0
    print(f"{'run':<38} {'files':>5} {'s':>8} {'subs/min':>9} {'pages/s':>8} {'vs plumber':>10}")
    for row in rows:
        ratio = f"{row['speed_vs_pdfplumber']:.2f}×" if "speed_vs_pdfplumber" in row else "—"
        print(
            f"{row['run']:<38} {row['files']:>5} {row['seconds']:>8.2f} "
            f"{row['submissions_per_minute']:>9.1f} {row['pages_per_second']:>8.1f} {ratio:>10}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
