# -*- coding: utf-8 -*-
"""Build the 20 DOCX blind excerpts (ex21-ex40).

Run from anywhere:  /work/main/.venv/bin/python corpus/blind/excerpts/_build/build_docx.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from docx_lib import build  # noqa: E402
import docs_a  # noqa: E402
import docs_b  # noqa: E402

OUT = os.path.dirname(HERE)


def main():
    docs = {}
    docs.update(docs_a.DOCS)
    docs.update(docs_b.DOCS)
    for stem, blocks in sorted(docs.items()):
        path = os.path.join(OUT, stem + ".docx")
        build(path, blocks)
        print("wrote", path)


if __name__ == "__main__":
    main()
