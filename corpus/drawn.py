"""Drawing a Document straight onto PDF pages with reportlab; chosen pages become 300-dpi scans."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from corpus.blocks import Claim, Document

FONT_FILE = Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc")
FONTS = {"ZenHei": 0, "ZenHeiMono": 1}  # reportlab reads the .ttc's TrueType subfonts only
WIDTH, HEIGHT = float(A4[0]), float(A4[1])
DPI_SCALE = 300 / 72
_NO_LINE_START = frozenset("，。、；：？！）》」』”’%")
_TOKEN = re.compile(r"[A-Za-z0-9.,%+\-]+|.", re.DOTALL)


def register() -> None:
    """Register both WenQuanYi Zen Hei faces once."""
    for name, index in FONTS.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_FILE), subfontIndex=index))


@dataclass(frozen=True, slots=True)
class Op:
    """One drawing operation: text at a baseline, or a ruled line."""

    kind: str
    x: float
    y: float
    text: str = ""
    font: str = ""
    size: float = 0.0
    space: float = 0.0
    x2: float = 0.0
    y2: float = 0.0


@dataclass(frozen=True, slots=True)
class Style:
    """A drawn document's look: font, size, columns and margins."""

    font: str = "ZenHei"
    size: float = 12.0
    columns: int = 1
    margin: float = 72.0


@dataclass(slots=True)
class Layout:
    """Lays blocks out line by line through one or two columns, page after page."""

    style: Style
    pages: list[list[Op]] = field(default_factory=lambda: [[]])
    column: int = 0
    y: float = HEIGHT - 90

    @property
    def top(self) -> float:
        return HEIGHT - 90

    @property
    def bottom(self) -> float:
        return 80.0

    def frame(self) -> tuple[float, float]:
        """Left x and width of the current column."""
        gap = 20.0
        width = (
            WIDTH - 2 * self.style.margin - gap * (self.style.columns - 1)
        ) / self.style.columns
        return self.style.margin + self.column * (width + gap), width

    def new_page(self) -> None:
        """Start a fresh page in the first column."""
        self.pages.append([])
        self.column, self.y = 0, self.top

    def slot(self, leading: float) -> tuple[float, float]:
        """Room for one line; moves to the next column or page as needed."""
        if self.y - leading < self.bottom:
            if self.column + 1 < self.style.columns:
                self.column, self.y = self.column + 1, self.top
            else:
                self.new_page()
        self.y -= leading
        x, _ = self.frame()
        return x, self.y

    def wrap(self, text: str, size: float, width: float, indent: float) -> list[str]:
        """Character-width wrapping that keeps 1.2 and 23,876 whole."""
        lines, line, used = [], "", indent
        tokens: list[str] = []
        for token in _TOKEN.findall(text):  # a run wider than the column is broken anywhere
            too_wide = pdfmetrics.stringWidth(token, self.style.font, size) > width
            tokens.extend(token if too_wide else [token])
        for token in tokens:
            token_width = pdfmetrics.stringWidth(token, self.style.font, size)
            if line and used + token_width > width and token[0] not in _NO_LINE_START:
                lines.append(line)
                line, used = "", 0.0
            line += token
            used += token_width
        return [*lines, line] if line else lines

    def text_block(self, text: str, size: float, align: str = "indent") -> list[tuple[int, int]]:
        """Draw wrapped text; returns (start offset, page) for each line."""
        _, width = self.frame()
        indent = 2 * size if align == "indent" else 0.0
        starts, offset = [], 0
        for number, line in enumerate(self.wrap(text, size, width, indent)):
            x, y = self.slot(size * 1.7)
            used = pdfmetrics.stringWidth(line, self.style.font, size)
            if align == "center":
                x += (width - used) / 2
            elif align == "right":
                x += width - used
            elif number == 0:
                x += indent
            self.pages[-1].append(Op("text", x, y, line, self.style.font, size))
            starts.append((offset, len(self.pages)))
            offset += len(line)
        return starts

    def table(self, rows: list[list[str]], size: float) -> list[int]:
        """A ruled table drawn row by row; returns the page of each row."""
        x0, width = self.frame()
        columns = max(len(row) for row in rows)
        widths = [width / columns] * columns
        pages = []
        self.y -= size * 0.6  # clear the descenders of the line above
        for row in rows:
            cells = [self.wrap(cell, size, w - 6, 0) for cell, w in zip(row, widths, strict=False)]
            height = max(len(c) for c in cells) * size * 1.4 + 6
            if self.y - height < self.bottom:
                self.new_page()
            top = self.y
            x = x0
            for lines, w in zip(cells, widths, strict=False):
                for k, line in enumerate(lines):
                    y = top - 3 - (k + 1) * size * 1.4 + size * 0.3
                    self.pages[-1].append(Op("text", x + 3, y, line, self.style.font, size))
                self.pages[-1].append(Op("line", x, top, x2=x, y2=top - height))
                x += w
            ops = [
                Op("line", x0, top, x2=x, y2=top),
                Op("line", x0, top - height, x2=x, y2=top - height),
                Op("line", x, top, x2=x, y2=top - height),
            ]
            self.pages[-1].extend(ops)
            self.y = top - height
            pages.append(len(self.pages))
        self.y -= 8
        return pages


def _figure_page(claim: Claim, text: str, starts: list[tuple[int, int]]) -> int:
    quote_at = text.find(claim.anchors[0])
    at = (
        quote_at + claim.anchors[0].find(claim.figure) if quote_at >= 0 else text.find(claim.figure)
    )
    page = starts[0][1]
    for offset, on in starts:
        if offset <= at:
            page = on
    return page


def lay_out(document: Document, style: Style) -> tuple[Layout, dict[int, int]]:
    """Lay the document out; returns the layout and each claim's page by id(claim)."""
    register()
    layout = Layout(style)
    pages: dict[int, int] = {}
    size = style.size
    sizes = {"title": size + 6, "heading": size + 2, "subheading": size + 1}
    aligns = {"title": "center", "caption": "center", "right": "right", "para": "indent"}
    for block in document.blocks:
        if block.kind == "pagebreak":
            layout.new_page()
        elif block.kind == "table":
            row_pages = layout.table(block.rows, size - 1.5)
            for claim in block.claims:
                row = next(i for i, r in enumerate(block.rows) if claim.anchors[1] in r)
                pages[id(claim)] = row_pages[row]
        else:
            starts = layout.text_block(
                block.text, sizes.get(block.kind, size), aligns.get(block.kind, "left")
            )
            for claim in block.claims:
                pages[id(claim)] = _figure_page(claim, block.text, starts)
    return layout, pages


def _furniture(layout: Layout, document: Document) -> None:
    total = len(layout.pages)
    for number, ops in enumerate(layout.pages, start=1):
        header = document.header
        footer = document.footer.format(p=number, t=total)
        font = layout.style.font
        w = pdfmetrics.stringWidth(header, font, 9)
        ops.append(Op("text", (WIDTH - w) / 2, HEIGHT - 50, header, font, 9))
        ops.append(Op("line", 60, HEIGHT - 56, x2=WIDTH - 60, y2=HEIGHT - 56))
        w = pdfmetrics.stringWidth(footer, font, 10)
        ops.append(Op("text", (WIDTH - w) / 2, 45, footer, font, 10))


def _scan(ops: list[Op]) -> Image.Image:
    """The page as a 300-dpi greyscale picture of its text and rules."""
    image = Image.new("L", (round(WIDTH * DPI_SCALE), round(HEIGHT * DPI_SCALE)), 255)
    draw = ImageDraw.Draw(image)
    fonts: dict[tuple[str, float], ImageFont.FreeTypeFont] = {}
    for op in ops:
        if op.kind == "line":
            points = [
                (op.x * DPI_SCALE, (HEIGHT - op.y) * DPI_SCALE),
                (op.x2 * DPI_SCALE, (HEIGHT - op.y2) * DPI_SCALE),
            ]
            draw.line(points, fill=0, width=3)
            continue
        key = (op.font, op.size)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(
                str(FONT_FILE), round(op.size * DPI_SCALE), index=FONTS[op.font]
            )
        draw.text(
            (op.x * DPI_SCALE, (HEIGHT - op.y) * DPI_SCALE),
            op.text,
            font=fonts[key],
            fill=0,
            anchor="ls",
        )
    return image


def render(layout: Layout, document: Document, path: Path, scanned: set[int]) -> None:
    """Write the PDF; pages in ``scanned`` (1-based) carry only an image of their content."""
    _furniture(layout, document)
    canvas = Canvas(str(path), pagesize=A4, invariant=1, pageCompression=1)
    for number, ops in enumerate(layout.pages, start=1):
        if number in scanned:
            buffer = io.BytesIO()
            # thresholded like a binarising scanner: greyscale PNG, but a fifth of the bytes
            _scan(ops).point(lambda v: 0 if v < 140 else 255).save(buffer, format="PNG")
            buffer.seek(0)
            canvas.drawImage(ImageReader(buffer), 0, 0, WIDTH, HEIGHT)
        else:
            for op in ops:
                if op.kind == "line":
                    canvas.setLineWidth(0.6)
                    canvas.line(op.x, op.y, op.x2, op.y2)
                else:
                    canvas.setFont(op.font, op.size)
                    canvas.drawString(op.x, op.y, op.text)
        canvas.showPage()
    canvas.save()
