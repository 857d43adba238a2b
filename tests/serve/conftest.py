"""Fixtures shared by the panel's browser tests: one headless chromium per module, and a panel
page on the module's own ``server`` that fails on a script error or a CSP violation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page

from tests.serve.live import LiveServer, chromium, panel_page


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as launched:
        yield launched


@pytest.fixture
def page(browser: Browser, server: LiveServer) -> Iterator[Page]:
    with panel_page(browser, server.url) as opened:
        yield opened
