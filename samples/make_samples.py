"""Write the bundled sample application (DOCX, and PDF through LibreOffice) from its text below.

The sample is invented: a city's 申报表 in the shape of MIIT's form (工信厅信管函〔2024〕336号),
with a figures table, a target beside each actual, and distractor figures (national totals,
the rules' threshold quoted back). Run: .venv/bin/python samples/make_samples.py
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
TITLE = "“5G+工业互联网”融合应用先导区试点申报表"
SECTIONS: list[tuple[str, list[str]]] = [
    (
        "一、基本情况",
        [
            "申报主体：东川市人民政府。联系人：王敏，联系电话：0411-86123456。",
            "东川市地处渤海之滨，2023年地区生产总值达到2860亿元，规模以上工业企业1320家。"
            "全市工业互联网发展基础扎实，已形成装备制造、石化、电子信息三大产业集群。",
            "全国累计建成5G基站337.7万个，全省5G基站达到6.2万个；本市截至2023年底累计建成"
            "5G基站8965个，常住人口245万人，每万人拥有5G基站数达36.6个，高于试点工作规则"
            "每万人拥有5G基站数超过30个的要求。",
        ],
    ),
    (
        "二、不可偏离条件说明",
        [
            "（一）专项政策。市政府先后印发《东川市加快推进“5G+工业互联网”融合发展行动计划"
            "（2023—2025年）》（东政发〔2023〕12号）和《东川市5G工厂建设实施方案》。",
            "（二）应用场景。全市已有7家工厂各自建成10个以上“5G+工业互联网”典型应用场景，"
            "覆盖协同研发设计、远程设备操控、机器视觉质检等场景。",
            "（三）5G工厂。东川重工集团入选2023年工业互联网试点示范项目（5G工厂方向），"
            "另有6个项目列入5G工厂名录。",
            "（四）国家级称号。全市累计获得国家级智能制造示范工厂、国家新型工业化产业示范基地等"
            "部级及以上称号8项。",
            "（五）安全情况。近三年未发生重大网络安全事件和重大安全生产事故，申报材料真实有效。",
        ],
    ),
    (
        "三、建设内容",
        [
            "到2026年，力争建成5G基站1.5万个，每万人拥有5G基站数达到60个，"
            "新增5G工厂20家，培育“5G+工业互联网”标杆项目50个。",
        ],
    ),
]
TABLE = [
    ["指标", "2023年现状", "2026年目标"],
    ["5G基站数（个）", "8965", "15000"],
    ["每万人拥有5G基站数（个）", "36.6", "60"],
    ["5G工厂数（家）", "7", "27"],
    ["部级及以上称号（项）", "8", "12"],
]


def write_docx(path: Path) -> None:
    """The sample as Word would hold it: headings, paragraphs, a figures table, a footer."""
    document = Document()
    document.styles["Normal"].font.size = Pt(12)
    document.sections[0].header.paragraphs[0].text = TITLE
    document.sections[0].footer.paragraphs[0].text = "东川市人民政府"
    document.add_heading(TITLE, level=0)
    for heading, paragraphs in SECTIONS:
        document.add_heading(heading, level=1)
        for text in paragraphs:
            document.add_paragraph(text)
        if heading.startswith("一"):
            table = document.add_table(rows=len(TABLE), cols=3)
            table.style = "Table Grid"
            for row, values in zip(table.rows, TABLE, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
    document.add_heading("四、真实性承诺", level=1)
    document.add_paragraph("本单位承诺所提交的申报材料真实、准确、完整，如有虚假，愿承担相应责任。")
    document.save(str(path))


def to_pdf(docx: Path, out_dir: Path) -> Path:
    """Convert with LibreOffice in a private profile, as the corpus does."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out_dir),
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return out_dir / f"{docx.stem}.pdf"


if __name__ == "__main__":
    target = HERE / "sample-application.docx"
    write_docx(target)
    to_pdf(target, HERE)
