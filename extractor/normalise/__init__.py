"""Normalisation: parsed blocks → one normalised text with an exact offset map."""

from extractor.normalise.assemble import build_document, normalise_text
from extractor.normalise.offsets import Location, OffsetMap

__all__ = ["Location", "OffsetMap", "build_document", "normalise_text"]
