"""What a submission declares of itself: no special policy yet, incidents and false material.

The declaration conditions are read from statements, not figures: 尚未出台…专项政策 fails the
policy condition; 未发生重大网络安全事件和重大安全生产事故 together with 申报材料真实有效 (or the
真实性承诺) passes the incident condition, and a major incident reported fails it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from pydantic import BaseModel, ConfigDict

from extractor.model import BlockKind, Document, Evidence, Span
from extractor.model.pattern_files import load_cached
from extractor.normalise.offsets import OffsetMap

_QUOTE_CHARS = 60


class _DeclarationFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    clause_breaks: str
    title_chars: int
    sentence_ends: str
    policy_absent: str
    incident: str
    false_material: str
    negation: str
    occurred: str
    prevention: str
    truthful: str


@dataclass(frozen=True, slots=True)
class _Cues:
    data: _DeclarationFile
    patterns: dict[str, re.Pattern[str]]


@cache
def _cues() -> _Cues:
    data = load_cached("prescreen/declarations.yaml", _DeclarationFile)
    texts = ("clause_breaks", "title_chars", "sentence_ends")
    names = [name for name in _DeclarationFile.model_fields if name not in texts]
    return _Cues(data, {name: re.compile(getattr(data, name)) for name in names})


@dataclass(slots=True)
class Declarations:
    """The statements found, each with its evidence."""

    policy_absent: list[Evidence] = field(default_factory=list)
    incident_denied: list[Evidence] = field(default_factory=list)
    incident_reported: list[Evidence] = field(default_factory=list)
    false_denied: list[Evidence] = field(default_factory=list)
    false_reported: list[Evidence] = field(default_factory=list)


def _evidence(document: Document, offsets: OffsetMap, start: int, end: int) -> Evidence:
    block = offsets.block_at(start)
    clause = document.text[start:end]
    return Evidence(
        page=block.page if block else None,
        block=block.index if block else 0,
        span=Span(start=start, end=end),
        quote=clause.strip()[:_QUOTE_CHARS],
    )


def _clauses(text: str, breaks: str) -> list[tuple[int, int]]:
    pattern = re.compile(f"[^{re.escape(breaks)}]+")
    return [m.span() for m in pattern.finditer(text)]


def _judge(clause: str, mention: re.Match[str]) -> str | None:
    """``denied``, ``reported`` or None for one mention, from the words before it."""
    cues = _cues().patterns
    before = clause[: mention.start()]
    if cues["negation"].search(before):
        return "denied"
    if cues["occurred"].search(before) and not cues["prevention"].search(clause):
        return "reported"
    return None


def _statements(document: Document) -> list[tuple[int, int]]:
    """Spans of body blocks that state something: not furniture, headings or bare titles."""
    data = _cues().data
    spans = []
    for block in document.blocks:
        if block.kind in (BlockKind.furniture, BlockKind.heading):
            continue
        text = document.text[block.span.start : block.span.end].strip()
        is_title = len(text) <= data.title_chars and not any(
            end in text for end in data.sentence_ends
        )
        if not is_title:
            spans.append((block.span.start, block.span.end))
    return spans


def find_declarations(document: Document) -> Declarations:
    """Every declaration statement of the document's body text, in reading order."""
    cues = _cues()
    offsets = OffsetMap(document)
    found = Declarations()
    text = document.text
    for block_start, block_end in _statements(document):
        for start, end in _clauses(text[block_start:block_end], cues.data.clause_breaks):
            start, end = block_start + start, block_start + end
            clause = text[start:end]
            here = _evidence(document, offsets, start, end)
            if cues.patterns["policy_absent"].search(clause):
                found.policy_absent.append(here)
            for name, denied, reported in (
                ("incident", found.incident_denied, found.incident_reported),
                ("false_material", found.false_denied, found.false_reported),
            ):
                judged = {_judge(clause, m) for m in cues.patterns[name].finditer(clause)}
                if "denied" in judged:  # the clause once, however many mentions it names
                    denied.append(here)
                if "reported" in judged:
                    reported.append(here)
            if cues.patterns["truthful"].search(clause):
                found.false_denied.append(here)
    return found
