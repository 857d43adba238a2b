"""The abstract document: headings, paragraphs, tables and page breaks with their gold labels."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Claim:
    """A gold claim as stated at one place; ``anchors`` locate it in rendered text, in order."""

    field: str
    value: float
    status: str
    year: int | None
    qualifier: str
    quote: str
    figure: str  # the figure as written (超过3.6万个), for checks
    anchors: tuple[str, ...]

    @property
    def key(self) -> tuple[str, float, str, int | None]:
        """Two statements with the same key are the same claim (summary and body)."""
        return (self.field, round(self.value, 6), self.status, self.year)


@dataclass(frozen=True, slots=True)
class Distractor:
    """A figure in the text that is not a claim of the applicant."""

    kind: str
    quote: str


@dataclass(slots=True)
class Block:
    """One unit of layout.

    kind: title | subtitle | heading | subheading | para | item | right | table | pagebreak.
    A table has ``rows`` (strings), ``header_rows`` and ``merges`` (r1, c1, r2, c2) inclusive;
    a merged area keeps its text in the top-left cell and empty strings elsewhere.
    """

    kind: str
    text: str = ""
    claims: list[Claim] = field(default_factory=list)
    distractors: list[Distractor] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 1
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    simple: bool = False  # plain wording, safe on an image-only page


@dataclass(slots=True)
class Document:
    """A whole document ready for a writer, with what its gold file needs besides the claims."""

    framework: str
    city: str
    blocks: list[Block]
    header: str
    footer: str
    lists: dict[str, list[str]]
    flags: dict[str, str]  # special_policy: named|none|silent, incident: none|reported|silent
    distractors: list[Distractor] = field(default_factory=list)

    def claims(self) -> list[Claim]:
        """Every statement of a claim, in reading order (repeats included)."""
        return [claim for block in self.blocks for claim in block.claims]

    def all_distractors(self) -> list[Distractor]:
        """Distractors in the text and in the furniture."""
        return [d for block in self.blocks for d in block.distractors] + self.distractors
