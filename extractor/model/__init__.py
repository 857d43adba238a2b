"""Shared pydantic types of the pipeline."""

from extractor.model.document import (
    Block,
    BlockKind,
    Cell,
    Document,
    FurnitureRole,
    Origin,
    SourceFormat,
    Warning,
)
from extractor.model.raw import CharBox, ParsedDocument, RawBlock, RawCell
from extractor.model.span import Box, Span

__all__ = [
    "Block",
    "BlockKind",
    "Box",
    "Cell",
    "CharBox",
    "Document",
    "FurnitureRole",
    "Origin",
    "ParsedDocument",
    "RawBlock",
    "RawCell",
    "SourceFormat",
    "Span",
    "Warning",
]
