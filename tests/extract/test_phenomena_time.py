"""Time: which year a figure is for and whether it is achieved, from the document's own date.

Sentences are written for these tests from the classes of error seen on text written by
others (news datelines, work reports, plans); none is copied from a corpus.
"""

from pathlib import Path

import pytest

from tests.extract.phenomena import Simple, claims_of, simple

CASES = [
    pytest.param(
        "截至2023年底，全市5G基站2050个，每万人拥有5G基站31个。",
        {("bs_total", 2050, "actual", 2023), ("bs_per_10k", 31, "actual", 2023)},
        id="a-count-between-1900-and-2099-is-no-year",
    ),
    pytest.param(
        "截至2023年底，全市累计建成5G基站12000个，每万人拥有5G基站38.2个。",
        {("bs_total", 12000, "actual", 2023), ("bs_per_10k", 38.2, "actual", 2023)},
        id="no-year-inside-a-longer-number",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_time(tmp_path: Path, text: str, expected: set[Simple]) -> None:
    assert simple(claims_of(tmp_path, text)) == expected
