"""Serialised answers of processed submissions, kept in memory: a result never changes once its
submission is done, so the page's large responses (suggestions, the document's view) are built
once and then served as bytes, well inside the page's 100 ms budget."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable


class ResponseCache:
    """A bounded, thread-safe least-recently-used map from a key to response bytes."""

    def __init__(self, max_entries: int = 64) -> None:
        self._entries: OrderedDict[Hashable, bytes] = OrderedDict()
        self._max = max_entries
        self._lock = threading.Lock()

    def get_or_make(self, key: Hashable, make: Callable[[], bytes]) -> bytes:
        """The bytes under ``key``, made (outside the lock) on the first request."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
                return found
        made = make()
        with self._lock:
            self._entries[key] = made
            self._entries.move_to_end(key)
            while len(self._entries) > self._max:
                self._entries.popitem(last=False)
        return made
