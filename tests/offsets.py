"""The offset-map check shared by parser and normaliser tests."""

from extractor.model import Document
from extractor.normalise.script import simplified
from extractor.normalise.width import fold_char


def assert_offsets_exact(document: Document, boxes: bool = False) -> None:
    """Every normalised character comes, in order, from the raw character it points at.

    With ``boxes``, every character but a space also has its box on the page (PDF).
    """
    assert len(document.raw_offsets) == len(document.text)
    for block in document.blocks:
        mapped = [i for i in document.raw_offsets[block.span.start : block.span.end] if i >= 0]
        assert mapped == sorted(mapped), block.index
        for offset in range(block.span.start, block.span.end):
            index = document.raw_offsets[offset]
            char = document.text[offset]
            if index < 0:
                assert char in "\t\n", (block.index, offset)
                continue
            source = block.raw[index]
            folded = fold_char(source)
            if document.traditional:  # read as simplified, one character for one
                folded += simplified(folded)
            assert char in folded or (char == " " and source.isspace()), (char, source)
            if boxes and char != " ":
                assert document.char_boxes[offset] is not None, (block.index, offset, char)
