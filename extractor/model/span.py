"""Half-open character spans into a document's normalised text, and page boxes."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, NonNegativeInt, model_validator


class Span(BaseModel):
    """Half-open [start, end) into Document.text, the normalised text."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    start: NonNegativeInt
    end: NonNegativeInt

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self

    def __len__(self) -> int:
        return self.end - self.start


class Box(BaseModel):
    """A rectangle on a PDF page in points, origin top-left (pdfplumber's convention)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    x0: float
    top: float
    x1: float
    bottom: float

    def union(self, other: Box) -> Box:
        """The smallest box holding both, for highlighting a span over several characters."""
        return Box(
            x0=min(self.x0, other.x0),
            top=min(self.top, other.top),
            x1=max(self.x1, other.x1),
            bottom=max(self.bottom, other.bottom),
        )
