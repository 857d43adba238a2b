"""Render the plain-text applications: tables, hard wraps, page marks, encodings.

Source markup: ordinary lines are paragraphs; [table] ... [/table] holds rows split on '|';
[nowrap] ... [/nowrap] keeps lines as they are. Page marks are put in after about
`page_chars` characters, at a line boundary.
"""
from __future__ import annotations

import unicodedata


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def fmt_table(rows, style):
    if style == "bar":  # fullwidth bars, as pasted from a web system
        return ["｜" + "｜".join(r) + "｜" for r in rows]
    if style == "tab":
        return ["\t".join(r) for r in rows]
    # aligned with spaces
    n = max(len(r) for r in rows)
    widths = [max(_w(r[j]) if j < len(r) else 0 for r in rows) for j in range(n)]
    out = []
    for r in rows:
        cells = []
        for j, c in enumerate(r):
            pad = widths[j] - _w(c)
            cells.append(c + " " * pad if j < len(r) - 1 else c)
        out.append("  ".join(cells).rstrip())
    return out


def wrap(line: str, width: int):
    out, cur, cw = [], "", 0
    for ch in line:
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if cw + w > width * 2:
            out.append(cur)
            cur, cw = "", 0
        cur += ch
        cw += w
    if cur:
        out.append(cur)
    return out


def render(src: str, table_style: str, wrap_width: int | None, page_mark, page_chars: int,
           mid_paragraph_breaks: bool):
    lines = src.splitlines()
    out_blocks: list[list[str]] = []  # each block: list of physical lines; page marks go between lines
    i = 0
    while i < len(lines):
        ln = lines[i].rstrip()
        if ln.strip() == "[table]":
            rows = []
            i += 1
            while lines[i].strip() != "[/table]":
                if lines[i].strip():
                    rows.append([c.strip() for c in lines[i].split("|")])
                i += 1
            out_blocks.append(["TABLE"] + fmt_table(rows, table_style))
        elif ln.strip() == "[nowrap]":
            i += 1
            buf = []
            while lines[i].strip() != "[/nowrap]":
                buf.append(lines[i].rstrip())
                i += 1
            out_blocks.append(["NOWRAP"] + buf)
        elif not ln.strip():
            out_blocks.append(["BLANK", ""])
        else:
            if wrap_width and len(ln) > wrap_width + 4:
                out_blocks.append(["PARA"] + wrap(ln, wrap_width))
            else:
                out_blocks.append(["LINE", ln])
        i += 1
    result: list[str] = []
    count = 0
    page = 1
    for block in out_blocks:
        kind, phys = block[0], block[1:]
        for k, pl in enumerate(phys):
            result.append(pl)
            count += len(pl)
            breakable = kind == "BLANK" or (kind == "PARA" and mid_paragraph_breaks and k < len(phys) - 1)
            if count >= page_chars and breakable:
                result += ["", page_mark(page), ""]
                page += 1
                count = 0
    result += ["", page_mark(page)]
    return "\n".join(result).rstrip("\n") + "\n"


def write(path, text, encoding="utf-8", bom=False, crlf=False):
    if crlf:
        text = text.replace("\n", "\r\n")
    data = text.encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    with open(path, "wb") as f:
        f.write(data)
