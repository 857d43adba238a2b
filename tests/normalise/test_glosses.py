"""Pinyin glosses a reposting site puts after characters are not read; other brackets are."""

from pathlib import Path

import pytest

from extractor.normalise import normalise_text
from tests.extract.phenomena import claims_of, lists_of, simple


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("累计(jì)建成", "累计建成", id="a-gloss-after-an-ideograph"),
        pytest.param("網(wǎng)絡(luò)", "網絡", id="glosses-in-a-row"),
        pytest.param("区县(市)城区", "区县(市)城区", id="an-ideograph-in-brackets-stays"),
        pytest.param("覆盖(Wi-Fi)", "覆盖(Wi-Fi)", id="an-english-word-stays"),
        pytest.param("附件(a)", "附件(a)", id="a-toneless-label-stays"),
        pytest.param("5G(jì)", "5G(jì)", id="after-no-ideograph-it-stays"),
    ],
)
def test_glosses_are_dropped(raw: str, expected: str) -> None:
    assert normalise_text(raw)[0] == expected


def test_each_kept_character_maps_to_its_raw_place() -> None:
    raw = "累计(jì)建成"
    text, origin = normalise_text(raw)
    assert [raw[i] for i in origin] == list(text)


def test_a_glossed_sentence_yields_its_claim(tmp_path: Path) -> None:
    text = "时间：2024-06-18\n截至目前，全市累计(jì)建成5G基(jī)站(zhàn)3200个(gè)。"
    assert simple(claims_of(tmp_path, text)) == {("bs_total", 3200, "actual", 2024)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "时间：2024-06-18\n市政府印发《澧川市加快5G网(wǎng)络(luò)建设实施方案》。",
            "澧川市加快5G网(wǎng)络(luò)建设实施方案",
            id="simplified",
        ),
        pytest.param(
            "時間：2024-06-18\n全區印發《澧川區加快5G網(wǎng)絡(luò)建設(shè)和產(chǎn)業(yè)發展實(shí)施方案》。",
            "澧川區加快5G網(wǎng)絡(luò)建設(shè)和產(chǎn)業(yè)發展實(shí)施方案",
            id="traditional",
        ),
    ],
)
def test_a_list_item_keeps_its_glosses_as_the_document_writes_it(
    tmp_path: Path, text: str, expected: str
) -> None:
    assert lists_of(tmp_path, text)["policy_documents"] == [expected]
