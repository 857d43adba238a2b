"""Chinese words and sentences: spaCy's blank zh pipeline, segmented by jieba.

jieba keeps the domain terms of patterns/jieba/userdict.txt whole (5G基站, 专精特新, 单项冠军);
sentences end after the ``sentence_breaks`` of patterns/claims/context.yaml, never at ，、：.
Figures are found at the character level by numbers.py, and a figure's edge may fall inside a
jieba word (3.6万 | 个 in 万个), so ``words_before`` and ``words_after`` give the part of such
a word on their side of the position. Nothing here loads a model or reaches the network.
"""

from __future__ import annotations

import logging
import re
import tempfile
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, cast

from pydantic import BaseModel, ConfigDict, Field, PositiveInt, ValidationError

from extractor.errors import PatternError
from extractor.extract import jieba_cache
from extractor.extract.cues import cues
from extractor.settings import PATTERNS_DIR

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from thinc.types import Ints2d

USER_DICTIONARY = "jieba/userdict.txt"
SENTENCE_COMPONENT = "extractor_sentences"
# spaCy aligns jieba's words to the text with a slice per word (util.get_words_and_spaces),
# which is quadratic in a doc's length: long texts go through in chunks of whole lines.
_CHUNK_CHARS = 4000
_BATCH_SIZE = 32
_LINE_END = re.compile(r"\n\s*")
_CLOSING = frozenset({"Pe", "Pf"})  # ）】」 and ”’: they close the sentence before them


@dataclass(frozen=True, slots=True)
class Token:
    """One word: half-open [start, end) into the text it came from."""

    start: int
    end: int
    text: str


class UserWord(BaseModel):
    """One line of the jieba user dictionary: a word never to split, its frequency and tag."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    word: str = Field(pattern=r"^\S+$")
    freq: PositiveInt
    tag: str = Field(pattern=r"^[a-z]+$")


def user_words(path: Path | None = None) -> tuple[UserWord, ...]:
    """The user dictionary's entries, each checked: jieba itself accepts any line silently."""
    import jieba

    path = path or PATTERNS_DIR / USER_DICTIONARY
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise PatternError(f"{path}: cannot read the user dictionary ({err.strerror})") from err
    entries: dict[str, UserWord] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        parts = line.split(" ")
        where = f"{path}:{number}"
        if len(parts) != 3:
            raise PatternError(f"{where}: expected 'word freq tag' with single spaces: {line!r}")
        try:
            entry = UserWord.model_validate(dict(zip(("word", "freq", "tag"), parts, strict=True)))
        except ValidationError as err:
            problems = "; ".join(f"{e['loc'][0]}: {e['msg']}" for e in err.errors())
            raise PatternError(f"{where}: {problems}") from err
        # jieba cuts quotes and brackets off before it looks words up, so “小巨人” never matches
        if not jieba.re_han_default.fullmatch(entry.word):
            raise PatternError(f"{where}: jieba always splits {entry.word!r}; drop its punctuation")
        if entry.word in entries:
            raise PatternError(f"{where}: {entry.word!r} is listed twice")
        entries[entry.word] = entry
    return tuple(entries.values())


@cache
def _breaks() -> frozenset[str]:
    return frozenset(cues().data.sentence_breaks)


def _is_closing(text: str) -> bool:
    return all(unicodedata.category(char) in _CLOSING for char in text)


def mark_sentences(doc: Doc) -> Doc:
    """spaCy component: a sentence starts at the first word after a sentence break.

    Whitespace, further breaks and closing quotes or brackets (。” ！）) stay with the sentence
    they follow; after a newline the next word always starts one (list items, table rows).
    """
    import numpy

    breaks = _breaks()
    newline = "\n" in breaks
    after_break = after_newline = False
    marks: list[int] = []  # SENT_START: 1 starts a sentence, -1 does not
    strings = doc.vocab.strings
    # columns, not Token objects: spaCy builds one Python object per token iterated
    for orth, is_space in doc.to_array(["ORTH", "IS_SPACE"]).tolist():
        text = strings[orth]
        is_break = not breaks.isdisjoint(text)
        if not marks:
            starts = True
        elif is_space:
            starts = False
        else:
            starts = after_newline or (after_break and not is_break and not _is_closing(text))
        marks.append(1 if starts else -1)
        if starts:
            after_break = after_newline = False
        after_break = after_break or is_break
        after_newline = after_newline or (newline and "\n" in text)
    if marks:
        # one array, not token.is_sent_start: that setter scans the whole doc on every call
        column = numpy.array(marks, dtype=numpy.int64).astype(numpy.uint64).reshape(-1, 1)
        doc.from_array(["SENT_START"], cast("Ints2d", column))
    return doc


@cache
def nlp() -> Language:
    """The process's one Chinese pipeline, built offline on first use: jieba words, sentences."""
    import jieba
    import spacy
    from spacy.language import Language

    jieba.setLogLevel(logging.WARNING)  # else it logs "Building prefix dict" to stderr
    # jieba caches its prefix dictionary in tmp_dir, or else the system temp dir
    cache_dir = Path(tempfile.gettempdir()) / "extractor-jieba"
    cache_dir.mkdir(exist_ok=True)
    jieba.dt.tmp_dir = str(cache_dir)
    jieba_cache.initialise(jieba.dt, cache_dir)  # before spaCy's first cut would load it slowly
    pipeline = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    # spaCy's ChineseTokenizer cuts with the jieba module's functions, i.e. its default
    # Tokenizer jieba.dt, which spacy.blank has just initialised: the words go there.
    for entry in user_words():
        jieba.add_word(entry.word, entry.freq, entry.tag)
    if not Language.has_factory(SENTENCE_COMPONENT):
        Language.component(SENTENCE_COMPONENT, func=mark_sentences)
    pipeline.add_pipe(SENTENCE_COMPONENT)
    return pipeline


def _chunks(text: str) -> list[tuple[int, str]]:
    """``text`` as (offset, piece): whole lines, ending with their newlines and blank space.

    jieba and the sentence component treat each line on its own, so the pieces give the same
    words and sentences as the whole text, without spaCy's quadratic cost.
    """
    if "\n" not in _breaks():
        return [(0, text)] if text else []
    pieces: list[tuple[int, str]] = []
    start = 0
    for line_end in _LINE_END.finditer(text):
        cut = line_end.end()
        if cut - start >= _CHUNK_CHARS and cut < len(text):
            pieces.append((start, text[start:cut]))
            start = cut
    if start < len(text):
        pieces.append((start, text[start:]))
    return pieces


@dataclass(frozen=True, slots=True)
class _Analysis:
    tokens: tuple[Token, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...]
    sentence_starts: tuple[int, ...]


def _analyse_many(texts: Iterable[str]) -> list[_Analysis]:
    texts = list(texts)
    owners: list[int] = []
    offsets: list[int] = []
    pieces: list[str] = []
    for owner, text in enumerate(texts):
        for offset, piece in _chunks(text):
            owners.append(owner)
            offsets.append(offset)
            pieces.append(piece)
    words: list[list[Token]] = [[] for _ in texts]
    starts: list[list[int]] = [[] for _ in texts]
    docs = nlp().pipe(pieces, batch_size=_BATCH_SIZE)
    for owner, offset, piece, doc in zip(owners, offsets, pieces, docs, strict=True):
        columns = doc.to_array(["IDX", "LENGTH", "IS_SPACE", "SENT_START"]).tolist()
        found, first = words[owner], starts[owner]
        for idx, length, is_space, sent_start in columns:
            if sent_start == 1:
                first.append(offset + idx)
            if not is_space:
                found.append(Token(offset + idx, offset + idx + length, piece[idx : idx + length]))
    analyses = []
    for text, found, first in zip(texts, words, starts, strict=True):
        ends = [*first[1:], len(text)] if first else []
        spans = tuple(zip(first, ends, strict=True))
        analyses.append(
            _Analysis(
                tuple(found),
                tuple(t.start for t in found),
                tuple(t.end for t in found),
                spans,
                tuple(first),
            )
        )
    return analyses


@lru_cache(maxsize=4)
def _analyse(text: str) -> _Analysis:
    """One text's words and sentences; callers ask about the same text figure after figure."""
    return _analyse_many([text])[0]


def tokens(text: str) -> tuple[Token, ...]:
    """The words of ``text`` (whitespace left out), with offsets; the last 4 texts are kept."""
    return _analyse(text).tokens


def tokenise_many(texts: list[str]) -> list[tuple[Token, ...]]:
    """The words of each text, segmented in one ``nlp().pipe`` stream and not kept."""
    return [analysis.tokens for analysis in _analyse_many(texts)]


def sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Half-open sentence spans that tile ``text``, each ending after its break and spaces."""
    return _analyse(text).sentences


def _check(text: str, position: int) -> None:
    if not 0 <= position <= len(text):
        raise ValueError(f"position {position} is outside the text (0 to {len(text)})")


def _sentence_of(analysis: _Analysis, char: int) -> tuple[int, int]:
    return analysis.sentences[bisect_right(analysis.sentence_starts, char) - 1]


def words_before(text: str, position: int, limit: int) -> tuple[str, ...]:
    """Up to ``limit`` words ending by ``position``, nearest last, in the sentence holding it.

    A word that ``position`` cuts (a figure's start inside a jieba word) gives its first part.
    """
    _check(text, position)
    analysis = _analyse(text)
    if not analysis.tokens or limit <= 0:
        return ()
    first, _ = _sentence_of(analysis, min(position, len(text) - 1))
    end = bisect_left(analysis.starts, position)
    start = max(bisect_left(analysis.starts, first), end - limit)
    found = analysis.tokens[start:end]
    words = [t.text for t in found]
    if words and found[-1].end > position:
        words[-1] = found[-1].text[: position - found[-1].start]
    return tuple(words)


def words_after(text: str, position: int, limit: int) -> tuple[str, ...]:
    """Up to ``limit`` words starting from ``position``, nearest first, in its sentence.

    The sentence is the one holding the character before ``position`` (a figure's last); a
    word that ``position`` cuts (万个 after 3.6万) gives its remaining part (个).
    """
    _check(text, position)
    analysis = _analyse(text)
    if not analysis.tokens or limit <= 0:
        return ()
    _, last = _sentence_of(analysis, max(position - 1, 0))
    start = bisect_right(analysis.ends, position)
    end = min(bisect_left(analysis.starts, last), start + limit)
    found = analysis.tokens[start:end]
    words = [t.text for t in found]
    if words and found[0].start < position:
        words[0] = found[0].text[position - found[0].start :]
    return tuple(words)


def is_word_boundary(text: str, position: int) -> bool:
    """Whether ``position`` falls between words, not inside one (基站 inside 5G基站 is not)."""
    _check(text, position)
    analysis = _analyse(text)
    index = bisect_right(analysis.starts, position) - 1
    if index < 0:
        return True
    word = analysis.tokens[index]
    return word.start == position or word.end <= position


def words_around(
    text: str, start: int, end: int, reach: int = 10
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words just before ``start`` (nearest last) and just after ``end`` (nearest first).

    Each side is a window of at most ``reach`` characters that stops at a sentence break, and
    is segmented on its own by the pipeline's tokenizer: far cheaper than a whole sentence, for
    the few words that bound a figure (不 / 低于 before it, 以上 after its unit).
    """
    breaks = _breaks()
    left = text[max(0, start - reach) : start]
    cut = max((i for i, char in enumerate(left) if char in breaks), default=-1)
    left = left[cut + 1 :]
    right = text[end : end + reach]
    stop = next((i for i, char in enumerate(right) if char in breaks), len(right))
    right = right[:stop]
    tokenizer = nlp().tokenizer
    before = tuple(t.text for t in tokenizer(left) if not t.is_space) if left else ()
    after = tuple(t.text for t in tokenizer(right) if not t.is_space) if right else ()
    return before, after
