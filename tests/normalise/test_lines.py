"""Which blocks continue the sentence before them: across a page break, into the next column,
or on the next line of the same column; and what joins them."""

import pytest

from extractor.model import BlockKind, RawBlock
from extractor.normalise.lines import joiner, runs_on

# a column's line: x0, top, x1, bottom in points
LINE = (72.0, 100.0, 300.0, 112.0)


def _block(
    page: int | None, box: tuple[float, float, float, float] | None, label: str | None = None
) -> RawBlock:
    return RawBlock(kind=BlockKind.paragraph, text="…", page=page, box=box, label=label)


def _below(gap: float, x0: float = 72.0) -> tuple[float, float, float, float]:
    return (x0, LINE[3] + gap, 300.0, LINE[3] + gap + 12.0)


UNFINISHED = "全市累计建成5G基站"


@pytest.mark.parametrize(
    ("following", "runs"),
    [
        pytest.param(_block(2, (72.0, 60.0, 300.0, 72.0)), True, id="the-next-page"),
        pytest.param(_block(3, (72.0, 60.0, 300.0, 72.0)), False, id="two-pages-on"),
        pytest.param(_block(1, _below(0.0)), True, id="touching-below"),
        pytest.param(_block(1, _below(18.0)), True, id="a-line-s-gap-below"),
        pytest.param(_block(1, _below(18.5)), False, id="further-below"),
        pytest.param(_block(1, _below(-1.0)), False, id="overlapping"),
        pytest.param(_block(1, _below(6.0, x0=300.0)), False, id="below-but-right-of-it"),
        pytest.param(_block(1, _below(6.0, x0=299.0)), True, id="below-and-starting-under-it"),
        pytest.param(_block(1, (299.0, 60.0, 520.0, 72.0)), True, id="heads-the-next-column"),
        pytest.param(_block(1, (298.0, 60.0, 520.0, 72.0)), False, id="above-and-overlapping"),
        pytest.param(_block(1, (320.0, 100.0, 520.0, 112.0)), False, id="beside-not-above"),
        pytest.param(_block(1, None), False, id="no-box"),
        pytest.param(_block(None, _below(6.0)), False, id="no-page"),
        pytest.param(_block(2, _below(6.0), label="（二）"), False, id="a-numbered-item"),
    ],
)
def test_what_runs_on(following: RawBlock, runs: bool) -> None:
    assert runs_on(_block(1, LINE), UNFINISHED, following) is runs


def test_a_finished_sentence_or_another_kind_of_block_does_not_run_on() -> None:
    following = _block(1, _below(6.0))
    assert not runs_on(_block(1, LINE), UNFINISHED + "。", following)
    assert not runs_on(_block(1, LINE), "", following)
    heading = RawBlock(kind=BlockKind.heading, text="…", page=1, box=LINE)
    assert not runs_on(heading, UNFINISHED, following)
    assert not runs_on(_block(1, None), UNFINISHED, following)
    assert not runs_on(_block(None, LINE), UNFINISHED, following)


@pytest.mark.parametrize(
    ("previous", "following", "continues", "separator"),
    [
        ("建成5G", "基站", True, ""),
        ("the 5G", "network", True, " "),
        ("建成5G", "基站", False, "\n"),
        ("", "基站", True, ""),
        ("基站a", "b站", True, " "),  # the last character before and the first after decide
    ],
)
def test_what_joins_two_blocks(
    previous: str, following: str, continues: bool, separator: str
) -> None:
    assert joiner(previous, following, continues) == separator
