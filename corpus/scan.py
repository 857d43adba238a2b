"""Scanned copies of labelled born-digital PDFs, as an office scanner makes them, with their gold.

    .venv/bin/python -m corpus.scan [--out corpus/scanned] [--dpi 200] [--seed 2026]

Each page of a source is rendered in grayscale, skewed, blurred, speckled and JPEG-encoded
(drawn from the seed, the source's name, the resolution and the page), then placed alone on a
page of the original's size in an image-only PDF. The copy keeps the original's pages, so its
gold is the original's with only ``document`` changed. The sources are listed in ``SOURCES``:
generated applications of ``corpus/test`` and applications of ``corpus/blind`` written by
others. Two runs with the same seed and the same Pillow and pdfium give the same pages.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import re
import zlib
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

ROOT = Path(__file__).resolve().parent
GOLD_SUFFIX = ".gold.json"
MAX_SKEW_DEGREES = 1.5
BLUR_RADIUS_AT_300_DPI = (0.6, 1.0)
SPECKLE_SHARE = 0.001  # of the pixels, half black, half white
JPEG_QUALITY = (50, 60)
DEFAULT_DPI = 200
DEFAULT_SEED = 2026
_ID = re.compile(rb"/ID\[<[0-9A-F]{32}><[0-9A-F]{32}>\]")
# Born-digital PDFs with a text layer on every page (paths below corpus/): forms, narrative and
# multi-year tables, from our generator and from other writers.
SOURCES = (
    "test/app010.pdf",
    "test/app015.pdf",
    "test/app025.pdf",
    "blind/applications/a1-forms/quanzhou-2025-shenbaobiao.pdf",
    "blind/applications/a2-plans/xiangyang-2023-plan.pdf",
    "blind/applications/a4-pdf/chongqing-2024-fangan.pdf",
)


def degrade(page: Image.Image, dpi: int, rng: np.random.Generator) -> bytes:
    """A grayscale page as a scanner returns it: skewed, blurred, speckled, JPEG."""
    angle = rng.uniform(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES)
    page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(rng.uniform(*BLUR_RADIUS_AT_300_DPI) * dpi / 300))
    pixels = np.array(page)
    spots = rng.integers(0, pixels.size, round(pixels.size * SPECKLE_SHARE))
    pixels.flat[spots] = rng.choice(np.array([0, 255], dtype=np.uint8), spots.size)
    encoded = io.BytesIO()
    quality = int(rng.integers(JPEG_QUALITY[0], JPEG_QUALITY[1] + 1))
    Image.fromarray(pixels).save(encoded, "JPEG", quality=quality)
    return encoded.getvalue()


def scan(source: Path, name: str, dpi: int, seed: int, path: Path) -> Path:
    """An image-only copy of ``source`` at ``dpi`` written to ``path``; each page keeps its size
    in points. ``name`` seeds the pages, so a copy does not depend on where its source lies."""
    original = pdfium.PdfDocument(source)
    copy = pdfium.PdfDocument.new()
    try:
        for index, page in enumerate(original):
            rng = np.random.default_rng([seed, zlib.crc32(name.encode()), dpi, index])
            image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            width, height = page.get_size()
            target = copy.new_page(width, height)
            picture = pdfium.PdfImage.new(copy)
            picture.load_jpeg(io.BytesIO(degrade(image, dpi, rng)), inline=True)
            picture.set_matrix(pdfium.PdfMatrix().scale(width, height))
            target.insert_obj(picture)
            target.gen_content()
        buffer = io.BytesIO()
        copy.save(buffer)
    finally:
        copy.close()
        original.close()
    path.write_bytes(_fixed(buffer.getvalue()))
    return path


def _fixed(pdf: bytes) -> bytes:
    """pdfium's creation date and file /ID made from the content, in place (same lengths, so the
    cross-reference offsets hold): the same pages give the same bytes."""
    pdf = re.sub(rb"\(D:\d{14}", b"(D:20000101000000", pdf)
    digest = hashlib.md5(_ID.sub(b"", pdf)).hexdigest().upper()
    return _ID.sub(f"/ID[<{digest}><{digest}>]".encode(), pdf)


def scanned_copy(source: Path, out: Path, dpi: int, seed: int) -> Path:
    """Scan ``source`` into ``out`` as ``<stem>-scan<dpi>.pdf`` with its gold beside it."""
    gold = json.loads(source.with_name(source.stem + GOLD_SUFFIX).read_text(encoding="utf-8"))
    stem = f"{source.stem}-scan{dpi}"
    path = scan(source, source.stem, dpi, seed, out / f"{stem}.pdf")
    gold["document"] = path.name
    gold["note"] = f"Scanned copy ({dpi} dpi) of corpus/{source.relative_to(ROOT).as_posix()}. " + (
        gold.get("note") or ""
    )
    text = json.dumps(gold, ensure_ascii=False, indent=2) + "\n"
    (out / f"{stem}{GOLD_SUFFIX}").write_text(text, encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, default=ROOT / "scanned")
    parser.add_argument("--dpi", type=int, default=DEFAULT_DPI)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for source in SOURCES:
        path = scanned_copy(ROOT / source, args.out, args.dpi, args.seed)
        print(f"{path}  ({path.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
