"""The language people read: Chinese unless told otherwise (``--lang en``, EXTRACTOR_LANG=en).

Messages are written in English in the code and wrapped in ``_()``; what a reader sees comes
from one gettext catalogue, ``patterns/locale/<lang>/LC_MESSAGES/messages.po``, shared by the
command line, the reports and the panel's API. scripts/catalogue.py extracts the messages with
Babel and compiles the catalogue beside it (``messages.mo``, kept in step by a test). The
domain is gettext's default one because Click asks it for its own messages (usage errors,
``--help``), so they are in the same catalogue. The choice lives in the environment so that
worker processes, started later, speak the language of the command that started them.
"""

from __future__ import annotations

import gettext
import os
from functools import cache

from extractor.settings import PATTERNS_DIR

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
LANGUAGE_ENV = "EXTRACTOR_LANG"
LOCALE_DIR = PATTERNS_DIR / "locale"
DOMAIN = "messages"


class UnknownLanguage(ValueError):
    """A language with no catalogue; names the ones there are."""

    def __init__(self, language: str) -> None:
        self.language = language
        super().__init__(f"unknown language {language!r}: use one of {', '.join(LANGUAGES)}")


def _checked(language: str) -> str:
    folded = language.strip().lower().replace("-", "_").split("_")[0]
    if folded not in LANGUAGES:
        raise UnknownLanguage(language)
    return folded


def current() -> str:
    """The language of this process: EXTRACTOR_LANG, else Chinese."""
    chosen = os.environ.get(LANGUAGE_ENV, "").strip()
    return _checked(chosen) if chosen else DEFAULT_LANGUAGE


def use(language: str) -> str:
    """Speak ``language`` from now on, in this process and the workers it starts."""
    chosen = _checked(language)
    os.environ[LANGUAGE_ENV] = chosen
    # Click's messages go through gettext's default domain, which reads LANGUAGE
    os.environ["LANGUAGE"] = chosen
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    # read the catalogue now: a worker calls this before its memory cap, and a message made
    # when a document has used up the cap must not need to open a file
    translations(chosen)
    return chosen


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``language`` (English is the messages as written)."""
    return gettext.translation(DOMAIN, str(LOCALE_DIR), languages=[language], fallback=True)


def _(message: str) -> str:
    """``message`` in the reader's language."""
    return translations(current()).gettext(message)


def pgettext(context: str, message: str) -> str:
    """``message`` in the reader's language, where the same English word has several uses."""
    return translations(current()).pgettext(context, message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it yet (translated when shown)."""
    return message
