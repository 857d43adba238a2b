"""Chinese by default, English on request: the catalogue is complete and in step, and a
clerk's whole day (pre-screen a folder with bad files, read the report and the messages)
shows no English under the default language."""

import os
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

import openpyxl
import pytest
from babel.messages.catalog import Message
from babel.messages.mofile import read_mo

from extractor.errors import ErrorKind
from extractor.labels import ERROR_KINDS, field_ids, field_name, unit_word
from extractor.model.verdict import Verdict
from scripts import catalogue

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
# a word of English: three letters or more with a lowercase one (PDF, DOCX, OCR, UTF-8 and
# the like are names, not English a clerk has to read)
ENGLISH = re.compile(r"\b[A-Za-z]*[a-z][A-Za-z]*\b")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\(\w+\)[sd]|%[sd]")


# names, not English: the program, its commands and options, products a clerk knows
NAMES_OF_THINGS = re.compile(
    r"\bextractor(?: (?:prescreen|parse|extract|serve|worker|create-admin|evaluate|score))?\b"
    r"|--[a-z-]+|\b(?:Word|Excel|Tesseract|miit-2023|liaoning|samples/|prescreen\.xlsx)"
)


def _english(text: str, names: tuple[str, ...]) -> list[str]:
    for name in sorted(names, key=len, reverse=True):  # the applicant's or the test's names
        text = text.replace(name, "")
    text = NAMES_OF_THINGS.sub("", text)
    return sorted({word for word in ENGLISH.findall(text) if len(word) >= 3})


def test_every_message_has_its_chinese() -> None:
    template = catalogue.messages()
    chinese = catalogue.read("zh")
    assert catalogue.untranslated(chinese) == []
    missing = [m.id for m in template if m.id and chinese.get(m.id, m.context) is None]
    assert missing == []


def test_translations_keep_every_placeholder() -> None:
    for message in catalogue.read("zh"):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = sorted(PLACEHOLDER.findall(ids[-1]))
        for string in strings:
            assert sorted(PLACEHOLDER.findall(string)) == wanted, message.id


def test_the_compiled_catalogue_is_the_po() -> None:
    """messages.mo is what scripts/catalogue.py compiles from messages.po."""
    path = catalogue.po_path("zh").with_suffix(".mo")
    with path.open("rb") as handle:
        shipped = read_mo(handle)

    def entries(messages: Iterable[Message]) -> dict[object, object]:
        def key(value: object) -> object:
            return tuple(value) if isinstance(value, list | tuple) else value

        return {(m.context, key(m.id)): key(m.string) for m in messages if m.id}

    assert entries(shipped) == entries(catalogue.read("zh"))


def test_every_field_kind_and_verdict_has_a_name() -> None:
    from extractor.extract.patterns import fields

    assert [f.spec.field for f in fields()] == field_ids()  # one register
    assert all(field_name(f) != f and unit_word(f) for f in field_ids())
    assert {kind.value for kind in ErrorKind} <= set(ERROR_KINDS)
    from extractor.labels import VERDICTS

    assert {v.value for v in Verdict} == set(VERDICTS)


def _run(*arguments: str, language: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("EXTRACTOR_LANG", "LANGUAGE")}
    if language:
        env["EXTRACTOR_LANG"] = language
    return subprocess.run(
        [sys.executable, "-m", "extractor", *arguments],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two readable applications and one file of each kind a clerk's folder holds by mistake."""
    root = tmp_path_factory.mktemp("folder")
    for sample in ("sample-application.pdf", "sample-application.docx"):
        (root / sample).write_bytes((SAMPLES / sample).read_bytes())
    (root / "empty.pdf").write_bytes(b"")
    (root / "fake.pdf").write_text("这是一个文本文件", encoding="utf-8")
    (root / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    (root / "broken.docx").write_bytes(b"PK\x03\x04" + bytes(100))
    return root


NAMES = (
    "sample-application.pdf",
    "sample-application.docx",
    "sample-application",
    "empty.pdf",
    "fake.pdf",
    "old.doc",
    "broken.docx",
    ".pdf",
    ".docx",
    ".doc",
    ".txt",
)


@pytest.fixture(scope="module")
def reports(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    out = tmp_path_factory.mktemp("out")
    names = (*NAMES, str(folder), folder.name, str(out), "r.xlsx", "r.html")
    runs: dict[str, object] = {"names": names}

    for suffix in ("xlsx", "html"):
        runs[suffix] = _run("prescreen", str(folder), "--out", str(out / f"r.{suffix}"))
    return {"out": out, **runs}


def _names(reports: dict[str, object]) -> tuple[str, ...]:
    names = reports["names"]
    assert isinstance(names, tuple)
    return names


def test_the_pre_screen_messages_are_chinese(reports: dict[str, object]) -> None:
    run = reports["xlsx"]
    assert isinstance(run, subprocess.CompletedProcess)
    assert run.returncode == 3, run.stderr  # some files unreadable
    assert "文件为空" in run.stderr
    assert _english(run.stderr, _names(reports)) == []


def test_the_excel_report_is_chinese(reports: dict[str, object]) -> None:
    out = reports["out"]
    assert isinstance(out, Path)
    workbook = openpyxl.load_workbook(out / "r.xlsx")
    shown = [sheet.title for sheet in workbook.worksheets]
    for sheet in workbook.worksheets:
        shown += [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v]
        shown += [sheet.oddHeader.center.text or "", sheet.oddFooter.center.text or ""]
    text = "\n".join(shown)
    assert "每万人拥有5G基站数" in text
    assert "不支持的文件类型" in text
    assert _english(text, _names(reports)) == []


def test_the_html_report_is_chinese(reports: dict[str, object]) -> None:
    out = reports["out"]
    assert isinstance(out, Path)
    page = (out / "r.html").read_text(encoding="utf-8")
    page = re.sub(r"<style.*?</style>|<script.*?</script>", "", page, flags=re.S)
    words = re.sub(r"<[^>]+>", " ", page)  # the text a reader sees, not the markup
    assert "预审" in words
    assert _english(words, _names(reports)) == []


def test_help_and_usage_errors_are_chinese() -> None:
    shown = _run("prescreen", "--help")
    assert shown.returncode == 0
    assert "用法" in shown.stdout
    assert "选项" in shown.stdout
    wrong = _run("prescreen", "/no/such/folder", "--out", "r.xlsx")
    assert wrong.returncode == 2
    assert "/no/such/folder" in wrong.stderr
    assert _english(wrong.stderr.replace("/no/such/folder", ""), ("r.xlsx",)) == []


def test_english_on_request(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    run = _run("prescreen", str(folder), "--out", str(out), "--lang", "en")  # after the command

    assert run.returncode == 3
    assert "the file is empty (0 bytes)" in run.stderr
    workbook = openpyxl.load_workbook(out)
    assert [sheet.title for sheet in workbook.worksheets] == [
        "summary",
        "evidence",
        "claims",
        "legend",
    ]
    rows = list(workbook["evidence"].iter_rows(values_only=True))
    column = rows[0].index("reason")
    reasons = "\n".join(str(row[column]) for row in rows[1:] if row[column])
    assert re.search(r"[0-9] [a-z ]+ \(as of 20[0-9]{2}, page [0-9]+\) > 30", reasons), reasons
    assert not re.search(r"截至20[0-9]{2}年|第[0-9]+页|未找到|请核实", reasons)
    by_env = _run("prescreen", "--help", language="en")
    assert "Usage:" in by_env.stdout
    assert "Overwrite an existing report." in by_env.stdout


def test_an_unknown_language_is_a_usage_error() -> None:
    run = _run("--lang", "fr", "prescreen", "--help")
    assert run.returncode == 2
    assert "zh" in run.stderr
    assert "en" in run.stderr
