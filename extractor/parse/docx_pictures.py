"""Pictures inside a DOCX (a pasted screenshot of a table, a scanned certificate): their text
is read by OCR and placed where the picture stands, marked as OCR text with its confidence.

A DOCX has no page geometry, so the blocks carry no boxes; tiny pictures (icons, seals, rules)
are left alone, and a picture too large to decode safely is named in the warnings.
"""

from __future__ import annotations

import dataclasses
import io
from typing import TYPE_CHECKING

from extractor.language import _
from extractor.model import RawBlock, Warning
from extractor.parse.ocr import OcrError, low_confidence, ocr_available, ocr_page
from extractor.settings import Limits

if TYPE_CHECKING:
    from docx.parts.document import DocumentPart
    from PIL.Image import Image

_MIN_SIDE = 120  # pixels: smaller pictures are icons, seals and rules, not text
_MIN_AREA = 60_000  # pixels: a line of text pasted as a picture is at least this large
_MAX_PIXELS = 40_000_000  # a larger picture is not decoded (a decompression bomb)
_READ_SIDE = 1600  # pixels: small screenshots are enlarged to this longer side (at most 3x)
_MAX_ENLARGE = 3.0


class PictureReader:
    """Reads the pictures one document part refers to; remembers what it could not read."""

    def __init__(self, part: DocumentPart, limits: Limits) -> None:
        self.part, self.limits = part, limits
        self.read_count = 0
        self.low: list[float] = []
        self.problems: list[str] = []

    def read(self, relationship: str, page: int) -> list[RawBlock]:
        """The OCR blocks of the picture ``relationship`` names, on ``page``; [] when it holds
        no text, is too small to, or cannot be read (then a warning says why)."""
        image = self._image(relationship)
        if image is None:
            return []
        problem = ocr_available(self.limits)
        if problem is not None:
            self.problems.append(problem)
            return []
        try:
            blocks = ocr_page(image, page, 1.0, self.limits)
        except OcrError as err:
            self.problems.append(err.reason)
            return []
        self.read_count += 1
        confidence = low_confidence(blocks)
        if confidence is not None:
            self.low.append(confidence)
        return [dataclasses.replace(block, box=None, boxes=None) for block in blocks]

    def _image(self, relationship: str) -> Image | None:
        from PIL import Image, UnidentifiedImageError
        from PIL.Image import DecompressionBombError

        related = self.part.related_parts.get(relationship)
        if related is None:  # a linked picture outside the file
            return None
        try:
            with Image.open(io.BytesIO(related.blob)) as opened:
                width, height = opened.size
                if width < _MIN_SIDE or height < _MIN_SIDE // 4 or width * height < _MIN_AREA:
                    return None
                if width * height > _MAX_PIXELS:
                    self.problems.append(
                        _("a picture of {width}x{height} pixels is too large").format(
                            width=width, height=height
                        )
                    )
                    return None
                image = opened.convert("L")
        except (UnidentifiedImageError, DecompressionBombError, OSError, ValueError):
            # EMF/WMF drawings and damaged pictures: Pillow cannot decode them here
            self.problems.append(
                _("a picture could not be decoded (an EMF/WMF drawing, or a damaged picture)")
            )
            return None
        factor = min(_MAX_ENLARGE, _READ_SIDE / max(width, height))
        if factor > 1:
            image = image.resize((round(width * factor), round(height * factor)))
        return image

    def warnings(self) -> list[Warning]:
        """What a reader should know: pictures read by OCR, read poorly, or not read."""
        found: list[Warning] = []
        if self.read_count:
            message = _("text in {count} picture(s) comes from OCR").format(count=self.read_count)
            found.append(Warning(code="docx-picture-ocr", message=message))
        if self.low:
            worst = min(self.low)
            message = _(
                "{count} picture(s) read with low OCR confidence (lowest {worst:.2f}):"
                " check their figures against the pictures"
            ).format(count=len(self.low), worst=worst)
            found.append(Warning(code="ocr_low_confidence", message=message))
        if self.problems:
            message = _("{count} picture(s) not read: {first}").format(
                count=len(self.problems), first=self.problems[0]
            )

            found.append(Warning(code="docx-picture-not-read", message=message))
        return found
