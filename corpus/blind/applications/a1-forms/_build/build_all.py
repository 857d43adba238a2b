"""Build the six a1-forms applications and their gold files.

Run from anywhere:  /work/main/.venv/bin/python _build/build_all.py [stem ...]
DOCX applications are written straight into the folder; PDF applications are built as DOCX in
a temporary directory, converted with LibreOffice, and only the PDF is kept.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

from common import LIMITS, build_docx, pdf_pages, section_chars, to_pdf, write_gold  # noqa: E402

MODULES = ["app_changzhou", "app_taizhou", "app_wuhu", "app_weifang", "app_quanzhou",
           "app_jiujiang"]


def main() -> None:
    wanted = set(sys.argv[1:])
    for name in MODULES:
        if wanted and name not in wanted:
            continue
        mod = importlib.import_module(name)
        app = mod.APP
        stem = app["stem"]
        for key, limit in LIMITS.items():
            n = section_chars(app["sections"][key])
            flag = "" if n <= limit else "  <-- OVER LIMIT"
            print(f"{stem} {key}: {n}/{limit}{flag}")
        if app["format"] == "pdf":
            font, title = "Noto Serif CJK SC", "Noto Serif CJK SC"
            with tempfile.TemporaryDirectory() as tmp:
                docx_path = Path(tmp) / f"{stem}.docx"
                build_docx(app, docx_path, font, title)
                pdf = OUT / f"{stem}.pdf"
                to_pdf(docx_path, pdf)
            pages = pdf_pages(pdf)
            print(f"{stem}: {len(pages)} PDF pages")
            problems = write_gold(app, pdf.name, OUT / f"{stem}.gold.json", pages)
        else:
            font, title = "仿宋_GB2312", "方正小标宋简体"
            docx_path = OUT / f"{stem}.docx"
            build_docx(app, docx_path, font, title)
            problems = write_gold(app, docx_path.name, OUT / f"{stem}.gold.json", None)
        for p in problems:
            print(f"  PROBLEM {stem}: {p}")
        print(f"{stem}: {len(app['claims'])} claims, "
              f"{len({c['field'] for c in app['claims']})} fields")


if __name__ == "__main__":
    main()
