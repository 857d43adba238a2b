"""Account names compared as people read them: ａｌｉｃｅ, Alice and alice are one name."""

from __future__ import annotations

import unicodedata


def name_key(name: str) -> str:
    """A name folded for comparison: NFKC (full-width to ASCII, compatibility forms), case
    folded, outer spaces dropped; two accounts never share one."""
    return unicodedata.normalize("NFKC", name).casefold().strip()
