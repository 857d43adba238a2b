"""Facts → an abstract Document: sections of a 申报表 or a 试点工作方案, with gold labels."""

from __future__ import annotations

from dataclasses import dataclass

from corpus import names
from corpus.blocks import Block, Distractor
from corpus.facts import Facts, Figure
from corpus.lists import condition_parts
from corpus.numbers import chinese
from corpus.tables import indicator_table
from corpus.templates import fields, filler, structure
from corpus.templates import names as name_pool
from corpus.voice import Part, Voice

SENTENCE_KINDS = (
    "national",
    "provincial",
    "other_city",
    "threshold",
    "growth",
    "doc_number",
    "percentage",
)


@dataclass(frozen=True, slots=True)
class Options:
    """How one document is laid out: its structure, length and wording constraints."""

    structure: str  # form | plan
    filler_chars: int = 0  # extra figure-free prose for long documents
    simple: bool = False  # OCR-friendly wording (image-only pages)
    table: bool = True


class Composer:
    """Builds the blocks of one document section by section."""

    def __init__(self, voice: Voice, options: Options) -> None:
        self.voice, self.options = voice, options
        self.facts: Facts = voice.facts
        self.rng = voice.rng
        self.blocks: list[Block] = []
        self.pending = [voice.distractor(kind) for kind in self._distractor_kinds()]
        self.placed: dict[str, set[str]] = {"actual": set(), "target": set()}
        self.table_fields = self._table_fields()
        self.annexes: list[tuple[str, list[str]]] = []

    def _distractor_kinds(self) -> list[str]:
        kinds = self.rng.sample(SENTENCE_KINDS, k=self.rng.randint(3, 6))
        return kinds + self.rng.choices(SENTENCE_KINDS, k=self.rng.randint(0, 2))

    def _table_fields(self) -> dict[str, set[str]]:
        if not self.options.table:
            return {"actual": set(), "target": set()}
        listed = {"national_titles", "directory_5g_factories", "pilot_5g_factory_projects"}
        actual = {n for n in self.facts.actuals if n not in listed and self.rng.random() < 0.5}
        target = {n for n in self.facts.targets if self.rng.random() < 0.7}
        return {"actual": actual, "target": target}

    def add(self, kind: str, text: str = "") -> None:
        """A block without labels (title, heading, item)."""
        self.blocks.append(Block(kind, text=text, simple=self.options.simple))

    def para(self, parts: list[Part], kind: str = "para", distract: float = 0.3) -> None:
        """A paragraph of parts; sometimes a pending distractor sentence is slipped in."""
        parts = list(parts)
        if self.pending and self.rng.random() < distract:
            parts.insert(self.rng.randint(0, len(parts)), self.pending.pop())
        if not parts:
            return
        self.blocks.append(
            Block(
                kind,
                text="".join(p.text for p in parts),
                claims=[c for p in parts for c in p.claims],
                distractors=[d for p in parts for d in p.distractors],
                simple=self.options.simple,
            )
        )

    def state(self, figure: Figure | None, in_prose: bool = True) -> list[Part]:
        """A statement of the figure unless it lives only in the table."""
        if figure is None:
            return []
        only_table = figure.field in self.table_fields[figure.status] and self.rng.random() < 0.5
        if only_table and in_prose:
            return []
        self.placed[figure.status].add(figure.field)
        return [self.voice.statement(figure)]

    def actuals(self, area: str, skip: frozenset[str] = frozenset()) -> list[Part]:
        """Statements of the actual figures of one area (infra, application, …)."""
        parts: list[Part] = []
        for name, figure in self.facts.actuals.items():
            if fields()[name]["area"] == area and name not in skip:
                parts += self.state(figure)
        return parts

    def summary(self) -> list[Part]:
        """One to three actual figures restated early (the same claim as the body's)."""
        pool = [
            f for f in self.facts.actuals.values() if f.field not in self.table_fields["actual"]
        ]
        chosen = self.rng.sample(pool, k=min(len(pool), self.rng.randint(1, 3)))
        return [self.voice.statement(f) for f in chosen]

    def intro(self) -> None:
        """Opening paragraph: a description and, where declared, the 现状 year."""
        parts = [Part(self.voice.pick("intro"))]
        if self.facts.declared:
            parts.append(Part(self.voice.pick("context_year")))
        self.para(parts, distract=0.0)

    def filler(self, paragraphs: int) -> None:
        """Figure-free paragraphs."""
        for _ in range(paragraphs):
            self.para([self.voice.filler(self.rng.randint(2, 4))], distract=0.15)

    def long_filler(self, section: str) -> None:
        """Subsections of figure-free prose until the document is long enough."""
        written, number = 0, 0
        headings = filler()["subheadings"][section]
        while written < self.options.filler_chars:
            number += 1
            heading = self.rng.choice(headings)
            self.add("subheading", f"（{names_number(number)}）{heading}")
            for _ in range(self.rng.randint(4, 8)):
                part = self.voice.filler(self.rng.randint(3, 6))
                written += len(part.text)
                self.para([part], distract=0.0)

    def targets(self) -> None:
        """Target statements not kept for the table alone."""
        parts: list[Part] = []
        for figure in self.facts.targets.values():
            parts += self.state(figure)
            if len(parts) >= 3:
                self.para(parts)
                parts = []
        self.para(parts)

    def table(self, number: int) -> None:
        """The indicator table; figures it cannot hold are stated in prose instead."""
        actual = {n for n in self.table_fields["actual"] if n in self.facts.actuals}
        target = {n for n in self.table_fields["target"] if n in self.facts.targets}
        if not actual and not target:
            return
        caption = self.voice.pick("table_caption", k=number)
        interim = any(n in self.facts.interim for n in target) and self.rng.random() < 0.6
        block, left = indicator_table(self.voice, sorted(actual), sorted(target), caption, interim)
        self.add("caption", caption)
        self.blocks.append(block)
        for name in left:
            for status, group in (("actual", self.facts.actuals), ("target", self.facts.targets)):
                if name in group and name not in self.placed[status]:
                    self.para([self.voice.statement(group[name])], distract=0.0)
        for status in ("actual", "target"):
            self.placed[status] |= {
                n for n in (actual if status == "actual" else target) if n not in left
            }

    def leftovers(self) -> None:
        """State every figure not yet placed anywhere, so no condition figure goes unsaid."""
        for status, group in (("actual", self.facts.actuals), ("target", self.facts.targets)):
            missing = [f for n, f in group.items() if n not in self.placed[status]]
            for figure in missing:
                self.placed[status].add(figure.field)
            if missing:
                self.para([self.voice.statement(f) for f in missing])

    def flush_distractors(self) -> None:
        """Put the remaining distractor sentences into one paragraph."""
        if self.pending:
            parts, self.pending = self.pending, []
            self.para([Part(self.voice.filler_sentence()), *parts], distract=0.0)

    def conditions(self) -> dict[str, list[Part]]:
        """The parts that speak to each non-deviable condition."""
        return condition_parts(self)


def names_number(n: int) -> str:
    """一, 二 … for （一） headings."""
    return chinese(n)


def contact(composer: Composer) -> list[Part]:
    """A 联系人 line with a phone number (a distractor)."""
    rng = composer.rng
    phone = names.phone(rng)
    office = rng.choice(name_pool()["offices"])
    text = structure()["contact_line"].format(person=names.person(rng), office=office, phone=phone)
    return [Part(text, distractors=[Distractor("phone", phone)])]
