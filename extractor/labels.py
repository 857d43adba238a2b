"""What a reader calls things: claim fields and their unit words, named lists, statuses,
qualifiers, verdicts and error kinds, in the reader's language.

One table for the command line, the reports, the pre-screen's reasons and the panel (which
gets it from the API): the English here are msgids of the gettext catalogue
(extractor/language.py), whose Chinese is what a reader sees by default. A field without a
name here fails a test (every field of patterns/claims/fields.yaml has one).
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


# field -> its name; the names follow the gold/v1 field table (shared/spec/gold-format.md)
FIELD_NAMES: dict[str, str] = {
    "bs_total": N_("5G base stations in total"),
    "bs_per_10k": N_("5G base stations per 10,000 people"),
    "population": N_("resident population"),
    "platform_projects": N_("“5G+industrial internet” projects"),
    "scenario_factories": N_("factories with 10 or more typical application scenarios"),
    "typical_scenarios": N_("typical application scenarios covered"),
    "pilot_5g_factory_projects": N_("pilot demonstration projects (5G factory direction)"),
    "directory_5g_factories": N_("entries in the 5G factory directory"),
    "national_titles": N_("ministerial or higher titles"),
    "edge_nodes": N_("edge computing nodes"),
    "industrial_platforms": N_("national and provincial industrial internet platforms"),
    "standards": N_("related standards"),
    "ip_count": N_("related intellectual property"),
    "above_scale_enterprises": N_("industrial enterprises above designated size"),
    "little_giants": N_("specialised “little giant” enterprises"),
    "single_champions": N_("manufacturing single champion enterprises"),
    "solution_providers": N_("solution provider enterprises"),
    "special_funds": N_("government special and matching funds"),
    "talents": N_("talents introduced and trained"),
}

# field -> the measure word after a value in its canonical unit
FIELD_UNITS: dict[str, tuple[str, str]] = {
    "bs_total": NP_("unit", "stations"),
    "bs_per_10k": NP_("unit", "stations"),
    "population": NP_("unit", "persons"),
    "platform_projects": NP_("unit", "projects"),
    "scenario_factories": NP_("unit", "factories"),
    "typical_scenarios": NP_("unit", "scenarios"),
    "pilot_5g_factory_projects": NP_("unit", "projects"),
    "directory_5g_factories": NP_("unit", "entries"),
    "national_titles": NP_("unit", "titles"),
    "edge_nodes": NP_("unit", "nodes"),
    "industrial_platforms": NP_("unit", "platforms"),
    "standards": NP_("unit", "standards"),
    "ip_count": NP_("unit", "items"),
    "above_scale_enterprises": NP_("unit", "enterprises"),
    "little_giants": NP_("unit", "enterprises"),
    "single_champions": NP_("unit", "enterprises"),
    "solution_providers": NP_("unit", "enterprises"),
    "special_funds": NP_("unit", "yuan"),
    "talents": NP_("unit", "persons"),
}

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


def field_name(field: str) -> str:
    """The reader's name of a claim field (the id itself if it has none)."""
    name = FIELD_NAMES.get(field)
    return field if name is None else _(name)


def unit_word(field: str) -> str:
    """The measure word after a value of ``field`` in its canonical unit."""
    return _shown(FIELD_UNITS, field) if field in FIELD_UNITS else ""


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
