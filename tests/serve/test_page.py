"""The review page in the reader's language: Chinese by default, English on request, every word
of it a message of the one catalogue."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from extractor.language import translations
from extractor.serve.page import CONTEXT_GLUE, script_messages
from scripts import catalogue
from tests.serve.panel import client as panel_client

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
# a word of English: two letters or more, one of them lowercase (one letter is a key: j, k, c)
ENGLISH = re.compile(r"\b[A-Za-z]*[a-z][A-Za-z]*\b")
# names, not English: the program, the gold/v1 format and Excel, the keys a reviewer presses
NAMES = {"extractor", "gold", "Excel", "Enter", "Shift", "Ctrl", "Esc"}
PATH = re.compile(r"(?:/[\w.-]+)+")  # the folder field's example, /srv/submissions/2026
SHOWN_ATTRIBUTES = ("title", "placeholder", "aria-label", "alt")


class _Shown(HTMLParser):
    """What a reader of the page sees: its text and the attributes read out or hovered over,
    not its markup, script or style."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []
        self._hidden = 0
        self._strings = False
        self.lang = ""
        self.strings: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        if tag == "html":
            self.lang = named.get("lang") or ""
        if tag in ("script", "style"):
            self._hidden += 1
            self._strings = named.get("id") == "strings"
        self.shown += [named[a] or "" for a in SHOWN_ATTRIBUTES if a in named]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if self._hidden and self._strings:
            self.strings = json.loads(data)
        elif not self._hidden:
            self.shown.append(data)


def _page(client: TestClient) -> _Shown:
    response = client.get("/")
    assert response.status_code == 200
    assert "text/html" in response.headers["content-type"]
    parsed = _Shown()
    parsed.feed(response.text)
    return parsed


def _english(text: str) -> list[str]:
    words = ENGLISH.findall(PATH.sub("", text))
    return sorted({word for word in words if len(word) >= 2 and word not in NAMES})


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with panel_client(tmp_path_factory.mktemp("panel")) as client:
        yield client


def test_the_script_s_messages_are_the_ones_the_catalogue_extracts() -> None:
    """The server sends panel.js the translations of what Babel finds in it, no fewer."""
    extracted = {
        (context, message)
        for path, message, context, _line in catalogue.page_messages()
        if path == catalogue.PAGE_SCRIPT
    }
    assert len(extracted) > 100
    assert set(script_messages()) == extracted


def test_every_message_of_the_page_has_its_chinese() -> None:
    chinese = translations("zh")
    untranslated = [
        (context, message)
        for _path, message, context, _line in catalogue.page_messages()
        if (chinese.pgettext(context, message) if context else chinese.gettext(message)) == message
    ]
    assert untranslated == []


def test_the_default_page_is_chinese(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EXTRACTOR_LANG", raising=False)
    page = _page(client)
    assert page.lang == "zh-CN"
    shown = "\n".join(page.shown)
    assert "登录" in shown
    assert "键盘快捷键" in shown
    assert _english(shown) == []
    strings = page.strings
    assert set(strings) == {
        message if context is None else context + CONTEXT_GLUE + message
        for context, message in script_messages()
    }
    assert strings["Upload failed: {error}"] == "上传失败：{error}"
    assert strings["Reviewed {decided} / {total} suggestions · {pages} pages"] == (
        "已审核 {decided} / {total} 条建议 · 共 {pages} 页"
    )
    assert strings["verdict" + CONTEXT_GLUE + "fail"] == "不通过"
    assert [key for key, value in strings.items() if value == key] == []


def test_the_page_is_english_on_request(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EXTRACTOR_LANG", "en")
    page = _page(client)
    assert page.lang == "en"
    shown = "\n".join(page.shown)
    assert "Sign in" in shown
    assert "Keyboard shortcuts" in shown
    assert CJK.findall(shown) == []
    assert page.strings["Upload failed: {error}"] == "Upload failed: {error}"
    assert page.strings["verdict" + CONTEXT_GLUE + "fail"] == "fail"
    assert CJK.findall(json.dumps(page.strings, ensure_ascii=False)) == []
