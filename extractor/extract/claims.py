"""The applicant's own figures in running text: field, value, status, year, qualifier, place."""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from extractor.extract import context
from extractor.extract.bounds import end_of, quote, start_of
from extractor.extract.cues import cues
from extractor.extract.numbers import Figure, find_figures
from extractor.extract.paragraphs import Paragraph, body_paragraphs, cell_paragraphs
from extractor.extract.patterns import FieldMatch, field_for, unit_pattern
from extractor.extract.reasons import Rejected, Rejection
from extractor.extract.relations import (
    Found,
    drop_opened,
    drop_parts,
    drop_rates,
    resolve_subcounts,
    sum_parts,
)
from extractor.extract.repeats import merged_repeats
from extractor.extract.ruled_out import joined_rejects, level_noted, part_follows
from extractor.extract.segment import words_around
from extractor.extract.table_claims import all_table_claims, value_cells
from extractor.extract.totals import title_totals
from extractor.extract.years import is_future, list_year, year_for, year_number
from extractor.extract.zero_claims import zero_claims
from extractor.model import (
    Document,
    PredictedClaim,
    Qualifier,
    Status,
)

_QUALIFIER_REACH = 8  # characters either side of a figure whose words may bound it (不低于, 左右)
_BREAKDOWN_REACH = 24  # characters a bracketed breakdown may run, before and inside
_YEAR_NOUN = 8  # a paired noun this short holding a year is the year (2023年, 2024年上半年)
_BARE_CLAUSE = 1  # a clause this short, filler, cue words and years aside, names no field


@lru_cache(maxsize=64)
def _before(text: str, sentence: int) -> str:
    """The paragraph before a sentence, titles in 《》 left out: shared by its figures."""
    return cues().title.sub("", text[:sentence])


def _won_stock(sentence_before: str, block_before: str) -> bool:
    """截至目前，我市7家企业获得…认定: enterprises winning a title are the stock when the
    sentence says so and the paragraph names no batch (公布第二批…名单。…共有33家企业荣获…)."""
    found = cues()
    said = found.won_stock.search(sentence_before) is not None
    return said and found.intake.search(block_before + sentence_before) is None


def _in_range(text: str, figures: list[Figure]) -> set[int]:
    """Indices of figures that are one end of a range (20—25个, 300至400家)."""
    between = cues().range_between
    ends: set[int] = set()
    for i, (left, right) in enumerate(pairwise(figures)):
        if between.match(text[left.end : right.start]):
            ends.update((i, i + 1))
    return ends


def _is_quoted(text: str, figure: Figure) -> bool:
    """The figure sits in a short quotation: the rules quoted back, not a claim."""
    found = cues()
    return bool(
        found.quote_open.search(text[max(0, figure.start - 12) : figure.start])
        and found.quote_close.match(text[figure.end : figure.end + 12])
    )


def _is_definition(text: str, figure: Figure, clause: int) -> bool:
    """The 10 of 具备10个以上典型应用场景的工厂: part of what is counted, not a count."""
    found = cues()
    return bool(
        found.definition_before.search(text[clause : figure.start])
        or found.definition_after.match(text[figure.end : figure.end + 24])
    )


def _is_breakdown(text: str, figure: Figure, unit: str) -> bool:
    """3个项目入选5G工厂名录(2023年1个、2024年2个): a figure in brackets right after a count
    breaks that count down; it is no count of its own, unless the bracket names a field of its
    own for it (…9800个(每万人39.6个))."""
    opened = text.rfind("(", max(0, figure.start - _BREAKDOWN_REACH), figure.start)
    if opened < 0 or ")" in text[opened : figure.start]:
        return False
    counted = cues().breakdown_before.search(text, max(0, opened - _BREAKDOWN_REACH), opened)
    return counted is not None and field_for(text[opened + 1 : figure.start], unit) is None


def _is_bare(clause_before: str, applicant: str | None = None) -> bool:
    """A clause that, without its years, cue words, filler verbs (累计达到) and the applicant's
    name, names nothing: 标识解析二级节点 or 房地产开发企业 names a thing of its own and borrows
    no field."""
    found = cues()
    rest = clause_before
    if applicant:
        rest = rest.replace(applicant, "").replace(applicant[:-1], "")
    for pattern in (found.any_year, found.relative, found.target, found.actual, found.bare_filler):
        rest = pattern.sub("", rest)
    rest = "".join(c for c in rest if c.isalnum())
    return len(rest) <= _BARE_CLAUSE and not found.subcount.search(clause_before)


def paragraph_claims(
    document: Document,
    paragraph: Paragraph,
    facts: context.DocumentContext,
    rejected: list[Rejection] | None = None,
) -> list[PredictedClaim]:
    """Claims stated in one paragraph's sentences; ``facts`` are the document's defaults. The
    candidate figures (a count word after them: 个, 家, 亿元; years and the 5 of 5G are none)
    that no rule took, each with its reason, go into ``rejected`` where one is given."""
    text = paragraph.text(document)
    figures = find_figures(text)
    ranged = _in_range(text, figures)
    found: list[Found] = []
    for i, figure in enumerate(figures):
        if rejected is not None and _counted(text, figure) is None:
            outcome: Found | Rejected = _drop("no-count", figure)
        elif i in ranged:
            outcome = _drop("in-a-range", figure)
        elif _is_quoted(text, figure):
            outcome = _drop("quoted", figure)
        else:
            outcome = _claim(text, figures, i, (document, paragraph), facts)
        if isinstance(outcome, Found):
            found.append(outcome)
        elif rejected is not None and outcome.reason != "no-count":
            rejected.append(_rejection(document, paragraph, text, outcome))
    zeros = zero_claims(text, (document, paragraph), facts)
    kept = drop_opened(drop_parts(drop_rates(resolve_subcounts(found))))
    return [item.claim for item in sum_parts(kept, text)] + zeros


def _drop(reason: str, figure: Figure) -> Rejected:
    return Rejected(reason, figure.start, figure.end, figure.value)


def _rejection(
    document: Document, paragraph: Paragraph, text: str, rejected: Rejected
) -> Rejection:
    sentence = start_of(text, rejected.start, cues().data.sentence_breaks)
    end = end_of(text, rejected.end, cues().data.sentence_breaks)
    quoted = quote(text, sentence, end)
    return Rejection(
        figure=text[rejected.start : rejected.end],
        value=rejected.value,
        reason=rejected.reason,
        evidence=paragraph.evidence(document, rejected.start, rejected.end, quoted),
    )


def _field(
    text: str, figure: Figure, clause: int, sentence: int, unit: str, applicant: str | None
) -> tuple[FieldMatch, str] | None:
    """The field a figure counts, from its clause or, if the clause is bare, its sentence.

    Only a figure that ends its clause borrows the field named before: in 导致全市37家接入企业
    the words after the figure say what it counts, and they name no field.
    """
    clause_before = text[clause : figure.start]
    following = text[figure.end : figure.end + 40][len(unit) :]
    if cues().joined_before.search(clause_before) and not cues().clause_end.match(following):
        # 30个典型应用场景和100个标志性项目: a count joined on, with a noun of its own after it,
        # counts that noun, not the field named for the count before it
        clause_before = ""
    found = field_for(clause_before, unit, following)
    if found is not None:
        ruled_out = joined_rejects(text, clause, figure.start, found)
        return None if ruled_out or level_noted(following, found) else (found, "clause")
    if _is_bare(clause_before, applicant) and cues().clause_end.match(following):
        # 全市5G基站建设加快，累计达到1.2万个: the field is named one clause earlier
        found = field_for(text[sentence : figure.start], unit, following)
    return None if found is None else (found, "sentence")


def _qualifier(text: str, figure: Figure, unit_length: int) -> tuple[Qualifier, bool]:
    """The qualifier from the words just around the figure and its unit, and whether its bound
    includes the figure (以上)."""
    end = figure.end + unit_length
    window = text[max(0, figure.start - _QUALIFIER_REACH) : end + _QUALIFIER_REACH]
    if not context.may_qualify(window):
        return figure.bound or Qualifier.exact, False
    before, after = words_around(text, figure.start, end, _QUALIFIER_REACH)
    return context.bounded(before, after, figure.bound)


def _counted(text: str, figure: Figure) -> str | None:
    """The unit word after a figure, if the figure counts something."""
    after = text[figure.end : figure.end + 12]
    if context.is_not_count(after) or context.is_article(text[: figure.start], figure.text):
        return None
    unit = unit_pattern().match(after)
    if unit is not None:
        return unit.group(0)
    # 常住人口已达118万。: a figure in 万 ending its clause leaves its unit unsaid (""); only a
    # field marked unsaid_unit counts it
    ends = not after or after[0] in cues().data.clause_breaks
    return "" if ends and cues().unsaid_unit.search(figure.text) else None


def _respective_field(
    text: str, figures: list[Figure], index: int, clause: int, sentence: int
) -> FieldMatch | None:
    """分别达到41家和5家: the n-th figure after 分别 takes the field of the n-th of the counts
    listed just before it in the sentence (…中小企业18家、…“小巨人”企业2家)."""
    cue = cues().respectively.search(text, clause, figures[index].start)
    if cue is None:
        return None
    clause_end = end_of(text, cue.end(), cues().data.clause_breaks)
    together = [i for i, f in enumerate(figures) if cue.end() <= f.start < clause_end]
    listed = [
        i
        for i, f in enumerate(figures)
        if sentence <= f.start and f.end <= clause and _counted(text, f) is not None
    ][-len(together) :]
    if len(listed) != len(together) or index not in together:
        return None
    earlier = figures[listed[together.index(index)]]
    unit = _counted(text, earlier)
    start = start_of(text, earlier.start, cues().data.clause_breaks)
    return field_for(text[start : earlier.start], unit) if unit else None


def _paired(
    text: str, figures: list[Figure], index: int, sentence: int
) -> tuple[bool, FieldMatch | None]:
    """A、B、C数量分别达到20家、200家、800家: whether the figure is the n-th of counts paired by
    分别 with as many nouns named before it, and then the field of the n-th noun (None: that
    noun is no field; years paired so, 2023年、2024年分别有4个、7个, are each a year's intake)."""
    data = cues().data
    figure = figures[index]
    cue = None
    for found in cues().respectively.finditer(text, sentence, figure.start):
        cue = found
    if cue is None:
        return False, None
    run_end = end_of(text, cue.end(), data.growth_breaks)
    together = [
        f for f in figures if cue.end() <= f.start < run_end and unit_pattern().match(text, f.end)
    ]
    nouns_start = start_of(text, cue.start(), data.growth_breaks)
    nouns = [n for n in cues().part_joint.split(text[nouns_start : cue.start()]) if n]
    if figure not in together or len(together) < 2 or len(nouns) != len(together):
        return False, None
    noun = nouns[together.index(figure)]
    if cues().year.search(noun) and len(noun) <= _YEAR_NOUN:
        return True, None  # 2023年、2024年分别…: per year, not a stock
    unit = _counted(text, figure)
    return True, field_for(noun, unit) if unit else None


def _clauses_back(text: str, position: int, sentence: int, count: int = 3) -> int:
    """Where the ``count`` clauses ending at ``position`` start, within its sentence: a batch
    named there (工信部公示第七批…名单，我市入选3家) is the figure's, one named ten clauses
    back in a sentence of commas is not."""
    start = position
    for _ in range(count):
        start = start_of(text, max(start - 1, sentence), cues().data.growth_breaks)
    return max(start, sentence)


def _claim(
    text: str,
    figures: list[Figure],
    index: int,
    where: tuple[Document, Paragraph],
    facts: context.DocumentContext,
) -> Found | Rejected:
    data = cues().data
    document, paragraph = where
    figure = figures[index]
    if figure.start and text[figure.start - 1].isascii() and text[figure.start - 1].isalpha():
        return _drop("part-of-a-name", figure)  # 5G, A3
    unit = _counted(text, figure)
    if unit is None:
        return _drop("no-count", figure)
    clause = start_of(text, figure.start, data.clause_breaks)
    sentence = start_of(text, figure.start, data.sentence_breaks)
    clause_before = text[clause : figure.start]
    if _is_definition(text, figure, clause) or _is_breakdown(text, figure, unit):
        return _drop("definition", figure)
    clause_after = text[figure.end : end_of(text, figure.end, data.clause_breaks)]
    sentence_text = cues().title.sub("", text[sentence : figure.start])
    enumeration = text[start_of(text, figure.start, data.growth_breaks) : figure.start]
    subject = cues().title.sub("", context.subject_words(text, sentence, figure.start))
    if context.is_growth(enumeration):
        return _drop("growth", figure)
    if context.is_not_applicant(subject, facts.applicant):
        return _drop("other-subject", figure)
    near = cues().title.sub("", text[_clauses_back(text, figure.start, sentence) : figure.start])
    if context.is_intake(near + clause_after, enumeration):
        return _drop("intake", figure)
    end = end_of(text, figure.end, data.sentence_breaks)
    rest = text[figure.end : end]
    if cues().pending.search(clause_before + clause_after) or cues().pending_part.search(rest):
        return _drop("pending", figure)  # 全市1个项目拟入选…, 称号5项（含公示）: not selected yet
    if cues().unreached.search(clause_before) or cues().unreached_after.search(clause_after):
        return _drop("unreached", figure)  # 尚未达到35个, 距35个仍有差距, 5项的目标尚未完成
    if context.is_threshold(clause_before, clause_after):
        return _drop("threshold", figure)
    if part_follows(rest, facts.applicant):
        return _drop("part-of-a-whole", figure)  # 20个…场景中的17个, 8个项目中，我市占1个
    paired, noun = _paired(text, figures, index, sentence)
    if paired and noun is None:
        return _drop("paired-unnamed", figure)
    respective = noun or _respective_field(text, figures, index, clause, sentence)
    resolved = (respective, "respective") if respective else None
    resolved = resolved or _field(text, figure, clause, sentence, unit, facts.applicant)
    if resolved is None:
        return _drop("no-field", figure)
    found, how = resolved
    if unit == "" and how != "clause":
        return _drop("bare-figure", figure)  # a bare 366.68万
    block_before = _before(text, sentence)
    if found.trigger_id.endswith("/won-first") and not _won_stock(sentence_text, block_before):
        return _drop("won-in-a-batch", figure)  # 我市7家企业获得…认定
    block = paragraph.block_at(figure.start)
    heading = paragraph.section if paragraph.in_cell else block.heading
    status = context.status(sentence_text, block_before, heading, facts.years.actual)
    if cues().goal_after.search(clause_after) and not cues().reached_before.search(clause_before):
        status = Status.target  # 全市5家工厂将具备…: the goal's word after a count named first
    if context.is_period_flow(sentence_text, goal=status is Status.target):
        return _drop("period-flow", figure)
    year = year_for(sentence_text, block_before, status, facts.years, heading)
    if status is Status.actual:
        year = list_year(sentence_text, clause_after, facts.years.dated) or year
        dated = cues().bracket_as_of.match(text, figure.end + len(unit))
        year = year_number(dated.group(1)) if dated is not None else year  # 384.5万人（2024年末）
        said = cues().year_said_after.match(text, figure.end + len(unit))
        if dated is None and said is not None:  # 称号5项，均为2025年获得
            year = year_number(next(g for g in said.groups() if g))
    if status is Status.actual and is_future(sentence_text, year, facts.years.date):
        status = Status.target  # 2025年 in a plan dated 2024: a goal, whatever the verb
    evidence = paragraph.evidence(document, figure.start, figure.end, quote(text, sentence, end))
    qualifier, inclusive = _qualifier(text, figure, len(unit))
    claim = PredictedClaim(
        field=found.field.spec.field,
        value=figure.value * (found.field.spec.units[unit] if unit else 1.0),
        unit=found.field.spec.canonical_unit,
        status=status,
        year=year,
        qualifier=qualifier,
        inclusive=inclusive,
        page=evidence.page,
        confidence=context.confidence(how, block.origin),
        pattern_id=found.trigger_id if how == "clause" else f"{found.trigger_id}@{how}",
        evidence=(evidence,),
    )
    defining = found.field.defining
    return Found(
        claim,
        sentence,
        figure.start,
        figure.end + len(unit),
        clause_before,
        # 其中 anywhere before it in its sentence (…1065家，其中…两大产业规模以上企业86家)
        subcount=cues().subcount.search(text, sentence, figure.start) is not None,
        defining=defining is not None and defining.search(clause_before) is not None,
    )


def text_claims(
    document: Document,
    facts: context.DocumentContext,
    rejected: list[Rejection] | None = None,
) -> list[PredictedClaim]:
    """Claims in every paragraph, body or prose cell (value tables and page furniture are read
    elsewhere); ``facts`` are the document's defaults; the figures no rule took go into
    ``rejected`` where one is given."""
    found: list[PredictedClaim] = []
    prose = [*body_paragraphs(document), *cell_paragraphs(document, value_cells(document))]
    for paragraph in prose:
        found.extend(paragraph_claims(document, paragraph, facts, rejected))
    return found


def find_claims(
    document: Document, rejected: list[Rejection] | None = None
) -> list[PredictedClaim]:
    """All claims of a document, the same figure stated twice merged into one claim; the
    prose's candidate figures taken as no claim go into ``rejected`` where one is given."""
    facts = context.document_context(document)
    found = [
        *text_claims(document, facts, rejected),
        *all_table_claims(document, facts.years),
        *title_totals(document, facts.years.actual),
    ]
    return merged_repeats(document, found)
