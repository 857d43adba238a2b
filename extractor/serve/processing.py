"""What processing a submission yields: parse, pre-screen, suggest, worked out in one job.

The job queue (extractor.serve.queue) runs ``read_submission`` in a worker process with the
per-document timeout and memory cap (extractor.bounded) and stores the Result it returns."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from extractor.model import (
    ConditionVerdict,
    Document,
    FormCheck,
    Framework,
    Prediction,
    Suggestion,
)
from extractor.serve.db_tables import Submission
from extractor.serve.view import DocumentView, Rect
from extractor.settings import Limits


class Result(BaseModel):
    """What a processed submission holds for the page: verdicts, form completeness,
    suggestions with their rectangles on the page, the prediction and the document's view."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    prediction: Prediction
    verdicts: tuple[ConditionVerdict, ...] = ()
    form: FormCheck | None = None
    suggestions: tuple[Suggestion, ...] = ()
    rects: dict[str, tuple[Rect, ...]] = {}
    view: DocumentView | None = None


def suggestion_key(suggestion: Suggestion) -> str:
    """A stable id of a suggestion within its submission: indicator, kind and where it is."""
    span = suggestion.evidence.span
    return f"{suggestion.indicator}:{suggestion.kind}:{span.start}-{span.end}"


def verdict_key(index: int) -> str:
    """The key a verdict's evidence rectangles are kept under (beside the suggestions')."""
    return f"verdict:{index}"


def printed_path(data_dir: Path, submission_id: int) -> Path:
    """Where a DOCX submission's print by LibreOffice is kept: its pages are the panel's."""
    return data_dir / "printed" / f"{submission_id}.pdf"


def _result(
    document: Document,
    path: Path,
    framework: Framework,
    prediction: Prediction,
    verdicts: list[ConditionVerdict],
    found: list[Suggestion],
    printed: Path | None,
) -> Result:
    """Everything the page will ask for, worked out once while the parsed document is at hand."""
    from extractor.prescreen.form import check_form
    from extractor.serve.view import document_view, evidence_rects

    rects = {suggestion_key(s): evidence_rects(document, s.evidence) for s in found}
    for index, verdict in enumerate(verdicts):
        boxes = [evidence_rects(document, evidence) for evidence in verdict.evidence]
        rects[verdict_key(index)] = tuple(rect for some in boxes for rect in some)
    return Result(
        prediction=prediction,
        verdicts=tuple(verdicts),
        form=check_form(document, framework.form) if framework.form else None,
        suggestions=tuple(found),
        rects=rects,
        view=document_view(document, path, printed),
    )


def read_submission(
    path: Path, limits: Limits, *, framework_id: str, printed: Path | None = None
) -> Result:
    """A stored file's Result: parsed, judged and matched (run in its worker); a DOCX's print
    kept at ``printed``, for its page images."""
    from extractor.match.frameworks import load_framework
    from extractor.match.matcher import suggest
    from extractor.pipeline import assess, parse_in_process

    document = parse_in_process(path, limits, printed=printed)
    framework = load_framework(framework_id)
    prediction, verdicts = assess(document, framework_id)
    found = suggest(document, prediction, framework)
    return _result(document, path, framework, prediction, verdicts, found, printed)


def load_result(row: Submission) -> Result | None:
    return None if row.result_json is None else Result.model_validate(json.loads(row.result_json))
