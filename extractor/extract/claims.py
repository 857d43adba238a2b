"""The applicant's own figures in running text: field, value, status, year, qualifier, place."""

from __future__ import annotations

from extractor.extract import context
from extractor.extract.numbers import Figure, find_figures
from extractor.extract.patterns import cues, field_for, unit_pattern
from extractor.extract.tables import all_table_claims
from extractor.extract.years import year_for
from extractor.model import Block, BlockKind, Document, Evidence, PredictedClaim, Span

_QUOTE_CHARS = 60
_BARE_CLAUSE = 8  # a clause this short (累计达到) names no field of its own


def _start_of(text: str, position: int, breaks: str) -> int:
    """Index after the last break character before ``position``."""
    return max((text.rfind(b, 0, position) for b in breaks), default=-1) + 1


def _end_of(text: str, position: int, breaks: str) -> int:
    ends = [i for i in (text.find(b, position) for b in breaks) if i >= 0]
    return min(ends) if ends else len(text)


def _quote(text: str, start: int, end: int) -> str:
    return text[start:end].strip()[:_QUOTE_CHARS]


def block_claims(
    document: Document, block: Block, facts: context.DocumentContext
) -> list[PredictedClaim]:
    """Claims stated in one text block's sentences; ``years`` are the document's defaults."""
    text = document.text[block.span.start : block.span.end]
    data = cues().data
    found: list[PredictedClaim] = []
    for figure in find_figures(text):
        claim = _claim(text, figure, block, data.clause_breaks, data.sentence_breaks, facts)
        if claim is not None:
            found.append(claim)
    return found


def _claim(
    text: str,
    figure: Figure,
    block: Block,
    clause_breaks: str,
    sentence_breaks: str,
    facts: context.DocumentContext,
) -> PredictedClaim | None:
    after = text[figure.end : figure.end + 12]
    if context.is_not_count(after) or (
        figure.start and text[figure.start - 1].isascii() and text[figure.start - 1].isalpha()
    ):
        return None
    unit = unit_pattern().match(after)
    if unit is None:
        return None
    clause = _start_of(text, figure.start, clause_breaks)
    sentence = _start_of(text, figure.start, sentence_breaks)
    clause_before = text[clause : figure.start]
    clause_after = text[figure.end : _end_of(text, figure.end, clause_breaks)]
    sentence_text = cues().title.sub("", text[sentence : figure.start])
    if context.is_growth(clause_before) or context.is_not_applicant(sentence_text, facts.applicant):
        return None
    if context.is_threshold(clause_after):
        return None
    following = after[unit.end() :] + text[figure.end + 12 : figure.end + 40]
    found = field_for(clause_before, unit.group(0), following)
    short = len(clause_before) <= _BARE_CLAUSE
    if found is None and short and not cues().subcount.search(clause_before):
        # 全市5G基站建设加快，累计达到1.2万个: the field is named one clause earlier
        found = field_for(text[sentence : figure.start], unit.group(0), following)
    if found is None:
        return None
    status = context.status(sentence_text, cues().title.sub("", text[:sentence]), block.heading)
    year = year_for(sentence_text, status, facts.years)
    rest = after[unit.end() :]
    end = _end_of(text, figure.end, sentence_breaks)
    start = block.span.start + figure.start
    return PredictedClaim(
        field=found.field.spec.field,
        value=figure.value * found.field.spec.units[unit.group(0)],
        status=status,
        year=year,
        qualifier=context.qualifier(clause_before, rest, figure.more),
        page=block.page,
        pattern_id=found.trigger_id,
        evidence=(
            Evidence(
                page=block.page,
                block=block.index,
                span=Span(start=start, end=block.span.start + figure.end),
                quote=_quote(text, sentence, end),
            ),
        ),
    )


def text_claims(document: Document) -> list[PredictedClaim]:
    """Claims in every body text block (tables and page furniture are read elsewhere)."""
    kinds = (BlockKind.paragraph, BlockKind.list_item, BlockKind.heading)
    facts = context.document_context(document.text)
    found: list[PredictedClaim] = []
    for block in document.blocks:
        if block.kind in kinds:
            found.extend(block_claims(document, block, facts))
    return found


def _key(claim: PredictedClaim) -> tuple[str, str, int | None, float]:
    return (claim.field, claim.status.value, claim.year, round(claim.value, 6))


def find_claims(document: Document) -> list[PredictedClaim]:
    """All claims of a document, the same figure stated twice merged into one claim."""
    merged: dict[tuple[str, str, int | None, float], PredictedClaim] = {}
    for claim in [*text_claims(document), *all_table_claims(document)]:
        key = _key(claim)
        if key in merged:
            first = merged[key]
            merged[key] = first.model_copy(update={"evidence": first.evidence + claim.evidence})
        else:
            merged[key] = claim
    return list(merged.values())
