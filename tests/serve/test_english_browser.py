"""The review page of a server started in English, in a real headless chromium: the page's own
words are English (a document's text and a framework's Chinese names are data, not the page)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.serve.live import ADMIN, PASSWORD, LiveServer, live_server

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+")
TXT = (
    "东川市“5G+工业互联网”融合应用先导区试点工作方案\n\n"
    "截至2023年底，全市累计建成5G基站8965个，每万人拥有5G基站数36.6个。\n"
)
# The page as its chrome: every text node and the attributes a reader hovers or hears, hidden
# views and dialogs included, less what comes from data (framework and file names, the document,
# the indicator tree, the verdicts' names and reasons).
_CHROME = """() => {
    const page = document.documentElement.cloneNode(true);
    for (const data of page.querySelectorAll(
        "script, style, #upload-framework, #submissions tbody td:nth-child(2),"
        + " #submissions tbody td:nth-child(4), #doc, #doc-title, #crumb, #tree, #verdicts ul,"
        + " #form-check div, #editor-quote")) data.remove();
    const shown = [page.textContent];
    for (const node of page.querySelectorAll("[title], [placeholder], [aria-label], [alt]")) {
        shown.push(node.title || "", node.placeholder || "", node.getAttribute("aria-label") || "",
            node.getAttribute("alt") || "");
    }
    return shown.join("\\n");
}"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(tmp_path_factory.mktemp("english"), language="en") as running:
        yield running


def _chrome_cjk(page: Page) -> list[str]:
    return CJK.findall(page.evaluate(_CHROME))


def test_sign_in_and_the_list_are_english(page: Page, tmp_path: Path) -> None:
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page).to_have_title("extractor · Pilot zone application review")
    expect(page.locator("#login h1")).to_have_text("Sign in")
    expect(page.locator("#login")).to_contain_text("User name")
    assert _chrome_cjk(page) == []

    page.fill("#login [name=name]", ADMIN)
    page.fill("#login [name=password]", "not the password")
    page.click("#login button[type=submit]")
    expect(page.locator("#login-error")).to_have_text("Wrong user name or password")
    page.fill("#login [name=password]", PASSWORD)
    page.click("#login button[type=submit]")
    expect(page.locator("body[data-ready=list]")).to_be_attached()
    expect(page.locator("#who")).to_have_text(f"{ADMIN} (administrator)")
    expect(page.locator("#list-view h2").first).to_have_text("Upload an application")

    source = tmp_path / "plan.txt"
    source.write_text(TXT, encoding="utf-8")
    page.set_input_files("#upload-file", str(source))
    page.click("#upload button[type=submit]")
    expect(page.locator("#upload-message")).to_contain_text(re.compile(r"Uploaded #\d+"))
    row = page.locator("#submissions tbody tr", has_text="plan.txt").last
    expect(row.locator("a.open")).to_have_text("Open review", timeout=120_000)
    expect(row.locator(".status")).to_have_text("Done")
    expect(row.locator(".progress")).to_contain_text("conditions 0/")
    expect(row.locator(".tally")).to_contain_text("pass")
    assert _chrome_cjk(page) == []

    row.locator("a.open").click()
    expect(page.locator("body[data-ready=review]")).to_be_attached(timeout=30_000)
    expect(page.locator("#status-line")).to_have_text(
        re.compile(r"^Reviewed 0 / \d+ suggestions · \d+ pages$")
    )
    expect(page.locator("#tree .suggestion .actions button.confirm").first).to_have_text("Confirm")
    page.keyboard.press("?")
    expect(page.locator("#key-help h2")).to_have_text("Keyboard shortcuts")
    assert _chrome_cjk(page) == []
