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
from extractor.model.framework import (
    Comparison,
    Condition,
    ConditionKind,
    Form,
    FormSection,
    Framework,
    Indicator,
    Requirement,
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
from extractor.model.suggestion import Suggestion, SuggestionKind
from extractor.model.verdict import (
    BatchReport,
    ConditionVerdict,
    FormCheck,
    SectionCheck,
    SubmissionResult,
    Verdict,
)

__all__ = [
    "Agreement",
    "BatchReport",
    "Block",
    "BlockKind",
    "Box",
    "Cell",
    "CharBox",
    "Comparison",
    "Condition",
    "ConditionKind",
    "ConditionVerdict",
    "Document",
    "Evidence",
    "Form",
    "FormCheck",
    "FormSection",
    "Framework",
    "FurnitureRole",
    "Indicator",
    "Origin",
    "ParsedDocument",
    "PredictedClaim",
    "Prediction",
    "Qualifier",
    "RawBlock",
    "RawCell",
    "Reconciliation",
    "Requirement",
    "SectionCheck",
    "SourceFormat",
    "Span",
    "Status",
    "SubmissionResult",
    "Suggestion",
    "SuggestionKind",
    "Verdict",
    "Warning",
]
