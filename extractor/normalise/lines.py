"""Paragraph continuity: a paragraph cut by a page break is one paragraph in the normalised text."""

from __future__ import annotations

from extractor.model import BlockKind, RawBlock
from extractor.normalise.spacing import keeps_space

# A paragraph that ends on one of these is complete; anything else at the foot of a page
# runs on into the first paragraph of the next page.
_TERMINAL = frozenset("。！？；：!?;:…”’」』)）】》")
# Two blocks of one column this close (points) are lines of one paragraph that the layout
# split, when the first does not end its sentence.
_LINE_GAP = 18.0


def runs_on(previous: RawBlock, previous_text: str, following: RawBlock) -> bool:
    """Whether ``following`` continues the sentence of ``previous`` past a page or column break."""
    if previous.kind is not BlockKind.paragraph or following.kind is not BlockKind.paragraph:
        return False
    if previous.page is None or following.page is None:
        return False
    is_next = following.page == previous.page + 1
    if not (is_next or _next_column(previous, following) or _directly_below(previous, following)):
        return False
    if following.label:
        return False
    return bool(previous_text) and previous_text[-1] not in _TERMINAL


def _next_column(previous: RawBlock, following: RawBlock) -> bool:
    """``following`` heads the next column of the same page: above and right of ``previous``."""
    if following.page != previous.page or previous.box is None or following.box is None:
        return False
    return following.box[1] < previous.box[1] and following.box[0] >= previous.box[2] - 1


def _directly_below(previous: RawBlock, following: RawBlock) -> bool:
    """``following`` is the next line of the same column, a line's gap below ``previous``."""
    if following.page != previous.page or previous.box is None or following.box is None:
        return False
    gap = following.box[1] - previous.box[3]
    return 0 <= gap <= _LINE_GAP and following.box[0] < previous.box[2]


def joiner(previous_text: str, following_text: str, continues: bool) -> str:
    """The separator placed between two blocks' normalised texts."""
    if not continues:
        return "\n"
    if previous_text and following_text and keeps_space(previous_text[-1], following_text[0]):
        return " "
    return ""
