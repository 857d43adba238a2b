"""Build corpus/passages/{train,test}.jsonl: body passages labelled with the indicator they support.

Run: .venv/bin/python -m corpus.passages.build

A passage (extractor.match.features.passages) is labelled
  - ``gold-claim:<field>`` when a gold/v1 claim's quote, whitespace removed and NFKC-normalised,
    occurs in it: the claim's field names the indicator through the framework's ``fields``;
  - ``heading`` when its heading, numbering stripped, contains a third-level indicator's name.
corpus/train and corpus/dev give train.jsonl, corpus/test gives test.jsonl, so the two sets
never share a source document.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

from extractor.errors import DocumentError
from extractor.match.features import Passage, passages
from extractor.match.frameworks import load_framework, third_level
from extractor.model import Framework
from extractor.pipeline import parse_in_process
from extractor.settings import Limits

CORPUS = Path(__file__).resolve().parents[1]
OUT = Path(__file__).resolve().parent
SPLITS = {"train.jsonl": ("train", "dev"), "test.jsonl": ("test",)}
# Lines kept per (framework, indicator) and split, taken round-robin over the source documents,
# so the files stay small and one long document does not dominate an indicator.
CAP = {"train.jsonl": 20, "test.jsonl": 12}
SUFFIXES = (".pdf", ".docx", ".txt")
_NUMBERING = re.compile(r"^[(（]?[\w]{1,4}[)）、.．]\s*")


def _squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _labels(passage: Passage, claims: list[dict[str, object]], framework: Framework) -> list[str]:
    """The (indicator, how) labels of one passage, each indicator once."""
    squashed = _squash(passage.text)
    found: dict[str, str] = {}
    for indicator in third_level(framework):
        for claim in claims:
            quote = _squash(str(claim.get("quote") or ""))
            if quote and claim.get("field") in indicator.fields and quote in squashed:
                found.setdefault(indicator.id, f"gold-claim:{claim['field']}")
        heading = _NUMBERING.sub("", _squash(passage.heading or ""))
        if heading and _squash(indicator.name) in heading:
            found.setdefault(indicator.id, "heading")
    return [f"{ind}\t{how}" for ind, how in sorted(found.items())]


def _document_lines(path: Path, framework_cache: dict[str, Framework]) -> list[dict[str, object]]:
    gold = json.loads(path.with_name(f"{path.stem}.gold.json").read_text(encoding="utf-8"))
    framework_id = str(gold["framework"])
    if framework_id not in framework_cache:
        framework_cache[framework_id] = load_framework(framework_id)
    framework = framework_cache[framework_id]
    document = parse_in_process(path, Limits(ocr=False))
    lines: list[dict[str, object]] = []
    for passage in passages(document):
        for label in _labels(passage, list(gold.get("claims", [])), framework):
            indicator, how = label.split("\t")
            lines.append(
                {
                    "text": passage.text,
                    "framework": framework_id,
                    "indicator": indicator,
                    "source": f"corpus/{path.parent.name}/{path.name}",
                    "labelled_by": how,
                    "page": passage.page,
                    "block": passage.blocks[0],
                }
            )
    return lines


def _capped(lines: list[dict[str, object]], cap: int) -> list[dict[str, object]]:
    """At most ``cap`` lines per (framework, indicator), one source at a time in turn."""
    groups: dict[tuple[str, str], dict[str, list[dict[str, object]]]] = {}
    for line in lines:
        key = (str(line["framework"]), str(line["indicator"]))
        groups.setdefault(key, {}).setdefault(str(line["source"]), []).append(line)
    kept: list[dict[str, object]] = []
    for _, by_source in sorted(groups.items()):
        queues = [by_source[source] for source in sorted(by_source)]
        taken: list[dict[str, object]] = []
        while len(taken) < cap and any(queues):
            for queue in queues:
                if queue and len(taken) < cap:
                    taken.append(queue.pop(0))
        kept.extend(taken)
    return sorted(kept, key=lambda x: (str(x["source"]), int(str(x["block"])), str(x["indicator"])))


def build() -> dict[str, int]:
    """Write both splits; returns the number of lines in each."""
    frameworks: dict[str, Framework] = {}
    counts: dict[str, int] = {}
    for name, folders in SPLITS.items():
        lines: list[dict[str, object]] = []
        for folder in folders:
            for path in sorted((CORPUS / folder).iterdir()):
                if path.suffix not in SUFFIXES:
                    continue
                try:
                    lines.extend(_document_lines(path, frameworks))
                except DocumentError as err:
                    print(f"skipped {path.name}: {err}")
        lines = _capped(lines, CAP[name])
        with (OUT / name).open("w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
        counts[name] = len(lines)
    return counts


if __name__ == "__main__":
    for split, count in build().items():
        print(f"{split}: {count} passages")
