"""A batch's submissions spooled to disk come back whole, in path order, and every report
written from the spool is the one written from the submissions themselves."""

import json
from pathlib import Path

import pytest

from extractor.report import write_report
from extractor.report.as_json import submission_json
from extractor.spool import Spool
from tests.report.test_writers import _report


def _spooled() -> Spool:
    spool = Spool()
    for submission in _report().submissions:  # 甲, 乙, 丙: not path order
        spool.add(submission)
    spool.sort()
    return spool


def test_submissions_come_back_whole_in_path_order() -> None:
    expected = sorted(_report().submissions, key=lambda s: s.path)
    spool = _spooled()
    assert list(spool) == expected
    assert spool[1] == expected[1]
    assert list(spool[1:]) == expected[1:]
    assert len(spool) == len(expected)


@pytest.mark.parametrize("suffix", ["json", "html", "xlsx"])
def test_a_report_from_the_spool_is_the_same_report(tmp_path: Path, suffix: str) -> None:
    report = _report()
    in_order = report.model_copy(update={"submissions": tuple(_spooled())})
    write_report(in_order, tmp_path / f"kept.{suffix}")
    write_report(
        report.model_copy(update={"submissions": _spooled()}), tmp_path / f"spooled.{suffix}"
    )
    kept = (tmp_path / f"kept.{suffix}").read_bytes()
    assert (tmp_path / f"spooled.{suffix}").read_bytes() == kept


@pytest.mark.parametrize("count", [0, 1, 3])
def test_the_json_report_written_one_at_a_time_is_the_list_dumped_at_once(
    tmp_path: Path, count: int
) -> None:
    report = _report()
    report = report.model_copy(update={"submissions": report.submissions[:count]})
    write_report(report, tmp_path / "batch.json")
    items = [submission_json(s) for s in report.submissions]
    whole = json.dumps(items, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    assert (tmp_path / "batch.json").read_text(encoding="utf-8") == whole
