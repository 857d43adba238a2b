"""What the review page loads: suggestions with verdicts, the document's view, page images."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status
from fastapi.responses import FileResponse

from extractor.serve.deps import Settings
from extractor.serve.processing import Result, load_result, suggestion_key
from extractor.serve.routes.submissions import Visible
from extractor.serve.schemas import SuggestionOut, SuggestionsOut
from extractor.serve.tables import Submission
from extractor.serve.view import DocumentView, page_image

router = APIRouter(prefix="/api/submissions", tags=["document"])


def _processed(row: Submission) -> Result:
    result = load_result(row)
    if result is None:
        raise HTTPException(status.HTTP_409_CONFLICT, f"the submission is {row.status}")
    return result


@router.get("/{submission_id}/suggestions", response_model=SuggestionsOut)
def suggestions(row: Visible) -> SuggestionsOut:
    """The pre-screen verdicts, form completeness and the suggestions per indicator, most
    confident first, each with its rectangles on the page."""
    result = _processed(row)
    ordered = sorted(result.suggestions, key=lambda s: (s.indicator, -s.confidence))
    out = []
    for suggestion in ordered:
        key = suggestion_key(suggestion)
        out.append(
            SuggestionOut(key=key, rects=result.rects.get(key, ()), **suggestion.model_dump())
        )
    return SuggestionsOut(
        framework=row.framework, verdicts=list(result.verdicts), form=result.form, suggestions=out
    )


@router.get("/{submission_id}/view", response_model=DocumentView)
def view(row: Visible) -> DocumentView:
    """The document's blocks (normalised text, which evidence offsets point into) and pages."""
    result = _processed(row)
    if result.view is None:
        raise HTTPException(status.HTTP_409_CONFLICT, "processed before views were kept")
    return result.view


@router.get(
    "/{submission_id}/pages/{number}.png",
    response_class=FileResponse,
    responses={200: {"content": {"image/png": {}}}},
)
def page(row: Visible, number: int, config: Settings) -> FileResponse:
    """One page of a PDF submission as a PNG (rendered on first request, then cached)."""
    result = _processed(row)
    pages = result.view.pages if result.view else ()
    if not 1 <= number <= len(pages):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such page")
    from pathlib import Path

    cache = config.data_dir / "pages" / str(row.id)
    image = page_image(Path(row.stored_path), number, cache)
    return FileResponse(image, media_type="image/png", headers={"Cache-Control": "private"})
