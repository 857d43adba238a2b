"""Processing an uploaded submission in the background: parse, pre-screen, suggest, store."""

from __future__ import annotations

import json
import logging
import threading
import traceback
from pathlib import Path

from pydantic import BaseModel, ConfigDict
from sqlalchemy.orm import Session, sessionmaker

from extractor.errors import INTERNAL_ERROR, DocumentError, error_kind
from extractor.model import ConditionVerdict, Prediction, Suggestion
from extractor.serve.tables import Submission

log = logging.getLogger(__name__)
# one submission's extraction at a time: the NLP pipeline is shared and built once
_EXTRACTING = threading.Lock()


class Result(BaseModel):
    """What a processed submission holds for the page: verdicts, suggestions, prediction."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    prediction: Prediction
    verdicts: tuple[ConditionVerdict, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()


def suggestion_key(suggestion: Suggestion) -> str:
    """A stable id of a suggestion within its submission: indicator, kind and where it is."""
    span = suggestion.evidence.span
    return f"{suggestion.indicator}:{suggestion.kind}:{span.start}-{span.end}"


def process(factory: sessionmaker[Session], submission_id: int) -> None:
    """Run one submission through the pipeline; its status says where it stands."""
    from extractor.match.frameworks import load_framework
    from extractor.match.matcher import suggest
    from extractor.pipeline import InternalError, assess, parse_document

    with factory() as session:
        row = session.get(Submission, submission_id)
        if row is None:
            return
        row.status = "processing"
        session.commit()
        try:
            document = parse_document(Path(row.stored_path))
            with _EXTRACTING:
                prediction, verdicts = assess(document, row.framework)
                found = suggest(document, prediction, load_framework(row.framework))
            result = Result(
                prediction=prediction, verdicts=tuple(verdicts), suggestions=tuple(found)
            )
            row.result_json = result.model_dump_json()
            row.status = "done"
        except (DocumentError, InternalError) as err:
            row.status, row.error_kind, row.error = "failed", error_kind(err), str(err)
        except Exception:  # a bug: the submission shows it, the service goes on
            log.error("submission %s: internal error\n%s", submission_id, traceback.format_exc())
            row.status, row.error_kind, row.error = "failed", INTERNAL_ERROR, "internal error"
        session.commit()


def load_result(row: Submission) -> Result | None:
    return None if row.result_json is None else Result.model_validate(json.loads(row.result_json))
