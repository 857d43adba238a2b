"""Plain-text tables of a score report, for people; the JSON form is Report.as_dict()."""

from __future__ import annotations

from evaluation.gold import CONDITIONS
from evaluation.metrics import NO_PATTERN, NOT_FOUND, Counts, Summary
from evaluation.score import Report


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.1%}"


def _counts_row(name: str, counts: Counts, width: int = 26) -> str:
    return (
        f"  {name:<{width}} {counts.tp:>5} {counts.fp:>5} {counts.fn:>5}  "
        f"{_pct(counts.precision)} {_pct(counts.recall)} {_pct(counts.f1)}"
    )


def _header(width: int = 26) -> str:
    return f"  {'':<{width}} {'tp':>5} {'fp':>5} {'fn':>5}  {'prec':>6} {'recall':>6} {'F1':>6}"


def _pattern_lines(summary: Summary) -> list[str]:
    """Per pattern id, where the predictions name theirs; recall is the share of the field's
    gold claims the pattern finds (a field's patterns' recalls add up to the field's)."""
    if all(pattern == NO_PATTERN for _, pattern in summary.pattern_counts):
        return []
    patterns = summary.patterns
    width = max(26, *(len(name) for name in patterns))
    rows = [_counts_row(name, c, width) for name, c in patterns.items()]
    return ["claims per pattern", _header(width), *rows]


def _dropped_lines(summary: Summary) -> list[str]:
    """Missed claims by the rule that dropped their figure, where the predictions say (ours
    do with --errors); the rest were never found as figures of their field."""
    if set(summary.dropped) <= {NOT_FOUND}:
        return []
    rows = sorted(summary.dropped.items(), key=lambda item: (-item[1], item[0]))
    return ["missed claims by the rule that dropped them", *(f"  {r:<26} {n:>5}" for r, n in rows)]


def _summary_lines(summary: Summary) -> list[str]:
    header = _header()
    lines = [f"documents: {summary.documents}", "claims per field", header]
    lines += [_counts_row(name, c) for name, c in sorted(summary.fields.items())]
    lines.append(_counts_row("micro", summary.micro))
    lines.append(
        f"page accuracy: {_pct(summary.page_accuracy)} of {summary.pages_checked} matched claims"
    )
    lines += _pattern_lines(summary)
    lines += _dropped_lines(summary)
    lines += ["lists", header]
    lines += [_counts_row(name, c) for name, c in sorted(summary.lists.items())]
    lines.append(_counts_row("micro", summary.list_micro))
    lines.append("prescreen accuracy per condition")
    for condition in CONDITIONS:
        total = summary.verdict_total.get(condition, 0)
        if total:
            right = summary.verdict_right[condition]
            lines.append(
                f"  {condition:<26} {_pct(summary.accuracy(condition))}  ({right}/{total})"
            )
    lines.append(f"FALSE PASSES: {summary.false_passes}")
    if summary.invalid_predictions:
        lines.append(f"malformed predicted claims ignored: {summary.invalid_predictions}")
    return lines


def render(report: Report, errors: bool = False) -> str:
    """The report as tables: overall first, then each source kind, then errors if asked."""
    lines = ["== all documents ==", *_summary_lines(report.overall)]
    for kind, summary in sorted(report.by_kind.items()):
        lines += ["", f"== source kind: {kind} ==", *_summary_lines(summary)]
    for problem in report.bad_gold:
        lines.append(f"bad gold file: {problem}")
    if errors:
        lines += ["", "== errors =="]
        for document in report.documents:
            for row in document.errors:
                page = f"p{row.page}" if row.page else "-"
                quote = f"  «{row.quote}»" if row.quote else ""
                lines.append(f"{row.document}  {row.kind:<13} {page:>4}  {row.what}{quote}")
    return "\n".join(lines)
