"""Completeness of a 申报表 (seed 001): its sections within their word limits, contacts filled,
the truthfulness commitment and the recommendation opinions present."""

from __future__ import annotations

import itertools
import re

from extractor.model import BlockKind, Document, Form, FormCheck, SectionCheck

_SPACE = re.compile(r"\s+")
_HEADING_CHARS = 40  # a section title stands in a short block of its own


def _is_title(text: str, names: list[str]) -> bool:
    flat = _SPACE.sub("", text)
    return len(flat) <= _HEADING_CHARS and any(name in flat for name in names)


def _sections(document: Document, form: Form) -> list[SectionCheck]:
    """Each section: found where a short block names it; its text runs to the next title."""
    titles = [(s, [s.title, *s.aliases]) for s in form.sections]
    bodies = [b for b in document.blocks if b.kind is not BlockKind.furniture]
    starts: dict[str, int] = {}
    for position, block in enumerate(bodies):
        text = document.text[block.span.start : block.span.end]
        for section, names in titles:
            if section.id not in starts and _is_title(text, names):
                starts[section.id] = position
    ordered = sorted(starts.values())
    checks: list[SectionCheck] = []
    for section, _ in titles:
        start = starts.get(section.id)
        if start is None:
            checks.append(SectionCheck(id=section.id, title=section.title, present=False,
                                       max_chars=section.max_chars))  # fmt: skip
            continue
        end = next((s for s in ordered if s > start), len(bodies))
        chars = sum(
            len(_SPACE.sub("", document.text[b.span.start : b.span.end]))
            for b in bodies[start + 1 : end]
        )
        checks.append(SectionCheck(id=section.id, title=section.title, present=True,
                                   chars=chars, max_chars=section.max_chars))  # fmt: skip
    return checks


def _filled(document: Document, label: str) -> bool:
    """A contact label with something after it: the next table cell, or text after a colon."""
    for block in document.blocks:
        cells = sorted(block.cells, key=lambda c: (c.row, c.col))
        for cell, following in itertools.pairwise(cells):
            if _SPACE.sub("", cell.text) == label and following.row == cell.row:
                return bool(following.text.strip())
    found = re.search(re.escape(label) + r"\s*[:：]\s*(\S+)", document.text)
    return found is not None


def check_form(document: Document, form: Form) -> FormCheck:
    """The completeness checks; a document that names under two sections is not a form."""
    sections = _sections(document, form)
    if sum(s.present for s in sections) < 2:
        return FormCheck(is_form=False, sections=tuple(sections))
    missing = tuple(label for label in form.contacts if not _filled(document, label))
    flat = _SPACE.sub("", document.text)
    opinions = tuple(o for o in form.opinions if o in flat)
    return FormCheck(
        is_form=True,
        sections=tuple(sections),
        contacts_filled=not missing,
        missing_contacts=missing,
        commitment=any(words in flat for words in form.commitment),
        opinions=opinions,
        missing_opinions=tuple(o for o in form.opinions if o not in opinions),
    )
