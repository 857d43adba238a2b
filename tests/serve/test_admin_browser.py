"""The administrator's page end to end in a real headless chromium against a real server
process: accounts added, signed in with, deactivated; submissions summed up and filtered."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.serve.live import ADMIN, PASSWORD, LiveServer, live_server, signed_in
from tests.serve.panel import TEXT

NAME, NAME_PASSWORD = "sun.li", "sun's first password"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(tmp_path_factory.mktemp("admin")) as running:
        yield running


def _page(browser: Browser, server: LiveServer, errors: list[str]) -> Page:
    context = browser.new_context(base_url=server.url, viewport={"width": 1400, "height": 900})
    opened = context.new_page()
    opened.on("pageerror", lambda error: errors.append(str(error)))
    return opened


def _smallest_text(page: Page) -> float:
    """The smallest font size of any shown text on the page, in px."""
    return float(
        page.evaluate(
            """() => Math.min(...[...document.querySelectorAll('body *')]
                .filter((e) => e.offsetParent !== null && [...e.childNodes].some(
                    (n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()))
                .map((e) => parseFloat(getComputedStyle(e).fontSize)))"""
        )
    )


def _sign_in(page: Page, name: str, password: str) -> None:
    page.goto("/")
    page.fill("#login [name=name]", name)
    page.fill("#login [name=password]", password)
    page.click("#login button[type=submit]")
    expect(page.locator("body[data-ready=list]")).to_be_attached()


def test_an_administrator_adds_a_reviewer_and_deactivating_signs_them_out(
    browser: Browser, server: LiveServer
) -> None:
    errors: list[str] = []
    admin, reviewer = _page(browser, server, errors), _page(browser, server, errors)
    _sign_in(admin, ADMIN, PASSWORD)
    admin.click("#admin-link")
    expect(admin.locator("body[data-ready=admin]")).to_be_attached()
    form = admin.locator("#add-account")
    form.locator("[name=name]").fill(NAME)
    form.locator("[name=password]").fill(NAME_PASSWORD)
    form.locator("button[type=submit]").click()
    row = admin.locator(f"#accounts tr[data-name='{NAME}']")
    expect(row).to_contain_text("审核员")
    expect(row.locator(".state")).to_have_text("启用")
    expect(row).to_contain_text("从未登录")
    assert _smallest_text(admin) >= 14

    reviewer.clock.install()  # the page's session check runs on this clock
    _sign_in(reviewer, NAME, NAME_PASSWORD)
    expect(reviewer.locator("#who")).to_have_text(NAME)
    expect(reviewer.locator("#admin-link")).to_be_hidden()
    reviewer.goto("/#/admin")  # a reviewer typing the address is shown their own list
    expect(reviewer.locator("#list-view")).to_be_visible()
    expect(reviewer.locator("#admin-view")).to_be_hidden()

    admin.click("#admin-link")
    admin.reload()
    expect(admin.locator("body[data-ready=admin]")).to_be_attached()
    expect(row).not_to_contain_text("从未登录")  # the last sign-in, in Shanghai time
    row.locator("button.deactivate").click()
    expect(row.locator(".state")).to_have_text("已停用")
    expect(admin.locator("#audit tbody tr").first).to_contain_text("停用账户")
    expect(admin.locator("#audit tbody tr").first).to_contain_text(NAME)

    reviewer.clock.run_for(31_000)  # without touching the page: its session check finds it ended
    expect(reviewer.locator("#login-view")).to_be_visible()
    reviewer.fill("#login [name=name]", NAME)
    reviewer.fill("#login [name=password]", NAME_PASSWORD)
    reviewer.click("#login button[type=submit]")
    expect(reviewer.locator("#login-error")).to_have_text("用户名或密码错误")
    assert not errors, errors


def test_the_list_sums_up_reviews_and_filters_by_reviewer(
    browser: Browser, server: LiveServer
) -> None:
    with closing(signed_in(server.url)) as api:
        wang = api.post("/api/reviewers", json={"name": "wang", "password": "wang's password"})
        assert wang.status_code == 201, wang.text
        files = {"file": ("b.txt", TEXT.encode("utf-8"), "text/plain")}
        made = api.post("/api/submissions", files=files)
        assert made.status_code == 202, made.text
        submission = made.json()["id"]
        body = {"reviewer_id": wang.json()["id"]}
        assert api.post(f"/api/submissions/{submission}/assign", json=body).status_code == 200
        for other in range(2):  # two more, left with the administrator
            files = {"file": (f"c{other}.txt", TEXT.encode("utf-8"), "text/plain")}
            assert api.post("/api/submissions", files=files).status_code == 202
    errors: list[str] = []
    page = _page(browser, server, errors)
    _sign_in(page, ADMIN, PASSWORD)
    row = page.locator(f"#submissions tbody tr[data-id='{submission}']")
    # the machine's verdicts of TEXT: three pass, three unclear; three suggestions
    expect(row).to_contain_text("通过 3 · 不通过 0 · 待核实 3", timeout=120_000)
    expect(row).to_contain_text("条件 0/6 · 建议 0/3")
    assert _smallest_text(page) >= 14
    page.select_option("#reviewer-filter", label="wang")
    expect(page.locator("#submissions tbody tr")).to_have_count(1)
    expect(page.locator("#submissions tbody tr")).to_have_attribute("data-id", str(submission))
    page.select_option("#reviewer-filter", label="全部")
    expect(page.locator("#submissions tbody tr")).not_to_have_count(1)
    assert not errors, errors


def test_an_administrator_resets_a_password_and_deletes_a_submission(
    browser: Browser, server: LiveServer
) -> None:
    new = "qian's second password"
    with closing(signed_in(server.url)) as api:
        made = api.post("/api/reviewers", json={"name": "qian", "password": "qian's password"})
        assert made.status_code == 201, made.text
        files = {"file": ("d.txt", TEXT.encode("utf-8"), "text/plain")}
        submission = api.post("/api/submissions", files=files).json()["id"]
    errors: list[str] = []
    page = _page(browser, server, errors)
    _sign_in(page, ADMIN, PASSWORD)
    page.click("#admin-link")
    expect(page.locator("body[data-ready=admin]")).to_be_attached()
    page.locator("#accounts tr[data-name='qian'] button.reset").click()
    dialog = page.locator("#reset-dialog")
    dialog.locator("[name=password]").fill(new)
    dialog.locator("button[type=submit]").click()
    expect(dialog).to_be_hidden()
    expect(page.locator("#admin-message")).to_contain_text("qian 的密码已重置")
    with closing(signed_in(server.url, "qian", new)) as qian:
        assert qian.get("/api/me").json()["name"] == "qian"
    row = page.locator(f"#admin-submissions tr[data-id='{submission}']")
    row.locator("button.delete").click()
    expect(page.locator("#delete-what")).to_have_text(f"#{submission} d.txt")
    page.locator("#delete-form button[type=submit]").click()
    expect(row).to_have_count(0)
    expect(page.locator("#audit tbody tr").first).to_contain_text("删除申报材料")
    with closing(signed_in(server.url)) as api:
        assert api.get(f"/api/submissions/{submission}").status_code == 404
    assert not errors, errors
