"""Generate the labelled corpus: python -m corpus.generate --seed 2026 --out corpus."""

from __future__ import annotations

import argparse
import logging
import random
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from corpus import drawn, gold
from corpus.blocks import Document
from corpus.compose import Options
from corpus.convert import docx_to_pdf
from corpus.facts import sample
from corpus.pages import PageFinder, page_texts
from corpus.plaintext import write_txt
from corpus.plan import SPLITS, Spec, make_plan
from corpus.sections import build
from corpus.verdicts import prescreen
from corpus.worddoc import write_docx

log = logging.getLogger("corpus.generate")
LONG_CHARS = {"pdf-from-docx": 62_000, "pdf-drawn": 66_000}


def options_for(spec: Spec, rng: random.Random) -> Options:
    """Layout options from the spec: long filler, OCR-simple wording, a table or not."""
    return Options(
        structure=spec.structure,
        filler_chars=LONG_CHARS.get(spec.format, 0) if spec.long else 0,
        simple=spec.format == "pdf-with-image-pages",
        table=rng.random() < (0.85 if spec.format in ("docx", "pdf-from-docx") else 0.6),
    )


def document_for(spec: Spec, seed: int) -> tuple[Document, random.Random]:
    """The abstract document of one spec, and the rng that goes on to choose its layout."""
    rng = random.Random(f"{seed}:{spec.index}")
    facts = sample(rng, spec.framework, spec.verdicts, spec.structure)
    document = build(rng, facts, options_for(spec, rng))
    if spec.framework == "miit-2023":
        got = prescreen(gold.gold(document, spec.name)["claims"], document.lists, document.flags)
        if got != spec.verdicts:
            raise RuntimeError(f"{spec.name}: planned {spec.verdicts}, the text says {got}")
    return document, rng


def _style(spec: Spec, rng: random.Random) -> drawn.Style:
    two_columns = spec.format == "pdf-drawn" and not spec.long and rng.random() < 0.35
    return drawn.Style(
        font=rng.choice(list(drawn.FONTS)),
        size=rng.choice([10.5, 11.0]) if two_columns else rng.choice([11.0, 12.0, 13.0, 14.0]),
        columns=2 if two_columns else 1,
        margin=rng.choice([56.0, 72.0, 80.0]),
    )


def _scanned_pages(spec: Spec, pages: dict[int, int], total: int, rng: random.Random) -> set[int]:
    if spec.format != "pdf-with-image-pages" or total < 2:
        return set()
    with_claims = sorted({p for p in pages.values() if p > 1})
    pool = with_claims or list(range(2, total + 1))
    return set(rng.sample(pool, k=min(len(pool), rng.choice([1, 1, 2]))))


def _write_drawn(spec: Spec, document: Document, rng: random.Random, path: Path) -> dict[str, Any]:
    style = _style(spec, rng)
    layout, pages = drawn.lay_out(document, style)
    scanned = _scanned_pages(spec, pages, len(layout.pages), rng)
    plain = path.with_suffix(".tmp.pdf")
    drawn.render(layout, document, plain, scanned)
    from corpus.convert import deterministic

    deterministic(plain, path)
    plain.unlink()
    finder = PageFinder(page_texts(path))
    data = gold.gold(document, spec.name, lambda claim: pages[id(claim)])
    for claim, entry in zip(gold.unique_claims(document), data["claims"], strict=True):
        if entry["page"] not in scanned and finder.locate(claim) != entry["page"]:
            log.warning(
                "%s: layout page %s, text search page %s for %s",
                spec.name,
                entry["page"],
                finder.locate(claim),
                claim.quote,
            )
    _furniture(data, document, len(layout.pages))
    data["generator"] = {
        "image_pages": sorted(scanned),
        "pages": len(layout.pages),
        "font": style.font,
        "font_size": style.size,
        "columns": style.columns,
    }
    return data


def _furniture(data: dict[str, Any], document: Document, total: int) -> None:
    """Record a page-number footer as a distractor, as it appears on page 2 (or 1)."""
    footer = document.footer.format(p=min(2, total), t=total)
    data["distractors"].append({"kind": "page_number", "quote": footer})


def _finish(spec: Spec, data: dict[str, Any], seed: int) -> dict[str, Any]:
    info = {"seed": seed, "format": spec.format, "structure": spec.structure, "long": spec.long}
    data["generator"] = {**info, **data.get("generator", {})}
    return data


def generate(out: Path, seed: int) -> list[Path]:
    """Write every document and its gold file under out/{train,dev,test}; returns gold paths."""
    specs = make_plan(seed)
    for split in SPLITS:
        target = out / split
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
    written: list[Path] = []
    pending: list[tuple[Spec, Document, Path]] = []
    with tempfile.TemporaryDirectory(prefix="corpus-docx-") as scratch:
        for spec in specs:
            document, rng = document_for(spec, seed)
            path = out / spec.split / spec.name
            log.info("%s %s %s", spec.name, spec.format, spec.framework)
            if spec.format == "pdf-from-docx":
                source = Path(scratch, f"{spec.stem}.docx")
                write_docx(document, source, rng)
                pending.append((spec, document, source))
                continue
            if spec.format.startswith("txt"):
                encoding = "gb18030" if spec.format == "txt-gb18030" else "utf-8"
                write_txt(document, path, encoding, rng)
                data = gold.gold(document, spec.name)
            elif spec.format == "docx":
                write_docx(document, path, rng)
                data = gold.gold(document, spec.name)
            else:
                data = _write_drawn(spec, document, rng, path)
            written.append(_save(out, spec, _finish(spec, data, seed)))
        if pending:
            targets = [out / s.split / s.name for s, _, _ in pending]
            docx_to_pdf([source for _, _, source in pending], targets)
        for (spec, document, _), target in zip(pending, targets if pending else [], strict=True):
            texts = page_texts(target)
            finder = PageFinder(texts)
            data = gold.gold(document, spec.name, finder.locate)
            missing = [c["quote"] for c in data["claims"] if c["page"] is None]
            if missing:
                log.warning("%s: no page found for %s", spec.name, missing)
            _furniture(data, document, len(texts))
            data["generator"] = {"pages": len(texts)}
            written.append(_save(out, spec, _finish(spec, data, seed)))
    return written


def _save(out: Path, spec: Spec, data: dict[str, Any]) -> Path:
    path = out / spec.split / f"{spec.stem}.gold.json"
    gold.write(path, data)
    return path


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", type=Path, default=Path("corpus"))
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING if args.quiet else logging.INFO,
        format="%(message)s",
        stream=sys.stderr,
    )
    written = generate(args.out, args.seed)
    print(f"wrote {len(written)} documents under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
