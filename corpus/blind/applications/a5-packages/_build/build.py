"""Build the six application packages of a5-packages from the sources in src/.

Run from this folder: /work/main/.venv/bin/python build.py
"""
from pathlib import Path

import docxlib
import txtlib

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
SRC = HERE / "src"


def txt(stem, src, table_style, wrap, mark, page_chars, mid, encoding="utf-8", bom=False, crlf=False):
    text = txtlib.render((SRC / src).read_text(encoding="utf-8"), table_style, wrap, mark, page_chars, mid)
    txtlib.write(OUT / f"{stem}.txt", text, encoding=encoding, bom=bom, crlf=crlf)


def main():
    # pasted from the online filing system: UTF-8, LF, fullwidth-bar tables, long lines, —N— marks
    txt("wuzhou-2024", "wuzhou.txt", "bar", None, lambda n: f"—{n}—", 800, False)
    # exported from WPS as text: UTF-8 with BOM, CRLF, tab tables, hard wraps at 40, "- N -" marks
    txt("hengshui-2024", "hengshui.txt", "tab", 40, lambda n: f"- {n} -", 950, True, bom=True, crlf=True)
    # saved as ANSI (GB18030) text: space-aligned tables, ● bullets, "- N -" marks
    txt("danzhou-2025", "danzhou.txt", "space", None, lambda n: f"- {n} -", 750, False, encoding="gb18030")
    docxlib.render((SRC / "zhaoqing.md").read_text(encoding="utf-8"), str(OUT / "zhaoqing-2024.docx"),
                   "肇庆市“5G+工业互联网”融合应用先导区申报材料", "肇庆市工业和信息化局编制")
    docxlib.render((SRC / "zaozhuang.md").read_text(encoding="utf-8"), str(OUT / "zaozhuang-2025.docx"),
                   "枣庄市“5G+工业互联网”融合应用先导区试点申报材料")
    docxlib.render((SRC / "hey.md").read_text(encoding="utf-8"), str(OUT / "heyuan-2025.docx"),
                   "河源市“5G+工业互联网”融合应用先导区申报材料", "河源市人民政府")


if __name__ == "__main__":
    main()
