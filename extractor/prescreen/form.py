"""Completeness of a 申报表 (seed 001): its sections within their word limits, contacts filled,
the truthfulness commitment and the recommendation opinions present."""

from __future__ import annotations

import itertools
import re

from extractor.model import BlockKind, Document, Form, FormCheck, SectionCheck

_SPACE = re.compile(r"\s+")
_HEADING_CHARS = 40  # a section title stands in a short block of its own


def _title_length(text: str, names: list[str]) -> int | None:
    """How much of a block a section title takes: the whole of a short block naming it, or
    the opening words of a block that starts with it (a TXT title line run into its text)."""
    flat = _SPACE.sub("", text)
    for name in sorted(names, key=len, reverse=True):
        if flat.startswith(name):
            return len(name)
    if len(flat) <= _HEADING_CHARS and any(name in flat for name in names):
        return len(flat)
    return None


def _sections(document: Document, form: Form) -> list[SectionCheck]:
    """Each section: where a block opens with its title; its text runs to the next title."""
    bodies = [b for b in document.blocks if b.kind is not BlockKind.furniture]
    texts = [_SPACE.sub("", document.text[b.span.start : b.span.end]) for b in bodies]
    starts: dict[str, tuple[int, int]] = {}
    for position, text in enumerate(texts):
        for section in form.sections:
            taken = _title_length(text, [section.title, *section.aliases])
            if section.id not in starts and taken is not None:
                starts[section.id] = (position, taken)
                break
    ordered = sorted(position for position, _ in starts.values())
    checks: list[SectionCheck] = []
    for section in form.sections:
        found = starts.get(section.id)
        present = found is not None
        chars = 0
        if found is not None:
            start, taken = found
            end = next((s for s in ordered if s > start), len(bodies))
            chars = len(texts[start]) - taken + sum(len(t) for t in texts[start + 1 : end])
        checks.append(
            SectionCheck(
                id=section.id,
                title=section.title,
                present=present,
                chars=chars,
                max_chars=section.max_chars,
            )
        )
    return checks


def _filled(document: Document, label: str) -> bool:
    """A contact label with something after it: the next cell of its row, or text after it."""
    for block in document.blocks:
        cells = sorted(block.cells, key=lambda c: (c.row, c.col))
        for cell, following in itertools.pairwise(cells):
            beside = following.row == cell.row and following.col == cell.col + cell.col_span
            if beside and label in _SPACE.sub("", cell.text) and following.text.strip():
                return True
    found = re.search(re.escape(label) + r"\s*[:：]\s*[^\s:：，。]", document.text)
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
