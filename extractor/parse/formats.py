"""The register of file formats: all the pipeline knows of a format, in one entry.

A submission's format is the one its file name ends with (``suffixes``), confirmed by its
bytes (``recognise``; the one format without a recogniser, plain text, takes any text no other
format claims). Its ``parser`` (``module:function``, taking the checked SourceFile and the
Limits) is imported when a file of it is read, its ``preload`` module by the workers'
forkserver; ``laid_out`` says that its line breaks come from a page's layout (PDF), not from
the writer (DOCX, TXT); ``printed`` that LibreOffice prints it for the panel's page images
(its parser then takes ``keep=``, where to keep that print). Sniffing, the pipeline, the batch,
the panel's intake and the evaluation read this register: a new format is one entry and its
parser, shipped here or by another package through the ``extractor.formats`` entry point (a
``Format``), which every process (the workers' forkserver too) loads on first use.
"""

from __future__ import annotations

import importlib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.errors import PatternError
from extractor.model import SourceFormat

if TYPE_CHECKING:
    from extractor.model import ParsedDocument

Parser = Callable[..., "ParsedDocument"]


@dataclass(frozen=True, slots=True)
class Format:
    """One format a submission may come in."""

    name: str
    suffixes: tuple[str, ...]
    parser: str
    recognise: Callable[[Path, bytes], bool] | None = None
    preload: str | None = None
    laid_out: bool = False
    printed: bool = False

    def parse_function(self) -> Parser:
        """The parser, imported now."""
        module, _, function = self.parser.partition(":")
        found: Parser = getattr(importlib.import_module(module), function)
        return found


_REGISTER: dict[str, Format] = {}
PLUGINS = "extractor.formats"  # the entry-point group of other packages' formats
_plugins_loaded = [False]


def _load_plugins() -> None:
    """Register the formats other installed packages declare, once per process."""
    if _plugins_loaded[0]:
        return
    _plugins_loaded[0] = True
    from importlib.metadata import entry_points

    for point in entry_points(group=PLUGINS):
        try:
            entry = point.load()
            if not isinstance(entry, Format):
                raise TypeError("not a Format")
            register(entry)
        except (ImportError, AttributeError, TypeError, ValueError) as err:
            # another package's mistake stops the command with its name, not a traceback
            raise PatternError(f"format {point.name} ({point.value}): {err}") from err


def register(entry: Format) -> Format:
    """Add a format; its name and file name endings must be its own."""
    for suffix in entry.suffixes:
        if suffix != suffix.lower() or not suffix.startswith("."):
            raise ValueError(f"{entry.name}: a suffix is lower case with its dot, not {suffix!r}")
        other = _of_suffix(suffix)
        if other is not None and other.name != entry.name:
            raise ValueError(f"{entry.name}: {suffix} is already {other.name}'s")
    if entry.recognise is None and any(
        f.recognise is None and f.name != entry.name for f in _REGISTER.values()
    ):
        raise ValueError(f"{entry.name}: only one format may take what no other recognises")
    _REGISTER[entry.name] = entry
    return entry


def registered() -> tuple[Format, ...]:
    """Every format, in the order they were registered (the order bytes are tried in)."""
    _load_plugins()
    return tuple(_REGISTER.values())


def by_name(name: str) -> Format:
    """The format a Document names (KeyError for a name never registered)."""
    _load_plugins()
    return _REGISTER[name]


def by_suffix(suffix: str) -> Format | None:
    """The format of a file name ending (``.PDF`` is ``.pdf``), if any."""
    _load_plugins()
    return _of_suffix(suffix)


def _of_suffix(suffix: str) -> Format | None:
    wanted = suffix.lower()
    return next((f for f in _REGISTER.values() if wanted in f.suffixes), None)


def suffixes() -> tuple[str, ...]:
    """Every file name ending a parser reads (the batch, the panel's uploads, the evaluation)."""
    _load_plugins()
    return tuple(suffix for entry in _REGISTER.values() for suffix in entry.suffixes)


def recognised(path: Path, head: bytes) -> Format | None:
    """The format whose recogniser claims these bytes (``head``: the file's first 8 KiB)."""
    _load_plugins()
    return next((f for f in _REGISTER.values() if f.recognise and f.recognise(path, head)), None)


def fallback() -> Format | None:
    """The format that takes text no recogniser claims (plain text)."""
    _load_plugins()
    return next((f for f in _REGISTER.values() if f.recognise is None), None)


def is_pdf(_path: Path, head: bytes) -> bool:
    """PDF's header, where readers look for it (in the first KiB, after any junk)."""
    return head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head[:1024]


def zip_names(path: Path) -> set[str] | None:
    """The names a ZIP archive holds, or None where it cannot be read as one."""
    try:
        with zipfile.ZipFile(path) as archive:
            return set(archive.namelist())
    # ValueError: a name flagged UTF-8 that is not; NotImplementedError: "zip file version"
    except (zipfile.BadZipFile, ValueError, OSError, NotImplementedError):
        return None


def is_docx(path: Path, head: bytes) -> bool:
    """A ZIP archive holding a Word body (word/document.xml)."""
    if not head.startswith(b"PK\x03\x04"):
        return False
    names = zip_names(path)
    return names is not None and "word/document.xml" in names


PDF = register(
    Format(
        SourceFormat.pdf,
        (".pdf",),
        "extractor.parse.pdf:parse_pdf",
        is_pdf,
        preload="extractor.parse.pdf",
        laid_out=True,
    )
)
DOCX = register(
    Format(
        SourceFormat.docx,
        (".docx",),
        "extractor.parse.docx:parse_docx",
        is_docx,
        preload="extractor.parse.docx",
        printed=True,
    )
)
TXT = register(Format(SourceFormat.txt, (".txt",), "extractor.parse.txt:parse_txt"))
