"""The message catalogue: extract what people read, merge it into each language's .po, compile.

    .venv/bin/python scripts/catalogue.py          # extract, update the .po files, compile
    .venv/bin/python scripts/catalogue.py --check  # exit 1 if any message lacks a translation

Messages come from the code (``_()``, ``N_()``, ``pgettext``, ``NP_()``), from the label files
of patterns/ whose every value is a message, from the review page (its template's ``_()`` and
``pgettext()``, its script's ``t()`` and ``pt()``: extractor/serve/page.py) and from Click,
whose usage errors and help headings our users read too. New messages land in the .po
untranslated (and ``--check`` fails, as does tests/test_language.py) until someone writes
their Chinese.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import click
import yaml
from babel.messages.catalog import Catalog
from babel.messages.extract import extract, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "patterns" / "locale"
TRANSLATED = ("zh",)  # English is the messages as written
KEYWORDS = {
    "_": None,
    "N_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "pgettext": ((1, "c"), 2),
    "NP_": ((1, "c"), 2),
}
# label files: every string value (not the keys) is a message
LABEL_FILES = (
    "patterns/report/labels.yaml",
    "patterns/serve/review_sheet.yaml",
    "patterns/prescreen/reasons.yaml",
)
# the register of claim fields: the values of these keys are messages, in these contexts
KEYED_FILES = {"patterns/claims/fields.yaml": {"name": None, "unit_word": "unit"}}
# the review page: its template (Jinja's own extractor) and its script (Babel's JavaScript one)
PAGE_TEMPLATE = "extractor/serve/templates/index.html"
PAGE_SCRIPT = "extractor/serve/static/panel.js"
TEMPLATE_KEYWORDS = {"_": None, "pgettext": ((1, "c"), 2)}
SCRIPT_KEYWORDS = {"t": None, "pt": ((1, "c"), 2)}
_FIXED = datetime(2026, 12, 5, tzinfo=UTC)


def _yaml_values(node: yaml.Node) -> Iterator[tuple[int, str]]:
    if isinstance(node, yaml.MappingNode):
        for _key, value in node.value:
            yield from _yaml_values(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _yaml_values(item)
    elif isinstance(node, yaml.ScalarNode) and node.tag.endswith(":str") and node.value:
        yield node.start_mark.line + 1, node.value


def _yaml_keyed(
    node: yaml.Node, keys: dict[str, str | None]
) -> Iterator[tuple[int, str, str | None]]:
    """(line, value, context) of every string under one of ``keys``, at any depth."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(value, yaml.ScalarNode) and key.value in keys and value.value:
                yield value.start_mark.line + 1, value.value, keys[key.value]
            else:
                yield from _yaml_keyed(value, keys)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _yaml_keyed(item, keys)


def extract_yaml(
    fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: Any
) -> Iterator[tuple[int, None, str, list[str]]]:
    """Babel extraction method for a label file."""
    for line, value in _yaml_values(yaml.compose(fileobj.read().decode("utf-8"))):
        yield line, None, value, []


def messages() -> Catalog:
    """Every message people may read, with where it comes from."""
    catalog = Catalog(project="extractor", charset="utf-8")
    found = extract_from_dir(
        str(ROOT / "extractor"), method_map=[("**.py", "python")], keywords=KEYWORDS
    )
    for filename, line, message, comments, context in found:
        catalog.add(
            message,
            locations=[(f"extractor/{filename}", line)],
            context=context,
            auto_comments=comments,
        )
    for relative in LABEL_FILES:
        with (ROOT / relative).open("rb") as handle:
            for line, _func, message, _comments in extract_yaml(handle, None, None, None):
                catalog.add(message, locations=[(relative, line)])
    for relative, keys in KEYED_FILES.items():
        tree = yaml.compose((ROOT / relative).read_text(encoding="utf-8"))
        for line, message, context in _yaml_keyed(tree, keys):
            catalog.add(message, locations=[(relative, line)], context=context)
    for relative, message, context, line in page_messages():
        catalog.add(message, locations=[(relative, line)], context=context)
    click_dir = Path(click.__file__).parent
    for path in sorted(click_dir.glob("*.py")):
        with path.open("rb") as handle:
            for line, message, comments, context in extract("python", handle, KEYWORDS):
                catalog.add(
                    message,
                    locations=[(f"click/{path.name}", line)],
                    context=context,
                    auto_comments=comments,
                )
    return catalog


def page_messages() -> Iterator[tuple[str, str, str | None, int]]:
    """(file, message, context, line) of every message of the review page."""
    for relative, method, keywords in (
        (PAGE_TEMPLATE, "jinja2.ext:babel_extract", TEMPLATE_KEYWORDS),
        (PAGE_SCRIPT, "javascript", SCRIPT_KEYWORDS),
    ):
        with (ROOT / relative).open("rb") as handle:
            for line, message, _comments, context in extract(method, handle, keywords):
                yield relative, str(message), context, line


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "messages.po"


def read(language: str) -> Catalog:
    with po_path(language).open("rb") as handle:
        return read_po(handle, locale=language)


def untranslated(catalog: Catalog) -> list[str]:
    """Messages of ``catalog`` without a translation (or marked fuzzy)."""
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(str(message.id))
    return missing


def compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    args = parser.parse_args()
    template = messages()
    failed = False
    for language in TRANSLATED:
        path = po_path(language)
        if path.is_file():
            catalog = read(language)
        else:
            catalog = Catalog(locale=language, project="extractor", charset="utf-8")
        catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
        catalog.obsolete.clear()
        catalog.fuzzy = False  # the header: Babel marks a new catalogue's as a draft
        catalog.creation_date = catalog.revision_date = _FIXED  # no churn from the clock
        missing = untranslated(catalog)
        if missing:
            failed = True
            print(f"{path}: {len(missing)} message(s) without a translation", file=sys.stderr)
            for message in missing[:20]:
                print(f"  {message!r}", file=sys.stderr)
        if args.check:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as handle:
            write_po(handle, catalog, width=100, sort_output=False, omit_header=False)
        path.with_suffix(".mo").write_bytes(compiled(catalog))
    sys.exit(1 if failed and args.check else 0)


if __name__ == "__main__":
    main()
