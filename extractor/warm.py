"""What every document's extraction needs, loaded once in the worker processes' forkserver.

Imported by the forkserver before it forks any worker that extracts (extractor.bounded's
preload): reading a two-line document through the extraction and the verdicts loads jieba's
dictionary, spaCy's pipeline, the patterns and the frameworks, which every worker then starts
with (forked, shared until written) instead of taking 1.5 s to load them for each document.
The panel's workers also load the matcher (extractor.warm_review). A failure here only leaves
the workers to load them themselves.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractor.model import Document

log = logging.getLogger(__name__)

_TEXT = (
    "截至2023年底，全市累计建成5G基站超过1.2万个，每万人拥有5G基站数约36.8个。\n"
    "我市出台《5G发展行动计划》，获评国家级智能制造示范工厂3家。"
)


def sample() -> Document:
    """A two-line document, normalised as a worker's are."""
    from extractor.model import BlockKind, ParsedDocument, RawBlock, SourceFormat
    from extractor.normalise import build_document

    parsed = ParsedDocument(
        source="warm.txt",
        sha256="0" * 64,
        format=SourceFormat.txt,
        page_count=1,
        blocks=[RawBlock(BlockKind.paragraph, line) for line in _TEXT.splitlines()],
    )
    return build_document(parsed)


def warm() -> None:
    """Run the sample through everything a worker does after parsing."""
    from extractor.extract.segment import nlp
    from extractor.pipeline import assess

    nlp()  # spaCy's pipeline with the jieba segmenter: only a qualifier's words need it
    assess(sample(), "miit-2023")


try:
    warm()
except Exception:
    log.debug("the workers start cold", exc_info=True)
