import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.labels import error_kind_name

README = Path(__file__).resolve().parents[1] / "README.md"


def test_parse_prints_the_outline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("一、总体要求\n\n全市累计建成5G基站１２０００个。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(path)])
    assert result.exit_code == 0, result.output
    assert "标题" in result.output  # the block kind, in Chinese by default
    assert "5G基站12000个" in result.output


def test_parse_json_is_one_document_of_the_model(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("全市累计建成5G基站12000个。\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(path), "--json"])
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["format"] == "txt"
    assert data["text"] == "全市累计建成5G基站12000个。"
    assert len(data["raw_offsets"]) == len(data["text"])


def test_parse_json_leaves_the_character_boxes_out_unless_asked(tmp_path: Path) -> None:
    from extractor.model import Document

    path = Path(__file__).resolve().parents[1] / "samples" / "sample-application.pdf"
    plain = CliRunner().invoke(cli, ["parse", str(path), "--json", "--no-ocr"])
    boxed = CliRunner().invoke(cli, ["parse", str(path), "--json", "--no-ocr", "--boxes"])
    assert plain.exit_code == boxed.exit_code == 0
    without, with_boxes = json.loads(plain.output), json.loads(boxed.output)
    assert "char_boxes" not in without
    assert len(with_boxes["char_boxes"]) == len(with_boxes["text"]) > 0
    assert Document.model_validate(without).text == with_boxes["text"]


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        pytest.param("e.pdf", b"", "empty", id="empty"),
        pytest.param("w.pdf", "文本".encode(), "wrong_type", id="wrong-type"),
        pytest.param("c.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40, "corrupt", id="corrupt"),
    ],
)
def test_bad_input_exits_1_with_the_typed_error_and_no_traceback(
    tmp_path: Path, name: str, content: bytes, kind: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "extractor", "parse", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert f"错误[{error_kind_name(kind)}]：{name}：" in result.stderr  # Chinese by default

    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_usage_error_exits_2() -> None:
    assert CliRunner().invoke(cli, ["parse"]).exit_code == 2


def test_help_loads_no_heavy_library() -> None:
    code = (
        "import sys; from extractor.cli import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = {'spacy', 'jieba', 'sklearn', 'pdfplumber', 'pytesseract', 'pypdfium2', 'docx'}\n"
        "print(sorted(heavy & {m.split('.')[0] for m in sys.modules}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_every_command_is_in_the_readme() -> None:
    readme = README.read_text(encoding="utf-8")
    for name in cli.commands:  # type: ignore[attr-defined]
        assert f"extractor {name}" in readme, name


def test_the_framework_choices_are_the_framework_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import extractor.match.frameworks as frameworks

    sample = Path(__file__).resolve().parents[1] / "samples" / "sample-application.pdf"
    refused = CliRunner().invoke(cli, ["extract", str(sample), "--framework", "third"])
    assert refused.exit_code == 2
    assert "未知的评审框架 'third'" in refused.output
    (tmp_path / "frameworks").mkdir()
    (tmp_path / "frameworks" / "third.yaml").write_text("id: third\n", encoding="utf-8")
    monkeypatch.setattr(frameworks, "PATTERNS_DIR", tmp_path)
    # a third file is a third choice: the option lets it through (what it reads is its own test)
    taken = CliRunner().invoke(cli, ["extract", "--framework", "third", str(tmp_path / "none")])
    assert "--framework" not in taken.output
    assert taken.exit_code == 2  # refused for the missing file instead


_EXPLAINED = (
    "时间：2024-06-18\n"
    "截至2023年底，全市累计建成5G基站12000个。全省累计建成5G基站8.6万个。"
    "申报城市应有不少于“5个”项目。到2026年新增5G工厂20家。\n"
)


def test_explain_names_the_rule_that_dropped_each_figure(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(_EXPLAINED, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), "--json", "--explain"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    assert [(c["field"], c["value"]) for c in shown["claims"]] == [("bs_total", 12000)]
    # the candidates only: years, dates and the 5 of 5G have no count word and are left out
    reasons = {(r["figure"], r["reason"]) for r in shown["rejected"]}
    assert reasons == {("8.6万", "other-subject"), ("5", "quoted"), ("20", "growth")}
    province = next(r for r in shown["rejected"] if r["figure"] == "8.6万")
    assert province["evidence"]["quote"] == "全省累计建成5G基站8.6万个"
    assert province["evidence"]["span"]["end"] - province["evidence"]["span"]["start"] == 4
    assert province["why"] == "其他地区或主体的数字（省、全国、运营商等）"  # the reader's words


def test_explain_reads_as_the_reader_s_language(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(_EXPLAINED, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--lang", "zh", "extract", str(path), "--explain"])
    assert "其他地区或主体的数字" in result.output
    assert "8.6万" in result.output
    plain = CliRunner().invoke(cli, ["--lang", "zh", "extract", str(path)])
    assert "其他地区或主体的数字" not in plain.output  # only when asked
