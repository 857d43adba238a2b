"""The corpus plan: which documents exist, in which format, framework, split and verdicts."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from corpus.facts import VERDICTS
from evaluation.gold import CONDITIONS

# format → number of documents
FORMATS: dict[str, int] = {
    "pdf-from-docx": 40,
    "pdf-drawn": 18,
    "pdf-with-image-pages": 8,
    "docx": 16,
    "txt-utf8": 10,
    "txt-gb18030": 8,
}
# positions (within a format) of the 50+ page documents, picked to land in every split
LONG_AT = {"pdf-from-docx": (0, 4), "pdf-drawn": (1, 3)}
EXTENSIONS = {
    "pdf-from-docx": "pdf",
    "pdf-drawn": "pdf",
    "pdf-with-image-pages": "pdf",
    "docx": "docx",
    "txt-utf8": "txt",
    "txt-gb18030": "txt",
}
SPLIT_CYCLE = ("train", "train", "dev", "train", "test")
SPLITS = ("train", "dev", "test")


@dataclass(slots=True)
class Spec:
    """One planned document."""

    index: int
    format: str
    framework: str
    split: str
    structure: str
    long: bool
    verdicts: dict[str, str] = field(default_factory=dict)

    @property
    def stem(self) -> str:
        """The file name without extension."""
        return f"app{self.index:03d}"

    @property
    def name(self) -> str:
        """The source file name."""
        return f"{self.stem}.{EXTENSIONS[self.format]}"


def make_plan(seed: int) -> list[Spec]:
    """All documents; splits stratified by format, verdicts balanced within each split."""
    rng = random.Random(f"plan:{seed}")
    specs: list[Spec] = []
    for offset, (fmt, count) in enumerate(FORMATS.items()):
        for k in range(count):
            specs.append(
                Spec(
                    index=len(specs) + 1,
                    format=fmt,
                    framework="liaoning" if k % 4 == 3 else "miit-2023",
                    split=SPLIT_CYCLE[(k + offset) % len(SPLIT_CYCLE)],
                    structure=rng.choice(["form", "plan"]),
                    long=k in LONG_AT.get(fmt, ()),
                )
            )
    for split in SPLITS:
        members = [s for s in specs if s.split == split and s.framework == "miit-2023"]
        for condition in CONDITIONS:
            verdicts = [VERDICTS[i % 3] for i in range(len(members))]
            rng.shuffle(verdicts)
            for spec, verdict in zip(members, verdicts, strict=True):
                spec.verdicts[condition] = verdict
    for spec in specs:
        if spec.framework == "liaoning":
            spec.verdicts = {c: rng.choice(VERDICTS) for c in CONDITIONS}
    return specs
