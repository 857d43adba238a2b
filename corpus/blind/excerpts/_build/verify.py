# -*- coding: utf-8 -*-
"""Writer's self-check: every list item and quote occurs in its document; print totals."""
import collections
import glob
import json
import os
import re

from docx import Document

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            seen = []
            for c in row.cells:
                if c._tc in seen:
                    continue
                seen.append(c._tc)
                parts.append(c.text)
    return "\n".join(parts)


def text_of(path):
    if path.endswith(".docx"):
        return docx_text(path)
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def squash(s):
    return re.sub(r"\s+", "", s)


def main():
    problems = 0
    fmt = collections.Counter()
    items = collections.Counter()
    claims = collections.Counter()
    verdicts = collections.defaultdict(collections.Counter)
    for gpath in sorted(glob.glob(os.path.join(OUT, "*.gold.json"))):
        g = json.load(open(gpath, encoding="utf-8"))
        src = os.path.join(OUT, g["document"])
        text = text_of(src)
        fmt[os.path.splitext(src)[1]] += 1
        for key, vals in g["lists"].items():
            items[key] += len(vals)
            for v in vals:
                if v not in text:
                    problems += 1
                    print("ITEM NOT FOUND", g["document"], key, v)
        for c in g["claims"]:
            claims[(c["field"], c["status"])] += 1
            if squash(c["quote"]) not in squash(text.replace("|", "")):
                problems += 1
                print("QUOTE NOT FOUND", g["document"], c["quote"])
        for k, v in g["prescreen"].items():
            verdicts[k][v] += 1
    print("formats", dict(fmt))
    print("list items", dict(items), "total", sum(items.values()))
    print("claims", dict(claims), "total", sum(claims.values()))
    for k, v in verdicts.items():
        print("prescreen", k, dict(v))
    print("problems", problems)


if __name__ == "__main__":
    main()
