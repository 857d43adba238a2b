"""``python -m extractor`` and the ``extractor`` command: the language first, then the commands.

The language (--lang, else EXTRACTOR_LANG, else Chinese) is chosen before extractor.cli is
imported, because the commands' help is written in it when they are built.
"""

from __future__ import annotations

import sys


def _asked_language(arguments: list[str]) -> tuple[str | None, list[str]]:
    """The value of --lang (``--lang en`` or ``--lang=en``, before or after the command) and
    the arguments without it."""
    asked, rest = None, []
    index = 0
    while index < len(arguments):
        argument = arguments[index]
        if argument == "--":
            rest += arguments[index:]
            break
        if argument.startswith("--lang="):
            asked = argument.partition("=")[2]
        elif argument == "--lang" and index + 1 < len(arguments):
            asked = arguments[index + 1]
            index += 1
        else:
            rest.append(argument)
        index += 1
    return asked, rest


def main() -> None:
    """Console-script entry point."""
    from extractor.language import UnknownLanguage, current, use

    asked, arguments = _asked_language(sys.argv[1:])
    try:
        use(asked or current())
    except UnknownLanguage as err:
        print(f"extractor: {err}", file=sys.stderr)  # noqa: T201 - before Click can say it
        sys.exit(2)
    from extractor.cli import cli
    from extractor.errors import ExtractorError

    try:
        cli(arguments, prog_name="extractor")
    except ExtractorError as err:  # a malformed pattern file or format: its name, no traceback
        from extractor.language import _

        print(_("error: {message}").format(message=err), file=sys.stderr)  # noqa: T201
        sys.exit(1)


if __name__ == "__main__":
    main()
