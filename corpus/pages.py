"""Finding the page of each gold claim in a rendered PDF by searching its quote in page text."""

from __future__ import annotations

import bisect
import re
import unicodedata
from pathlib import Path

from corpus.blocks import Claim

_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Fold full-width forms (NFKC) and drop all whitespace, so line breaks do not matter."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def page_texts(path: Path) -> list[str]:
    """Each page's text as pdfium extracts it."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        texts = []
        for page in pdf:
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return texts
    finally:
        pdf.close()


class PageFinder:
    """Locates anchors in the concatenated normalised text of all pages."""

    def __init__(self, texts: list[str]) -> None:
        self.text = ""
        self.starts: list[int] = []
        for page in texts:
            self.starts.append(len(self.text))
            self.text += normalise(page)

    def page_at(self, offset: int) -> int:
        """1-based page of a character offset."""
        return bisect.bisect_right(self.starts, offset)

    def _figure(self, quote: str, figure: str, start: int) -> int:
        """Offset of the figure inside the quote, or of a short run of text ending with it."""
        at = quote.find(figure)
        if at < 0:
            return self.text.find(figure, start)
        for before in (len(quote), 16, 10, 6, 3, 0):
            probe = quote[max(0, at - before) : at + len(figure)]
            found = self.text.find(probe, start)
            if found >= 0:
                return found + len(probe) - len(figure)
        # the figure itself is cut by a page break (两千八百三十一 | 项): its start decides
        for cut in range(len(figure) - 1, 0, -1):
            probe = quote[max(0, at - 8) : at + cut]
            found = self.text.find(probe, start)
            if found >= 0:
                return found + len(probe) - cut
        return -1

    def locate(self, claim: Claim) -> int | None:
        """The page of the claim's figure: anchors are searched in order, each after the last."""
        anchors = [normalise(a) for a in claim.anchors]
        figure = normalise(claim.figure)
        position = 0
        if len(anchors) == 2:  # a sentence and its figure
            quote_at = self.text.find(anchors[0])
            if quote_at >= 0:
                return self.page_at(quote_at + anchors[0].find(figure))
            found = self._figure(anchors[0], figure, 0)
            return self.page_at(found) if found >= 0 else None
        for anchor in anchors:  # a table: caption, row label, cell
            found = self.text.find(anchor, position)
            if found < 0:
                continue
            position = found + len(anchor)
        return self.page_at(position - len(anchors[-1])) if position else None
