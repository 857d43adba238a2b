import zipfile
from pathlib import Path

import pytest

from extractor.errors import (
    EmptyDocument,
    EncryptedDocument,
    ErrorKind,
    TooLargeDocument,
    UnsupportedDocument,
    WrongTypeDocument,
)
from extractor.model import SourceFormat
from extractor.parse.sniff import sniff
from extractor.settings import Limits

LIMITS = Limits()


def _docx_bytes(path: Path) -> bytes:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return path.read_bytes()


def test_pdf_is_recognised_and_hashed(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\n1 0 obj<<>>endobj\n")
    source = sniff(path, LIMITS)
    assert source.format is SourceFormat.pdf
    assert len(source.sha256) == 64


@pytest.mark.parametrize(
    ("name", "content", "error", "words"),
    [
        pytest.param("a.pdf", b"", EmptyDocument, "empty", id="zero-bytes"),
        pytest.param("a.txt", b"  \n\t \r\n", EmptyDocument, "whitespace", id="whitespace-only"),
        pytest.param("a.doc", b"x", UnsupportedDocument, ".doc", id="unsupported-extension"),
        pytest.param("a.pdf", "纯文本".encode(), WrongTypeDocument, "TXT", id="text-named-pdf"),
        pytest.param("a.docx", b"%PDF-1.7\n", WrongTypeDocument, "PDF", id="pdf-named-docx"),
        pytest.param("a.pdf", b"\x89PNG\r\n\x1a\n", WrongTypeDocument, "PNG", id="image-named-pdf"),
        pytest.param(
            "a.docx",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64,
            WrongTypeDocument,
            "OLE",
            id="ole",
        ),
        pytest.param(
            "a.txt", b"\x00\x01\x02binary", WrongTypeDocument, "binary", id="binary-named-txt"
        ),
    ],
)
def test_bad_input_is_a_typed_error_naming_the_file(
    tmp_path: Path, name: str, content: bytes, error: type[Exception], words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(error) as caught:
        sniff(path, LIMITS)
    assert name in str(caught.value)
    assert words in str(caught.value)


def test_docx_named_pdf_is_wrong_type(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    _docx_bytes(path)
    with pytest.raises(WrongTypeDocument, match="DOCX"):
        sniff(path, LIMITS)


def test_file_over_the_size_limit_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("字" * 100, encoding="utf-8")
    with pytest.raises(TooLargeDocument) as caught:
        sniff(path, Limits(max_bytes=100))
    assert caught.value.kind is ErrorKind.too_large


def test_password_protected_docx_is_encrypted_not_wrong_type(tmp_path: Path) -> None:
    path = tmp_path / "protected.docx"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "EncryptionInfo".encode("utf-16-le")
    path.write_bytes(ole + bytes(1024))
    with pytest.raises(EncryptedDocument, match="password"):
        sniff(path, LIMITS)


def test_a_file_gone_since_the_folder_was_listed_is_unreadable_not_a_traceback(
    tmp_path: Path,
) -> None:
    from extractor.errors import DocumentError, ErrorKind

    with pytest.raises(DocumentError, match=r"gone\.pdf: the file is gone") as caught:
        sniff(tmp_path / "gone.pdf", Limits())
    assert caught.value.kind is ErrorKind.unreadable


def test_a_file_that_cannot_be_opened_is_unreadable(tmp_path: Path) -> None:
    from extractor.errors import DocumentError

    folder = tmp_path / "a-folder.pdf"  # a directory named like a submission: open() fails
    folder.mkdir()
    (folder / "x").write_text("x")
    with pytest.raises(DocumentError, match=r"a-folder\.pdf: the file cannot be"):
        sniff(folder, Limits())
