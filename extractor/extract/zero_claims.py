"""Counts stated as none: 暂无企业入选5G工厂名录 is a claim of 0, with no numeral to find.

A none-statement (暂无, 尚无, a label answered 无) counts the field named after it in its
clause, else the one named in the clause before it, as patterns/claims/context.yaml's
``zero`` cues and the fields' ``zero_stock`` say.
"""

from __future__ import annotations

import re

from extractor.extract import context
from extractor.extract.bounds import end_of, quote, start_of
from extractor.extract.cues import cues
from extractor.extract.paragraphs import Paragraph
from extractor.extract.patterns import FieldMatch, field_for, fields_in
from extractor.extract.years import year_for
from extractor.model import Document, PredictedClaim, Status


def _zero_fields(text: str, cue: re.Match[str], sentence: int) -> list[FieldMatch]:
    """What a none-statement counts: the fields named after 暂无 in its clause, else the one
    named in the clause before it (工业互联网试点示范（5G工厂方向）方面，我市暂无项目入选), or,
    for a label answered 无, the label (…项目：无)."""
    data = cues().data
    if cue.re is cues().zero_after:
        label = text[max(sentence, start_of(text, cue.start(), data.sentence_breaks)) : cue.start()]
        found = field_for(label)
        return [found] if found else []
    clause_end = end_of(text, cue.end(), data.clause_breaks)
    named = fields_in(text[cue.start() : clause_end])
    if cue.re is cues().zero_stock:
        return [found for found in named if found.field.spec.zero_stock]
    if named:
        return named
    found = field_for(text[sentence : cue.start()])
    return [found] if found else []


def zero_claims(
    text: str, where: tuple[Document, Paragraph], facts: context.DocumentContext
) -> list[PredictedClaim]:
    """暂无企业入选5G工厂名录: a count stated as none is a claim of 0, with no numeral."""
    data = cues().data
    document, paragraph = where
    claims: list[PredictedClaim] = []
    cues_found = [
        *cues().zero.finditer(text),
        *cues().zero_stock.finditer(text),
        *cues().zero_after.finditer(text),
    ]
    for cue in cues_found:
        clause_end = end_of(text, cue.end(), data.clause_breaks)
        sentence = start_of(text, cue.start(), data.sentence_breaks)
        sentence_text = cues().title.sub("", text[sentence : cue.start()])
        if context.is_not_applicant(sentence_text, facts.applicant):
            continue
        quoted = quote(text, sentence, clause_end)
        evidence = paragraph.evidence(document, cue.start(), cue.end(), quoted)
        for found in _zero_fields(text, cue, sentence):
            claims.append(
                PredictedClaim(
                    field=found.field.spec.field,
                    value=0.0,
                    unit=found.field.spec.canonical_unit,
                    status=Status.actual,
                    year=year_for(sentence_text, text[:sentence], Status.actual, facts.years),
                    page=evidence.page,
                    confidence=context.confidence("zero", paragraph.block_at(cue.start()).origin),
                    pattern_id=f"{found.trigger_id}@zero",
                    evidence=(evidence,),
                )
            )
    return claims
