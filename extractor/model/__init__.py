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
from extractor.model.prediction import (
    Agreement,
    Evidence,
    PredictedClaim,
    Prediction,
    Qualifier,
    Reconciliation,
    Status,
)
from extractor.model.raw import CharBox, ParsedDocument, RawBlock, RawCell
from extractor.model.span import Box, Span

__all__ = [
    "Agreement",
    "Block",
    "BlockKind",
    "Box",
    "Cell",
    "CharBox",
    "Document",
    "Evidence",
    "FurnitureRole",
    "Origin",
    "ParsedDocument",
    "PredictedClaim",
    "Prediction",
    "Qualifier",
    "RawBlock",
    "RawCell",
    "Reconciliation",
    "SourceFormat",
    "Span",
    "Status",
    "Warning",
]
