import re

import pytest

from evaluation.gold import FIELDS
from extractor.extract.patterns import fields

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
    assert names == FIELDS
