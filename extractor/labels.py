"""What a reader calls things: claim fields and their unit words, named lists, statuses,
qualifiers, verdicts and error kinds, in the reader's language (the fields' names and unit
words are in their register, patterns/claims/fields.yaml, read through extractor.model.fields).

One table for the command line, the reports, the pre-screen's reasons and the panel (which
gets it from the API): the English here are msgids of the gettext catalogue
(extractor/language.py), whose Chinese is what a reader sees by default.
"""

from __future__ import annotations

import errno
from datetime import datetime, timedelta, timezone

from extractor.language import N_, _, pgettext

# Times are stored in UTC and shown in Beijing time (Asia/Shanghai: UTC+8, no daylight saving)
BEIJING = timezone(timedelta(hours=8), "CST")


def beijing_time(at: datetime) -> str:
    """A moment as a reader sees it: Beijing time to the minute, e.g. 2026-12-05 18:30."""
    return at.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M")


def NP_(context: str, message: str) -> tuple[str, str]:
    """Mark ``message`` in ``context`` for the catalogue; translated when shown."""
    return context, message


LIST_NAMES: dict[str, tuple[str, str]] = {
    "policy_documents": NP_("list", "special policy documents"),
    "national_titles": NP_("list", "ministerial or higher titles"),
    "factories_5g": NP_("list", "5G factory directory entries or pilot projects"),
}

STATUSES: dict[str, tuple[str, str]] = {
    "actual": NP_("status", "actual"),
    "target": NP_("status", "target"),
}

QUALIFIERS: dict[str, tuple[str, str]] = {
    "exact": NP_("qualifier", "exactly"),
    "over": NP_("qualifier", "over"),
    "at_least": NP_("qualifier", "at least"),
    "about": NP_("qualifier", "about"),
    "under": NP_("qualifier", "under"),
}

VERDICTS: dict[str, tuple[str, str]] = {
    "pass": NP_("verdict", "pass"),
    "fail": NP_("verdict", "fail"),
    "unclear": NP_("verdict", "unclear"),
}

# ErrorKind values (extractor/errors.py) and the batch's internal-error
ERROR_KINDS: dict[str, str] = {
    "encrypted": N_("encrypted"),
    "corrupt": N_("damaged file"),
    "empty": N_("empty file"),
    "wrong_type": N_("wrong file type"),
    "too_large": N_("too large"),
    "timeout": N_("timed out"),
    "unreadable": N_("unreadable"),
    "unsupported": N_("unsupported file type"),
    "internal-error": N_("internal error"),
}


def _shown(table: dict[str, tuple[str, str]], key: str) -> str:
    marked = table.get(key)
    return key if marked is None else pgettext(*marked)


def field_ids() -> list[str]:
    """Every claim field, as patterns/claims/fields.yaml lists them."""
    from extractor.model.fields import field_labels

    return list(field_labels())


def field_name(field: str) -> str:
    """The reader's name of a claim field (the id itself if it has none)."""
    from extractor.model.fields import field_labels

    label = field_labels().get(field)
    return field if label is None else _(label.name)


def unit_word(field: str) -> str:
    """The measure word after a value of ``field`` in its canonical unit."""
    from extractor.model.fields import field_labels

    label = field_labels().get(field)
    return "" if label is None else pgettext("unit", label.unit_word)


def list_name(name: str) -> str:
    """The reader's name of a named list (policy documents, titles, 5G factories)."""
    return _shown(LIST_NAMES, name)


def status_name(status: str) -> str:
    """Actual or target, in the reader's words."""
    return _shown(STATUSES, status)


def qualifier_name(qualifier: str) -> str:
    """Exactly, over, at least, about, under, in the reader's words."""
    return _shown(QUALIFIERS, qualifier)


def verdict_name(verdict: str) -> str:
    """Pass, fail or unclear, in the reader's words."""
    return _shown(VERDICTS, verdict)


def error_kind_name(kind: str | None) -> str:
    """The reader's word for an error kind, or the kind as spelled if it has none."""
    shown = ERROR_KINDS.get(kind or "")
    return (kind or "") if shown is None else _(shown)


SUBMISSION_STATES: dict[str, tuple[str, str]] = {
    "queued": NP_("submission", "queued"),
    "processing": NP_("submission", "processing"),
    "done": NP_("submission", "done"),
    "failed": NP_("submission", "failed"),
}


def submission_state(state: str) -> str:
    """Queued, processing, done or failed, in the reader's words."""
    return _shown(SUBMISSION_STATES, state)


BLOCK_KINDS: dict[str, tuple[str, str]] = {
    "heading": NP_("block", "heading"),
    "paragraph": NP_("block", "paragraph"),
    "list_item": NP_("block", "list item"),
    "table": NP_("block", "table"),
    "furniture": NP_("block", "page furniture"),
    "header": NP_("block", "page header"),
    "footer": NP_("block", "page footer"),
    "page_number": NP_("block", "page number"),
}


def block_kind_name(kind: str) -> str:
    """What a block of the outline is (heading, paragraph, table …), in the reader's words."""
    return _shown(BLOCK_KINDS, kind)


# errno -> what went wrong, for messages about files (Python's own strerror is English)
OS_ERRORS: dict[int, str] = {
    errno.ENOENT: N_("no such file or folder"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("operation not permitted"),
    errno.EISDIR: N_("it is a folder"),
    errno.ENOTDIR: N_("a part of the path is not a folder"),
    errno.ENOSPC: N_("no space left on the disk"),
    errno.EROFS: N_("the file system is read-only"),
    errno.ENAMETOOLONG: N_("the name is too long"),
    errno.ELOOP: N_("too many symbolic links"),
    errno.EIO: N_("input/output error"),
}


def os_error(err: OSError) -> str:
    """What an operating-system error means, in the reader's language."""
    known = OS_ERRORS.get(err.errno or 0)
    if known is not None:
        return _(known)
    return _("system error {code}").format(code=err.errno) if err.errno else _("system error")
