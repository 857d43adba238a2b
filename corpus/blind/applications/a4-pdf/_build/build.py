"""Build the a4-pdf applications and their gold files.

Run from this folder: /work/main/.venv/bin/python build.py [stem ...]
(needs the fonts made by make_fonts.py in ./fonts).
"""
from __future__ import annotations

import importlib
import json
import zlib
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader, PdfWriter

import lib

DOCS = ["a1_mianyang", "a2_chongqing", "a3_qujing", "a4_zunyi", "a5_baoji", "a6_yinchuan"]


def build(modname: str) -> None:
    mod = importlib.import_module(f"docs.{modname}")
    meta = mod.META
    out_pdf = lib.OUTDIR / f"{meta['stem']}.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        main = Path(tmp) / "main.pdf"
        lib.build_main_pdf(meta, mod.BLOCKS, main)
        n_main = len(PdfReader(str(main)).pages)
        writer = PdfWriter()
        writer.append(str(main))
        scans = []
        for i, fn in enumerate(getattr(mod, "ANNEX", [])):
            jpeg, angle, q = lib.render_scan(fn, seed=zlib.crc32(f"{meta['stem']}-{i}".encode()) % 100_000)
            scans.append(jpeg)
            print(f"  annex page {i + 1}: rotated {angle:+.2f} deg, JPEG q={q}")
        if scans:
            ann = Path(tmp) / "annex.pdf"
            lib.image_pages_pdf(scans, ann)
            writer.append(str(ann))
        writer.add_metadata({
            "/Title": meta.get("pdf_title", ""),
            "/Author": meta.get("author", ""),
            "/Creator": meta.get("creator", ""),
            "/Producer": meta.get("producer", ""),
            "/CreationDate": meta.get("pdf_date", ""),
            "/ModDate": meta.get("pdf_date", ""),
        })
        with open(out_pdf, "wb") as fh:
            writer.write(fh)
    gold, problems = lib.make_gold(meta, mod.CLAIMS, mod.LISTS, mod.PRESCREEN, out_pdf, n_main,
                                   getattr(mod, "NOTES", ""))
    (lib.OUTDIR / f"{meta['stem']}.gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    total = len(PdfReader(str(out_pdf)).pages)
    fields = sorted({c["field"] for c in gold["claims"]})
    print(f"{meta['stem']}: {total} pages ({n_main} text + {total - n_main} scanned), "
          f"{len(gold['claims'])} claims over {len(fields)} fields")
    for p in problems:
        print("  PAGE?", p)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    for name in sys.argv[1:] or DOCS:
        build(name)
