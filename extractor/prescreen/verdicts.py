"""A verdict per non-deviable condition, each with a reason in Chinese that cites its evidence.

例：每万人拥有5G基站数 36.8个（截至2023年，第3页）＞30. Never a pass without evidence; in
doubt, unclear.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from extractor.extract.cues import cues
from extractor.extract.dates import DocumentDate, body_text, document_date
from extractor.labels import field_name, list_name, unit_word
from extractor.model import (
    Agreement,
    ConditionKind,
    ConditionVerdict,
    Document,
    Evidence,
    Framework,
    PredictedClaim,
    Prediction,
    Qualifier,
    Verdict,
)
from extractor.model.framework import Condition
from extractor.model.pattern_files import load_translated
from extractor.prescreen.conditions import Finding, combine, judge
from extractor.prescreen.declarations import Declarations, find_declarations
from extractor.prescreen.enumeration import lesser_title


class _Label(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    name: str
    unit: str


class _Reasons(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")
    comparisons: dict[str, str]
    negated: dict[str, str]
    qualifiers: dict[str, str]
    derived: str
    named: str
    as_of: str
    target_year: str
    no_year: str
    page: str
    page_after: str
    derived_when: str
    joiner: str
    templates: dict[str, str]


def _label(field: str) -> _Label:
    """The field's name and unit word, shared with the reports and the panel."""
    return _Label(name=field_name(field), unit=unit_word(field))


def _reasons() -> _Reasons:
    """The words of the reasons in the reader's language."""
    return load_translated("prescreen/reasons.yaml", _Reasons)


def _page(evidence: tuple[Evidence, ...], after: bool = False) -> str:
    """第3页 (with ``after``, as it follows other words: ，第3页): the page of the first piece
    of evidence, or nothing."""
    page = evidence[0].page if evidence else None
    words = _reasons()
    return "" if page is None else (words.page_after if after else words.page).format(page=page)


def _where(evidence: tuple[Evidence, ...]) -> str:
    """The page as it ends a figure's or an item's brackets: ，第3页."""
    return _page(evidence, after=True)


def _figure(claim: PredictedClaim) -> str:
    words = _reasons()
    label = _label(claim.field)
    when = words.as_of.format(year=claim.year) if claim.year else words.no_year
    if claim.derived:
        how = (
            words.named
            if claim.pattern_id and claim.pattern_id.endswith("/named")
            else words.derived
        )
        when = words.derived_when.format(how=how, when=when)
    value = f"{claim.value:g}"
    kind = claim.qualifier.value
    if claim.inclusive and claim.qualifier is Qualifier.over:
        kind = Qualifier.at_least.value  # 30个以上 says "at least 30", not "over 30"
    qualifier = words.qualifiers.get(kind, "")
    return words.templates["figure"].format(
        label=label.name,
        qualifier=qualifier,
        value=value,
        unit=label.unit,
        when=when,
        where=_where(claim.evidence),
    )


def _reason(finding: Finding) -> str:
    words = _reasons()
    requirement = finding.requirement
    threshold = f"{requirement.threshold:g}"
    symbol = words.comparisons[requirement.comparison.value]
    if requirement.list is not None:
        name = list_name(requirement.list)
        if not finding.names:
            return words.templates["policy_none"] if requirement.list == "policy_documents" else ""
        template = "list_pass" if finding.outcome is Verdict.passed else "list_short"
        return words.templates[template].format(
            list=name,
            count=len(finding.names),
            first=finding.names[0],
            where=_where(finding.items),
            symbol=symbol,
            threshold=threshold,
        )
    assert requirement.field is not None
    label = _label(requirement.field)
    if finding.claim is None:
        target = finding.target
        if target is not None:
            when = words.target_year.format(year=target.year) if target.year else words.no_year
            return words.templates["target_only"].format(
                label=label.name, value=f"{target.value:g}", unit=label.unit, when=when
            )
        return words.templates["none"].format(label=label.name)
    figure = _figure(finding.claim)
    template = {Verdict.passed: "pass", Verdict.failed: "fail"}.get(finding.outcome, "borderline")
    return words.templates[template].format(
        figure=figure,
        symbol=symbol,
        negated=words.negated[requirement.comparison.value],
        threshold=threshold,
        rule=requirement.text,
    )


def _disagreements(condition: Condition, prediction: Prediction) -> list[str]:
    """The stated count beside its named list, where the two disagree (reconciliation)."""
    words = _reasons()
    fields = {r.field for r in condition.any_of if r.field is not None}
    notes = []
    for pair in prediction.reconciliation:
        if set(pair.fields) & fields and pair.agreement is Agreement.list_larger:
            name = list_name(pair.list)
            detail = words.templates["disagree"].format(
                list=name, listed=pair.listed, stated=f"{pair.stated:g}"
            )
            notes.append(words.templates["conflict"].format(detail=detail))
    return notes


def _lesser(document: Document, findings: list[Finding]) -> str | None:
    """A lesser title named in the enumeration after the stated count that decided."""
    claims = [f.claim for f in findings if f.claim is not None and not f.claim.derived]
    return next((w for c in claims if (w := lesser_title(document, c))), None)


def _unanchored(document: Document, findings: list[Finding], date: DocumentDate | None) -> bool:
    """A pass that rests on named items alone (no count stated) in a text that gives no date
    and names no year: nothing shows the items were won in time (the form asks for 2023年及
    以前), so a reviewer must check them."""
    named = all(f.requirement.list is not None or (f.claim and f.claim.derived) for f in findings)
    return named and date is None and cues().any_year.search(document.text) is None


def _counts_verdict(
    condition: Condition,
    prediction: Prediction,
    declarations: Declarations,
    document: Document,
    date: DocumentDate | None = None,
) -> ConditionVerdict:
    findings = [judge(r, prediction, date) for r in condition.any_of]
    if any(f.claim is not None for f in findings):
        # a stated count decides; named items stand in for it only where no count is stated
        findings = [f for f in findings if f.requirement.list is None]
    verdict = combine(findings)
    deciding = [f for f in findings if f.outcome is verdict] or findings
    evidence = tuple(e for f in deciding for e in f.evidence)
    reasons = [r for f in deciding if (r := _reason(f))]
    words, joiner = _reasons().templates, _reasons().joiner
    if verdict is Verdict.passed and not evidence:
        verdict = Verdict.unclear  # never a pass without evidence
    if verdict is Verdict.passed and _unanchored(document, deciding, date):
        verdict = Verdict.unclear  # 列明6项 in a form with no date and no year anywhere
        reasons = [words["undated"].format(reason=joiner.join(reasons))]
    lesser = _lesser(document, deciding) if verdict is Verdict.passed else None
    if lesser is not None:
        verdict = Verdict.unclear  # 称号5项，具体为：…“链洲”计划三星级园区（产业联盟）
        reasons = [words["lesser"].format(reason=joiner.join(reasons), wording=lesser)]
    denied = condition.fails_when_denied and declarations.policy_absent
    if denied and verdict is not Verdict.passed:
        evidence = (declarations.policy_absent[0],)
        verdict = Verdict.failed
        reasons = [words["policy_absent"].format(where=_page(evidence))]
    reasons += _disagreements(condition, prediction)
    return ConditionVerdict(
        key=condition.key,
        name=condition.name,
        verdict=verdict,
        reason=joiner.join(reasons) or words["none"].format(label=condition.name),
        evidence=evidence,
    )


def _declaration_verdict(condition: Condition, declarations: Declarations) -> ConditionVerdict:
    words = _reasons().templates
    if declarations.incident_reported or declarations.false_reported:
        reported = (declarations.incident_reported or declarations.false_reported)[0]
        template = "incident_reported" if declarations.incident_reported else "false_reported"
        reason = words[template].format(quote=reported.quote, where=_page((reported,)))
        return ConditionVerdict(
            key=condition.key,
            name=condition.name,
            verdict=Verdict.failed,
            reason=reason,
            evidence=(reported,),
        )
    if declarations.incident_denied and declarations.false_denied:
        evidence = (declarations.incident_denied[0], declarations.false_denied[0])
        reason = words["declaration_pass"].format(where=_page(evidence))
        return ConditionVerdict(
            key=condition.key,
            name=condition.name,
            verdict=Verdict.passed,
            reason=reason,
            evidence=evidence,
        )
    partial = declarations.incident_denied or declarations.false_denied
    if partial:
        what = words["declared_incident" if declarations.incident_denied else "declared_truth"]
        reason = words["declaration_partial"].format(what=what)
    else:
        reason = words["declaration_none"]
    return ConditionVerdict(
        key=condition.key,
        name=condition.name,
        verdict=Verdict.unclear,
        reason=reason,
        evidence=tuple(partial[:1]),
    )


def prescreen(
    document: Document, prediction: Prediction, framework: Framework
) -> list[ConditionVerdict]:
    """The framework's non-deviable conditions judged on one document and its prediction."""
    declarations = find_declarations(document)
    date = document_date(body_text(document))
    return [
        _declaration_verdict(condition, declarations)
        if condition.kind is ConditionKind.declaration
        else _counts_verdict(condition, prediction, declarations, document, date)
        for condition in framework.conditions
    ]
