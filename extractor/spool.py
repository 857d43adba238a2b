"""A batch's finished submissions kept in a temporary file, not in the batch's memory.

A 60-page submission's result (claims with their evidence, lists, verdicts) takes about 1.5 MB
as objects: a batch holding a hundred of them grew by 390 MB before its report was written. The
spool keeps each as its JSON on disk, with its path and place in an index, and reads one back
when a report writer comes to it: the batch's own memory stays that of one submission. The file
is deleted when the spool is.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator, Sequence
from typing import overload

from extractor.model import SubmissionResult


class Spool(Sequence[SubmissionResult]):
    """Submissions written as they finish, read back one at a time, in path order once sorted."""

    def __init__(self) -> None:
        # the file lives as long as the spool: closed, and so deleted, with it
        self._file = tempfile.TemporaryFile(prefix="extractor-batch-")  # noqa: SIM115
        self._index: list[tuple[str, int, int]] = []  # (path, offset, length)
        self._end = 0

    def add(self, result: SubmissionResult) -> None:
        data = result.model_dump_json().encode("utf-8")
        self._file.seek(self._end)
        self._file.write(data)
        self._index.append((result.path, self._end, len(data)))
        self._end += len(data)

    def sort(self) -> None:
        """Path order: one order for every report."""
        self._index.sort(key=lambda entry: entry[0])

    def __len__(self) -> int:
        return len(self._index)

    @overload
    def __getitem__(self, index: int) -> SubmissionResult: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[SubmissionResult]: ...

    def __getitem__(self, index: int | slice) -> SubmissionResult | Sequence[SubmissionResult]:
        if isinstance(index, slice):
            return [self[number] for number in range(*index.indices(len(self)))]
        _, offset, length = self._index[index]
        self._file.seek(offset)
        return SubmissionResult.model_validate_json(self._file.read(length))

    def __iter__(self) -> Iterator[SubmissionResult]:
        return (self[number] for number in range(len(self)))
