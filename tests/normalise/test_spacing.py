import pytest

from extractor.normalise import normalise_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("全 市 累 计", "全市累计", id="spaces-between-cjk"),
        pytest.param("建成 12000 个", "建成12000个", id="cjk-digit-boundary"),
        pytest.param("5G  network", "5G network", id="ascii-words-keep-one-space"),
        pytest.param("23 876", "23 876", id="digit-groups-keep-space"),
        pytest.param("工业\u3000互联网", "工业互联网", id="ideographic-space"),
        pytest.param("工业\n互联网", "工业互联网", id="line-break-inside-cjk"),
        pytest.param("smart\nfactory", "smart factory", id="line-break-between-words"),
        pytest.param("  首尾  ", "首尾", id="leading-trailing"),
    ],
)
def test_whitespace_is_squeezed(raw: str, expected: str) -> None:
    assert normalise_text(raw)[0] == expected
