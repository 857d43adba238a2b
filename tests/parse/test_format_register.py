"""A new format is one entry in the register and its parser: a toy format, shipped by another
package through the extractor.formats entry point, is read, extracted, pre-screened and scored
like the formats the extractor ships."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.parse import formats
from extractor.parse.formats import DOCX, PDF, TXT, Format, by_suffix, register, suffixes

ROOT = Path(__file__).resolve().parents[2]
_PLUGIN = """
from extractor.model import BlockKind, ParsedDocument, RawBlock
from extractor.parse.formats import Format


def is_toy(path, head):
    return head.startswith(b"TOY\\n")


def parse_toy(source, limits):
    lines = source.read_from.read_text(encoding="utf-8").splitlines()[1:]
    blocks = [RawBlock(BlockKind.paragraph, line) for line in lines if line]
    return ParsedDocument(str(source.path), source.sha256, "toy", 1, blocks)


FORMAT = Format("toy", (".toy",), "toy_format:parse_toy", is_toy)
"""
_TEXT = "TOY\n截至2023年底，全市累计建成5G基站12000个，每万人拥有5G基站数36.8个。\n"


def _install_plugin(site: Path) -> None:
    """A package declaring the toy format, as pip would install it."""
    site.mkdir()
    (site / "toy_format.py").write_text(_PLUGIN, encoding="utf-8")
    info = site / "toy_format-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: toy-format\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text("[extractor.formats]\ntoy = toy_format:FORMAT\n")


def _extractor(site: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{ROOT}", "EXTRACTOR_LANG": "en"}
    command = [sys.executable, "-m", "extractor", *arguments]
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)


def test_a_format_from_another_package_is_read_like_the_shipped_ones(tmp_path: Path) -> None:
    site, folder = tmp_path / "site", tmp_path / "submissions"
    _install_plugin(site)
    folder.mkdir()
    (folder / "jiangzhou.toy").write_text(_TEXT, encoding="utf-8")

    extracted = _extractor(site, "extract", str(folder / "jiangzhou.toy"), "--json")
    assert extracted.returncode == 0, extracted.stderr
    claims = {(c["field"], c["value"]) for c in json.loads(extracted.stdout)["claims"]}
    assert {("bs_total", 12000), ("bs_per_10k", 36.8)} <= claims

    report = tmp_path / "report.json"
    screened = _extractor(site, "prescreen", str(folder), "--out", str(report), "--quiet")
    assert screened.returncode == 0, screened.stderr
    [row] = json.loads(report.read_text(encoding="utf-8"))
    assert "error" not in row
    assert row["prescreen"]["bs_density"] == "pass"  # 36.8 > 30

    gold = {"schema": "gold/v1", "document": "jiangzhou.toy", "framework": "miit-2023"}
    gold["claims"] = [{"field": "bs_total", "value": 12000, "status": "actual", "year": 2023}]
    (folder / "jiangzhou.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    scored = _extractor(site, "evaluate", str(folder), "--quiet", "--json")
    assert scored.returncode == 0, scored.stderr
    assert json.loads(scored.stdout)["by_source_kind"]["toy"]["fields"]["bs_total"]["tp"] == 1


def test_without_the_plugin_the_file_is_unsupported(tmp_path: Path) -> None:
    (tmp_path / "jiangzhou.toy").write_text(_TEXT, encoding="utf-8")
    done = _extractor(tmp_path, "extract", str(tmp_path / "jiangzhou.toy"))
    assert done.returncode != 0
    assert "jiangzhou.toy" in done.stderr


def test_the_shipped_formats_are_registered_in_order() -> None:
    assert formats.registered()[:3] == (PDF, DOCX, TXT)
    assert suffixes()[:3] == (".pdf", ".docx", ".txt")
    assert by_suffix(".PDF") is PDF
    assert [f.laid_out for f in (PDF, DOCX, TXT)] == [True, False, False]
    assert [f.printed for f in (PDF, DOCX, TXT)] == [False, True, False]


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        pytest.param(Format("md", (".PDF",), "m:f", PDF.recognise), "lower case", id="case"),
        pytest.param(Format("portable", (".pdf",), "m:f", PDF.recognise), "pdf's", id="taken"),
        pytest.param(Format("text2", (".text",), "m:f"), "only one format", id="fallback"),
    ],
)
def test_a_format_cannot_take_what_is_another_s(entry: Format, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        register(entry)
    assert entry.name not in {f.name for f in formats.registered()}


def test_a_broken_format_package_is_named_not_a_traceback(tmp_path: Path) -> None:
    site = tmp_path / "site"
    _install_plugin(site)
    points = site / "toy_format-0.1.dist-info" / "entry_points.txt"
    points.write_text("[extractor.formats]\ntoy = toy_format:is_toy\n")  # a function
    (tmp_path / "a.txt").write_text(_TEXT, encoding="utf-8")
    done = _extractor(site, "extract", str(tmp_path / "a.txt"))
    assert done.returncode == 1
    assert "toy_format:is_toy" in done.stderr
    assert "Traceback" not in done.stderr
