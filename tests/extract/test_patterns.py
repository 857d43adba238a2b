import re
from pathlib import Path

import pytest

from evaluation.gold import FIELDS
from extractor.errors import PatternError
from extractor.extract.cues import ContextFile
from extractor.extract.patterns import _compiles, fields
from extractor.model.pattern_files import load_data
from extractor.settings import PATTERNS_DIR

TRIGGERS = [
    pytest.param(trigger, kind, id=trigger.id)
    for spec in (f.spec for f in fields())
    for trigger, kind in [
        *((t, "before") for t in spec.triggers),
        *((t, "after") for t in spec.after),
    ]
]


@pytest.mark.parametrize(("trigger", "kind"), TRIGGERS)
def test_every_trigger_matches_its_examples(trigger, kind) -> None:  # type: ignore[no-untyped-def]
    pattern = re.compile(trigger.regex)
    find = pattern.match if kind == "after" else pattern.search
    for text in trigger.examples.match:
        assert find(text), (trigger.id, text)
    for text in trigger.examples.reject:
        assert not find(text), (trigger.id, text)


def test_every_field_of_the_gold_format_has_patterns() -> None:
    names = {f.spec.field for f in fields()}
    assert names == FIELDS  # the register holds gold/v1's fields, and no field of its own


@pytest.mark.parametrize(
    ("key", "broken", "named"),
    [
        pytest.param("per_year", "'每年|(年均'", "per_year", id="a-cue"),
        pytest.param("stock", "'总数|[累计'", "stock", id="another-cue"),
        pytest.param("target", "['力争', '(?<=预计']", "target[1]", id="one-of-a-list"),
    ],
)
def test_a_bad_regex_in_context_yaml_is_named_by_file_and_key(
    tmp_path: Path, key: str, broken: str, named: str
) -> None:
    source = PATTERNS_DIR / "claims" / "context.yaml"
    lines = source.read_text(encoding="utf-8").splitlines()
    replaced = [f"{key}: {broken}" if line.startswith(f"{key}:") else line for line in lines]
    assert replaced != lines
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "context.yaml").write_text("\n".join(replaced), encoding="utf-8")
    with pytest.raises(PatternError) as raised:
        load_data("claims/context.yaml", ContextFile, tmp_path)
    assert "claims/context.yaml" in str(raised.value)
    assert f"{named}: bad regex" in str(raised.value)


def test_a_key_written_twice_in_context_yaml_is_named_with_its_line(tmp_path: Path) -> None:
    # YAML keeps the second of two equal keys silently: the first cue would never run
    source = PATTERNS_DIR / "claims" / "context.yaml"
    text = source.read_text(encoding="utf-8") + "\nper_year: '每年'\n"
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "context.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(PatternError) as raised:
        load_data("claims/context.yaml", ContextFile, tmp_path)
    message = str(raised.value)
    assert "claims/context.yaml" in message
    assert "'per_year' is written twice" in message
    assert f"line {text.count(chr(10))}," in message


def test_a_malformed_regex_is_refused_naming_it() -> None:
    with pytest.raises(ValueError, match=r"bad regex '5G\(基站'"):
        _compiles("5G(基站")
