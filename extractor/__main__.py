"""``python -m extractor`` and the ``extractor`` command: the language first, then the commands.

The language (--lang, else EXTRACTOR_LANG, else Chinese) is chosen before extractor.cli is
imported, because the commands' help is written in it when they are built.
"""

from __future__ import annotations

import sys


def _asked_language(arguments: list[str]) -> str | None:
    """The value of --lang among the arguments (``--lang en`` or ``--lang=en``), if any."""
    for index, argument in enumerate(arguments):
        if argument == "--":
            break
        if argument.startswith("--lang="):
            return argument.partition("=")[2]
        if argument == "--lang" and index + 1 < len(arguments):
            return arguments[index + 1]
    return None


def main() -> None:
    """Console-script entry point."""
    from extractor.language import UnknownLanguage, current, use

    try:
        use(_asked_language(sys.argv[1:]) or current())
    except UnknownLanguage as err:
        print(f"extractor: {err}", file=sys.stderr)  # noqa: T201 - before Click can say it
        sys.exit(2)
    from extractor.cli import cli

    cli(prog_name="extractor")


if __name__ == "__main__":
    main()
