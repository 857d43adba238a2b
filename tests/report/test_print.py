"""The Excel report printed: LibreOffice prints the workbook of sixteen real applications, and
it takes at most two A4 pages per submission, landscape, one page wide, the heading row on
every page (it took 81 pages before, verdicts on pages without the file name)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import pypdfium2 as pdfium
from openpyxl import load_workbook
from openpyxl.cell import Cell
from openpyxl.worksheet.worksheet import Worksheet

from extractor.batch import run_batch
from extractor.report import write_xlsx
from extractor.report.labels import labels

ROOT = Path(__file__).resolve().parents[2]
APPLICATIONS = ROOT / "corpus" / "blind" / "applications"


def _printed_pages(workbook: Path) -> int:
    """The workbook printed to PDF by LibreOffice Calc: its page count."""
    with tempfile.TemporaryDirectory(prefix="lo-") as scratch:
        profile, out = Path(scratch, "profile").as_uri(), Path(scratch, "out")
        command = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to"]
        subprocess.run(
            [*command, "pdf", "--outdir", str(out), str(workbook)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        printed = out / f"{workbook.stem}.pdf"
        assert printed.is_file(), "LibreOffice printed nothing (is libreoffice-calc installed?)"
        return len(pdfium.PdfDocument(printed))


def _body(sheet: Worksheet) -> list[Cell]:
    return [cell for row in sheet.iter_rows(min_row=2) for cell in row]


def test_the_report_of_sixteen_applications_prints_on_two_pages_each(tmp_path: Path) -> None:
    folder = tmp_path / "round"
    folder.mkdir()
    chosen = sorted(p for p in APPLICATIONS.rglob("*.txt") if not p.name.startswith("README"))
    chosen += sorted(APPLICATIONS.rglob("*.docx"))
    for number, path in enumerate(chosen[:16]):
        (folder / f"{number:02d}-{path.name}").write_bytes(path.read_bytes())
    report = run_batch(folder, "miit-2023", workers=2)
    assert len(report.submissions) == 16
    assert not [s.error for s in report.submissions if s.failed]
    out = tmp_path / "report.xlsx"
    write_xlsx(report, out)
    book = load_workbook(out)
    for sheet in book:
        assert sheet.page_setup.orientation == "landscape"
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.print_title_rows == "$1:$1"
        # every body cell at the top of its row and wrapped, but on the claims sheet: a line a
        # row, in Excel's default format (where a row is one line, its alignment shows nothing)
        body = {(c.alignment.vertical, bool(c.alignment.wrap_text)) for c in _body(sheet)}
        one_line = sheet.title == labels().sheets.claims
        assert body == ({(None, False)} if one_line else {("top", True)})
    assert _printed_pages(out) <= 2 * len(report.submissions)
