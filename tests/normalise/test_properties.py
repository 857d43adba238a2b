from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.normalise import normalise_text
from extractor.normalise.spacing import is_space
from extractor.normalise.width import fold_char

# CJK, full-width forms, radicals, ASCII, whitespace and invisible controls mixed
_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),
    st.characters(min_codepoint=0x2E80, max_codepoint=0x2FD5),
    st.sampled_from(list(" \t\n\r\u3000\xa0\u200b\ufeff\u202e，。；")),
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_every_normalised_character_maps_to_its_raw_source(raw: str) -> None:
    text, origin = normalise_text(raw)
    assert len(text) == len(origin)
    assert origin == sorted(origin)
    for char, index in zip(text, origin, strict=True):
        source = raw[index]
        assert char in fold_char(source) or (char == " " and is_space(source))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80))
def test_normalising_twice_changes_nothing(raw: str) -> None:
    once = normalise_text(raw)[0]
    assert normalise_text(once)[0] == once
