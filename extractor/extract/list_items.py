"""One named list item and where the document names it, collected once per name."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from extractor.extract.list_text import Unit, key
from extractor.model import Document, Evidence, Span
from extractor.normalise.glosses import gloss_at
from extractor.normalise.offsets import OffsetMap

_QUOTE_CHARS = 80


class ListItem(BaseModel):
    """One named item of a list and where the document names it."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    name: str
    evidence: Evidence
    term: str | None = None  # for a 5G factory, the wording that lists it (名录, 5G工厂方向)
    repeat: int = 0  # not 0: a further row of one table naming the same item (two holders)


@dataclass(slots=True)
class Items:
    """Collects one list's items with their evidence; the first mention of a name is kept."""

    document: Document
    found: dict[str, ListItem] = field(default_factory=dict)
    where: OffsetMap = field(init=False)  # built once: each item's name is read through it

    def __post_init__(self) -> None:
        self.where = OffsetMap(self.document)

    def add(
        self,
        unit: Unit,
        sentence: tuple[int, int],
        start: int,
        end: int,
        name: str,
        term: str | None = None,
    ) -> None:
        name_key, repeat = key(name), 0
        held = self.found.get(name_key)
        if not name_key or (held is not None and not unit.row):
            return  # the first mention is kept
        first, last = unit.offsets[start], unit.offsets[end - 1] + 1
        block = next(b for b in reversed(self.document.blocks) if b.span.start <= first)
        if held is not None:
            if held.evidence.block != block.index:
                return
            # 工业互联网试点示范项目 in two rows of one table: two holders, two titles
            repeat = len(self.found)
            name_key = f"{name_key}#{repeat}"
        left = max(sentence[0], start - max(_QUOTE_CHARS - end + start, 0) // 2)
        quote = unit.text[left : min(sentence[1], left + _QUOTE_CHARS)]
        span = Span(start=first, end=last)
        page = self.document.page_at(first, block)
        evidence = Evidence(page=page, block=block.index, span=span, quote=quote)
        if name == unit.text[start:end] and self.document.raw_offsets:
            name = self._as_written(unit.offsets[start:end])
        self.found[name_key] = ListItem(name=name, evidence=evidence, term=term, repeat=repeat)

    def _as_written(self, offsets: tuple[int, ...]) -> str:
        """The name at these offsets of the normalised text as the document writes it: in its
        own script (繁體), with the pinyin glosses a reposting site put after its characters
        (數(shù)智化), which the text read drops."""
        document = self.document
        chars = []
        for offset in offsets:
            block, raw = self.where.block_at(offset), document.raw_offsets[offset]
            if block is None or raw < 0:  # whitespace between blocks and cells: no unit keeps it
                chars.append(document.text[offset])
                continue
            chars.append(block.raw[raw] if document.traditional else document.text[offset])
            chars.append(gloss_at(block.raw, raw + 1))
        return "".join(chars)
