"""Why a figure in prose is not a claim: each filter of extract/claims.py names its reason.

``extractor extract FILE --explain`` lists every figure of the document's prose that became no
claim, with its reason and its place, so a reviewer or an engineer sees which rule dropped it.
The reasons are catalogue messages (Chinese by default).
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from extractor.language import N_, _
from extractor.model import Evidence

REASONS: dict[str, str] = {
    "in-a-range": N_("one end of a range (20—25个)"),
    "quoted": N_("inside a short quotation (“不少于5项”)"),
    "part-of-a-name": N_("part of a name (5G, A3)"),
    "no-count": N_("no unit or count word after it"),
    "definition": N_("a definition or a breakdown, not a count"),
    "growth": N_("a growth, share or rate, not a stock"),
    "other-subject": N_("another place's or body's figure (a province, the nation, an operator)"),
    "intake": N_("one batch's or year's intake, not the stock"),
    "pending": N_("not selected yet (拟入选, 候选, 申报): no count achieved"),
    "unreached": N_("not reached or only supposed (尚未达到, 距…仍有差距, 若…)"),
    "threshold": N_("a threshold or requirement quoted, not a claim"),
    "part-of-a-whole": N_("the whole a count is part of (20个…中的17个)"),
    "paired-unnamed": N_("one of figures listed respectively, its noun not found"),
    "no-field": N_("no field named in its clause or sentence"),
    "bare-figure": N_("a bare figure takes its field from its own clause only"),
    "won-in-a-batch": N_("titles won in one batch, not said to be the stock"),
    "period-flow": N_("a flow over a period (每年, 累计培训…人次), not a stock"),
}


@dataclass(frozen=True, slots=True)
class Rejected:
    """A figure the filters dropped: which rule, and the figure's span in its paragraph."""

    reason: str
    start: int
    end: int
    value: float

    def __post_init__(self) -> None:
        if self.reason not in REASONS:
            raise ValueError(f"unknown reason {self.reason!r}")


class Rejection(BaseModel):
    """A figure of the prose that is no claim, as --explain shows it."""

    model_config = ConfigDict(frozen=True)
    figure: str
    value: float  # as written, 万 and 亿 applied (8.6万 -> 86000), before any unit's factor
    reason: str
    evidence: Evidence

    @property
    def why(self) -> str:
        """The reason in the reader's words."""
        return _(REASONS[self.reason])
