"""The parsed submission: ordered blocks with page, box and raw text, plus the normalised text."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, NonNegativeInt, PositiveInt

from extractor.model.span import Box, Span


class SourceFormat(StrEnum):
    """The names of the formats the extractor ships (extractor.parse.formats registers them,
    and any other; a Document's format is a registered format's name)."""

    pdf = "pdf"
    docx = "docx"
    txt = "txt"


class BlockKind(StrEnum):
    """What a block is; furniture (running headers, footers, page numbers) is kept, set apart."""

    heading = "heading"
    paragraph = "paragraph"
    list_item = "list_item"
    table = "table"
    furniture = "furniture"


class Origin(StrEnum):
    """Where a block's characters came from, so OCR text can be shown as less certain."""

    text_layer = "text_layer"
    ocr = "ocr"


class FurnitureRole(StrEnum):
    """Which kind of page furniture a furniture block is."""

    header = "header"
    footer = "footer"
    page_number = "page_number"


class Cell(BaseModel):
    """One table cell; a merged cell appears once, with its spans."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    row: NonNegativeInt
    col: NonNegativeInt
    row_span: PositiveInt = 1
    col_span: PositiveInt = 1
    text: str
    span: Span | None = None
    box: Box | None = None


class Warning(BaseModel):
    """A non-fatal finding a reviewer should see: a page without text, a failed OCR, bad glyphs."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    code: str
    message: str
    page: PositiveInt | None = None


class Block(BaseModel):
    """One unit of the document in reading order, with its provenance.

    ``raw`` is the text as the parser read it (PDF lines joined by newlines); ``span`` locates
    the block's normalised text in ``Document.text``.  Tables carry their cells in ``cells``
    and their normalised text is the cells row by row (tab between cells, newline between rows).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    index: NonNegativeInt
    kind: BlockKind
    raw: str
    span: Span
    page: PositiveInt | None = None
    box: Box | None = None
    heading: str | None = None
    level: int | None = None
    label: str | None = None
    origin: Origin = Origin.text_layer
    confidence: float | None = None
    role: FurnitureRole | None = None
    cells: tuple[Cell, ...] = ()
    rows: NonNegativeInt = 0
    cols: NonNegativeInt = 0
    parent: NonNegativeInt | None = Field(
        default=None, description="index of the table block a nested table sits in"
    )
    continues: bool = Field(
        default=False, description="the previous block's paragraph runs on into this one"
    )

    def cell_grid(self) -> list[list[Cell | None]]:
        """Cells laid out on the row x column grid; positions covered by a merge are None."""
        grid: list[list[Cell | None]] = [[None] * self.cols for _ in range(self.rows)]
        for cell in self.cells:
            grid[cell.row][cell.col] = cell
        return grid


class Document(BaseModel):
    """A parsed submission: source, blocks in reading order, normalised text and its offset map."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    source: str
    sha256: str
    format: str
    page_count: NonNegativeInt
    blocks: tuple[Block, ...]
    text: str
    warnings: tuple[Warning, ...] = ()
    raw_offsets: tuple[int, ...] = Field(
        default=(),
        repr=False,
        description="per character of text, its index in its block's raw",
    )
    char_boxes: tuple[tuple[float, float, float, float] | None, ...] = Field(
        default=(),
        repr=False,
        description="for each character of text, its box on the page (PDF, a printed DOCX)",
    )
    char_pages: tuple[PositiveInt | None, ...] = Field(
        default=(),
        repr=False,
        description="for each character of text, the page it prints on, where a block may"
        " cross pages (a DOCX printed by LibreOffice); else its block's page",
    )
    traditional: bool = Field(
        default=False, description="written in traditional script; text reads it as simplified"
    )

    def page_at(self, offset: int, block: Block) -> int | None:
        """The page the character at ``offset`` (in ``block``) prints on: its own where pages
        are known per character, else its block's."""
        if self.char_pages:
            return self.char_pages[offset] if 0 <= offset < len(self.char_pages) else None
        return block.page
