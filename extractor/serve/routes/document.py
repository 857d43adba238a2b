"""What the review page loads: suggestions with verdicts, the document's view, page images."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, HTTPException, Request, Response, status
from fastapi.responses import FileResponse

from extractor.errors import DocumentError
from extractor.language import _
from extractor.serve.cache import ResponseCache
from extractor.serve.db_tables import Submission
from extractor.serve.deps import Settings, not_ready
from extractor.serve.processing import Result, load_result, suggestion_key, verdict_key
from extractor.serve.routes.submissions import Visible
from extractor.serve.schemas import SuggestionOut, SuggestionsOut
from extractor.serve.view import DocumentView, page_image

router = APIRouter(prefix="/api/submissions", tags=["document"])


def _processed(row: Submission) -> Result:
    result = load_result(row)
    if result is None:
        raise HTTPException(status.HTTP_409_CONFLICT, not_ready(row.status))
    return result


def _cached(
    request: Request, row: Submission, kind: str, make: Callable[[Result], bytes]
) -> Response:
    """The response for a processed submission, built once per process (results never change)."""
    if row.status != "done":
        raise HTTPException(status.HTTP_409_CONFLICT, not_ready(row.status))
    cache: ResponseCache = request.app.state.responses
    key = (row.id, kind, row.finished_at)  # a reprocessed submission has a new result
    body = cache.get_or_make(key, lambda: make(_processed(row)))
    return Response(body, media_type="application/json")


def _suggestions(row: Submission, result: Result) -> bytes:
    ordered = sorted(result.suggestions, key=lambda s: (s.indicator, -s.confidence))
    out = [
        SuggestionOut(key=key, rects=result.rects.get(key, ()), **suggestion.model_dump())
        for suggestion in ordered
        for key in (suggestion_key(suggestion),)
    ]
    verdict_rects = {
        verdict_key(i): result.rects.get(verdict_key(i), ()) for i in range(len(result.verdicts))
    }
    found = SuggestionsOut(
        framework=row.framework,
        verdicts=list(result.verdicts),
        form=result.form,
        suggestions=out,
        verdict_rects=verdict_rects,
    )
    return found.model_dump_json().encode("utf-8")


@router.get("/{submission_id}/suggestions", response_model=SuggestionsOut)
def suggestions(request: Request, row: Visible) -> Response:
    """The pre-screen verdicts, form completeness and the suggestions per indicator, most
    confident first, each with its rectangles on the page."""
    return _cached(request, row, "suggestions", lambda result: _suggestions(row, result))


def _view(result: Result) -> bytes:
    if result.view is None:
        raise HTTPException(
            status.HTTP_409_CONFLICT, _("processed before views were kept: reprocess it")
        )
    return result.view.model_dump_json().encode("utf-8")


@router.get("/{submission_id}/view", response_model=DocumentView)
def view(request: Request, row: Visible) -> Response:
    """The document's blocks (normalised text, which evidence offsets point into) and pages."""
    return _cached(request, row, "view", _view)


@router.get(
    "/{submission_id}/pages/{number}.png",
    response_class=FileResponse,
    responses={200: {"content": {"image/png": {}}}},
)
def page(request: Request, row: Visible, number: int, config: Settings) -> FileResponse:
    """One page of a PDF submission, or of a DOCX's print, as a PNG (rendered on first
    request, then cached)."""
    from pathlib import Path

    from extractor.serve.processing import printed_path

    if row.status != "done":
        raise HTTPException(status.HTTP_409_CONFLICT, not_ready(row.status))
    cache: ResponseCache = request.app.state.responses
    key = (row.id, "pages", row.finished_at)
    pages = int(cache.get_or_make(key, lambda: _page_count(_processed(row))))
    if not 1 <= number <= pages:
        raise HTTPException(status.HTTP_404_NOT_FOUND, _("no such page"))
    printed = printed_path(config.data_dir, row.id)
    source = printed if printed.is_file() else Path(row.stored_path)
    try:
        image = page_image(source, number, config.data_dir / "pages" / str(row.id))
    except DocumentError as err:  # too large or too slow to render within the limits
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_ENTITY, str(err)) from err
    return FileResponse(image, media_type="image/png", headers={"Cache-Control": "private"})


def _page_count(result: Result) -> bytes:
    return str(len(result.view.pages) if result.view else 0).encode()
