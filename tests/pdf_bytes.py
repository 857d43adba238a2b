"""PDFs written by hand, byte by byte, for tests and fuzz seeds that need exact structure."""

from __future__ import annotations

from collections.abc import Iterable


def pdf_bytes(objects: Iterable[bytes], root: int = 1, header: bytes = b"%PDF-1.4\n") -> bytes:
    """Objects 1..n in order, a correct xref table, a trailer pointing at ``root``."""
    out = bytearray(header)
    offsets: list[int] = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (len(offsets) + 1, root)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
