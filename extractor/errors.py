"""The errors we raise on purpose; a DocumentError names one unreadable submission and its kind."""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path

from extractor.language import _

# Characters that would act rather than show in a message: C0 and C1 controls (a newline
# forging a second "error[...]" line, ESC sequences driving the terminal) and the bidi
# controls that reorder text (U+202E makes "x\u202efdp.txt" look like "xtxt.pdf").
_UNSHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def shown_text(text: str) -> str:
    """``text`` as a message or report shows it: controls and bidi overrides spelled as escapes."""
    return _UNSHOWN.sub(
        lambda found: (
            f"\\x{ord(found[0]):02x}" if ord(found[0]) < 0x100 else f"\\u{ord(found[0]):04x}"
        ),
        text,
    )


def shown_name(path: Path | str) -> str:
    """A file's name as messages show it: controls and bidi overrides spelled as escapes."""
    return shown_text(Path(path).name)


class ErrorKind(StrEnum):
    """The closed set of reasons a submission cannot be read, as shown in reports."""

    encrypted = "encrypted"
    corrupt = "corrupt"
    empty = "empty"
    wrong_type = "wrong_type"
    too_large = "too_large"
    timeout = "timeout"
    unreadable = "unreadable"
    unsupported = "unsupported"


class ExtractorError(Exception):
    """Base of every error we raise on purpose."""


class PatternError(ExtractorError):
    """A data file in patterns/ is malformed; names the file and the key."""


class ReportError(ExtractorError):
    """A report cannot be written: an unsupported extension or an unwritable path, named."""


class UnknownFramework(ExtractorError):
    """A framework id with no file in patterns/frameworks/; names the ids that exist."""

    def __init__(self, framework_id: str, known: Sequence[str]) -> None:
        self.framework_id, self.known = framework_id, tuple(known)
        super().__init__(
            _(
                "unknown framework {framework!r}: known are {known}"
                " (use one of them, or add patterns/frameworks/{framework}.yaml)"
            ).format(framework=framework_id, known=", ".join(self.known) or _("(none)"))
        )

    def __reduce__(self) -> tuple[type[UnknownFramework], tuple[str, tuple[str, ...]]]:
        return (type(self), (self.framework_id, self.known))


class DocumentError(ExtractorError):
    """One submission cannot be read; a batch records it and moves on."""

    kind: ErrorKind = ErrorKind.unreadable

    def __init__(self, path: Path | str, problem: str, hint: str = "") -> None:
        self.path, self.problem, self.hint = Path(path), problem, hint
        name = shown_name(self.path)
        super().__init__(
            _("{name}: {problem} ({hint})").format(name=name, problem=problem, hint=hint)
            if hint
            else _("{name}: {problem}").format(name=name, problem=problem)
        )

    def __reduce__(self) -> tuple[type[DocumentError], tuple[Path, str, str]]:
        # keep subclasses picklable across the worker-process boundary
        return (type(self), (self.path, self.problem, self.hint))


class UnsupportedDocument(DocumentError):
    """A file of a type the extractor does not read (.doc, .wps, an image): a row of its own,
    never skipped in silence."""

    kind = ErrorKind.unsupported

    def __init__(self, path: Path | str, problem: str = "", hint: str = "") -> None:
        kind = Path(path).suffix.lower() or _("(no extension)")
        super().__init__(
            path,
            problem or _("the type {kind} is not read").format(kind=kind),
            hint or _("save it as PDF or DOCX"),
        )


class LinkedDocument(DocumentError):
    """A symbolic link in a batch folder, not followed: it could lead to any file (its text
    would land in the reports)."""

    def __init__(self, path: Path | str, problem: str = "", hint: str = "") -> None:
        super().__init__(
            path,
            problem or _("a symbolic link, not followed"),
            hint or _("--follow-links reads what it points to"),
        )


class EncryptedDocument(DocumentError):
    """The file is password-protected."""

    kind = ErrorKind.encrypted


class CorruptDocument(DocumentError):
    """The file is damaged or truncated, or made its parser crash."""

    kind = ErrorKind.corrupt


class EmptyDocument(DocumentError):
    """The file has no bytes or no content at all."""

    kind = ErrorKind.empty


class WrongTypeDocument(DocumentError):
    """The file's content is not what its extension says, or not a supported type."""

    kind = ErrorKind.wrong_type


class TooLargeDocument(DocumentError):
    """The file exceeds a size, page, decompression or memory limit."""

    kind = ErrorKind.too_large


class TimeoutDocument(DocumentError):
    """Parsing took longer than the per-document wall-clock limit."""

    kind = ErrorKind.timeout


ERRORS_BY_KIND: dict[ErrorKind, type[DocumentError]] = {
    cls.kind: cls
    for cls in (
        DocumentError,
        EncryptedDocument,
        CorruptDocument,
        EmptyDocument,
        WrongTypeDocument,
        TooLargeDocument,
        TimeoutDocument,
    )
}


class InternalError(ExtractorError):
    """A bug met while reading one document, with the worker's traceback; the batch goes on."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path, self.detail = path, detail
        super().__init__(_("{name}: internal error").format(name=shown_name(path)) + "\n" + detail)

    def __reduce__(self) -> tuple[type[InternalError], tuple[Path, str]]:
        return (type(self), (self.path, self.detail))


INTERNAL_ERROR = "internal-error"


def error_kind(err: BaseException) -> str:
    """The kind a report shows for a failure: a typed document error's, else a bug of ours."""
    return err.kind.value if isinstance(err, DocumentError) else INTERNAL_ERROR
