"""Pre-screen results: a verdict per non-deviable condition, form checks, one row per file."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, SkipValidation

from extractor.model.prediction import Evidence, Prediction


class Verdict(StrEnum):
    """A condition's verdict, spelled as gold/v1 spells it."""

    passed = "pass"
    failed = "fail"
    unclear = "unclear"


class ConditionVerdict(BaseModel):
    """One condition's verdict with the reason (Chinese, for the reviewer) and its evidence.

    A ``pass`` always has evidence; ``unclear`` says what is missing.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")
    key: str
    name: str
    verdict: Verdict
    reason: str
    evidence: tuple[Evidence, ...] = ()


class SectionCheck(BaseModel):
    """One 申报表 section: found or not, and its length against its word limit."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    id: str
    title: str
    present: bool
    chars: int = 0
    max_chars: int | None = None

    @property
    def within_limit(self) -> bool:
        return self.max_chars is None or self.chars <= self.max_chars


class FormCheck(BaseModel):
    """Completeness of a 申报表 submission (seed 001), reported beside the verdicts."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    is_form: bool = Field(description="the document reads as a 申报表 at all")
    sections: tuple[SectionCheck, ...] = ()
    contacts_filled: bool = False
    missing_contacts: tuple[str, ...] = ()
    commitment: bool = False
    opinions: tuple[str, ...] = ()
    missing_opinions: tuple[str, ...] = ()


class SubmissionResult(BaseModel):
    """One file of a batch: its prediction and verdicts, or the typed error that stopped it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    path: str
    framework: str
    pages: int = 0
    error_kind: str | None = None
    error: str | None = None
    prediction: Prediction | None = None
    verdicts: tuple[ConditionVerdict, ...] = ()
    form: FormCheck | None = None
    seconds: float = Field(default=0.0, description="from queueing the file to its verdicts")

    @property
    def failed(self) -> bool:
        return self.error is not None


class BatchReport(BaseModel):
    """A pre-screen over a folder: every submission, in path order."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    root: str
    framework: str
    conditions: tuple[tuple[str, str], ...] = Field(description="(key, 中文 name) in order")
    # a tuple, or a batch's Spool (read back one at a time, not validated again)
    submissions: Annotated[Sequence[SubmissionResult], SkipValidation]
    seconds: float = 0.0
    generated_at: datetime | None = Field(default=None, description="when the batch ended, UTC")
    version: str = Field(default="", description="the extractor's version that made it")


def overall(verdicts: list[Verdict]) -> Verdict | None:
    """One result for a submission: failed if any condition failed, passed only if every one
    passed, else unclear (a reviewer decides); None without verdicts."""
    if not verdicts:
        return None
    if Verdict.failed in verdicts:
        return Verdict.failed
    if all(verdict is Verdict.passed for verdict in verdicts):
        return Verdict.passed
    return Verdict.unclear
