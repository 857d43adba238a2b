"""The YAML phrasings under corpus/templates, loaded once."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter

TEMPLATES = Path(__file__).parent / "templates"
FILES = ("fields", "numbers", "names", "structure", "distractors", "filler")


@cache
def load(name: str) -> dict[str, Any]:
    """One template file as a mapping; a missing or malformed file stops generation at once."""
    path = TEMPLATES / f"{name}.yaml"
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


def fields() -> dict[str, Any]:
    """Field id → its units, ranges, table rows and actual/target phrasings."""
    return load("fields")


def numbers() -> dict[str, Any]:
    """Qualifier words, verbs, as-of phrases, target lead-ins and numeral characters."""
    return load("numbers")


def names() -> dict[str, Any]:
    """Pools for invented applicants, enterprises, policy titles, titles and factories."""
    return load("names")


def structure() -> dict[str, Any]:
    """Titles, headings, form rows, boilerplate and condition statements."""
    return load("structure")


def distractors() -> dict[str, Any]:
    """Figures that are not claims of the applicant, by kind."""
    return load("distractors")


def filler() -> dict[str, Any]:
    """Parts of figure-free prose used to pad sections and long documents."""
    return load("filler")


_STRINGS = TypeAdapter(list[str])
_TEXT = TypeAdapter(str)


def strings(value: object) -> list[str]:
    """A template's pool of phrasings, checked to be a list of strings."""
    return _STRINGS.validate_python(value)


def phrase(value: object) -> str:
    """A template's single phrasing or word, checked to be a string."""
    return _TEXT.validate_python(value)
