"""The indicator trees the side panel draws."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status

from extractor.serve.deps import CurrentReviewer
from extractor.serve.schemas import FieldLabel, FrameworkName, FrameworkOut, IndicatorOut

router = APIRouter(prefix="/api/frameworks", tags=["frameworks"])


@router.get("", response_model=list[FrameworkName])
def list_frameworks(_reviewer: CurrentReviewer) -> list[FrameworkName]:
    """The frameworks a submission can be reviewed against, the default first: id and name."""
    from extractor.match.frameworks import framework_ids, load_framework
    from extractor.settings import DEFAULT_FRAMEWORK

    ordered = sorted(framework_ids(), key=lambda known: known != DEFAULT_FRAMEWORK)
    return [FrameworkName(id=known, name=load_framework(known).name) for known in ordered]


@router.get("/{framework_id}", response_model=FrameworkOut)
def framework(framework_id: str, _reviewer: CurrentReviewer) -> FrameworkOut:
    """A framework's indicators in tree order, with points."""
    from extractor.errors import UnknownFramework
    from extractor.match.frameworks import load_framework

    try:
        loaded = load_framework(framework_id)
    except UnknownFramework as err:
        raise HTTPException(status.HTTP_404_NOT_FOUND, str(err)) from err
    from extractor.labels import LIST_NAMES, field_ids, field_name, list_name, unit_word

    fields = {f: FieldLabel(name=field_name(f), unit=unit_word(f)) for f in field_ids()}
    return FrameworkOut(
        id=loaded.id,
        name=loaded.name,
        total_points=loaded.total_points,
        fields=fields,
        lists={name: list_name(name) for name in LIST_NAMES},
        indicators=[
            IndicatorOut(
                id=i.id,
                name=i.name,
                level=i.level,
                parent=i.parent,
                points=i.points,
                non_deviable=i.non_deviable,
                fields=i.fields,
            )
            for i in loaded.indicators
        ],
    )
