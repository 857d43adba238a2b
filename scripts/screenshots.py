"""The README's screenshots of the panel, one per main screen, taken in Debian's chromium.

    .venv/bin/python scripts/screenshots.py   # writes docs/screenshots/*.png

A throwaway panel (tests/serve/live.py) with the bundled samples uploaded: the sign-in page,
the submission list, a review (the sample PDF's page with the evidence boxed, one suggestion
confirmed, the density verdict's evidence shown), find in document, and the administrator's
page.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import Page, expect

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the test helpers that start a throwaway panel

from tests.serve.live import (  # noqa: E402
    ADMIN,
    PASSWORD,
    chromium,
    live_server,
    signed_in,
    wait_processed,
)

OUT = ROOT / "docs" / "screenshots"
SAMPLES = ROOT / "samples"


def _sign_in(page: Page) -> None:
    page.goto("/")
    page.fill("#login [name=name]", ADMIN)
    page.fill("#login [name=password]", PASSWORD)
    page.click("#login button[type=submit]")
    expect(page.locator("body[data-ready=list]")).to_be_attached()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, live_server(Path(folder)) as server:
        api = signed_in(server.url)
        try:
            api.post("/api/reviewers", json={"name": "li.wei", "password": "a long password 1"})
            for sample in ("sample-application.pdf", "sample-application.docx"):
                with (SAMPLES / sample).open("rb") as handle:
                    sent = api.post(
                        "/api/submissions",
                        files={"file": (sample, handle)},
                        data={"framework": "miit-2023"},
                    )
                sent.raise_for_status()
                wait_processed(api, sent.json()["id"])
        finally:
            api.close()
        with chromium() as browser:
            context = browser.new_context(
                base_url=server.url, viewport={"width": 1440, "height": 900}, locale="zh-CN"
            )
            page = context.new_page()
            page.goto("/")
            expect(page.locator("#login")).to_be_visible()
            page.screenshot(path=OUT / "sign-in.png")
            _sign_in(page)
            expect(page.locator("#submissions tbody tr a.open")).to_have_count(2)
            page.screenshot(path=OUT / "list.png")
            page.locator("#submissions tbody tr", has_text=".pdf").locator("a.open").click()
            expect(page.locator("body[data-ready=review]")).to_be_attached()
            confirmed = page.locator("#tree .suggestion", has_text="5G基站总数").first
            confirmed.click()
            confirmed.locator("button.confirm").click()
            expect(page.locator("#tree .suggestion.d-confirm")).to_have_count(1)  # stored
            page.locator("#panel").evaluate("(panel) => panel.scrollTo(0, 0)")
            page.click("#verdicts [data-condition=bs_density] button")
            page.locator('#doc .page[data-page="1"] img').evaluate(
                "img => img.complete ? true : new Promise((done) => { img.onload = done; })"
            )
            page.screenshot(path=OUT / "review.png")
            page.keyboard.press("/")
            page.keyboard.type("5G基站")
            expect(page.locator("#doc .page .box.hit.current")).to_have_count(1)
            page.screenshot(path=OUT / "find.png")
            page.goto("/#/admin")
            expect(page.locator("body[data-ready=admin]")).to_be_attached()
            page.screenshot(path=OUT / "admin.png", full_page=True)
            context.close()
    for shot in sorted(OUT.glob("*.png")):
        print(shot.relative_to(ROOT))


if __name__ == "__main__":
    main()
