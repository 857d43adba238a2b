"""Take the README's screenshot of the reviewer panel: the bundled sample PDF, processed by a
real server, one suggestion confirmed and the density verdict's evidence shown on the page.

    .venv/bin/python scripts/panel_screenshot.py [--out docs/panel.png]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "panel.png")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from tests.serve.live import ADMIN, PASSWORD, chromium, live_server

    sample = ROOT / "samples" / "sample-application.pdf"
    with (
        tempfile.TemporaryDirectory() as scratch,
        live_server(Path(scratch)) as server,
        chromium() as browser,
    ):
        page = browser.new_page(base_url=server.url, viewport={"width": 1600, "height": 1000})
        page.goto("/")
        page.fill("#login [name=name]", ADMIN)
        page.fill("#login [name=password]", PASSWORD)
        page.click("#login button[type=submit]")
        page.wait_for_selector("body[data-ready=list]")
        page.set_input_files("#upload-file", str(sample))
        page.click("#upload button[type=submit]")
        page.locator("#submissions a.open").first.click(timeout=120_000)
        page.wait_for_selector("body[data-ready=review]", timeout=30_000)
        confirmed = page.locator("#tree .suggestion", has_text="5G基站总数").first
        confirmed.click()
        confirmed.locator("button.confirm").click()
        page.wait_for_selector("#tree .suggestion.d-confirm")  # stored; the next one is chosen
        page.locator("#panel").evaluate("(panel) => panel.scrollTo(0, 0)")
        page.click("#verdicts [data-condition=bs_density] button")
        page.wait_for_timeout(800)  # the page image loads lazily
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.out))
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
