"""How fast the reviewer panel answers: a 60-page submission end to end, then the requests the
review page makes, repeated.

    python benchmarks/panel_latency.py [--pages 60] [--requests 200] [--out DIR] [--json]

A real ``extractor serve`` process on loopback with a fresh SQLite database; requests from
httpx in this process, one at a time (what one reviewer's page does). pdfplumber's plain
``extract_text`` over the same file in the same run is the yardstick for processing time.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TARGET_P95_MS = 100.0


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "median_ms": round(statistics.median(ordered) * 1000, 2),
        "p95_ms": round(p95 * 1000, 2),
        "max_ms": round(ordered[-1] * 1000, 2),
    }


def _pdfplumber_seconds(path: Path) -> float:
    import pdfplumber

    started = time.perf_counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
    return time.perf_counter() - started


def _timed(client: Any, path: str, repeat: int) -> dict[str, Any]:
    samples = []
    size = 0
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(path)
        samples.append(time.perf_counter() - started)
        response.raise_for_status()
        size = len(response.content)
    return {**_percentiles(samples), "requests": repeat, "bytes": size}


def run(pages: int, repeat: int, out: Path) -> dict[str, Any]:
    """Build the PDF, serve, upload, wait, then time each page request ``repeat`` times."""
    import httpx

    from tests.fixtures.build import make_long
    from tests.serve.live import ADMIN, PASSWORD, live_server

    out.mkdir(parents=True, exist_ok=True)
    pdf = make_long(out, pages=pages)
    plumber = _pdfplumber_seconds(pdf)
    with tempfile.TemporaryDirectory() as scratch, live_server(Path(scratch)) as server:  # noqa: SIM117
        with httpx.Client(base_url=server.url, timeout=600) as client:
            me = client.post("/api/login", json={"name": ADMIN, "password": PASSWORD}).json()
            headers = {"X-CSRF-Token": me["csrf"]}
            started = time.perf_counter()
            with pdf.open("rb") as handle:
                uploaded = client.post(
                    "/api/submissions", files={"file": (pdf.name, handle)}, headers=headers
                ).json()
            accepted = time.perf_counter() - started
            url = f"/api/submissions/{uploaded['id']}"
            while (row := client.get(url).json())["status"] not in ("done", "failed"):
                time.sleep(0.05)
            processed = time.perf_counter() - started
            if row["status"] != "done":
                raise RuntimeError(f"processing failed: {row}")
            first_page = _timed(client, f"{url}/pages/1.png", 1)  # rendered on this request
            requests = {
                "suggestions": _timed(client, f"{url}/suggestions", repeat),
                "view": _timed(client, f"{url}/view", repeat),
                "decisions": _timed(client, f"{url}/decisions", repeat),
                "framework": _timed(client, "/api/frameworks/miit-2023", repeat),
                "page_image_cached": _timed(client, f"{url}/pages/1.png", repeat),
            }
            suggestions = len(client.get(f"{url}/suggestions").json()["suggestions"])
    return {
        "file": pdf.name,
        "pages": pages,
        "suggestions": suggestions,
        "upload_accepted_s": round(accepted, 3),
        "processing_end_to_end_s": round(processed, 3),
        "pdfplumber_extract_text_s": round(plumber, 3),
        "processing_vs_pdfplumber": round(plumber / processed, 2),
        "first_page_image_ms": first_page["median_ms"],
        "requests": requests,
        "target_p95_ms": TARGET_P95_MS,
        "suggestions_within_target": requests["suggestions"]["p95_ms"] < TARGET_P95_MS,
    }


def describe(report: dict[str, Any]) -> str:
    """The figures as lines for people."""
    rows = [
        f"{report['file']}: {report['pages']} pages, {report['suggestions']} suggestions",
        f"upload accepted in {report['upload_accepted_s']:.3f} s; processed end to end (parse, "
        f"OCR if any, extraction, pre-screen, suggestions, view) in "
        f"{report['processing_end_to_end_s']:.2f} s; pdfplumber extract_text alone "
        f"{report['pdfplumber_extract_text_s']:.2f} s ({report['processing_vs_pdfplumber']:.2f}×)",
        f"first page image (rendered): {report['first_page_image_ms']:.1f} ms",
        f"{'request':<18} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} {'KiB':>8}",
    ]
    for name, figures in report["requests"].items():
        rows.append(
            f"{name:<18} {figures['median_ms']:>10.2f} {figures['p95_ms']:>8.2f} "
            f"{figures['max_ms']:>8.2f} {figures['bytes'] / 1024:>8.1f}"
        )
    verdict = "within" if report["suggestions_within_target"] else "OVER"
    rows.append(f"suggestions p95 {verdict} the {report['target_p95_ms']:.0f} ms target")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Latency of the reviewer panel.")
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--requests", type=int, default=200, help="repeats of each request")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    report = run(args.pages, args.requests, args.out)
    (args.out / "panel_latency.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(json.dumps(report, indent=2) if args.json else describe(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
