import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from extractor.batch import find_submissions, run_batch
from extractor.cli import cli
from extractor.settings import Limits

GOOD = (
    "截至2023年底，全市每万人拥有5G基站数36.8个，具备10个以上典型应用场景的工厂7家，"
    "入选5G工厂名录项目6个，获得部级及以上相关称号8项。"
    "2023年，市政府印发《澄江市“5G+工业互联网”融合应用先导区建设行动方案》。"
    "近三年，我市未发生重大网络安全事件和重大安全生产事故，申报材料真实有效。"
)
SHORT = (
    "截至2023年底，全市每万人拥有5G基站数24.1个。目前，我市尚未出台“5G+工业互联网”专项政策文件。"
)


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "submissions"
    (root / "nested").mkdir(parents=True)
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "nested" / "short.txt").write_text(SHORT, encoding="utf-8")
    (root / "broken.pdf").write_bytes(b"%PDF-1.7\n this is not a PDF at all")
    (root / "notes.md").write_text("not a submission", encoding="utf-8")
    return root


def test_every_file_below_the_folder_is_found_but_hidden_ones(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    (root / ".DS_Store").write_bytes(b"\0")
    (root / ".cache").mkdir()
    (root / ".cache" / "old.txt").write_text(GOOD, encoding="utf-8")
    assert [p.relative_to(root).as_posix() for p in find_submissions(root)] == [
        "broken.pdf",
        "good.txt",
        "nested/short.txt",
        "notes.md",
    ]


def test_a_file_that_fails_is_a_row_and_the_batch_goes_on(tmp_path: Path) -> None:
    report = run_batch(_folder(tmp_path), "miit-2023", workers=2)
    by_name = {Path(s.path).name: s for s in report.submissions}
    assert by_name["broken.pdf"].error_kind == "corrupt"
    assert by_name["broken.pdf"].prediction is None
    good = {v.key: v.verdict.value for v in by_name["good.txt"].verdicts}
    assert good == {
        "special_policy": "pass",
        "bs_density": "pass",
        "scenario_factories": "pass",
        "factory_5g": "pass",
        "national_demonstration": "pass",
        "no_major_incident": "pass",
    }
    short = {v.key: v.verdict.value for v in by_name["short.txt"].verdicts}
    assert (short["bs_density"], short["special_policy"]) == ("fail", "fail")
    assert report.conditions[0][0] == "special_policy"


def test_prescreen_command_writes_each_format_and_exits_3_on_a_bad_file(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    runner = CliRunner()
    for name in ("report.xlsx", "report.html", "report.json"):
        out = tmp_path / name
        result = runner.invoke(cli, ["prescreen", str(root), "--out", str(out), "--quiet"])
        assert result.exit_code == 3, result.output
        assert out.stat().st_size > 0
    rows = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert {row["document"] for row in rows} == {"broken.pdf", "good.txt", "short.txt", "notes.md"}
    assert next(r for r in rows if r["document"] == "good.txt")["prescreen"]["bs_density"] == "pass"
    sheet = load_workbook(tmp_path / "report.xlsx")["汇总"]
    assert sheet.max_row == 5  # the header and one row per file


def test_prescreen_exits_0_when_every_file_reads(tmp_path: Path) -> None:
    root = tmp_path / "ok"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "r.json"
    result = CliRunner().invoke(cli, ["prescreen", str(root), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output


def test_prescreen_rejects_an_unknown_framework(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    args = ["prescreen", str(root), "--out", str(tmp_path / "r.json"), "--framework", "nope"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert "未知的评审框架 'nope'" in result.output  # Chinese by default


def test_extraction_runs_within_the_per_document_timeout(tmp_path: Path) -> None:
    """A text full of figures parses in a second and takes tens of seconds to extract: with
    extraction in the batch's own process it went on past the timeout; in the worker it is a
    timeout row, and the other file is judged."""
    root = _folder(tmp_path)
    line = "截至2023年底，全市累计建成5G基站12000个，规上工业企业2100家，专精特新小巨人企业40家。\n"
    (root / "figures.txt").write_text(line * 40_000, encoding="utf-8")  # 4.8 MB
    limits = Limits(timeout_s=4, ocr=False)
    report = run_batch(root, "miit-2023", workers=2, limits=limits)
    by_name = {Path(s.path).name: s for s in report.submissions}
    assert by_name["figures.txt"].error_kind == "timeout"
    assert by_name["good.txt"].error_kind is None


def test_links_are_rows_with_their_error_unless_followed(tmp_path: Path) -> None:
    """A link in a batch folder could lead to any file on the machine, and its text would land
    in the reports: it is a row saying it was not followed, unless --follow-links."""
    outside = tmp_path / "elsewhere"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.txt").write_text("SECRET " + GOOD, encoding="utf-8")
    (outside / "folder" / "inner.txt").write_text(GOOD, encoding="utf-8")
    root = tmp_path / "submissions"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "link.txt").symlink_to(outside / "secret.txt")
    (root / "linked").symlink_to(outside / "folder")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(cli, ["prescreen", str(root), "--out", str(out), "--quiet"])
    assert result.exit_code == 3, result.output
    assert "SECRET" not in out.read_text(encoding="utf-8")
    rows = {Path(s["path"]).name: s for s in json.loads(out.read_text(encoding="utf-8"))}
    assert sorted(rows) == ["good.txt", "link.txt", "linked"]
    for name in ("link.txt", "linked"):
        assert rows[name]["error_kind"] == "unreadable"
        assert "这是符号链接，未读取其指向的文件" in rows[name]["error"]
        assert "--follow-links" in rows[name]["error"]
    report = run_batch(root, "miit-2023", workers=2, follow_links=True)
    followed = {Path(s.path).name: s for s in report.submissions}
    assert sorted(followed) == ["good.txt", "inner.txt", "link.txt"]
    assert not any(s.failed for s in report.submissions)


def test_a_file_swapped_for_a_link_while_the_batch_runs_is_never_read(tmp_path: Path) -> None:
    """A file is swapped, over and over, with a link to a file outside while the batch reads
    the folder: the worker reads what it opened (O_NOFOLLOW) by its descriptor, so the outside
    text never reaches a report; each row is the file's or says it met a link."""
    import os
    import threading

    secret = tmp_path / "secret.txt"
    secret.write_text(GOOD.replace("36.8", "77.7"), encoding="utf-8")
    root = tmp_path / "submissions"
    root.mkdir()
    (root / ".plain").write_text(GOOD, encoding="utf-8")
    (root / "a.txt").write_text(GOOD, encoding="utf-8")
    stop = threading.Event()

    def swap() -> None:
        while not stop.is_set():
            os.link(root / ".plain", root / ".next")
            os.replace(root / ".next", root / "a.txt")
            os.symlink(secret, root / ".next")
            os.replace(root / ".next", root / "a.txt")

    swapper = threading.Thread(target=swap)
    swapper.start()
    try:
        reports = [run_batch(root, "miit-2023", workers=1) for _ in range(12)]
    finally:
        stop.set()
        swapper.join()
    rows = [row for report in reports for row in report.submissions]
    assert rows
    assert not any("77.7" in row.model_dump_json() for row in rows)


def test_a_type_no_parser_reads_is_a_row_of_its_own(tmp_path: Path) -> None:
    """.doc and .wps were skipped without a row: a clerk never learnt they were not read."""
    root = tmp_path / "round"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "申报书.doc").write_bytes(b"\xd0\xcf\x11\xe0 old Word")
    (root / "方案.wps").write_bytes(b"WPS")
    (root / "扫描件.jpg").write_bytes(b"\xff\xd8\xff")
    report = run_batch(root, "miit-2023", workers=1)
    rows = {Path(s.path).name: s for s in report.submissions}
    assert sorted(rows) == ["good.txt", "扫描件.jpg", "方案.wps", "申报书.doc"]
    for name, suffix in (("申报书.doc", ".doc"), ("方案.wps", ".wps"), ("扫描件.jpg", ".jpg")):
        assert rows[name].error_kind == "unsupported"
        assert f"不支持读取 {suffix} 类型的文件" in (rows[name].error or "")
    assert not rows["good.txt"].failed


def test_an_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    root = tmp_path / "empty"
    root.mkdir()
    (root / ".hidden").write_text("x", encoding="utf-8")
    out = tmp_path / "r.json"
    result = CliRunner().invoke(cli, ["prescreen", str(root), "--out", str(out), "--quiet"])
    assert result.exit_code == 2
    assert "没有可预审的文件" in result.output
    assert not out.exists()


@pytest.mark.parametrize(
    ("out", "expected"),
    [
        ("r.csv", "无法生成 .csv 格式的报告"),
        ("missing/r.json", "不存在"),
        ("existing.json", "--force"),
    ],
    ids=["extension", "no-folder", "exists"],
)
def test_the_report_is_checked_before_any_work(
    tmp_path: Path, out: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """These failed after the whole batch had run, or overwrote a report in silence."""
    import extractor.batch

    root = tmp_path / "round"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "existing.json").write_text("kept", encoding="utf-8")
    args = ["prescreen", str(root), "--out", str(tmp_path / out), "--quiet"]
    with monkeypatch.context() as patched:
        patched.setattr(extractor.batch, "run_batch", lambda *a, **k: pytest.fail("it ran"))
        result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert expected in result.output
    assert (tmp_path / "existing.json").read_text(encoding="utf-8") == "kept"
    forced = CliRunner().invoke(cli, [*args[:3], str(tmp_path / "existing.json"), "--force"])
    assert forced.exit_code == 0, forced.output
    assert (tmp_path / "existing.json").read_text(encoding="utf-8") != "kept"


def test_the_progress_bar_names_the_file_just_read_and_counts_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bar counted files (a one-page text weighed as much as a 40-page scan: a wrong
    remaining time) and never named the file."""
    import click

    root = tmp_path / "round"
    root.mkdir()
    (root / "good.txt").write_text(GOOD, encoding="utf-8")
    (root / "short.txt").write_text(SHORT, encoding="utf-8")
    updates: list[tuple[int, str]] = []
    lengths: list[int] = []
    real = click.progressbar

    def recording(*args: object, **kwargs: object) -> object:
        bar = real(*args, **kwargs)  # type: ignore[call-overload]
        lengths.append(bar.length)
        update = bar.update

        def record(steps: int, current_item: str | None = None) -> None:
            updates.append((steps, current_item or ""))
            update(steps, current_item)

        bar.update = record
        return bar

    monkeypatch.setattr(click, "progressbar", recording)
    result = CliRunner().invoke(cli, ["prescreen", str(root), "--out", str(tmp_path / "r.json")])
    assert result.exit_code == 0, result.output
    sizes = {p.name: p.stat().st_size for p in root.iterdir()}
    assert lengths == [sum(sizes.values())]
    assert sorted(updates) == sorted((size, name) for name, size in sizes.items())
