"""Shared drawing code for the a4-pdf applications: a Word/WPS-export look made with reportlab.

Each document module (docs/*.py) gives META, BLOCKS, ANNEX (optional), CLAIMS, LISTS, PRESCREEN.
build.py turns them into <stem>.pdf and <stem>.gold.json.
"""
from __future__ import annotations

import io
import json
import random
import re
from pathlib import Path

from PIL import Image, ImageFilter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate, Flowable, Frame, KeepTogether, PageBreak, PageTemplate, Paragraph, Spacer, Table,
    TableStyle,
)

HERE = Path(__file__).parent
FONTS = HERE / "fonts"
OUTDIR = HERE.parent

_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont("Song", str(FONTS / "NotoSerifSC-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("SongB", str(FONTS / "NotoSerifSC-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("Hei", str(FONTS / "NotoSansSC-Regular.ttf")))
    pdfmetrics.registerFont(TTFont("HeiB", str(FONTS / "NotoSansSC-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    _registered = True


# ---------------------------------------------------------------- styles
def styles(body_font: str = "Song", body_size: float = 12, leading: float = 22) -> dict:
    register_fonts()
    s = {}
    s["title"] = ParagraphStyle("title", fontName="SongB", fontSize=16, leading=30,
                                alignment=TA_CENTER, wordWrap="CJK", spaceAfter=6)
    s["cover_title"] = ParagraphStyle("cover_title", fontName="SongB", fontSize=22, leading=40,
                                      alignment=TA_CENTER, wordWrap="CJK")
    s["subtitle"] = ParagraphStyle("subtitle", fontName="Song", fontSize=14, leading=26,
                                   alignment=TA_CENTER, wordWrap="CJK", spaceAfter=6)
    s["center"] = ParagraphStyle("center", fontName=body_font, fontSize=body_size, leading=leading,
                                 alignment=TA_CENTER, wordWrap="CJK")
    s["h1"] = ParagraphStyle("h1", fontName="HeiB", fontSize=14, leading=leading + 4,
                             alignment=TA_LEFT, wordWrap="CJK", firstLineIndent=28,
                             spaceBefore=4, spaceAfter=2)
    s["h2"] = ParagraphStyle("h2", fontName="SongB", fontSize=body_size, leading=leading,
                             alignment=TA_JUSTIFY, wordWrap="CJK", firstLineIndent=2 * body_size)
    s["p"] = ParagraphStyle("p", fontName=body_font, fontSize=body_size, leading=leading,
                            alignment=TA_JUSTIFY, wordWrap="CJK", firstLineIndent=2 * body_size)
    s["pn"] = ParagraphStyle("pn", parent=s["p"], firstLineIndent=0)
    s["right"] = ParagraphStyle("right", fontName=body_font, fontSize=body_size, leading=leading,
                                alignment=TA_RIGHT, wordWrap="CJK")
    s["caption"] = ParagraphStyle("caption", fontName="HeiB", fontSize=10.5, leading=18,
                                  alignment=TA_CENTER, wordWrap="CJK", spaceBefore=4, spaceAfter=2)
    s["cell"] = ParagraphStyle("cell", fontName="Song", fontSize=10.5, leading=14,
                               alignment=TA_CENTER, wordWrap="CJK")
    s["cell_l"] = ParagraphStyle("cell_l", parent=s["cell"], alignment=TA_LEFT)
    s["cell_h"] = ParagraphStyle("cell_h", fontName="HeiB", fontSize=10.5, leading=14,
                                 alignment=TA_CENTER, wordWrap="CJK")
    s["small"] = ParagraphStyle("small", fontName=body_font, fontSize=10.5, leading=16,
                                alignment=TA_JUSTIFY, wordWrap="CJK")
    s["form_label"] = ParagraphStyle("form_label", fontName="Song", fontSize=12, leading=18,
                                     alignment=TA_CENTER, wordWrap="CJK")
    s["form_text"] = ParagraphStyle("form_text", fontName=body_font, fontSize=body_size,
                                    leading=leading, alignment=TA_JUSTIFY, wordWrap="CJK",
                                    firstLineIndent=2 * body_size)
    s["form_hint"] = ParagraphStyle("form_hint", fontName="Song", fontSize=10.5, leading=16,
                                    alignment=TA_JUSTIFY, wordWrap="CJK")
    return s


# ---------------------------------------------------------------- block helpers
# Blocks are tuples; the document modules build lists of them with these helpers.
def T(text): return ("title", text)
def COVER(*lines): return ("cover", lines)
def SUB(text): return ("subtitle", text)
def H1(text): return ("h1", text)
def H2(text): return ("h2", text)
def P(text): return ("p", text)
def PN(text): return ("pn", text)
def C(text): return ("center", text)
def R(text): return ("right", text)
def CAP(text): return ("caption", text)
def SP(h=8): return ("space", h)
def PB(): return ("pagebreak", None)
def SMALL(text): return ("small", text)
def PI(text, indent=60): return ("pind", (text, indent))


def TABLE(rows, widths, header_rows=1, align=None, spans=None, left_cols=(), font_size=None):
    """rows: list of lists of str; widths in cm."""
    return ("table", dict(rows=rows, widths=widths, header_rows=header_rows, align=align,
                          spans=spans or [], left_cols=left_cols, font_size=font_size))


def FORM_HEAD(rows, widths):
    """Grid of the form's first part (申报城市, 负责人...). rows of str; spans as (c0,r0,c1,r1)."""
    return ("form_head", dict(rows=rows, widths=widths))


def FORM(label, hint, paragraphs, min_height=None):
    """One section of the 申报表: label cell on the left, hint + text on the right."""
    return ("form", dict(label=label, hint=hint, paragraphs=paragraphs, min_height=min_height))


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _para(text, style):
    # allow <b> in source text by writing [[b]]...[[/b]]
    t = _esc(text).replace("[[b]]", "<b>").replace("[[/b]]", "</b>")
    return Paragraph(t, style)


def make_flowables(blocks, st, frame_width):
    out = []
    form_rows = []  # consecutive FORM blocks are one table

    def flush_form():
        nonlocal form_rows
        for label, hint, paras in form_rows:
            cell = []
            if hint:
                cell.append(_para(hint, st["form_hint"]))
                cell.append(Spacer(1, 4))
            for ptxt in paras:
                if isinstance(ptxt, tuple) and ptxt[0] == "h":
                    cell.append(_para(ptxt[1], ParagraphStyle("fh", parent=st["form_text"],
                                                              fontName="HeiB")))
                elif isinstance(ptxt, tuple) and ptxt[0] == "right":
                    cell.append(_para(ptxt[1], st["right"]))
                elif isinstance(ptxt, tuple) and ptxt[0] == "space":
                    cell.append(Spacer(1, ptxt[1]))
                elif isinstance(ptxt, tuple) and ptxt[0] == "table":
                    cell.append(make_table(ptxt[1], st))
                elif isinstance(ptxt, tuple) and ptxt[0] == "caption":
                    cell.append(_para(ptxt[1], st["caption"]))
                else:
                    cell.append(_para(ptxt, st["form_text"]))
            out.append(FormSection(_para(label, st["form_label"]), cell, 2.6 * cm))
        form_rows = []

    for kind, arg in blocks:
        if kind != "form":
            flush_form()
        if kind in ("title", "subtitle", "h1", "h2", "p", "pn", "center", "right", "caption",
                    "small"):
            out.append(_para(arg, st[kind]))
        elif kind == "cover":
            out.append(Spacer(1, 5 * cm))
            for line in arg:
                if line == "":
                    out.append(Spacer(1, 1.2 * cm))
                elif line.startswith("!"):
                    out.append(_para(line[1:], st["cover_title"]))
                else:
                    out.append(_para(line, ParagraphStyle("cv", parent=st["subtitle"], fontSize=15,
                                                          leading=34)))
            out.append(PageBreak())
        elif kind == "pind":
            out.append(_para(arg[0], ParagraphStyle("pind", parent=st["pn"], leftIndent=arg[1])))
        elif kind == "space":
            out.append(Spacer(1, arg))
        elif kind == "pagebreak":
            out.append(PageBreak())
        elif kind == "table":
            out.append(make_table(arg, st))
        elif kind == "form_head":
            out.append(make_form_head(arg, st))
        elif kind == "form":
            form_rows.append((arg["label"], arg["hint"], arg["paragraphs"]))
        else:
            raise ValueError(kind)
    flush_form()
    return out


class FormSection(Flowable):
    """One row of the 申报表: a label column and a text column that may run over pages."""

    pad = 5

    def __init__(self, label, content, w_label, show_label=True):
        super().__init__()
        self.label = label
        self.content = content
        self.w_label = w_label
        self.show_label = show_label

    def _inner_w(self, aw):
        return aw - self.w_label - 2 * self.pad

    def wrap(self, aw, ah):
        self.aw = aw
        iw = self._inner_w(aw)
        self.heights = [f.wrap(iw, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                        for f in self.content]
        _, lh = self.label.wrap(self.w_label - 2 * self.pad, 10_000)
        self.lh = lh
        self.h = max(sum(self.heights) + 2 * self.pad + 2, lh + 2 * self.pad)
        return aw, self.h

    def split(self, aw, ah):
        iw = self._inner_w(aw)
        room = ah - 2 * self.pad - 2
        first, used = [], 0
        rest = list(self.content)
        while rest:
            f = rest[0]
            fh = f.wrap(iw, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter()
            if used + fh <= room:
                first.append(rest.pop(0))
                used += fh
                continue
            parts = f.split(iw, room - used) if isinstance(f, Paragraph) else []
            if len(parts) == 2:
                first.append(parts[0])
                rest[0] = parts[1]
            break
        while first and rest and getattr(getattr(first[-1], "style", None), "name", "") in ("caption", "fh"):
            rest.insert(0, first.pop())
        if not first:
            return []
        if not rest:
            return [self]
        return [FormSection(self.label, first, self.w_label, self.show_label),
                FormSection(self.label, rest, self.w_label, False)]

    def draw(self):
        c = self.canv
        aw, h = self.aw, self.h
        c.setLineWidth(0.75)
        c.rect(0, 0, aw, h)
        c.line(self.w_label, 0, self.w_label, h)
        if self.show_label:
            self.label.wrap(self.w_label - 2 * self.pad, 10_000)
            self.label.drawOn(c, self.pad, (h - self.lh) / 2)
        y = h - self.pad
        iw = self._inner_w(aw)
        for f, fh in zip(self.content, self.heights):
            f.wrap(iw, 10_000)
            y -= f.getSpaceBefore()
            y -= fh - f.getSpaceBefore() - f.getSpaceAfter()
            f.drawOn(c, self.w_label + self.pad, y)
            y -= f.getSpaceAfter()


def make_table(spec, st):
    rows, widths, hr = spec["rows"], spec["widths"], spec["header_rows"]
    fs = spec.get("font_size")
    cell = st["cell"] if not fs else ParagraphStyle("c2", parent=st["cell"], fontSize=fs, leading=fs + 3.5)
    cell_l = st["cell_l"] if not fs else ParagraphStyle("c2l", parent=cell, alignment=TA_LEFT)
    cell_h = st["cell_h"] if not fs else ParagraphStyle("c2h", parent=st["cell_h"], fontSize=fs, leading=fs + 3.5)
    data = []
    for r, row in enumerate(rows):
        line = []
        for c, val in enumerate(row):
            if val is None:
                line.append("")
                continue
            style = cell_h if r < hr else (cell_l if c in spec["left_cols"] else cell)
            line.append(_para(str(val), style))
        data.append(line)
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=hr, splitByRow=1)
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for sp in spec["spans"]:
        cmds.append(("SPAN", (sp[0], sp[1]), (sp[2], sp[3])))
    t.setStyle(TableStyle(cmds))
    return t


def make_form_head(spec, st):
    rows, widths = spec["rows"], spec["widths"]
    data = [[_para(str(v), st["form_label"]) if v is not None else "" for v in row] for row in rows]
    t = Table(data, colWidths=[w * cm for w in widths])
    cmds = [
        ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
    ]
    for r, row in enumerate(rows):
        # a None after a value means the value spans to the right
        c = 0
        while c < len(row):
            if row[c] is not None:
                e = c
                while e + 1 < len(row) and row[e + 1] is None:
                    e += 1
                if e > c:
                    cmds.append(("SPAN", (c, r), (e, r)))
                c = e + 1
            else:
                c += 1
    t.setStyle(TableStyle(cmds))
    return t


# ---------------------------------------------------------------- page furniture
def canvas_class(meta):
    footer = meta.get("footer", "dash")       # "dash" -> — 3 —, "of" -> 第3页 共12页
    header = meta.get("header")               # running header text or None
    skip = meta.get("unnumbered_first", 0)    # leading pages without number/header (cover)
    header_from = meta.get("header_from", 1 + skip)

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total):
            idx = self._pageNumber  # 1-based PDF index
            w, h = A4
            if idx > skip:
                n = idx - skip
                shown_total = total - skip
                if footer == "dash":
                    self.setFont("Song", 14)
                    self.drawCentredString(w / 2, 1.55 * cm, f"— {n} —")
                else:
                    self.setFont("Song", 10.5)
                    self.drawCentredString(w / 2, 1.5 * cm, f"第{n}页 共{shown_total}页")
            if header and idx >= header_from:
                self.setFont("Song", 9)
                self.drawCentredString(w / 2, h - 1.55 * cm, header)
                self.setLineWidth(0.6)
                self.line(meta["margins"][2], h - 1.7 * cm, w - meta["margins"][3], h - 1.7 * cm)

    return NumberedCanvas


def build_main_pdf(meta, blocks, path):
    st = styles(leading=meta.get("leading", 22))
    top, bottom, left, right = meta["margins"]
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=left, rightMargin=right,
                          topMargin=top, bottomMargin=bottom,
                          title=meta.get("pdf_title", ""), author=meta.get("author", ""),
                          creator=meta.get("creator", ""), subject="")
    frame = Frame(left, bottom, A4[0] - left - right, A4[1] - top - bottom, id="f",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame])])
    flow = make_flowables(blocks, st, A4[0] - left - right)
    doc.build(flow, canvasmaker=canvas_class(meta))


# ---------------------------------------------------------------- scanned annex
def draw_stamp(c, x, y, r, text, bottom_text="", color=(0.82, 0.1, 0.12), alpha=0.78):
    """A round red official seal centred at (x, y)."""
    import math
    c.saveState()
    c.setStrokeColorRGB(*color, alpha=alpha)
    c.setFillColorRGB(*color, alpha=alpha)
    c.setLineWidth(2.4)
    c.circle(x, y, r, stroke=1, fill=0)
    # star
    pts = []
    for k in range(10):
        ang = math.pi / 2 + k * math.pi / 5
        rad = r * 0.26 if k % 2 == 0 else r * 0.105
        pts.append((x + rad * math.cos(ang), y + rad * math.sin(ang)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    # text along the upper arc
    fs = r * 0.22
    c.setFont("HeiB", fs)
    n = len(text)
    span = math.radians(min(250, 22 * n))
    for i, ch in enumerate(text):
        ang = math.pi / 2 + span / 2 - (span * i / max(1, n - 1))
        tx = x + (r * 0.74) * math.cos(ang)
        ty = y + (r * 0.74) * math.sin(ang)
        c.saveState()
        c.translate(tx, ty)
        c.rotate(math.degrees(ang) - 90)
        c.drawCentredString(0, -fs / 2.8, ch)
        c.restoreState()
    if bottom_text:
        c.setFont("Hei", fs * 0.8)
        c.drawCentredString(x, y - r * 0.55, bottom_text)
    c.restoreState()


def render_scan(draw_fn, seed, dpi=200, angle=None, quality=None, blur=None):
    """Draw a page with draw_fn(canvas), render it, and degrade it like a scan. Returns JPEG bytes."""
    import pypdfium2 as pdfium
    register_fonts()
    rnd = random.Random(seed)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4)
    draw_fn(c)
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    img = pdf[0].render(scale=dpi / 72).to_pil().convert("RGB")
    w, h = img.size
    if angle is None:
        angle = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.5)
    paper = (246, 244, 238)
    # paper tint
    tint = Image.new("RGB", img.size, paper)
    img = Image.blend(img, Image.composite(img, tint, img.convert("L").point(lambda v: 255 if v < 250 else 0)), 1.0)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=paper,
                     translate=(rnd.randint(-12, 12), rnd.randint(-10, 14)))
    # light noise
    import numpy as np
    arr = np.asarray(img).astype("int16")
    noise = np.random.default_rng(seed).normal(0, 5, arr.shape[:2])[..., None]
    arr = np.clip(arr + noise, 0, 255).astype("uint8")
    img = Image.fromarray(arr)
    img = img.filter(ImageFilter.GaussianBlur(blur if blur is not None else rnd.uniform(0.6, 0.9)))
    out = io.BytesIO()
    q = quality if quality is not None else rnd.randint(60, 75)
    img.save(out, "JPEG", quality=q, dpi=(dpi, dpi))
    return out.getvalue(), angle, q


def image_pages_pdf(jpegs, path):
    c = rl_canvas.Canvas(str(path), pagesize=A4)
    from reportlab.lib.utils import ImageReader
    for data in jpegs:
        c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=A4[0], height=A4[1])
        c.showPage()
    c.save()


def annex_table(c, x, y_top, rows, widths, header_rows=1, font_size=10.5, left_cols=()):
    """Draw a ruled table on a canvas (for annex pages). Returns the y of the table's bottom."""
    st = styles()
    cell = ParagraphStyle("ac", parent=st["cell"], fontSize=font_size, leading=font_size + 4)
    cell_l = ParagraphStyle("acl", parent=cell, alignment=TA_LEFT)
    cell_h = ParagraphStyle("ach", parent=st["cell_h"], fontSize=font_size, leading=font_size + 4)
    data = [[_para(str(v), cell_h if r < header_rows else (cell_l if ci in left_cols else cell))
             for ci, v in enumerate(row)] for r, row in enumerate(rows)]
    t = Table(data, colWidths=[w * cm for w in widths])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.8, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    tw, th = t.wrapOn(c, sum(widths) * cm, 900)
    t.drawOn(c, x, y_top - th)
    return y_top - th


def text_line(c, x, y, text, font="Song", size=12, center=False, right=False):
    c.setFont(font, size)
    if center:
        c.drawCentredString(x, y, text)
    elif right:
        c.drawRightString(x, y, text)
    else:
        c.drawString(x, y, text)


def wrap_text(c, x, y, width, text, font="Song", size=12, leading=20, indent=True):
    st = ParagraphStyle("w", fontName=font, fontSize=size, leading=leading, wordWrap="CJK",
                        alignment=TA_JUSTIFY, firstLineIndent=2 * size if indent else 0)
    p = Paragraph(_esc(text), st)
    _, ph = p.wrapOn(c, width, 800)
    p.drawOn(c, x, y - ph)
    return y - ph


# ---------------------------------------------------------------- gold
def squash(t: str) -> str:
    return re.sub(r"\s+", "", t)


def pdf_pages_text(path):
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return [squash(p.extract_text() or "") for p in pdf.pages]


def locate(pages, needle):
    n = squash(needle)
    return [i + 1 for i, t in enumerate(pages) if n in t]


def make_gold(meta, claims, lists, prescreen, pdf_path, n_main_pages, notes):
    pages = pdf_pages_text(pdf_path)
    out_claims = []
    problems = []
    for cl in claims:
        c = dict(cl)
        anchor = c.pop("anchor", None)
        page = c.get("page")
        if isinstance(page, str) and page.startswith("annex"):
            c["page"] = n_main_pages + int(page[5:])
        elif page is None:
            hits = locate(pages, c["quote"])
            if not hits and anchor:
                hits = locate(pages, anchor)
            if len(hits) != 1:
                problems.append(f"{c['field']} {c['value']} {c['quote']!r}: pages {hits}")
                c["page"] = hits[0] if hits else -1
            else:
                c["page"] = hits[0]
        if c.get("qualifier") == "exact":
            del c["qualifier"]
        out_claims.append(c)
    gold = {
        "schema": "gold/v1",
        "document": meta["stem"] + ".pdf",
        "framework": "miit-2023",
        "city": meta["city"],
        "claims": out_claims,
        "lists": {k: v for k, v in lists.items() if v},
        "prescreen": prescreen,
    }
    if notes:
        gold["note"] = notes
    return gold, problems
