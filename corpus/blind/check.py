"""Check the blind set's gold files against gold/v1, independently of the extractor.

Run: ``.venv/bin/python -m corpus.blind.check corpus/blind [--verbose]``

It reads each source with plain libraries (python-docx, pdfplumber, the bytes of a TXT) and
checks: the gold/v1 keys and values, that every claim's quote (whitespace removed) is found
in the source text and, for a PDF, on the claim's page, that list items are found in the
text, and that miit-2023 applications carry the six verdicts. Problems that make a file
unusable are errors (exit 1); quotes not found verbatim are warnings to review by hand
(a table row written as ``label：cell（column）``, or a page without a text layer).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

FIELDS = {
    "bs_total",
    "bs_per_10k",
    "population",
    "platform_projects",
    "scenario_factories",
    "typical_scenarios",
    "pilot_5g_factory_projects",
    "directory_5g_factories",
    "national_titles",
    "edge_nodes",
    "industrial_platforms",
    "standards",
    "ip_count",
    "above_scale_enterprises",
    "little_giants",
    "single_champions",
    "solution_providers",
    "special_funds",
    "talents",
}
LIST_KEYS = {"policy_documents", "national_titles", "factories_5g"}
CONDITIONS = {
    "special_policy",
    "bs_density",
    "scenario_factories",
    "factory_5g",
    "national_demonstration",
    "no_major_incident",
}
QUALIFIERS = {"exact", "over", "at_least", "about", "under"}
_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[\s《》“”\"'‘’，。、：；（）()\[\]【】·—\-]+")


def _squash(text: str) -> str:
    return _SPACE.sub("", text)


def _docx_text(path: Path) -> str:
    import docx  # python-docx

    document = docx.Document(str(path))
    body = document.element.body
    return "".join(node.text or "" for node in body.iter() if node.tag.endswith("}t"))


def _pdf_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return [_squash(page.extract_text() or "") for page in pdf.pages]


def _txt_text(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "utf-16", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def check(gold_path: Path) -> tuple[list[str], list[str]]:
    """Errors and warnings for one gold file."""
    errors: list[str] = []
    warnings: list[str] = []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        return [f"not JSON: {err}"], []
    if gold.get("schema") != "gold/v1":
        errors.append("schema is not gold/v1")
    source = gold_path.parent / str(gold.get("document", ""))
    if not source.is_file():
        return [*errors, f"document {gold.get('document')!r} is not beside the gold file"], []
    if gold.get("framework") not in {"miit-2023", "liaoning"}:
        errors.append(f"framework {gold.get('framework')!r}")
    suffix = source.suffix.lower()
    pages: list[str] = []
    if suffix == ".pdf":
        pages = _pdf_pages(source)
        whole = "".join(pages)
    elif suffix == ".docx":
        whole = _squash(_docx_text(source))
    else:
        whole = _squash(_txt_text(source))
    for index, claim in enumerate(gold.get("claims", [])):
        where = f"claims[{index}] {claim.get('field')} {claim.get('value')}"
        if claim.get("field") not in FIELDS:
            errors.append(f"{where}: unknown field")
        if not isinstance(claim.get("value"), int | float):
            errors.append(f"{where}: value is not a number")
        if claim.get("status") not in {"actual", "target"}:
            errors.append(f"{where}: status {claim.get('status')!r}")
        year = claim.get("year")
        if year is not None and not (isinstance(year, int) and 1990 <= year <= 2040):
            errors.append(f"{where}: year {year!r}")
        if claim.get("qualifier", "exact") not in QUALIFIERS:
            errors.append(f"{where}: qualifier {claim.get('qualifier')!r}")
        page = claim.get("page")
        if suffix == ".pdf" and not isinstance(page, int):
            errors.append(f"{where}: a PDF claim needs its page")
        if suffix != ".pdf" and page is not None:
            errors.append(f"{where}: page given for a {suffix} file")
        quote = _squash(str(claim.get("quote") or ""))
        if not quote:
            warnings.append(f"{where}: no quote")
        elif suffix == ".pdf" and isinstance(page, int) and 1 <= page <= len(pages):
            if quote not in pages[page - 1]:
                found = [n + 1 for n, text in enumerate(pages) if quote in text]
                hint = f" (found on page {found})" if found else ""
                if not pages[page - 1]:
                    hint = " (the page has no text layer)"
                warnings.append(f"{where}: quote not on page {page}{hint}")
        elif quote not in whole:
            warnings.append(f"{where}: quote not found verbatim")
    squashed = _PUNCT.sub("", whole)
    for key, items in (gold.get("lists") or {}).items():
        if key not in LIST_KEYS:
            errors.append(f"lists: unknown key {key!r}")
            continue
        for item in items:
            if _PUNCT.sub("", item) not in squashed:
                warnings.append(f"lists.{key}: {item!r} not found verbatim")
    prescreen = gold.get("prescreen")
    if prescreen is not None:
        if set(prescreen) != CONDITIONS:
            errors.append(f"prescreen keys {sorted(prescreen)}")
        bad = {k: v for k, v in prescreen.items() if v not in {"pass", "fail", "unclear"}}
        if bad:
            errors.append(f"prescreen values {bad}")
    return errors, warnings


def main() -> int:
    """Check every gold file below the folders given; exit 1 on any error."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--verbose", action="store_true", help="print the warnings too")
    args = parser.parse_args()
    failed = 0
    total = 0
    for folder in args.folders:
        for gold_path in sorted(folder.rglob("*.gold.json")):
            total += 1
            errors, warnings = check(gold_path)
            failed += bool(errors)
            for line in errors:
                print(f"ERROR {gold_path}: {line}")
            if args.verbose:
                for line in warnings:
                    print(f"warn  {gold_path}: {line}")
    print(f"{total} gold file(s), {failed} with errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
