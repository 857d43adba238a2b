"""Parse speed and peak memory of our PDF parse against plain pdfplumber on one generated file,
and what claim extraction adds after the parse.

    python benchmarks/parse_speed.py [--pages 60] [--repeat 3] [--out DIR] [--json]

Each engine runs in a fresh interpreter per repeat, so import cost and peak RSS belong to that
engine alone. The child times only the parse and reports its own peak RSS: RUSAGE_CHILDREN in
this parent would be the maximum over every engine run so far, not one engine's figure.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # tests.fixtures (the generator) is not an installed package

ENGINES = ("pdfplumber", "pypdfium2", "ours", "extract", "pipeline")
NOTES = {
    "pdfplumber": "for p in pdf.pages: p.extract_text()",
    "pypdfium2": "get_textpage().get_text_range() per page, for reference",
    "ours": "parse_pdf + build_document, in process",
    "extract": "ours, then predict (claims, lists, derived figures) twice: cold, then warm",
    "pipeline": "parse_document: worker process; RSS is the caller's only",
}
# Seconds the last `extract` run spent after parsing, reported beside its total.
_STAGES: dict[str, float] = {}


def _pdfplumber(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
        return len(pdf.pages)


def _pypdfium2(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    try:
        for page in document:
            page.get_textpage().get_text_range()
        return len(document)
    finally:
        document.close()


def _ours(path: Path) -> int:
    from extractor.normalise.assemble import build_document
    from extractor.parse.pdf import parse_pdf
    from extractor.parse.sniff import sniff
    from extractor.settings import Limits

    limits = Limits()
    return build_document(parse_pdf(sniff(path, limits), limits)).page_count


def _extract(path: Path) -> int:
    from extractor.normalise.assemble import build_document
    from extractor.parse.pdf import parse_pdf
    from extractor.parse.sniff import sniff
    from extractor.pipeline import predict
    from extractor.settings import Limits

    limits = Limits()
    started = time.perf_counter()
    document = build_document(parse_pdf(sniff(path, limits), limits))
    parsed = time.perf_counter()
    predict(document, "miit-2023")  # cold: loads the patterns and builds the NLP pipeline
    cold = time.perf_counter()
    predict(document, "miit-2023")  # warm: what every further document of a batch costs
    _STAGES["parse"] = parsed - started
    _STAGES["extract_cold"] = cold - parsed
    _STAGES["extract"] = time.perf_counter() - cold
    return document.page_count


def _pipeline(path: Path) -> int:
    from extractor.pipeline import parse_document
    from extractor.settings import Limits

    return parse_document(path, Limits()).page_count


_RUNNERS: dict[str, Callable[[Path], int]] = {
    "pdfplumber": _pdfplumber,
    "pypdfium2": _pypdfium2,
    "ours": _ours,
    "extract": _extract,
    "pipeline": _pipeline,
}


def _peak_rss_mib() -> float:
    """This process's own peak RSS.

    VmHWM belongs to the address space made at exec; ru_maxrss would also count the parent's
    memory at fork time (Linux carries it over exec), inflating every engine alike.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text(encoding="utf-8").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def run_engine(name: str, path: Path) -> dict[str, Any]:
    """Child side: time one parse of ``path``; an engine that cannot import is unavailable."""
    runner = _RUNNERS[name]
    started = time.perf_counter()
    try:
        pages = runner(path)
    except ImportError as err:
        return {"error": f"unavailable ({type(err).__name__}: {err})"}
    except Exception as err:  # a failing engine is a figure to report, not a crash
        return {"error": f"failed ({type(err).__name__}: {err})"}
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "pages": pages, "rss": _peak_rss_mib(), "stages": dict(_STAGES)}


def measure(name: str, path: Path, repeat: int) -> dict[str, Any]:
    """Parent side: ``repeat`` fresh interpreters for one engine; median time, largest RSS."""
    runs: list[dict[str, Any]] = []
    for _ in range(repeat):
        command = [sys.executable, str(Path(__file__).resolve()), "--engine", name, str(path)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        lines = done.stdout.strip().splitlines()
        if not lines:
            return {"engine": name, "error": f"crashed: {done.stderr.strip()[-300:]}"}
        run = json.loads(lines[-1])
        if "error" in run:
            return {"engine": name, "error": run["error"]}
        runs.append(run)
    seconds = statistics.median(run["seconds"] for run in runs)
    stages = {
        stage: round(statistics.median(run["stages"][stage] for run in runs), 3)
        for stage in runs[0]["stages"]
    }
    extra = {"stages": stages} if stages else {}
    if stages.get("parse"):
        # the budget: extraction may add at most 30 % to the parse of each document
        extra["extraction_overhead"] = round(stages["extract"] / stages["parse"], 3)
    return {
        **extra,
        "engine": name,
        "seconds": round(seconds, 3),
        "seconds_all": [round(run["seconds"], 3) for run in runs],
        "pages": runs[0]["pages"],
        "pages_per_second": round(runs[0]["pages"] / seconds, 1),
        "peak_rss_mib": round(max(run["rss"] for run in runs), 1),
        "note": NOTES[name],
    }


def _with_ratios(results: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add speed relative to pdfplumber: above 1 means faster than plain pdfplumber."""
    base = next(
        (r["seconds"] for r in results if r["engine"] == "pdfplumber" and "seconds" in r), 0
    )
    for result in results:
        if base and "seconds" in result:
            result["speed_vs_pdfplumber"] = round(base / result["seconds"], 2)
    return results


def describe(report: dict[str, Any]) -> str:
    """The results as an aligned text table for people."""
    header = (
        f"{'engine':<11} {'seconds':>8} {'pages/s':>8} {'peak MiB':>9} {'vs plumber':>10}  note"
    )
    rows = [f"{report['file']}: {report['pages']} pages, median of {report['repeat']}", header]
    for result in report["engines"]:
        if "error" in result:
            rows.append(
                f"{result['engine']:<11} {'—':>8} {'—':>8} {'—':>9} {'—':>10}  {result['error']}"
            )
            continue
        ratio = f"{result.get('speed_vs_pdfplumber', 0):.2f}×"
        rows.append(
            f"{result['engine']:<11} {result['seconds']:>8.3f} {result['pages_per_second']:>8.1f} "
            f"{result['peak_rss_mib']:>9.1f} {ratio:>10}  {result['note']}"
        )
    for result in report["engines"]:
        if "extraction_overhead" in result:
            stages = result["stages"]
            rows.append(
                f"extraction after parsing: {stages['extract']:.3f} s on {stages['parse']:.3f} s "
                f"of parsing, +{result['extraction_overhead']:.0%} per document; the first "
                f"document of a process also loads patterns and jieba/spaCy: "
                f"{stages['extract_cold']:.3f} s (medians of {report['repeat']})"
            )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Generate the long fixture, measure every engine on it, print a table or JSON."""
    parser = argparse.ArgumentParser(description="Parse speed and peak memory against pdfplumber.")
    parser.add_argument("--pages", type=int, default=60, help="pages of the generated PDF")
    parser.add_argument("--repeat", type=int, default=3, help="fresh runs per engine")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    parser.add_argument("--engine", choices=ENGINES, help=argparse.SUPPRESS)  # child mode
    parser.add_argument("file", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.engine:
        print(json.dumps(run_engine(args.engine, args.file)))
        return 0
    from tests.fixtures.build import make_long

    args.out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    path = make_long(args.out, pages=args.pages)
    print(f"built {path} in {time.perf_counter() - started:.2f} s", file=sys.stderr)
    results = []
    for name in ENGINES:
        print(f"measuring {name} ×{args.repeat} …", file=sys.stderr)
        results.append(measure(name, path, args.repeat))
    report = {
        "file": str(path),
        "pages": args.pages,
        "repeat": args.repeat,
        "engines": _with_ratios(results),
    }
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else describe(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
