"""The claim fields' register: every gold/v1 field the extractor knows, with its reader's name.

One entry per field in patterns/claims/fields.yaml holds all there is to a field: its name and
unit word (English, the catalogue's messages), its canonical unit, and the patterns that find
it (extractor.extract.patterns reads those). The command line, the reports, the pre-screen's
reasons and the panel take the field list and names from here, so a new field is that entry
plus the Chinese of its name in the catalogue.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from extractor.model.pattern_files import load_cached

FIELDS_FILE = "claims/fields.yaml"


class FieldLabel(BaseModel):
    """What a reader calls one field (the patterns' part of the entry is read elsewhere)."""

    model_config = ConfigDict(frozen=True, extra="ignore")
    field: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str = Field(min_length=1)
    unit_word: str = Field(min_length=1)


class FieldLabels(BaseModel):
    """patterns/claims/fields.yaml, as far as names go."""

    model_config = ConfigDict(frozen=True, extra="ignore")
    fields: list[FieldLabel] = Field(min_length=1)


@cache
def field_labels() -> dict[str, FieldLabel]:
    """Every field by id, in the file's order (built once: a report names a field per row)."""
    return {entry.field: entry for entry in load_cached(FIELDS_FILE, FieldLabels).fields}
