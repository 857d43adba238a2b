"""Property tests of normalise_text over all of Unicode, hostile characters first.

tests/normalise/test_properties.py checks the offset map on CJK, full-width and radicals;
these go further: astral characters, combining marks, bidi controls, NUL and other C0/C1
controls, CRLF and every line separator, and they check what the module promises in full:
no non-space character lost or invented, whitespace only where words meet, controls gone.
"""

from __future__ import annotations

import os
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor.normalise import normalise_text
from extractor.normalise.spacing import is_space, keeps_space
from extractor.normalise.width import fold, fold_char

_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))
# Unicode's Bidi_Control characters (PropList.txt): marks, embeddings, overrides, isolates
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_KEPT_FULL_WIDTH = "，；！？："  # Chinese sentence punctuation stays full-width by design

_HOSTILE = st.one_of(
    st.characters(codec="utf-8"),  # anything but a lone surrogate, astral planes included
    st.characters(min_codepoint=0x0, max_codepoint=0x1F),  # C0, NUL included
    st.characters(min_codepoint=0x7F, max_codepoint=0x9F),  # DEL and C1
    st.characters(min_codepoint=0x300, max_codepoint=0x36F),  # combining marks
    st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF),  # emoji (astral)
    st.characters(min_codepoint=0x20000, max_codepoint=0x2A6DF),  # CJK extension B (astral)
    st.characters(min_codepoint=0x1D400, max_codepoint=0x1D7FF),  # math letters: NFKC to ASCII
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),  # full-width ASCII
    st.characters(min_codepoint=0x2E80, max_codepoint=0x2FD5),  # radicals
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80),
    st.sampled_from(list(BIDI_CONTROLS + "\u200b\u200c\u200d\u2060\ufeff\u00ad")),
    st.sampled_from(["\r\n", "\r", "\n", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\u3000"]),
    st.sampled_from([*"0123456789 ，。", "\xa8", "\u3250", "\ufdfa", "\u2474"]),
)
hostile_text = st.lists(_HOSTILE, max_size=60).map("".join)


def _assert_offsets_exact(raw: str, text: str, origin: list[int]) -> None:
    """Lengths equal, the map monotone, and each raw character's non-space folds all kept."""
    assert len(text) == len(origin)
    assert all(0 <= i < len(raw) for i in origin)
    assert origin == sorted(origin)
    for char, index in zip(text, origin, strict=True):
        source = raw[index]
        assert char in fold_char(source) or (char == " " and is_space(source)), (char, source)
    # nothing but whitespace is dropped, nothing is duplicated: per raw character, the
    # non-space characters it maps to are exactly its folded non-space characters, in order
    by_source: dict[int, list[str]] = {}
    for char, index in zip(text, origin, strict=True):
        if char != " ":
            by_source.setdefault(index, []).append(char)
    for index, source in enumerate(raw):
        folded = [c for c in fold_char(source) if not is_space(c)]
        assert by_source.get(index, []) == folded, (index, source)


@settings(max_examples=_EXAMPLES, deadline=None)
@given(hostile_text)
@example("5G\r\n基站\x00\x85\u200e12\r\n3")
@example("\u202e\u2066abc\u2069\u202c")
@example("e\u0301\u0301\U0001f600\U00020000")
@example("a\xa8b")  # ¨ folds to a space and a combining mark
def test_offset_map_is_exact_on_hostile_text(raw: str) -> None:
    text, origin = normalise_text(raw)
    _assert_offsets_exact(raw, text, origin)


@settings(max_examples=_EXAMPLES, deadline=None)
@given(hostile_text)
@example("5G\u200e基站\u061c\u200f")  # LRM, ALM and RLM were kept before the fix
def test_controls_and_invisibles_are_gone_and_spaces_only_join_words(raw: str) -> None:
    text, _ = normalise_text(raw)
    for position, char in enumerate(text):
        assert unicodedata.category(char) != "Cc", repr(char)
        assert char not in BIDI_CONTROLS + "\u200b\u200c\u200d\u2060\ufeff\u00ad", repr(char)
        if is_space(char):
            assert char == " ", repr(char)
            assert 0 < position < len(text) - 1
            assert keeps_space(text[position - 1], text[position + 1])


@settings(max_examples=_EXAMPLES, deadline=None)
@given(hostile_text)
@example("12\r\n34")
def test_normalising_twice_changes_nothing(raw: str) -> None:
    """The module's output is its own fixed point: text and map both (identity map the 2nd time)."""
    once, _ = normalise_text(raw)
    twice, origin = normalise_text(once)
    assert twice == once
    assert origin == list(range(len(once)))


@settings(max_examples=_EXAMPLES, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=40))
def test_full_width_ascii_folds_back_to_ascii(ascii_text: str) -> None:
    """Full-width ＡＢＣ１２３ reads as ABC123; ，；！？： alone stay full-width, by design."""
    wide = "".join(chr(ord(c) + 0xFEE0) for c in ascii_text)
    expected = "".join(
        chr(ord(c) + 0xFEE0) if chr(ord(c) + 0xFEE0) in _KEPT_FULL_WIDTH else c for c in ascii_text
    )
    text, origin = normalise_text(wide)
    assert text == expected
    assert origin == list(range(len(wide)))
    assert normalise_text(ascii_text) == (ascii_text, list(range(len(ascii_text))))


@settings(max_examples=_EXAMPLES, deadline=None)
@given(
    st.lists(st.sampled_from([*" \t\n\r\u3000\xa0", "\r\n"]), min_size=1).map("".join),
    st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1),
    st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1),
)
def test_a_whitespace_run_between_words_is_one_space(run: str, left: str, right: str) -> None:
    text, _ = normalise_text(left + run + right)
    joined = left[-1].isdigit() and right[0].isdigit() and ("\n" in run)
    assert text == left + ("" if joined else " ") + right


@settings(max_examples=_EXAMPLES, deadline=None)
@given(hostile_text)
def test_fold_and_fold_char_agree(raw: str) -> None:
    chars, origin = fold(raw)
    assert chars == [c for source in raw for c in fold_char(source)]
    assert origin == [i for i, source in enumerate(raw) for _ in fold_char(source)]
