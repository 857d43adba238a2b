"""Writing a Document as plain text (UTF-8 or GB18030), as offices save .txt submissions."""

from __future__ import annotations

import random
from pathlib import Path

from corpus.blocks import Document

INDENT = "\u3000\u3000"  # two ideographic spaces, the usual first-line indent


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def lines(document: Document, separator: str = "\t", width: int = 0) -> list[str]:
    """The document's lines; ``width`` > 0 hard-wraps paragraphs as PDF-to-text tools do."""
    out: list[str] = []
    for block in document.blocks:
        if block.kind == "pagebreak":
            out += ["", ""]
        elif block.kind == "table":
            out += [separator.join(row).rstrip() for row in block.rows]
        elif block.kind == "para":
            text = INDENT + block.text
            out += _wrap(text, width) if width else [text]
        elif block.kind == "title":
            out += ["", INDENT * 4 + block.text, ""]
        elif block.kind == "right":
            out.append(INDENT * 10 + block.text)
        else:
            out.append(block.text)
    return out


def text(document: Document) -> str:
    """The plain text with tab-separated tables and no wrapping, for checks."""
    return "\n".join(lines(document)) + "\n"


def write_txt(document: Document, path: Path, encoding: str, rng: random.Random) -> None:
    """Write a .txt in ``encoding`` with a per-document table separator and wrapping."""
    separator = rng.choice(["\t", "｜", "  "])
    width = rng.choice([0, 0, 38, 42])
    body = "\r\n" if rng.random() < 0.3 else "\n"
    content = body.join(lines(document, separator, width)) + body
    path.write_bytes(content.encode(encoding))
