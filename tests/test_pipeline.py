import os
import sys
from pathlib import Path

import pytest

from extractor import pipeline
from extractor.errors import (
    DocumentError,
    EmptyDocument,
    ErrorKind,
    TimeoutDocument,
    TooLargeDocument,
)
from extractor.model import Document
from extractor.pipeline import parse_document, parse_in_process, parse_while_warming
from extractor.settings import Limits

TEXT = "一、总体要求\n截至2023年底，全市累计建成5G基站１２０００个。\n"


def test_a_document_comes_back_from_the_worker(tmp_path: Path) -> None:
    path = tmp_path / "申报书.txt"
    path.write_text(TEXT, encoding="utf-8")
    document = parse_document(path, Limits())
    assert "5G基站12000个" in document.text
    assert document.source == str(path)


def test_isolated_and_in_process_parses_agree(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT * 50, encoding="utf-8")
    assert parse_document(path, Limits()) == parse_document(path, Limits(), isolate=False)


def test_a_slow_document_times_out(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(TEXT * 20000, encoding="utf-8")
    with pytest.raises(TimeoutDocument) as caught:
        parse_document(path, Limits(timeout_s=0.001))
    assert caught.value.kind is ErrorKind.timeout
    assert "long.txt" in str(caught.value)


def test_a_document_over_the_memory_limit_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(TEXT * 20000, encoding="utf-8")
    with pytest.raises(TooLargeDocument, match=r"big\.txt"):
        parse_document(path, Limits(memory_mb=64))


def test_typed_errors_cross_the_process_boundary(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(DocumentError) as caught:
        parse_document(path, Limits())
    assert caught.value.kind is ErrorKind.empty


class _Readers:
    """parse_in_process, recording which process read each file (a fork inherits the patch)."""

    def __init__(self, log: Path, *, child_dies: bool = False) -> None:
        self.log, self.parent, self.child_dies = log, os.getpid(), child_dies

    def __call__(self, path: Path, limits: Limits, location: Path | None = None) -> Document:
        here = os.getpid()
        with self.log.open("a") as out:
            out.write("parent\n" if here == self.parent else "child\n")
        if here != self.parent and self.child_dies:
            os._exit(9)  # as a crash of a native library would end it
        return parse_in_process(path, limits, location)

    def readers(self) -> list[str]:
        return self.log.read_text().split()


@pytest.fixture
def cold(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process as a worker of one document: extraction's models not loaded yet."""
    monkeypatch.delitem(sys.modules, "extractor.warm", raising=False)


@pytest.mark.usefixtures("cold")
def test_a_cold_worker_has_a_child_read_the_file_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT * 50, encoding="utf-8")
    readers = _Readers(tmp_path / "log")
    monkeypatch.setattr(pipeline, "parse_in_process", readers)
    assert parse_while_warming(path, Limits()) == parse_in_process(path, Limits())
    assert readers.readers() == ["child"]
    assert "extractor.warm" in sys.modules  # loaded here while the child read


@pytest.mark.usefixtures("cold")
def test_the_child_s_typed_error_is_raised_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    readers = _Readers(tmp_path / "log")
    monkeypatch.setattr(pipeline, "parse_in_process", readers)
    with pytest.raises(EmptyDocument, match=r"empty\.txt"):
        parse_while_warming(path, Limits())
    assert readers.readers() == ["child"]


@pytest.mark.usefixtures("cold")
def test_when_the_child_dies_this_process_reads_the_file_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # so a crash happens where run_bounded classifies it, as in any worker
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    readers = _Readers(tmp_path / "log", child_dies=True)
    monkeypatch.setattr(pipeline, "parse_in_process", readers)
    assert "5G基站12000个" in parse_while_warming(path, Limits()).text
    assert readers.readers() == ["child", "parent"]


def test_a_warm_worker_reads_the_file_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import extractor.warm  # noqa: F401  (as the forkserver of a batch preloads it)

    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    readers = _Readers(tmp_path / "log")
    monkeypatch.setattr(pipeline, "parse_in_process", readers)
    parse_while_warming(path, Limits())
    assert readers.readers() == ["parent"]
