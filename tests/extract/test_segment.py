import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.errors import PatternError
from extractor.extract import jieba_cache, segment
from extractor.extract.cues import cues
from extractor.extract.segment import (
    is_word_boundary,
    nlp,
    sentences,
    tokenise_many,
    tokens,
    user_words,
    words_after,
    words_before,
)

ROOT = Path(__file__).resolve().parents[2]


def _words(text: str) -> list[str]:
    return [t.text for t in tokens(text)]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        pytest.param("截至2023年底，全市累计建成5G基站2.3万个。", "5G基站", id="5g-base-station"),
        pytest.param("共有12个项目入选5G工厂名录。", "5G工厂名录", id="5g-factory-directory"),
        pytest.param("建成5G全连接工厂8家。", "5G全连接工厂", id="5g-full-connection-factory"),
        pytest.param("培育专精特新“小巨人”企业26家。", "专精特新", id="zhuanjingtexin"),
        pytest.param("培育专精特新“小巨人”企业26家。", "小巨人", id="little-giant-quoted"),
        pytest.param("培育专精特新小巨人企业26家。", "小巨人", id="little-giant-bare"),
        pytest.param("拥有制造业单项冠军企业5家。", "单项冠军", id="single-champion"),
        pytest.param("部署边缘计算节点35个。", "边缘计算节点", id="edge-node"),
        pytest.param("建成工业互联网平台15个。", "工业互联网平台", id="iip-platform"),
        pytest.param("互联网安全与工业互联网安全并重。", "工业互联网", id="iip-before-security"),
        pytest.param("全市规模以上工业企业2100家。", "规模以上工业企业", id="above-scale-full"),
        pytest.param("规上企业数字化转型率达80%。", "规上企业", id="above-scale-short"),
        pytest.param("覆盖二十大典型应用场景。", "典型应用场景", id="typical-scenarios"),
        pytest.param("获评国家新型工业化产业示范基地。", "新型工业化产业示范基地", id="demo-base"),
        pytest.param("每万人拥有5G基站数达36.8个。", "每万人", id="per-ten-thousand"),
        pytest.param("每万人口发明专利拥有量达40件。", "每万人口", id="per-ten-thousand-people"),
        pytest.param("常住人口320万人。", "常住人口", id="resident-population"),
        pytest.param("申报先导区建设方案。", "先导区", id="pilot-zone"),
        pytest.param("应用机器视觉质检和设备预测维护。", "机器视觉质检", id="scenario-name"),
        pytest.param("5G基站数量达到1.2万个。", "5G基站数量", id="count-of-stations"),
    ],
)
def test_domain_term_stays_whole(text: str, term: str) -> None:
    assert term in _words(text)


def test_every_user_word_stays_whole() -> None:
    split = [w.word for w in user_words() if _words(w.word) != [w.word]]
    assert split == []


def test_quotes_around_a_title_are_words_of_their_own() -> None:
    assert _words("专精特新“小巨人”企业") == ["专精特新", "“", "小巨人", "”", "企业"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "全市建成5G基站2.3万个。每万人拥有5G基站数达23.8个；",
            ["全市建成5G基站2.3万个。", "每万人拥有5G基站数达23.8个；"],
            id="full-stop-and-semicolon",
        ),
        pytest.param(
            "已经完成！是否达标？是的",
            ["已经完成！", "是否达标？", "是的"],
            id="exclamation-and-question",
        ),
        pytest.param("完成!达标?是;否", ["完成!", "达标?", "是;", "否"], id="ascii-marks"),
        pytest.param(
            "一、总体要求\n全市累计建成5G基站12000个",
            ["一、总体要求\n", "全市累计建成5G基站12000个"],
            id="newline",
        ),
        pytest.param(
            "全市建成5G基站2.3万个，每万人拥有5G基站数达23.8个、增长明显：如下",
            ["全市建成5G基站2.3万个，每万人拥有5G基站数达23.8个、增长明显：如下"],
            id="not-at-comma-enumeration-comma-colon",
        ),
        pytest.param(
            "他说：“已完成。”随后推进（见附件。）下一步",
            ["他说：“已完成。”", "随后推进（见附件。）", "下一步"],
            id="closing-quote-and-bracket-stay",
        ),
        pytest.param("完成了！？真的", ["完成了！？", "真的"], id="run-of-breaks"),
        pytest.param(
            "第一段。\n\n  第二段", ["第一段。\n\n  ", "第二段"], id="blank-lines-stay-behind"
        ),
        pytest.param("第一项\n”第二项", ["第一项\n", "”第二项"], id="newline-wins-over-closing"),
        pytest.param("", [], id="empty"),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[start:end] for start, end in sentences(text)] == expected


@pytest.mark.parametrize("mark", list(cues().data.sentence_breaks))
def test_every_sentence_break_of_the_data_ends_a_sentence(mark: str) -> None:
    assert len(sentences(f"建成基站{mark}培育企业")) == 2


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("截至2023年底，全市累计建成5G基站23,876个，1.2万余个。", id="figures"),
        pytest.param("  规上企业  数字化 2 , 3 个\t工业APP\n\n 第二行\r\n第三行 ", id="spaces"),
        pytest.param("ＡＢＣ全角１２３，Wi-Fi 6与5G+工业互联网、C++和#&%。", id="symbols"),
        pytest.param("表1\t指标\t数值\n5G基站数\t23876\n", id="table-rows"),
    ],
)
def test_token_offsets_map_back(text: str) -> None:
    found = tokens(text)
    assert all(text[t.start : t.end] == t.text for t in found)
    assert all(not t.text.isspace() for t in found)
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))
    # every non-space character is in some word
    assert sum(t.end - t.start for t in found) == len("".join(text.split()))


def test_long_text_gives_the_words_and_sentences_of_one_doc() -> None:
    line = "全市累计建成5G基站2.3万个，其中工业园区3000个。“十四五”期间将新增\n\n  "
    text = line * (3 * segment._CHUNK_CHARS // len(line))
    assert len(segment._chunks(text)) > 2
    doc = nlp()(text)
    assert tokens(text) == tuple(
        segment.Token(t.idx, t.idx + len(t.text), t.text) for t in doc if not t.is_space
    )
    assert [start for start, _ in sentences(text)] == [s.start_char for s in doc.sents]
    spans = sentences(text)
    assert spans[0][0] == 0
    assert spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))


def test_tokenise_many_gives_the_words_of_each_text() -> None:
    texts = ["全市累计建成5G基站12000个。", "", "培育专精特新“小巨人”企业26家。\n单项冠军3家"]
    assert tokenise_many(texts) == [tokens(t) for t in texts]
    assert tokenise_many([]) == []


TEXT = "去年建成5G基站100个。每万人拥有5G基站数达23.8个，已有1.2万余个企业上云。"


@pytest.mark.parametrize(
    ("figure", "limit", "before", "after"),
    [
        pytest.param("23.8", 3, ("拥有", "5G基站数", "达"), ("个", "，", "已有"), id="whole-words"),
        # 1.2万余 ends inside jieba's word 万余个: the rest of it (个) comes after
        pytest.param("1.2万余", 2, ("，", "已有"), ("个", "企业上云"), id="figure-cuts-a-word"),
        pytest.param("23.8", 20, ("每万人", "拥有", "5G基站数", "达"), None, id="sentence-start"),
        pytest.param("1.2万余", 20, None, ("个", "企业上云", "。"), id="sentence-end"),
        pytest.param("100", 0, (), (), id="no-words"),
    ],
)
def test_words_around_a_figure(
    figure: str, limit: int, before: tuple[str, ...] | None, after: tuple[str, ...] | None
) -> None:
    start = TEXT.index(figure)
    if before is not None:
        assert words_before(TEXT, start, limit) == before
    if after is not None:
        assert words_after(TEXT, start + len(figure), limit) == after


def test_words_at_the_ends_of_the_text() -> None:
    text = "建成5G基站30个"
    assert words_before(text, 0, 5) == ()
    assert words_after(text, len(text), 5) == ()
    assert words_before(text, len(text), 2) == ("30", "个")
    assert words_before("", 0, 3) == words_after("", 0, 3) == ()


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        pytest.param(0, True, id="text-start"),
        pytest.param(TEXT.index("5G"), True, id="word-start"),
        pytest.param(TEXT.index("基站"), False, id="inside-5g-base-station"),
        pytest.param(TEXT.index("万余"), True, id="figure-digits-end"),
        pytest.param(TEXT.index("余个"), False, id="inside-wan-yu-ge"),
        pytest.param(len(TEXT), True, id="text-end"),
    ],
)
def test_is_word_boundary(position: int, expected: bool) -> None:
    assert is_word_boundary(TEXT, position) is expected


@pytest.mark.parametrize("position", [-1, len(TEXT) + 1])
def test_a_position_outside_the_text_is_an_error(position: int) -> None:
    with pytest.raises(ValueError, match="outside the text"):
        words_before(TEXT, position, 3)
    with pytest.raises(ValueError, match="outside the text"):
        is_word_boundary(TEXT, position)


def test_pipeline_is_built_once() -> None:
    assert nlp() is nlp()


def test_pipeline_is_blank_with_jieba_and_sentences_only() -> None:
    pipeline = nlp()
    assert pipeline.pipe_names == [segment.SENTENCE_COMPONENT]
    assert pipeline.tokenizer.segmenter == "jieba"  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        pytest.param("5G基站 abc n", "freq", id="freq-not-a-number"),
        pytest.param("5G基站 2000", "word freq tag", id="no-tag"),
        pytest.param("5G基站  2000 n", "word freq tag", id="double-space"),
        pytest.param("5G基站 2000 N", "tag", id="tag-uppercase"),
        pytest.param("“小巨人” 2000 nz", "always splits", id="quotes-in-word"),
        pytest.param("先导区 2000 n", "twice", id="duplicate"),
    ],
)
def test_a_bad_user_dictionary_line_names_the_file_and_line(
    tmp_path: Path, line: str, problem: str
) -> None:
    path = tmp_path / "userdict.txt"
    path.write_text(f"先导区 2000 n\n\n{line}\n", encoding="utf-8")
    with pytest.raises(PatternError, match=rf"userdict\.txt:3: .*{problem}"):
        user_words(path)


def test_pipeline_is_offline_quiet_and_caches_only_in_the_temp_dir(tmp_path: Path) -> None:
    temp, home, cwd = (tmp_path / name for name in ("tmp", "home", "cwd"))
    for folder in (temp, home, cwd):
        folder.mkdir()
    code = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n    raise OSError('network used')\n"
        "socket.socket.connect = refuse\nsocket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from extractor.extract.segment import tokens\n"
        "print(' '.join(t.text for t in tokens('全市累计建成5G基站12000个。')))\n"
    )
    env = {**os.environ, "TMPDIR": str(temp), "HOME": str(home), "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # jieba's "Building prefix dict ..." would land here
    assert "5G基站" in result.stdout.split()
    assert sorted(p.name for p in temp.iterdir()) == ["extractor-jieba"]
    cached = temp / "extractor-jieba"
    ours = jieba_cache.cache_path(cached).name  # the prefix dictionary, loaded fast next time
    assert sorted(p.name for p in cached.iterdir()) == ["jieba.cache", ours]
    assert list(home.iterdir()) == list(cwd.iterdir()) == []


def test_importing_the_module_loads_neither_spacy_nor_jieba() -> None:
    code = (
        "import sys; import extractor.extract.segment\n"
        "print(sorted({'spacy', 'jieba'} & {m.split('.')[0] for m in sys.modules}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"
