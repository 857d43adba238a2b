"""Wording choices for one document: statements of figures, distractors and figure-free prose."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from corpus import numbers as num
from corpus.blocks import Claim, Distractor
from corpus.facts import Facts, Figure
from corpus.templates import distractors, fields, filler, names, numbers, strings, structure


@dataclass(slots=True)
class Part:
    """One sentence (or clause run) of a paragraph with the labels it carries."""

    text: str
    claims: list[Claim] = field(default_factory=list)
    distractors: list[Distractor] = field(default_factory=list)


class Voice:
    """Picks words for one document from its rng; ``simple`` keeps wording OCR-friendly."""

    def __init__(self, rng: random.Random, facts: Facts, simple: bool = False) -> None:
        self.rng, self.facts, self.simple = rng, facts, simple
        self.subjects = strings(numbers()["subjects"][facts.subject_kind])

    def subject(self) -> str:
        """全市, 我市, 全区 … for the applicant's kind."""
        return self.rng.choice(self.subjects)

    def when(self, figure: Figure) -> str:
        """An as-of phrase whose year is the figure's (目前 only where the year is declared)."""
        words = numbers()["when"]
        if figure.year is None:
            return self.rng.choice(strings(words["undated"]))
        if self.facts.declared and figure.year == self.facts.by and self.rng.random() < 0.35:
            return self.rng.choice(strings(words["context"]))
        return self.rng.choice(strings(words["dated"])).format(by=figure.year)

    def figure_text(self, figure: Figure) -> str:
        """The figure with qualifier and unit (超过3.6万个)."""
        spec = fields()[figure.field]
        unit = self.rng.choice(spec["units"])
        return num.figure(figure.value, figure.qualifier, spec["kind"], unit, self.rng, self.simple)

    def statement(self, figure: Figure, suffix: str = "") -> Part:
        """A sentence stating one figure, labelled with its claim."""
        spec = fields()[figure.field]
        template = self.rng.choice(spec[figure.status])
        figure_text = self.figure_text(figure)
        verb = (
            ""
            if num.starts_with_qualifier(figure_text, figure.qualifier)
            else self.rng.choice(numbers()["verbs"][figure.status])
        )
        tlead = self.rng.choice(numbers()["tlead"]).format(ty=figure.year)
        when = self.when(figure) if figure.status == "actual" else ""
        text = template.format(
            s=self.subject(), when=when, v=verb, n=figure_text, tlead=tlead, ty=figure.year
        )
        claim = Claim(
            figure.field,
            figure.value,
            figure.status,
            figure.year,
            figure.qualifier,
            text,
            figure_text,
            (text, figure_text),
        )
        return Part(text + suffix + "。", [claim])

    def distractor(self, kind: str, pool: str = "") -> Part:
        """A sentence with a figure that is not the applicant's (national, other city, …)."""
        rng = self.rng
        values = {
            "x": f"{rng.uniform(1.2, 420):.1f}",
            "y": str(rng.randint(120, 9000)),
            "z": str(rng.randint(2, 40)),
            "d": f"{rng.uniform(18, 45):.1f}",
            "g": str(rng.randint(300, 6000)),
            "p": f"{rng.uniform(1.5, 98):.1f}",
            "by": str(self.facts.by),
            "other": rng.choice(names()["other_cities"]),
            "abbr": self.facts.city[:1] + rng.choice(names()["doc_abbr"]),
            "dy": str(self.facts.by - rng.randint(0, 2)),
            "k": str(rng.randint(3, 160)),
        }
        quote = rng.choice(distractors()[pool or kind]).format(**values)
        frame_key = f"{kind}_frames" if f"{kind}_frames" in distractors() else "frames"
        frames = distractors()[frame_key]
        text = rng.choice(frames).format(d=quote, s=self.subject())
        return Part(text, distractors=[Distractor(kind, quote)])

    def date(self) -> Part:
        """A signature date, a distractor: at the end of the year the 现状 figures are for,
        so that 目前 in the text is that year (gold/v1 resolves it against this date)."""
        self.rng.randint(1, 12)  # the month once drawn here; kept so other choices stay put
        quote = structure()["signature_date"].format(
            y=self.facts.by, m=12, d=self.rng.randint(1, 28)
        )
        return Part(quote, distractors=[Distractor("date", quote)])

    def filler_sentence(self) -> str:
        """One figure-free sentence of plan prose."""
        pool = filler()
        opener = self.rng.choice(pool["openers"]).format(
            industry=self.rng.choice(pool["industries"])
        )
        action = self.rng.choice(pool["actions"])
        outcome = self.rng.choice(pool["objects"])
        return f"{opener}{action}，{outcome}，{self.rng.choice(pool['closers'])}"

    def filler(self, sentences: int) -> Part:
        """A figure-free paragraph."""
        return Part("".join(self.filler_sentence() for _ in range(sentences)))

    def pick_from(self, path: tuple[str, ...]) -> str:
        """Like ``pick`` for a nested key of structure.yaml, e.g. ("policy", "none")."""
        node = structure()
        for key in path:
            node = node[key]
        return self.rng.choice(strings(node)).format(
            city=self.facts.city, s=self.subject(), by=self.facts.by, ty=self.facts.ty
        )

    def pick(self, key: str, **extra: object) -> str:
        """A random phrasing from structure.yaml filled with the applicant and years."""
        return self.rng.choice(strings(structure()[key])).format(
            city=self.facts.city, s=self.subject(), by=self.facts.by, ty=self.facts.ty, **extra
        )
