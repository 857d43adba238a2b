"""Declarations found where they are stated: each with its own block and page, a mention with
no word of denial or event declaring nothing, and a heading or a bare title line (the form's
item 6.无重大网络安全事件…) declaring nothing either, without hiding what follows it."""

from pathlib import Path

from extractor.model import BlockKind
from extractor.prescreen.declarations import find_declarations
from tests.extract.phenomena import parse_text

TRUTH = "我市承诺申报材料真实有效。"


def test_a_declaration_carries_its_own_block_and_page(tmp_path: Path) -> None:
    document = parse_text(tmp_path, "澧川市申报材料\f一、申报材料说明\n" + TRUTH)
    [found] = find_declarations(document).false_denied
    block = next(b for b in document.blocks if TRUTH in document.text[b.span.start : b.span.end])
    assert block.index > 0
    assert (found.page, found.block) == (2, block.index)
    assert found.quote == TRUTH.rstrip("。")


def test_a_mention_with_no_word_of_denial_or_event_declares_nothing(tmp_path: Path) -> None:
    document = parse_text(tmp_path, "我市制定了重大安全生产事故应急处置办法。")
    found = find_declarations(document)
    assert found.incident_reported == []
    assert found.incident_denied == []


def test_a_heading_declares_nothing_and_the_statement_after_it_is_found(tmp_path: Path) -> None:
    document = parse_text(tmp_path, "一、无重大网络安全事件和重大安全生产事故情况\n" + TRUTH)
    assert any(b.kind is BlockKind.heading for b in document.blocks)
    found = find_declarations(document)
    assert found.incident_denied == []
    assert len(found.false_denied) == 1


def test_a_title_line_up_to_the_limit_declares_nothing(tmp_path: Path) -> None:
    title = "无重大网络安全事件和重大安全生产事故"
    title += "及" * (40 - len(title))  # title_chars in declarations.yaml
    assert len(title) == 40
    assert find_declarations(parse_text(tmp_path, f"{title}\n{TRUTH}")).incident_denied == []
    longer = parse_text(tmp_path, f"{title}及\n{TRUTH}")
    assert find_declarations(longer).incident_denied != []
