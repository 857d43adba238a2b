"""The review page in the reader's language: index.html's words and panel.js's, translated.

Both are written in English, as msgids of the one gettext catalogue (extractor/language.py):
the template's ``_()`` and ``pgettext()`` are translated as it renders, and panel.js's
``t("…")`` and ``pt("context", "…")`` look their words up in a JSON table the page carries
(``<script type="application/json" id="strings">``: data, never run, so the CSP holds).
scripts/catalogue.py extracts the same messages for the catalogue; a test checks that the
messages found here are the ones it finds.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.language import translations

if TYPE_CHECKING:
    from jinja2 import Environment

_HERE = Path(__file__).resolve().parent
TEMPLATE = "index.html"
SCRIPT = _HERE / "static" / "panel.js"
LANG_TAGS = {"zh": "zh-CN", "en": "en"}
CONTEXT_GLUE = "\x04"  # gettext's separator of a context and its message
_LITERAL = r'("(?:[^"\\\n]|\\.)*")'  # a double-quoted JavaScript string, which JSON reads too
_T = re.compile(r"(?<![\w$.])t\(\s*" + _LITERAL)
_PT = re.compile(r"(?<![\w$.])pt\(\s*" + _LITERAL + r"\s*,\s*" + _LITERAL)


@cache
def script_messages() -> tuple[tuple[str | None, str], ...]:
    """(context, message) of every t() and pt() in panel.js whose message is a literal."""
    script = SCRIPT.read_text(encoding="utf-8")
    found: set[tuple[str | None, str]] = {(None, json.loads(m)) for m in _T.findall(script)}
    found |= {(json.loads(c), json.loads(m)) for c, m in _PT.findall(script)}
    return tuple(sorted(found, key=lambda pair: (pair[0] or "", pair[1])))


def script_strings(language: str) -> dict[str, str]:
    """panel.js's messages and their translations, keyed as its t() and pt() look them up."""
    shown = translations(language)
    strings = {}
    for context, message in script_messages():
        if context is None:
            strings[message] = shown.gettext(message)
        else:
            strings[context + CONTEXT_GLUE + message] = shown.pgettext(context, message)
    return strings


@cache
def render_page(language: str) -> str:
    """The whole page in ``language`` (one of extractor.language.LANGUAGES)."""
    shown = translations(language)
    return (
        _environment()
        .get_template(TEMPLATE)
        .render(
            _=shown.gettext,
            pgettext=shown.pgettext,
            lang=LANG_TAGS[language],
            strings=script_strings(language),
        )
    )


@cache
def _environment() -> Environment:
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    environment = Environment(
        loader=FileSystemLoader(_HERE / "templates"),
        autoescape=True,  # a translation is text: its quotes and < are escaped, never markup
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    # tojson still writes <, >, & and ' as \u escapes, so no string can end the script element
    environment.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    return environment
