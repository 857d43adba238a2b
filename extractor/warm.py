"""What every document's extraction needs, loaded once in the worker processes' forkserver.

Imported by the forkserver before it forks any worker (extractor.bounded's preload): reading
a two-line document through the extraction, the verdicts and the matcher loads jieba's
dictionary, spaCy's pipeline, the patterns, the frameworks and the matcher's model, which every
worker then starts with (forked, shared until written) instead of taking 1.5 s to load them for
each document. A failure here only leaves the workers to load them themselves.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

_TEXT = (
    "截至2023年底，全市累计建成5G基站超过1.2万个，每万人拥有5G基站数约36.8个。\n"
    "我市出台《5G发展行动计划》，获评国家级智能制造示范工厂3家。"
)


def warm() -> None:
    """Run a two-line document through everything a worker does after parsing."""
    from extractor.extract.segment import nlp
    from extractor.match.frameworks import load_framework
    from extractor.match.matcher import suggest
    from extractor.model import BlockKind, ParsedDocument, RawBlock, SourceFormat
    from extractor.normalise import build_document
    from extractor.pipeline import assess

    parsed = ParsedDocument(
        source="warm.txt",
        sha256="0" * 64,
        format=SourceFormat.txt,
        page_count=1,
        blocks=[RawBlock(BlockKind.paragraph, line) for line in _TEXT.splitlines()],
    )
    nlp()  # spaCy's pipeline with the jieba segmenter: only a qualifier's words need it
    document = build_document(parsed)
    prediction, _ = assess(document, "miit-2023")
    suggest(document, prediction, load_framework("miit-2023"))


try:
    warm()
except Exception:
    log.debug("the workers start cold", exc_info=True)
