"""Converting .docx to PDF with LibreOffice in one batch, then stripping what varies per run."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pypdf


def _run(command: list[str], what: str, timeout: float) -> None:
    if shutil.which(command[0]) is None:
        raise RuntimeError(f"{command[0]} not found, needed to {what}: run scripts/setup.sh")
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode not in (0, 3):  # qpdf exits 3 on mere warnings
        raise RuntimeError(f"{command[0]} failed to {what}: {done.stderr.strip() or done.stdout}")


def docx_to_pdf(sources: list[Path], targets: list[Path]) -> None:
    """Convert each source to its target PDF; dates and the random /ID are made fixed."""
    with tempfile.TemporaryDirectory(prefix="corpus-lo-") as scratch:
        # a private profile, so the conversion never fights a running LibreOffice
        profile, out = Path(scratch, "profile").as_uri(), Path(scratch, "out")
        command = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to"]
        _run([*command, "pdf", "--outdir", str(out), *map(str, sources)], "convert", 3600)
        for source, target in zip(sources, targets, strict=True):
            converted = out / f"{source.stem}.pdf"
            if not converted.is_file():
                raise RuntimeError(f"soffice wrote no {converted.name}")
            deterministic(converted, target)


def deterministic(source: Path, target: Path) -> None:
    """Drop metadata (conversion time) and let qpdf derive the /ID from the content."""
    writer = pypdf.PdfWriter(clone_from=source)
    writer.metadata = None
    writer._ID = None
    with tempfile.TemporaryDirectory(prefix="corpus-pdf-") as scratch:
        undated = Path(scratch, "undated.pdf")
        writer.write(undated)
        _run(["qpdf", "--deterministic-id", str(undated), str(target)], "fix the id", 120)
