from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from extractor.model import Status, Verdict
from extractor.report.as_xlsx import VERDICT_FILLS
from extractor.report.labels import labels
from extractor.serve.db_tables import Submission
from extractor.serve.review_sheet import sheet_labels
from extractor.serve.routes.exports import XLSX
from tests.serve.panel import TEXT, login, upload
from tests.serve.panel import client as panel_client

FORMULA = '=HYPERLINK("http://example.com","click")'


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with panel_client(tmp_path, upload_max_bytes=10_000) as client:
        yield client


def _rows(book: Workbook, sheet: str) -> list[dict[str, Any]]:
    """The sheet's rows below its header, as header title -> value."""
    rows = list(book[sheet].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def _reviewed(client: TestClient, data: bytes = b"") -> tuple[int, list[dict[str, Any]]]:
    """A submission with a confirm, a correct with a new value and year, and an addition."""
    headers = login(client)
    submission = upload(client, headers, "申报书.txt", data)["id"]
    found = client.get(f"/api/submissions/{submission}/suggestions").json()
    by_field = {s["field"]: s for s in found["suggestions"] if s["kind"] == "claim"}
    url = f"/api/submissions/{submission}/decisions"
    decisions = [
        {"suggestion": by_field["bs_per_10k"]["key"], "action": "confirm"},
        {
            "suggestion": by_field["directory_5g_factories"]["key"],
            "action": "correct",
            "value": {"value": 7, "year": 2022},
            "note": "名录核对后更正",
        },
        {
            "suggestion": "added-1",
            "action": "add",
            "value": {
                "field": "edge_nodes",
                "value": 12,
                "status": "actual",
                "year": 2023,
                "page": 3,
                "quote": FORMULA,
            },
        },
    ]
    for decision in decisions:
        assert client.post(url, json=decision, headers=headers).status_code == 201
    return submission, found["verdicts"]


def test_the_review_sheet_holds_the_review(client: TestClient) -> None:
    submission, verdicts = _reviewed(client)
    response = client.get(f"/api/submissions/{submission}/review.xlsx")
    assert response.status_code == 200
    assert response.headers["content-type"] == XLSX
    disposition = response.headers["content-disposition"]
    assert disposition.startswith(f'attachment; filename="review-{submission}-')
    assert disposition.isascii()
    book = load_workbook(BytesIO(response.content))
    assert book.sheetnames == ["汇总", "建议", "补充", "审核记录"]  # Chinese by default
    words, actions = labels(), sheet_labels().actions

    summary = {row[0]: row[1:] for row in book["汇总"].iter_rows(values_only=True)}
    assert summary[words.columns.file][0] == "申报书.txt"
    assert summary[words.columns.framework][0].endswith("评审指标（2023年版）")
    for verdict in verdicts:  # undecided: the machine's verdict stands, no reviewer's reason
        shown = words.verdicts[verdict["verdict"]]
        assert summary[verdict["name"]] == (shown, verdict["reason"], shown, None)
    passed = next(
        cell for cell in book["汇总"]["B"] if cell.value == words.verdicts[Verdict.passed]
    )
    assert passed.fill.start_color.rgb.endswith(VERDICT_FILLS[Verdict.passed])

    columns, sheet_columns = words.columns, sheet_labels().columns
    suggestions = _rows(book, "建议")
    fields = {row[sheet_columns.field]: row for row in suggestions}
    density, factories = fields["bs_per_10k"], fields["directory_5g_factories"]
    assert (density[columns.value], density[sheet_columns.decision]) == (36.8, actions.confirm)
    assert density[sheet_columns.reviewer] == "admin"
    assert factories[sheet_columns.decision] == actions.correct
    assert (factories[sheet_columns.corrected_value], factories[sheet_columns.corrected_year]) == (
        7,
        2022,
    )
    assert factories[sheet_columns.note] == "名录核对后更正"
    undecided = [
        row for row in suggestions if row[sheet_columns.kind] != sheet_labels().kinds.claim
    ]
    assert all(row[sheet_columns.decision] == actions.none for row in undecided)
    indicators = [row[sheet_columns.indicator] for row in suggestions]
    assert indicators == sorted(indicators)

    (added,) = _rows(book, "补充")
    assert (added[sheet_columns.field], added[columns.value], added[columns.year]) == (
        "edge_nodes",
        12,
        2023,
    )
    assert added[columns.status] == words.statuses[Status.actual]

    history = _rows(book, "审核记录")
    assert [row[sheet_columns.action] for row in history] == [
        actions.confirm,
        actions.correct,
        actions.add,
    ]
    assert [row[sheet_columns.suggestion] for row in history][2] == "added-1"
    assert all(row[sheet_columns.reviewer] == "admin" for row in history)
    assert all(row[sheet_columns.decided_at] is not None for row in history)
    again = client.get(f"/api/submissions/{submission}/review.xlsx")
    assert again.content == response.content  # no clock in the file


def test_a_quote_that_looks_like_a_formula_stays_text(client: TestClient) -> None:
    submission, _ = _reviewed(client, f"{FORMULA}{TEXT}".encode())
    response = client.get(f"/api/submissions/{submission}/review.xlsx")
    book = load_workbook(BytesIO(response.content))
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    quotes = [cell for cell in cells if isinstance(cell.value, str) and cell.value[:1] == "="]
    sheets = {cell.parent.title for cell in quotes}
    assert {"建议", "补充"} <= sheets
    assert all(cell.data_type == "s" for cell in quotes)
    assert any(cell.value == FORMULA for cell in quotes)


def test_a_reviewer_not_assigned_cannot_download(client: TestClient) -> None:
    admin = login(client)
    submission = upload(client, admin)["id"]
    client.post(
        "/api/reviewers", json={"name": "wang", "password": "a reviewer password"}, headers=admin
    )
    client.post("/api/logout", headers=admin)
    login(client, "wang", "a reviewer password")
    assert client.get(f"/api/submissions/{submission}/review.xlsx").status_code == 404
    assert client.get("/api/submissions/999/review.xlsx").status_code == 404


def test_an_unprocessed_submission_has_no_sheet(client: TestClient) -> None:
    headers = login(client)
    failed = upload(client, headers, "bad.pdf", b"%PDF-1.7 not really")["id"]
    response = client.get(f"/api/submissions/{failed}/review.xlsx")
    assert response.status_code == 409
    assert response.json()["detail"] == "该申报材料当前状态为处理失败"
    with client.app.state.sessions() as session:  # type: ignore[attr-defined]
        queued = Submission(
            filename="later.txt",
            stored_path="",
            framework="miit-2023",
            uploaded_by=1,
            assigned_to=1,
        )
        session.add(queued)
        session.commit()
        queued_id = queued.id
    response = client.get(f"/api/submissions/{queued_id}/review.xlsx")
    assert response.status_code == 409
    assert response.json()["detail"] == "该申报材料当前状态为排队中"
