"""A DOCX printed to PDF by LibreOffice, and the characters of each printed page.

Word files carry no pages of their own: where a figure prints is decided by a layout engine.
LibreOffice (``soffice --headless --convert-to pdf``) is that engine here; its PDF gives the
pages a reviewer holding a printout sees, and boxes on them for the panel.

soffice runs in the document's worker, under its address-space cap: RLIMIT_AS is a limit
per process, so soffice gets a cap of its own as large as the worker's (measured on a corpus
DOCX: it converts at 512 MB and fails at 256 MB, against the 4,096 MB default). It runs in a
session of its own, so that a timeout kills the whole process group (soffice starts
soffice.bin), and with a private profile, so that conversions side by side do not fight over
~/.config/libreoffice.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from extractor.language import _
from extractor.parse.glyphs import Glyph, pdfium_glyphs
from extractor.settings import Limits

log = logging.getLogger(__name__)

SOFFICE = "soffice"
# The render may take at most this share of the document's own timeout, so that the worker
# kills soffice itself before run_bounded kills the worker (which would orphan soffice).
_SHARE_OF_TIMEOUT = 0.5
# A watchdog outside the worker: when the worker dies first (killed for its time or memory,
# or from outside), it kills soffice's process group, which would print on with nothing to
# bound it; it ends with soffice otherwise. Arguments: the worker's pid, soffice's group.
_WATCHDOG = """
import os, select, signal, sys
worker, group = (int(a) for a in sys.argv[1:3])
try:
    handles = [os.pidfd_open(worker), os.pidfd_open(group)]
except OSError:
    handles = []
if handles and handles[0] in select.select(handles, [], [])[0]:
    try:
        os.killpg(group, signal.SIGKILL)
    except OSError:
        pass
"""


class RenderError(Exception):
    """LibreOffice could not print the document; the reason reads as a warning's message."""


@dataclass(frozen=True, slots=True)
class Rendering:
    """The printed pages: each one's size in points and its characters in content order."""

    sizes: list[tuple[float, float]]
    pages: list[list[Glyph]]


def render_timeout(limits: Limits) -> float:
    """Seconds soffice may take: its own limit, at most half the document's."""
    return min(limits.docx_render_timeout_s, limits.timeout_s * _SHARE_OF_TIMEOUT)


def _convert(source: Path, scratch: Path, timeout_s: float) -> Path:
    """Run soffice on a copy named plainly (soffice reads a file's type from its name)."""
    copy = scratch / "document.docx"
    copy.write_bytes(source.read_bytes())
    out = scratch / "out"
    command = [
        SOFFICE,
        f"-env:UserInstallation={(scratch / 'profile').as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
        str(copy),
    ]
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    except OSError as err:
        log.warning("soffice cannot start: %s", err)
        raise RenderError(_("LibreOffice (soffice) could not be started")) from err
    watchdog = _watch(process.pid)
    try:
        output, _stderr = process.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)  # the launcher and the soffice.bin it started
        process.communicate()
        raise RenderError(
            _("LibreOffice took longer than {seconds:g} s to print it").format(seconds=timeout_s)
            + " (EXTRACTOR_DOCX_RENDER_TIMEOUT)"
        ) from None
    finally:
        if watchdog is not None:
            watchdog.kill()
            watchdog.wait()
    printed = out / "document.pdf"
    if process.returncode != 0 or not printed.is_file():
        tail = output.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no output"]
        log.info("soffice, exit status %s: %s", process.returncode, tail[0])
        raise RenderError(
            _("LibreOffice could not print it (exit status {status})").format(
                status=process.returncode
            )
        )
    return printed


def _watch(group: int) -> subprocess.Popen[bytes] | None:
    """A process that kills soffice's group if this worker dies before soffice ends."""
    command = [sys.executable, "-I", "-S", "-c", _WATCHDOG, str(os.getpid()), str(group)]
    try:
        return subprocess.Popen(command, stdin=subprocess.DEVNULL, start_new_session=True)
    except OSError as err:  # soffice still runs, bounded while this worker lives
        log.warning("no watchdog for soffice: %s", err)
        return None


def read_pages(pdf_path: Path) -> Rendering:
    """Each printed page's size and drawn characters (pdfium, one worker process: no threads)."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        sizes: list[tuple[float, float]] = []
        pages: list[list[Glyph]] = []
        for index in range(len(pdf)):
            page = pdf[index]
            sizes.append((page.get_width(), page.get_height()))
            textpage = page.get_textpage()
            try:
                pages.append(pdfium_glyphs(textpage, page.get_cropbox()[3]))
            finally:
                textpage.close()
    finally:
        pdf.close()
    return Rendering(sizes=sizes, pages=pages)


def render(source: Path, limits: Limits, keep: Path | None = None) -> Rendering:
    """Print ``source`` with LibreOffice and read its pages; the PDF is kept at ``keep`` (for
    the panel's page images), else deleted. Raises RenderError."""
    with tempfile.TemporaryDirectory(prefix="extractor-lo-") as scratch:
        printed = _convert(source, Path(scratch), render_timeout(limits))
        if keep is None:
            return read_pages(printed)
        keep.parent.mkdir(parents=True, exist_ok=True)
        partial = keep.with_name(f".{keep.name}.{os.getpid()}")
        partial.write_bytes(printed.read_bytes())
        partial.replace(keep)
    return read_pages(keep)
