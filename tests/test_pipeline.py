from pathlib import Path

import pytest

from extractor.errors import DocumentError, ErrorKind, TimeoutDocument, TooLargeDocument
from extractor.pipeline import parse_document
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
