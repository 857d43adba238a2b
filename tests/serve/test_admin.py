"""Accounts and submissions managed by administrators: each rule, and its audit entry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import HTTPException
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from extractor.serve.db_tables import AdminAction, Decision, LoginSession, Reviewer, Submission
from extractor.serve.routes.reviewers import deactivate, others_administer
from tests.serve.panel import client as panel_client
from tests.serve.panel import login, upload

LI, LI_PASSWORD = "li", "li's long password"


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with panel_client(tmp_path) as made:
        yield made


@pytest.fixture
def admin(client: TestClient) -> dict[str, str]:
    """The administrator's CSRF header, with the account "li" (a reviewer) made."""
    headers = login(client)
    made = client.post(
        "/api/reviewers", json={"name": LI, "password": LI_PASSWORD}, headers=headers
    )
    assert made.status_code == 201, made.text
    return headers


def _li_id(client: TestClient) -> int:
    return next(r["id"] for r in client.get("/api/reviewers").json() if r["name"] == LI)


def _as(client: TestClient, name: str, password: str) -> tuple[TestClient, dict[str, str]]:
    """Another browser on the same server, signed in as ``name``."""
    other = TestClient(client.app)
    return other, login(other, name, password)


def _count(client: TestClient, table: type, *where: object) -> int:
    with client.app.state.sessions() as db:  # type: ignore[attr-defined]
        return int(db.scalar(select(func.count()).select_from(table).where(*where)) or 0)


def _actions(client: TestClient) -> list[tuple[str, int | None, int | None]]:
    return [
        (a["action"], a["reviewer_id"], a["submission_id"])
        for a in reversed(client.get("/api/audit").json())
    ]


def test_a_reviewer_is_refused_administration(client: TestClient, admin: dict[str, str]) -> None:
    li, headers = _as(client, LI, LI_PASSWORD)
    admin_id = client.get("/api/me").json()["id"]
    assert li.get("/api/reviewers").status_code == 403
    assert li.get("/api/audit").status_code == 403
    body = {"name": "wang", "password": "wang's long password"}
    assert li.post("/api/reviewers", json=body, headers=headers).status_code == 403
    refused = li.post(f"/api/reviewers/{admin_id}/deactivate", headers=headers)
    assert refused.status_code == 403
    assert client.get("/api/me").status_code == 200


def test_the_list_of_accounts_counts_assignments_and_last_sign_in(
    client: TestClient, admin: dict[str, str]
) -> None:
    li_id = _li_id(client)
    first = next(r for r in client.get("/api/reviewers").json() if r["id"] == li_id)
    assert (first["is_active"], first["assigned"], first["last_login_at"]) == (True, 0, None)
    _as(client, LI, LI_PASSWORD)
    row = upload(client, admin, wait=False)
    client.post(f"/api/submissions/{row['id']}/assign", json={"reviewer_id": li_id}, headers=admin)
    listed = next(r for r in client.get("/api/reviewers").json() if r["id"] == li_id)
    assert listed["assigned"] == 1
    assert listed["last_login_at"] is not None


def test_a_new_account_follows_the_password_policy_and_unique_names(
    client: TestClient, admin: dict[str, str]
) -> None:
    short = client.post(
        "/api/reviewers", json={"name": "wang", "password": "9 letters"}, headers=admin
    )
    assert short.status_code == 422
    taken = client.post(
        "/api/reviewers", json={"name": "ＬＩ", "password": LI_PASSWORD}, headers=admin
    )
    assert taken.status_code == 409
    assert _actions(client) == [("add_reviewer", _li_id(client), None)]


def test_a_deactivated_account_cannot_sign_in_and_its_session_ends(
    client: TestClient, admin: dict[str, str]
) -> None:
    li_id = _li_id(client)
    li, _ = _as(client, LI, LI_PASSWORD)
    assert li.get("/api/me").status_code == 200
    response = client.post(f"/api/reviewers/{li_id}/deactivate", headers=admin)
    assert response.status_code == 200
    assert response.json()["is_active"] is False
    assert li.get("/api/me").status_code == 401
    assert _count(client, LoginSession, LoginSession.reviewer_id == li_id) == 0
    refused = li.post("/api/login", json={"name": LI, "password": LI_PASSWORD})
    assert refused.status_code == 401
    assert refused.json()["detail"] == "用户名或密码错误"  # as for a wrong password
    assert client.post(f"/api/reviewers/{li_id}/reactivate", headers=admin).status_code == 200
    assert li.get("/api/me").status_code == 401  # the old session stays ended
    login(li, LI, LI_PASSWORD)
    assert _actions(client)[1:] == [("deactivate", li_id, None), ("reactivate", li_id, None)]


def test_a_session_of_a_deactivated_account_is_refused_even_if_left_standing(
    client: TestClient, admin: dict[str, str]
) -> None:
    """Deactivating revokes the sessions; a session row that escaped it is refused too."""
    li, _ = _as(client, LI, LI_PASSWORD)
    with client.app.state.sessions() as db:  # type: ignore[attr-defined]
        account = db.scalar(select(Reviewer).where(Reviewer.name == LI))
        account.is_active = False
        db.commit()
    assert li.get("/api/me").status_code == 401


def test_an_administrator_cannot_deactivate_themselves(
    client: TestClient, admin: dict[str, str]
) -> None:
    admin_id = client.get("/api/me").json()["id"]
    assert client.post(f"/api/reviewers/{admin_id}/deactivate", headers=admin).status_code == 409
    reset = client.post(
        f"/api/reviewers/{admin_id}/password", json={"password": "x" * 12}, headers=admin
    )
    assert reset.status_code == 409
    assert client.get("/api/me").status_code == 200


def test_the_last_active_administrator_is_never_deactivated(
    client: TestClient, admin: dict[str, str]
) -> None:
    """Two administrators deactivating each other at once: the second request finds the first
    done (its actor deactivated since it was let in), and the target is the last one left."""
    body = {"name": "zhao", "password": "zhao's long password", "is_admin": True}
    zhao_id = client.post("/api/reviewers", json=body, headers=admin).json()["id"]
    admin_id = client.get("/api/me").json()["id"]
    with client.app.state.sessions() as db:  # type: ignore[attr-defined]
        target, actor = db.get(Reviewer, admin_id), db.get(Reviewer, zhao_id)
        assert others_administer(db, admin_id)
        actor.is_active = False  # zhao was deactivated a moment ago by admin
        db.commit()
        assert not others_administer(db, admin_id)
        with pytest.raises(HTTPException) as refused:
            deactivate(target, actor, db)
        assert refused.value.status_code == 409
        db.rollback()
        assert db.get(Reviewer, admin_id).is_active


def test_a_reset_password_ends_the_accounts_sessions(
    client: TestClient, admin: dict[str, str]
) -> None:
    li_id = _li_id(client)
    li, _ = _as(client, LI, LI_PASSWORD)
    short = client.post(
        f"/api/reviewers/{li_id}/password", json={"password": "short"}, headers=admin
    )
    assert short.status_code == 422
    new = "a new password for li"
    reset = client.post(f"/api/reviewers/{li_id}/password", json={"password": new}, headers=admin)
    assert reset.status_code == 200
    assert li.get("/api/me").status_code == 401
    assert _count(client, LoginSession, LoginSession.reviewer_id == li_id) == 0
    assert li.post("/api/login", json={"name": LI, "password": LI_PASSWORD}).status_code == 401
    login(li, LI, new)
    assert client.get("/api/me").status_code == 200  # the administrator's own session stands
    assert _actions(client)[-1] == ("reset_password", li_id, None)


def test_a_submission_is_seen_by_whom_it_is_assigned_to(
    client: TestClient, admin: dict[str, str]
) -> None:
    li_id = _li_id(client)
    li, _ = _as(client, LI, LI_PASSWORD)
    row = upload(client, admin, wait=False)
    url = f"/api/submissions/{row['id']}"
    assert li.get(url).status_code == 404
    assert li.get("/api/submissions").json() == []
    assigned = client.post(f"{url}/assign", json={"reviewer_id": li_id}, headers=admin)
    assert assigned.json()["assigned_to"] == li_id
    assert li.get(url).status_code == 200
    assert [r["id"] for r in li.get("/api/submissions").json()] == [row["id"]]
    unassigned = client.delete(f"{url}/assign", headers=admin)
    assert unassigned.json()["assigned_to"] is None
    assert li.get(url).status_code == 404
    assert li.get("/api/submissions").json() == []
    assert [r["id"] for r in client.get("/api/submissions").json()] == [row["id"]]
    assert _actions(client)[1:] == [("assign", li_id, row["id"]), ("unassign", li_id, row["id"])]


def test_nothing_is_assigned_to_a_deactivated_account(
    client: TestClient, admin: dict[str, str]
) -> None:
    li_id = _li_id(client)
    client.post(f"/api/reviewers/{li_id}/deactivate", headers=admin)
    row = upload(client, admin, wait=False)
    response = client.post(
        f"/api/submissions/{row['id']}/assign", json={"reviewer_id": li_id}, headers=admin
    )
    assert response.status_code == 409


def test_a_deleted_submission_is_gone_but_its_trail_stays(
    client: TestClient, admin: dict[str, str]
) -> None:
    li_id = _li_id(client)
    row = upload(client, admin)
    url = f"/api/submissions/{row['id']}"
    client.post(f"{url}/assign", json={"reviewer_id": li_id}, headers=admin)
    li, li_headers = _as(client, LI, LI_PASSWORD)
    decided = li.post(
        f"{url}/decisions", json={"suggestion": "x", "action": "confirm"}, headers=li_headers
    )
    assert decided.status_code == 201
    data = client.app.state.settings.data_dir  # type: ignore[attr-defined]
    stored = next((data / "uploads").iterdir())
    pages = data / "pages" / str(row["id"])
    pages.mkdir(parents=True)
    (pages / "1.png").write_bytes(b"png")
    printed = data / "printed" / f"{row['id']}.pdf"  # a DOCX's print by LibreOffice
    printed.parent.mkdir(parents=True, exist_ok=True)
    printed.write_bytes(b"%PDF")
    assert client.delete(url, headers=admin).status_code == 204
    for who in (client, li):
        assert who.get(url).status_code == 404
        assert who.get(f"{url}/decisions").status_code == 404
        assert who.get("/api/submissions").json() == []
    assert client.post(f"{url}/reprocess", headers=admin).status_code == 404
    assert client.delete(url, headers=admin).status_code == 404
    assert not stored.exists()
    assert not pages.exists()
    assert not printed.exists()
    assert _count(client, Submission, Submission.id == row["id"]) == 1
    with client.app.state.sessions() as db:  # type: ignore[attr-defined]
        trail = list(
            db.scalars(
                select(Decision).where(Decision.submission_id == row["id"]).order_by(Decision.id)
            )
        )
    admin_id = client.get("/api/me").json()["id"]
    assert [(d.action, d.reviewer_id) for d in trail] == [("confirm", li_id), ("deleted", admin_id)]
    entry = client.get("/api/audit").json()[0]
    assert (entry["action"], entry["actor_id"], entry["submission_id"]) == (
        "delete_submission",
        admin_id,
        row["id"],
    )
    assert entry["detail"] == "a.txt"
    assert _count(client, AdminAction, AdminAction.action == "delete_submission") == 1
    accounts = {r["id"]: r for r in client.get("/api/reviewers").json()}
    assert accounts[li_id]["assigned"] == 0


def test_the_list_sums_up_each_review(client: TestClient, admin: dict[str, str]) -> None:
    row = upload(client, admin)
    url = f"/api/submissions/{row['id']}"
    listed = client.get("/api/submissions").json()[0]["summary"]
    machine = [v["machine"] for v in client.get(f"{url}/decisions").json()["verdicts"]]
    # the machine's six: special_policy, scenario_factories and national_demonstration unclear,
    # bs_density, factory_5g and no_major_incident pass; three suggestions
    assert machine == ["unclear", "pass", "unclear", "pass", "unclear", "pass"]
    assert listed == {
        "passed": 3,
        "failed": 0,
        "unclear": 3,
        "conditions": 6,
        "conditions_decided": 0,
        "suggestions": 3,
        "suggestions_decided": 0,
    }
    decisions = [
        {
            "suggestion": "condition:special_policy",
            "action": "overrule",
            "value": {"verdict": "fail"},
            "note": "没有专项政策",
        },
        {"suggestion": "condition:no_major_incident", "action": "confirm", "note": "承诺属实"},
        {"suggestion": "infrastructure.network.coverage:claim:21-25", "action": "confirm"},
        {"suggestion": "application.factory_5g.listed:claim:37-38", "action": "reject"},
        {
            "suggestion": "infrastructure.network.coverage:passage:0-76",
            "action": "note",
            "note": "只是备注",
        },
    ]
    for body in decisions:
        assert client.post(f"{url}/decisions", json=body, headers=admin).status_code == 201
    # special_policy: the reviewer's fail over the machine's unclear; no_major_incident
    # confirmed pass; factory_5g's only evidence rejected: unclear; so pass 2 (bs_density,
    # no_major_incident), fail 1, unclear 3; two verdicts decided; two suggestions decided (the
    # note decides nothing)
    summary = client.get("/api/submissions").json()[0]["summary"]
    assert summary == {
        "passed": 2,
        "failed": 1,
        "unclear": 3,
        "conditions": 6,
        "conditions_decided": 2,
        "suggestions": 3,
        "suggestions_decided": 2,
    }
    standing = [v["effective"] for v in client.get(f"{url}/decisions").json()["verdicts"]]
    assert [standing.count(v) for v in ("pass", "fail", "unclear")] == [2, 1, 3]
    undo = {"suggestion": "infrastructure.network.coverage:claim:21-25", "action": "undo"}
    assert client.post(f"{url}/decisions", json=undo, headers=admin).status_code == 201
    assert client.get("/api/submissions").json()[0]["summary"]["suggestions_decided"] == 1


def test_a_submission_deleted_while_queued_or_processing_is_never_stored(
    tmp_path: Path,
) -> None:
    """A worker holding a deleted submission stores nothing; a queued one is never taken."""
    from extractor.serve.queue import Outcome, claim, finish

    with panel_client(tmp_path, jobs=0) as client:  # no worker of its own: the test is one
        headers = login(client)
        held, queued = (upload(client, headers, f"{n}.txt", wait=False)["id"] for n in "ab")
        factory = client.app.state.sessions  # type: ignore[attr-defined]
        taken = claim(factory, "test-worker", 30)
        assert taken is not None
        assert taken.id == held
        for deleted in (held, queued):
            assert client.delete(f"/api/submissions/{deleted}", headers=headers).status_code == 204
        assert not finish(factory, "test-worker", held, Outcome("done", result_json="{}"))
        assert claim(factory, "test-worker", 30) is None
        with factory() as db:
            assert [db.get(Submission, i).status for i in (held, queued)] == ["deleted"] * 2
