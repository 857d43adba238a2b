"""The batch report as JSON: a list of gold/v1 predictions, one per file, that the scorer reads."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path, PurePath
from typing import Any

from extractor.model.verdict import BatchReport, SubmissionResult


def submission_json(submission: SubmissionResult) -> dict[str, Any]:
    """One file in the gold/v1 prediction shape, plus verdicts, form check and evidence.

    A failed file keeps an object (document, framework, error) and has no ``prescreen``, so
    the scorer counts its claims and verdicts as missing rather than losing the file.
    """
    head: dict[str, Any] = {
        "document": PurePath(submission.path).name,
        "path": submission.path,
        "framework": submission.framework,
    }
    if submission.failed:
        return {**head, "error_kind": submission.error_kind, "error": submission.error}
    prediction = submission.prediction
    body: dict[str, Any] = prediction.model_dump(mode="json") if prediction else {}
    prescreen = {v.key: v.verdict.value for v in submission.verdicts}
    if not prescreen and prediction is not None and prediction.prescreen:
        prescreen = dict(prediction.prescreen)
    verdicts = {
        v.key: v.model_dump(mode="json", include={"name", "verdict", "reason", "evidence"})
        for v in submission.verdicts
    }
    form = submission.form.model_dump(mode="json") if submission.form else None
    return {
        "claims": [],
        "lists": {},
        **body,
        **head,
        "pages": submission.pages,
        "prescreen": prescreen,
        "verdicts": verdicts,
        "form": form,
    }


def write_json(report: BatchReport, path: Path) -> None:
    """Write the batch as one JSON list; `extractor score gold/ batch.json` scores it as is.

    One submission at a time (a batch's are read back from its spool), the same bytes as
    dumping the whole list at once."""
    with path.open("w", encoding="utf-8") as out:
        out.write("[")
        for number, submission in enumerate(report.submissions):
            item = json.dumps(
                submission_json(submission), ensure_ascii=False, sort_keys=True, indent=2
            )
            out.write(("," if number else "") + "\n" + textwrap.indent(item, "  "))
        out.write("\n]\n" if report.submissions else "]\n")
