"""Where a scanned page's time goes: each stage of PP-OCR, per page, in one warm process.

    python benchmarks/ocr_stages.py [PDF or folder ...] [--json]

Every page of the PDFs (default: corpus/scanned) is rendered as the parser renders it and read
by ``ocr_page`` with OCR single-threaded, as in a worker; the engine is started before the
first page, so the figures are a warm worker's. Each stage is timed by wrapping the function
that does it: the detector's and the recogniser's networks, the classifier, rapidocr's
character boxes and crops, and our own image work (rules found, rules painted out, missed ink).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium

from extractor.parse import ocr_ppocr
from extractor.parse.ocr import ocr_page
from extractor.parse.pdf import ocr_scale
from extractor.settings import Limits

ROOT = Path(__file__).resolve().parents[1]

SPENT: defaultdict[str, float] = defaultdict(float)


def _timed(owner: Any, name: str, stage: str) -> None:
    """Replace ``owner.name`` by the same callable adding its time to ``stage``."""
    inner: Callable[..., Any] = getattr(owner, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            SPENT[stage] += time.perf_counter() - started

    setattr(owner, name, timed)


def _instrument() -> None:
    engine = ocr_ppocr._engine()
    _timed(engine.text_det, "infer", "detector network")
    _timed(engine.text_cls, "infer", "classifier network")
    _timed(engine.text_rec, "session", "recogniser network")
    _timed(engine, "cal_rec_boxes", "character boxes (rapidocr)")
    _timed(engine, "get_crop_img_list", "line crops (rapidocr)")
    _timed(ocr_ppocr, "_rules", "rules found (OpenCV)")
    _timed(ocr_ppocr, "_without_column_rules", "rules painted out (OpenCV)")
    _timed(ocr_ppocr, "read_missed", "missed ink (OpenCV and recogniser)")


def _pdfs(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found += sorted(path.glob("*.pdf")) if path.is_dir() else [path]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "corpus" / "scanned"])
    parser.add_argument("--json", action="store_true", help="the figures as JSON on stdout")
    args = parser.parse_args(argv)
    _instrument()
    limits = Limits()
    pages = 0
    total = 0.0
    for path in _pdfs(args.paths):
        pdf = pdfium.PdfDocument(path)
        for index in range(len(pdf)):
            page = pdf[index]
            started = time.perf_counter()
            scale = ocr_scale(*page.get_size())
            image = page.render(scale=scale, grayscale=True).to_pil()
            SPENT["rendering"] += time.perf_counter() - started
            ocr_page(image, index + 1, scale, limits)
            total += time.perf_counter() - started
            pages += 1
    if not pages:
        sys.exit("no PDF pages found")
    ordered = sorted(SPENT.items(), key=lambda item: -item[1])
    figures = {stage: round(seconds / pages, 3) for stage, seconds in ordered}
    report = {"pages": pages, "seconds_per_page": round(total / pages, 3), "stages": figures}
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return 0
    print(f"{pages} pages, {report['seconds_per_page']} s a page; per page:")
    for stage, seconds in figures.items():
        print(f"  {stage:<38} {seconds:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
