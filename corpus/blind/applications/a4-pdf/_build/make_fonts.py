"""Make TrueType (glyf) subsets of the Noto CJK SC fonts so that reportlab can embed them.

reportlab cannot embed CFF-outline fonts (the Noto CJK .ttc files are CFF), so the SC faces
are subset to GB2312 + ASCII + common symbols and their outlines converted to quadratic
curves. Needs fontTools (run with a Python that has it: `pip install fonttools`).
Output: _build/fonts/*.ttf (regenerable, not meant to be committed).
"""
import sys
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools import subset

HERE = Path(__file__).parent
OUT = HERE / "fonts"
SOURCES = {
    "NotoSerifSC-Regular.ttf": "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "NotoSerifSC-Bold.ttf": "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
    "NotoSansSC-Regular.ttf": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "NotoSansSC-Bold.ttf": "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc",
}


def charset() -> str:
    chars = set(chr(c) for c in range(0x20, 0x7F))
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    chars.update("—–·•…“”‘’《》〈〉【】〔〕（）｛｝；：，。、！？％＋－＝×÷≥≤≠±℃‰№①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳□■○●△▲★☆◆◇√﹪")
    chars.update(chr(c) for c in range(0xFF01, 0xFF5F))
    return "".join(sorted(chars))


def pick_sc(ttc_path: str) -> TTFont:
    coll = TTCollection(ttc_path)
    for font in coll.fonts:
        family = font["name"].getDebugName(1) or ""
        if family.endswith(" SC") and "Mono" not in family:
            return font
    raise SystemExit(f"no SC face in {ttc_path}")


def cff_to_glyf(font: TTFont) -> None:
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        try:
            glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        except Exception:
            pen = TTGlyphPen(glyph_set)
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def main() -> None:
    OUT.mkdir(exist_ok=True)
    text = charset()
    for out_name, src in SOURCES.items():
        target = OUT / out_name
        if target.exists():
            continue
        font = pick_sc(src)
        opts = subset.Options()
        opts.layout_features = []
        opts.name_IDs = ["*"]
        opts.notdef_outline = True
        opts.hinting = False
        sub = subset.Subsetter(opts)
        sub.populate(text=text)
        sub.subset(font)
        cff_to_glyf(font)
        font.save(str(target))
        print("wrote", target, target.stat().st_size)


if __name__ == "__main__":
    main()
