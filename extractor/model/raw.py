"""What a parser hands to normalisation: raw text blocks with per-character boxes."""

from __future__ import annotations

from dataclasses import dataclass, field

from extractor.model.document import BlockKind, FurnitureRole, Origin, Warning

CharBox = tuple[float, float, float, float]
"""x0, top, x1, bottom of one character in PDF points, origin top-left."""


@dataclass(slots=True)
class RawCell:
    """A table cell as read; ``boxes`` and ``pages`` have one entry per character of ``text``
    where they are known per character (PDF; a DOCX printed by LibreOffice)."""

    row: int
    col: int
    text: str
    row_span: int = 1
    col_span: int = 1
    box: CharBox | None = None
    boxes: list[CharBox | None] | None = None
    pages: list[int | None] | None = None


@dataclass(slots=True)
class RawBlock:
    """A block as read; ``boxes`` and ``pages`` have one entry per character of ``text`` where
    they are known per character (boxes: PDF; both: a DOCX printed by LibreOffice)."""

    kind: BlockKind
    text: str
    page: int | None = None
    box: CharBox | None = None
    boxes: list[CharBox | None] | None = None
    level: int | None = None
    label: str | None = None
    origin: Origin = Origin.text_layer
    confidence: float | None = None
    role: FurnitureRole | None = None
    cells: list[RawCell] = field(default_factory=list)
    pages: list[int | None] | None = None
    rows: int = 0
    cols: int = 0
    parent: int | None = None


@dataclass(slots=True)
class ParsedDocument:
    """A parser's whole output for one file."""

    source: str
    sha256: str
    format: str
    page_count: int
    blocks: list[RawBlock]
    warnings: list[Warning] = field(default_factory=list)
