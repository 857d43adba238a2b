"""How well scanned pages are read: PP-OCR and Tesseract on scanned copies of labelled
born-digital PDFs, against the originals.

    python benchmarks/ocr_quality.py [--corpus corpus/test] [--docs 4] [--dpi 150 300]
        [--engines ppocr tesseract] [--out DIR] [--json] [--seed 0]

The first ``--docs`` PDFs of the corpus (sorted) that have a gold file beside them and a text
layer on every page are scanned at each dpi: each page rendered in grayscale, skewed, blurred,
speckled and JPEG-encoded as an office scanner does (drawn from ``--seed``, per document, dpi
and page), then placed alone on a page of the original's size in an image-only PDF. The
project's pipeline parses every copy and the original in this process, one engine at a time,
with OCR single-threaded as in its workers; ``predict`` gives the claims, aligned with the gold
as ``extractor evaluate`` aligns them. The character error rate compares the text the pipeline
read on each page with the original's text layer (pypdfium2), both normalised as the pipeline
normalises and without whitespace; the original's own rate is the floor that the pipeline's
reading order sets for any engine. With --json the tables go to stderr, the JSON to stdout.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium

from evaluation.align import align_claims
from evaluation.gold import GOLD_SUFFIX, GoldFile, gold_claims, load_gold, parse_prediction
from evaluation.metrics import Counts
from extractor.model import Document, FurnitureRole
from extractor.normalise import normalise_text
from extractor.pipeline import parse_in_process, predict
from extractor.settings import Limits

ROOT = Path(__file__).resolve().parents[1]
ENGINES = ("ppocr", "tesseract")
DIGITS = frozenset("0123456789")


@dataclass(frozen=True, slots=True)
class Subject:
    """A chosen PDF with its gold file and its text layer per page, as compared."""

    name: str
    pdf: Path
    gold: GoldFile
    layer: list[str]


@dataclass(frozen=True, slots=True)
class Reading:
    """One parse and prediction of one file: claim counts, quotes found, text per page."""

    counts: Counts
    quotes: int
    pages: dict[int, str]
    seconds: float


@dataclass(slots=True)
class Tally:
    """Additive numbers of one or more documents; every reported rate follows from them."""

    documents: int = 0
    pages: int = 0
    scan: Counts = field(default_factory=Counts)
    original: Counts = field(default_factory=Counts)
    quotes: int = 0
    quotes_scan: int = 0
    quotes_original: int = 0
    chars: int = 0
    char_edits: int = 0
    char_edits_original: int = 0
    digits: int = 0
    digit_edits: int = 0
    digit_edits_original: int = 0
    digits_read: int = 0  # in the original as the pipeline reads it
    digit_edits_read: int = 0  # from that reading to the scan's: OCR's errors, not order
    seconds: float = 0.0
    seconds_original: float = 0.0

    def add(self, other: Tally) -> None:
        for name in (f.name for f in fields(self)):
            mine, theirs = getattr(self, name), getattr(other, name)
            if isinstance(mine, Counts):
                mine.add(theirs)
            else:
                setattr(self, name, mine + theirs)

    def figures(self) -> dict[str, float | None]:
        """Rates: F1 of the scan and of the original and their ratio, share of gold quotes
        found, character error rates (all, digits; scan, original), seconds per page."""
        return {
            "f1_scan": round(self.scan.f1, 4),
            "f1_original": round(self.original.f1, 4),
            "f1_ratio": _share(self.scan.f1, self.original.f1),
            "quotes_scan": _share(self.quotes_scan, self.quotes),
            "quotes_original": _share(self.quotes_original, self.quotes),
            "cer": _share(self.char_edits, self.chars),
            "cer_digits": _share(self.digit_edits, self.digits),
            "cer_original": _share(self.char_edits_original, self.chars),
            "cer_digits_original": _share(self.digit_edits_original, self.digits),
            "cer_digits_read": _share(self.digit_edits_read, self.digits_read),
            "seconds_per_page": _share(self.seconds, self.pages),
            "original_seconds_per_page": _share(self.seconds_original, self.pages),
        }


def _share(part: float, whole: float) -> float | None:
    return round(part / whole, 4) if whole else None


def compact(text: str) -> str:
    """Text as compared: normalised as the pipeline normalises, whitespace removed."""
    return "".join(normalise_text(text)[0].split())


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, one row of the table at a time, numpy across the columns."""
    if len(a) > len(b):
        a, b = b, a
    if not a:
        return len(b)
    target = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    columns = np.arange(len(b) + 1, dtype=np.int64)
    row = columns.copy()
    for number, char in enumerate(a, start=1):
        best = np.empty_like(row)
        best[0] = number
        np.minimum(row[:-1] + (target != ord(char)), row[1:] + 1, out=best[1:])
        # an insertion carries a cell's cost to the right: row[j] = min over k <= j of best[k]+j-k
        row = np.minimum.accumulate(best - columns) + columns
    return int(row[-1])


def text_layer(path: Path) -> list[str]:
    """Each page's text layer as pypdfium2 reads it, compacted."""
    pdf = pdfium.PdfDocument(path)
    try:
        return [compact(page.get_textpage().get_text_range()) for page in pdf]
    finally:
        pdf.close()


def choose(corpus: Path, count: int) -> list[Subject]:
    """The first ``count`` born-digital PDFs with a gold file, in sorted order."""
    chosen: list[Subject] = []
    for pdf in sorted(corpus.glob("*.pdf")):
        if len(chosen) == count:
            break
        gold = pdf.with_name(pdf.stem + GOLD_SUFFIX)
        if not gold.is_file():
            continue
        try:
            layer = text_layer(pdf)
        except pdfium.PdfiumError as err:
            print(f"{pdf.name}: skipped, pypdfium2 cannot open it ({err})", file=sys.stderr)
            continue
        if layer and all(layer):
            chosen.append(Subject(pdf.stem, pdf, load_gold(gold), layer))
    return chosen


def scan(subject: Subject, dpi: int, seed: int, out: Path) -> Path:
    """An image-only copy of the subject at ``dpi`` (corpus/scan.py draws the scanner's faults)."""
    if str(ROOT) not in sys.path:  # corpus/ is the project's folder, not an installed package
        sys.path.insert(0, str(ROOT))
    from corpus.scan import scan as scanned_pdf

    return scanned_pdf(subject.pdf, subject.name, dpi, seed, out / f"{subject.name}-{dpi}dpi.pdf")


def page_texts(document: Document) -> dict[int, str]:
    """The document's text page by page, compacted: running headers first, then the body in
    reading order, then footers and page numbers, as a page's text layer runs."""
    parts: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for block in document.blocks:
        if block.page is not None:
            place = {FurnitureRole.header: 0, None: 1}.get(block.role, 2)
            parts[block.page].append((place, document.text[block.span.start : block.span.end]))
    return {
        page: "".join("".join(text for _, text in sorted(texts, key=lambda t: t[0])).split())
        for page, texts in parts.items()
    }


def read(path: Path, gold: GoldFile, limits: Limits) -> Reading:
    """Parse and predict one file as the pipeline does; claims aligned with the gold."""
    started = time.perf_counter()
    document = parse_in_process(path, limits)
    seconds = time.perf_counter() - started
    output = predict(document, gold.framework).model_dump(mode="json")
    alignment = align_claims(gold_claims(gold), parse_prediction(output).claims)
    counts = Counts(len(alignment.pairs), len(alignment.spurious), len(alignment.missed))
    text = "".join(document.text.split())
    quotes = sum(1 for claim in gold.claims if claim.quote and compact(claim.quote) in text)
    return Reading(counts, quotes, page_texts(document), seconds)


def _edits(subject: Subject, reading: Reading, keep: frozenset[str] | None) -> int:
    """Edits from the text layer to what was read, page by page; ``keep``: only those chars."""
    total = 0
    for number, reference in enumerate(subject.layer, start=1):
        found = reading.pages.get(number, "")
        if keep is not None:
            reference = "".join(c for c in reference if c in keep)
            found = "".join(c for c in found if c in keep)
        total += edit_distance(reference, found)
    return total


def _edits_between(scanned: Reading, original: Reading, keep: frozenset[str]) -> int:
    """Edits from the original's reading to the scan's, page by page, only ``keep`` chars:
    both come out in the pipeline's reading order, so what is left are OCR's errors."""
    total = 0
    for number, reference in original.pages.items():
        found = scanned.pages.get(number, "")
        total += edit_distance(
            "".join(c for c in reference if c in keep), "".join(c for c in found if c in keep)
        )
    return total


def tally(subject: Subject, scanned: Reading, original: Reading) -> Tally:
    """The additive numbers of one document's scanned copy beside its original."""
    reference = "".join(subject.layer)
    return Tally(
        documents=1,
        pages=len(subject.layer),
        scan=scanned.counts,
        original=original.counts,
        quotes=sum(1 for claim in subject.gold.claims if claim.quote),
        quotes_scan=scanned.quotes,
        quotes_original=original.quotes,
        chars=len(reference),
        char_edits=_edits(subject, scanned, None),
        char_edits_original=_edits(subject, original, None),
        digits=sum(1 for c in reference if c in DIGITS),
        digit_edits=_edits(subject, scanned, DIGITS),
        digit_edits_original=_edits(subject, original, DIGITS),
        digits_read=sum(1 for text in original.pages.values() for c in text if c in DIGITS),
        digit_edits_read=_edits_between(scanned, original, DIGITS),
        seconds=scanned.seconds,
        seconds_original=original.seconds,
    )


def _failure(err: Exception) -> str:
    return f"{type(err).__name__}: {(str(err).splitlines() or [''])[0]}"


def warm_up(limits: Limits, path: Path, out: Path) -> dict[str, Any]:
    """Parse the first page of ``path`` once, so loading the engine is not a document's time."""
    source, single = pdfium.PdfDocument(path), pdfium.PdfDocument.new()
    try:
        single.import_pages(source, [0])
        target = out / f"warm-up-{limits.ocr_engine}.pdf"
        single.save(target)
    finally:
        single.close()
        source.close()
    started = time.perf_counter()
    try:
        parse_in_process(target, limits)
    except Exception as err:  # an engine that cannot start fails every document: say so once
        return {"engine": limits.ocr_engine, "error": _failure(err)}
    return {
        "engine": limits.ocr_engine,
        "first_page_seconds": round(time.perf_counter() - started, 3),
    }


def measure(
    subjects: list[Subject], scans: dict[tuple[str, int], Path], engine: str
) -> list[tuple[int, Subject, Tally | str]]:
    """Every scanned copy and its original read by one engine: a tally each, or the error."""
    limits = Limits(ocr_engine=engine)
    results: list[tuple[int, Subject, Tally | str]] = []
    dpis = sorted({dpi for _, dpi in scans})
    for subject in subjects:
        try:
            original: Reading | str = read(subject.pdf, subject.gold, limits)
        except Exception as err:  # a document that cannot be read is a finding, not a crash
            original = f"original: {_failure(err)}"
        for dpi in dpis:
            print(f"{engine}: {subject.name} at {dpi} dpi …", file=sys.stderr)
            if isinstance(original, str):
                results.append((dpi, subject, original))
                continue
            try:
                scanned = read(scans[(subject.name, dpi)], subject.gold, limits)
            except Exception as err:
                results.append((dpi, subject, f"scan: {_failure(err)}"))
                continue
            results.append((dpi, subject, tally(subject, scanned, original)))
    return results


def _median(rows: list[dict[str, Any]], key: str) -> float | None:
    values = [row[key] for row in rows if row.get(key) is not None]
    return round(statistics.median(values), 4) if values else None


def summarise(
    documents: list[dict[str, Any]], tallies: dict[tuple[str, int], Tally]
) -> list[dict[str, Any]]:
    """Per engine and dpi: the pooled figures (total) and the median of the documents'."""
    groups = []
    for (engine, dpi), total in tallies.items():
        mine = [d for d in documents if (d["engine"], d["dpi"]) == (engine, dpi)]
        rows = [d for d in mine if "error" not in d]
        figures = total.figures()
        groups.append(
            {
                "engine": engine,
                "dpi": dpi,
                "documents": total.documents,
                "failed": len(mine) - len(rows),
                "pages": total.pages,
                "claims_scan": total.scan.as_dict(),
                "claims_original": total.original.as_dict(),
                "total": figures,
                "median": {key: _median(rows, key) for key in figures},
            }
        )
    return groups


def run(args: argparse.Namespace, out: Path) -> dict[str, Any]:
    """Choose, scan, read with every engine; the report as plain data."""
    subjects = choose(args.corpus, args.docs)
    print(f"{len(subjects)} documents: {', '.join(s.name for s in subjects)}", file=sys.stderr)
    scans = {}
    for subject in subjects:
        for dpi in args.dpi:
            scans[(subject.name, dpi)] = scan(subject, dpi, args.seed, out)
    documents: list[dict[str, Any]] = []
    tallies: dict[tuple[str, int], Tally] = {}
    warm_ups = []
    for engine in args.engines:
        if scans:
            warm_ups.append(warm_up(Limits(ocr_engine=engine), next(iter(scans.values())), out))
        for dpi in args.dpi:
            tallies[(engine, dpi)] = Tally()
        for dpi, subject, result in measure(subjects, scans, engine):
            row: dict[str, Any] = {"document": subject.name, "engine": engine, "dpi": dpi}
            if isinstance(result, str):
                documents.append({**row, "error": result})
                continue
            tallies[(engine, dpi)].add(result)
            documents.append(
                {
                    **row,
                    "pages": result.pages,
                    "claims_scan": result.scan.as_dict(),
                    "claims_original": result.original.as_dict(),
                    **result.figures(),
                }
            )
    return {
        "corpus": str(args.corpus),
        "seed": args.seed,
        "scans": str(out) if args.out else None,
        "warm_up": warm_ups,
        "documents": documents,
        "summary": summarise(documents, tallies),
    }


def _cell(value: float | None, percent: bool = True) -> str:
    if value is None:
        return "—"
    return f"{value:.1%}" if percent else f"{value:.2f}"


COLUMNS = (
    ("F1 scan", "f1_scan", True),
    ("F1 orig", "f1_original", True),
    ("ratio", "f1_ratio", False),
    ("quotes", "quotes_scan", True),
    ("q orig", "quotes_original", True),
    ("CER", "cer", True),
    ("CER dig", "cer_digits", True),
    ("CER orig", "cer_original", True),
    ("dig orig", "cer_digits_original", True),
    ("dig read", "cer_digits_read", True),
    ("s/page", "seconds_per_page", False),
)


def _line(label: str, figures: dict[str, Any]) -> str:
    cells = " ".join(f"{_cell(figures[key], percent):>8}" for _, key, percent in COLUMNS)
    return f"{label:<28} {cells}"


def describe(report: dict[str, Any]) -> str:
    """The report as aligned text tables: by document, then per engine and dpi."""
    header = f"{'':<28} " + " ".join(f"{title:>8}" for title, _, _ in COLUMNS)
    rows = [f"{report['corpus']}, seed {report['seed']}"]
    for warm in report["warm_up"]:
        loaded = warm.get("error") or f"first page, cold: {warm['first_page_seconds']:.2f} s"
        rows.append(f"{warm['engine']}: {loaded}")
    rows += ["", "by document", header]
    for document in report["documents"]:
        label = f"{document['document']} {document['engine']} {document['dpi']}"
        if "error" in document:
            rows.append(f"{label:<28} failed: {document['error']}")
        else:
            rows.append(_line(f"{label} ({document['pages']}p)", document))
    rows += ["", "per engine and dpi: total (pooled) and median of documents", header]
    for group in report["summary"]:
        label = f"{group['engine']} {group['dpi']} dpi"
        failed = f", {group['failed']} failed" if group["failed"] else ""
        rows.append(f"{label}: {group['documents']} documents, {group['pages']} pages{failed}")
        rows.append(_line("  total", group["total"]))
        rows.append(_line("  median", group["median"]))
    rows += [
        "",
        "orig: the born-digital original through the same pipeline; ratio: F1 scan / F1 orig",
        "quotes: share of gold quotes found in the text; those made from a table row",
        "  (header：value（year…）) are in no text, so q orig is the ceiling",
        "CER: edits / characters of the text layer, page by page, whitespace removed",
        "dig read: digit edits from the original as the pipeline reads it to the scan's reading",
        "  (the same reading order on both sides: what is left are OCR's errors)",
    ]
    if report["scans"]:
        rows.append(f"scanned PDFs kept in {report['scans']}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Scan, read and score; print the tables, and the figures as JSON with --json."""
    parser = argparse.ArgumentParser(description="OCR quality on scanned copies of gold PDFs.")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "test")
    parser.add_argument("--docs", type=int, default=4, help="how many born-digital PDFs")
    parser.add_argument("--dpi", type=int, nargs="+", default=[150, 300], help="scan resolutions")
    parser.add_argument("--engines", nargs="+", choices=ENGINES, default=list(ENGINES))
    parser.add_argument("--out", type=Path, help="keep the scanned PDFs here (default: a temp dir)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    parser.add_argument("--seed", type=int, default=0, help="draws the scanner's degradation")
    args = parser.parse_args(argv)
    args.dpi, args.engines = sorted(set(args.dpi)), list(dict.fromkeys(args.engines))
    # the pipeline's workers run Tesseract on one thread; in this process, so must it
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        report = run(args, args.out)
    else:
        with tempfile.TemporaryDirectory(prefix="ocr-quality-") as folder:
            report = run(args, Path(folder))
    print(describe(report), file=sys.stderr if args.json else sys.stdout)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
