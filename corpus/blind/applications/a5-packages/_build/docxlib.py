"""Small markup -> DOCX renderer used for the three DOCX applications.

Markup (one item per line):
  =T text            title (centred, large)
  =S text            subtitle (centred)
  # / ## / ###       headings (一、 / （一） / 1.)
  - text             bullet (List Bullet)
  > text             right-aligned line (落款)
  [pb]               page break
  [table] ... [/table]   rows split on '|'; cell '<<' merges into the left cell,
                         '^^' merges into the cell above; '@name' puts block 'name' in the cell;
                         a cell may hold several paragraphs separated by '\\n'
  [block name] ... [/block]  named block of paragraphs for a table cell
  [box TITLE] ... [/box]     floating text box (DrawingML + VML fallback) holding key figures
  [callout TITLE] ... [/callout]  callout-shaped DrawingML box
  [cbox TITLE] ... [/cbox]   one-cell shaded table used as a key-figure box
  anything else      body paragraph with a two-character first-line indent
"""
from __future__ import annotations

import re
from xml.sax.saxutils import escape

import docx
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

BODY_FONT = "仿宋_GB2312"
HEAD_FONT = "黑体"
KAI_FONT = "楷体_GB2312"
TITLE_FONT = "方正小标宋简体"


def _font(run, name, size=None, bold=None):
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:ascii"), name)
    rfonts.set(qn("w:hAnsi"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def _style_defaults(doc):
    st = doc.styles["Normal"]
    st.font.name = BODY_FONT
    st.font.size = Pt(14)
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), BODY_FONT)
    pf = st.paragraph_format
    pf.line_spacing = Pt(28)
    pf.space_after = Pt(0)
    for name, font, size in (("Heading 1", HEAD_FONT, 16), ("Heading 2", KAI_FONT, 16), ("Heading 3", BODY_FONT, 14)):
        hs = doc.styles[name]
        hs.font.name = font
        hs.font.size = Pt(size)
        hs.font.bold = name != "Heading 1"
        hs.font.color.rgb = RGBColor(0, 0, 0)
        hrpr = hs.element.get_or_add_rPr()
        rf = hrpr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml('<w:rFonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')
            hrpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), font)
        rf.set(qn("w:ascii"), font)
        rf.set(qn("w:hAnsi"), font)
        hs.paragraph_format.space_before = Pt(6)
        hs.paragraph_format.space_after = Pt(6)
        hs.paragraph_format.first_line_indent = Pt(28)
    lb = doc.styles["List Bullet"]
    lb.font.name = BODY_FONT
    lb.font.size = Pt(14)


def _page_field(paragraph):
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            run._element.append(parse_xml(
                f'<w:fldChar xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:fldCharType="{kind}"/>'))
        elif text.strip() == "PAGE":
            run._element.append(parse_xml(
                f'<w:instrText xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xml:space="preserve">{text}</w:instrText>'))
        else:
            run.text = text


def header_footer(doc, header_text, footer_left=""):
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.top_margin = Cm(3.7)
    sec.bottom_margin = Cm(3.5)
    sec.left_margin = Cm(2.8)
    sec.right_margin = Cm(2.6)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run(header_text)
    _font(r, BODY_FONT, 10.5)
    pbdr = parse_xml('<w:pBdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                     '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>')
    hp._p.get_or_add_pPr().append(pbdr)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer_left:
        r = fp.add_run(footer_left + "    ")
        _font(r, BODY_FONT, 10.5)
    r = fp.add_run("— ")
    _font(r, BODY_FONT, 12)
    _page_field(fp)
    r = fp.add_run(" —")
    _font(r, BODY_FONT, 12)


def _para(doc_or_cell, text, indent=True, align=None, size=None, font=None, bold=None):
    p = doc_or_cell.add_paragraph()
    if indent:
        p.paragraph_format.first_line_indent = Pt(28 if not size else size * 2)
    if align:
        p.alignment = align
    r = p.add_run(text)
    _font(r, font or BODY_FONT, size, bold)
    return p


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _txbx_paras(title, lines):
    out = [f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="{HEAD_FONT}" w:eastAsia="{HEAD_FONT}" w:hAnsi="{HEAD_FONT}"/><w:b/><w:sz w:val="24"/></w:rPr><w:t>{escape(title)}</w:t></w:r></w:p>']
    for line in lines:
        out.append(f'<w:p><w:pPr><w:spacing w:line="300" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="{BODY_FONT}" w:eastAsia="{BODY_FONT}" w:hAnsi="{BODY_FONT}"/><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>')
    return "".join(out)


_box_id = [100]


def textbox(doc, title, lines, callout=False, fallback=True):
    """An in-line DrawingML text box (optionally callout-shaped) holding key figures, with the
    VML fallback Word writes beside it when `fallback` is set."""
    _box_id[0] += 1
    bid = _box_id[0]
    h_cm = 0.56 * (len(lines) + 1) + 0.7
    cx, cy = Cm(15.2), Cm(h_cm)
    geom = "wedgeRectCallout" if callout else "rect"
    adj = ('<a:avLst><a:gd name="adj1" fmla="val -38000"/><a:gd name="adj2" fmla="val 60000"/></a:avLst>'
           if callout else "<a:avLst/>")
    content = _txbx_paras(title, lines)
    choice = f'''<wp:inline distT="0" distB="0" distL="0" distR="0">
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:docPr id="{bid}" name="核心指标 {bid}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="{geom}">{adj}</a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>
<a:ln w="19050"><a:solidFill><a:srgbClr val="C00000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>
</a:graphicData></a:graphic></wp:inline>'''
    vml_shape = "#_x0000_t61" if callout else "#_x0000_t202"
    fb = f'''<w:pict><v:shape id="Text Box {bid}" o:spid="_x0000_s{bid}" type="{vml_shape}" style="width:431pt;height:{h_cm * 28.35:.0f}pt;mso-wrap-style:square" fillcolor="#f2f2f2" strokecolor="#c00000" strokeweight="1.5pt">
<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict>'''
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')
    if fallback:
        run_xml = (f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>{choice}</w:drawing></mc:Choice>'
                   f'<mc:Fallback>{fb}</mc:Fallback></mc:AlternateContent></w:r>')
    else:
        run_xml = f'<w:r {ns}><w:drawing>{choice}</w:drawing></w:r>'
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing = 1.0
    p.paragraph_format.space_after = Pt(12 if callout else 6)
    p._p.append(parse_xml(run_xml))
    if callout:
        doc.add_paragraph().paragraph_format.line_spacing = 1.0
    return p


def _shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cbox(doc, title, lines):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    _shade(c, "FFF2CC")
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = c.paragraphs[0].add_run(title)
    _font(r, HEAD_FONT, 12, True)
    for line in lines:
        _para(c, line, indent=False, size=10.5)
    doc.add_paragraph()


def table(doc, rows, blocks, header=1, font_size=10.5, label_col=False):
    ncols = max(len(r) for r in rows)
    t = doc.add_table(rows=len(rows), cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    total = 15.6
    if label_col and ncols == 4:
        widths = [3.4, 5.0, 2.2, 5.0]
    else:
        weights = []
        for j in range(ncols):
            lens = [len(r[j]) for r in rows if j < len(r) and r[j] not in ("<<", "^^") and not r[j].startswith("@")]
            weights.append(min(max(lens or [2]), 34) + 2)
        widths = [total * w / sum(weights) for w in weights]
    for j, w in enumerate(widths):
        t.columns[j].width = Cm(w)
        for cell in t.columns[j].cells:
            cell.width = Cm(w)
    for i, row in enumerate(rows):
        row = row + ["<<"] * (ncols - len(row))
        for j, text in enumerate(row):
            if text in ("<<", "^^"):
                continue
            c = t.cell(i, j)
            # extent of merge
            j2 = j
            while j2 + 1 < ncols and row[j2 + 1] == "<<":
                j2 += 1
            i2 = i
            while i2 + 1 < len(rows) and j < len(rows[i2 + 1]) and rows[i2 + 1][j] == "^^":
                i2 += 1
            if i2 != i or j2 != j:
                c = c.merge(t.cell(i2, j2))
            paras = blocks[text[1:]] if text.startswith("@") else text.split("\\n")
            first = True
            for ptxt in paras:
                p = c.paragraphs[0] if first else c.add_paragraph()
                first = False
                long = len(ptxt) > 40
                if long:
                    p.paragraph_format.first_line_indent = Pt(font_size * 2)
                else:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if not text.startswith("@") else None
                p.paragraph_format.line_spacing = 1.15
                r = p.add_run(ptxt)
                is_head = i < header or (label_col and j == 0)
                _font(r, HEAD_FONT if is_head else BODY_FONT, font_size, is_head)
            if i < header:
                _shade(c, "D9D9D9")
            elif label_col and j == 0:
                _shade(c, "F2F2F2")
    doc.add_paragraph()
    return t


def render(markup: str, out_path: str, header_text: str, footer_left: str = "", box_style="box"):
    doc = docx.Document()
    _style_defaults(doc)
    header_footer(doc, header_text, footer_left)
    lines = markup.splitlines()
    blocks: dict[str, list[str]] = {}
    # collect blocks first
    i = 0
    body = []
    while i < len(lines):
        ln = lines[i]
        m = re.match(r"\[block (\S+)\]", ln)
        if m:
            name = m.group(1)
            i += 1
            buf = []
            while lines[i] != "[/block]":
                if lines[i].strip():
                    buf.append(lines[i].strip())
                i += 1
            blocks[name] = buf
        else:
            body.append(ln)
        i += 1
    # body
    i = 0
    first_para = True
    while i < len(body):
        ln = body[i].rstrip()
        if not ln.strip():
            i += 1
            continue
        if ln.startswith("=T "):
            _para(doc, ln[3:], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=22, font=TITLE_FONT)
        elif ln.startswith("=S "):
            _para(doc, ln[3:], indent=False, align=WD_ALIGN_PARAGRAPH.CENTER, size=16, font=KAI_FONT)
        elif ln.startswith("### "):
            doc.add_heading(ln[4:], level=3)
        elif ln.startswith("## "):
            doc.add_heading(ln[3:], level=2)
        elif ln.startswith("# "):
            doc.add_heading(ln[2:], level=1)
        elif ln.startswith("- "):
            p = doc.add_paragraph(style="List Bullet")
            r = p.add_run(ln[2:])
            _font(r, BODY_FONT, 14)
        elif ln.startswith("> "):
            _para(doc, ln[2:], indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif ln == "[pb]":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif ln.startswith("[table"):
            m = re.search(r"head=(\d)", ln)
            nhead = int(m.group(1)) if m else (0 if "nohead" in ln else 1)
            small = 12 if "form" in ln else 10.5
            i += 1
            rows = []
            while body[i].strip() != "[/table]":
                if body[i].strip():
                    rows.append([c.strip() for c in body[i].split("|")])
                i += 1
            table(doc, rows, blocks, header=nhead, font_size=small, label_col="form" in ln)
        elif ln.startswith("[box ") or ln.startswith("[callout ") or ln.startswith("[cbox "):
            kind = ln[1:].split(" ", 1)[0]
            title = ln[len(kind) + 2:-1]
            i += 1
            buf = []
            while body[i].strip() != f"[/{kind}]":
                if body[i].strip():
                    buf.append(body[i].strip())
                i += 1
            if kind == "box":
                textbox(doc, title, buf, callout=False, fallback=True)
            elif kind == "callout":
                textbox(doc, title, buf, callout=True, fallback=False)
            else:
                cbox(doc, title, buf)
        else:
            _para(doc, ln.strip())
        i += 1
    last = doc.paragraphs[-1]
    if not last.text:
        last.paragraph_format.line_spacing = Pt(2)
        last.paragraph_format.space_after = Pt(0)
    doc.core_properties.author = "Administrator"
    doc.core_properties.title = header_text
    doc.save(out_path)
