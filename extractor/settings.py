"""Run-time limits and locations, read from EXTRACTOR_* environment variables with safe defaults."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, PositiveFloat, PositiveInt

# patterns/ as the package carries it: extractor/patterns is a link to the repository's
# patterns/ folder, copied into the wheel as package data (pyproject.toml)
PATTERNS_DIR = Path(
    os.environ.get("EXTRACTOR_PATTERNS", Path(__file__).resolve().parent / "patterns")
)
DEFAULT_FRAMEWORK = "miit-2023"
"""The national 2023 indicators: what a submission is judged against unless told otherwise."""


class Limits(BaseModel):
    """Bounds that keep one hostile file from hanging or exhausting a batch."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    max_bytes: PositiveInt = 200 * 1024 * 1024
    max_pages: PositiveInt = 1000
    timeout_s: PositiveFloat = 300.0
    memory_mb: PositiveInt = 4096
    max_unzipped_bytes: PositiveInt = 500 * 1024 * 1024
    max_xml_bytes: PositiveInt = 100 * 1024 * 1024
    ocr: bool = True
    ocr_engine: Literal["ppocr", "tesseract"] = "ppocr"
    ocr_language: str = "chi_sim"  # Tesseract's language data (PP-OCR reads Chinese and Latin)
    # A DOCX is printed to PDF by LibreOffice once, in the worker, so that its figures get the
    # page they print on (and boxes on that page); 0 turns it off (Word's page hints, faster).
    # A corpus DOCX prints in 1-4 s; LibreOffice hangs on some damaged tables (gridBefore -5).
    docx_render: bool = True
    docx_render_timeout_s: PositiveFloat = 60.0

    @classmethod
    def from_env(cls) -> Limits:
        """Defaults overridden by EXTRACTOR_MAX_BYTES, _MAX_PAGES, _TIMEOUT, _MEMORY_MB, _OCR,
        _OCR_ENGINE, _DOCX_RENDER, _DOCX_RENDER_TIMEOUT."""
        names = {
            "max_bytes": "EXTRACTOR_MAX_BYTES",
            "max_pages": "EXTRACTOR_MAX_PAGES",
            "timeout_s": "EXTRACTOR_TIMEOUT",
            "memory_mb": "EXTRACTOR_MEMORY_MB",
            "ocr": "EXTRACTOR_OCR",
            "ocr_engine": "EXTRACTOR_OCR_ENGINE",
            "docx_render": "EXTRACTOR_DOCX_RENDER",
            "docx_render_timeout_s": "EXTRACTOR_DOCX_RENDER_TIMEOUT",
        }
        values = {key: os.environ[env] for key, env in names.items() if env in os.environ}
        return cls.model_validate(values)
