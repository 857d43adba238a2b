"""The review page end to end in a real headless chromium against a real server process."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.serve.live import ADMIN, PASSWORD, LiveServer, live_server

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PDF = ROOT / "samples" / "sample-application.pdf"
CONFIRMED, REJECTED = re.compile(r"\bd-confirm\b"), re.compile(r"\bd-reject\b")
REVIEWER, REVIEWER_PASSWORD = "li.wei", "another long password"
PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
TXT = (
    "东川市“5G+工业互联网”融合应用先导区试点工作方案\n\n"
    "截至2023年底，全市累计建成5G基站8965个，每万人拥有5G基站数36.6个。\n"
    f"附注：{PAYLOAD}\n"
    "全市已有7家工厂各自建成10个以上典型应用场景，入选5G工厂名录项目6个。\n"
    "全市规模以上工业企业1320家。\n"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with live_server(tmp_path_factory.mktemp("panel")) as running:
        with httpx.Client(base_url=running.url) as api:
            me = api.post("/api/login", json={"name": ADMIN, "password": PASSWORD}).json()
            created = api.post(
                "/api/reviewers",
                json={"name": REVIEWER, "password": REVIEWER_PASSWORD},
                headers={"X-CSRF-Token": me["csrf"]},
            )
            assert created.status_code == 201, created.text
        yield running


def _sign_in(page: Page, name: str = REVIEWER, password: str = REVIEWER_PASSWORD) -> None:
    page.goto("/")
    page.fill("#login [name=name]", name)
    page.fill("#login [name=password]", password)
    page.click("#login button[type=submit]")
    expect(page.locator("body[data-ready=list]")).to_be_attached()


def _upload_and_open(page: Page, path: Path) -> None:
    page.set_input_files("#upload-file", str(path))
    page.click("#upload button[type=submit]")
    row = page.locator("#submissions tbody tr", has_text=path.name).last
    expect(row.locator("a.open")).to_be_visible(timeout=120_000)
    row.locator("a.open").click()
    expect(page.locator("body[data-ready=review]")).to_be_attached(timeout=30_000)


def _suggestion(page: Page, text: str) -> str:
    """The key of the first suggestion whose figure line contains ``text``."""
    item = page.locator("#tree .suggestion", has=page.locator(".what", has_text=text)).first
    expect(item).to_be_visible()
    key = item.get_attribute("data-key")
    assert key
    return key


def _item(page: Page, key: str):  # type: ignore[no-untyped-def]
    return page.locator(f'#tree .suggestion[data-key="{key}"]')


_SELECT = """(needle) => {
    const block = [...document.querySelectorAll('#doc [data-block]')]
        .find((b) => b.textContent.includes(needle));
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const nodes = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
    const at = block.textContent.indexOf(needle);
    const locate = (offset) => {
        for (const node of nodes) {
            if (offset <= node.data.length) return [node, offset];
            offset -= node.data.length;
        }
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + needle.length));
    window.getSelection().removeAllRanges();
    window.getSelection().addRange(range);
}"""


def _select_text(page: Page, needle: str) -> None:
    """Select ``needle`` in the document pane as a reviewer's mouse would (across marks)."""
    page.evaluate(_SELECT, needle)


def _gold(page: Page) -> dict:  # type: ignore[type-arg]
    with page.expect_download() as download:
        page.click("#export-gold")
    return json.loads(Path(download.value.path()).read_text(encoding="utf-8"))


def test_a_pdf_is_reviewed_and_the_review_survives_a_reload(page: Page) -> None:
    _sign_in(page)
    _upload_and_open(page, SAMPLE_PDF)
    expect(page.locator("#verdicts li.verdict")).to_have_count(6)
    expect(page.locator("#verdicts [data-condition=bs_density] .badge")).to_have_text("通过")
    expect(page.locator("#form-check table")).to_be_visible()
    assert page.locator("#tree .suggestion").count() >= 10

    density = _suggestion(page, "每万人拥有5G基站数 36.6")
    _item(page, density).click()
    box = page.locator(f'#doc .page .box.active[data-keys~="{density}"]').first
    expect(box).to_be_visible()
    expect(box).to_be_in_viewport()
    # an outline, not a fill: the characters it marks stay readable on the page image
    assert box.evaluate("(e) => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
    expect(page.locator('#doc .page[data-page="1"] img')).to_be_visible()

    page.click("#verdicts [data-condition=bs_density] button")  # the verdict's evidence
    expect(page.locator('#doc .page .box.active[data-keys^="verdict:"]').first).to_be_in_viewport()
    expect(page.locator("#doc")).to_have_attribute("data-mode", "pages")

    _item(page, density).click()
    _item(page, density).locator("button.confirm").click()
    expect(_item(page, density)).to_have_class(CONFIRMED)

    total = _suggestion(page, "5G基站总数 8965")
    _item(page, total).click()
    page.keyboard.press("e")
    dialog = page.locator("#editor")
    expect(dialog).to_be_visible()
    dialog.locator("[name=value]").fill("8970")
    dialog.locator("[name=note]").fill("以附件统计表为准")
    dialog.locator("button[type=submit]").click()
    expect(_item(page, total).locator(".decision")).to_contain_text("已更正为 8970")

    page.reload()
    expect(page.locator("body[data-ready=review]")).to_be_attached(timeout=30_000)
    expect(_item(page, density)).to_have_class(CONFIRMED)
    expect(_item(page, total).locator(".decision")).to_contain_text("已更正为 8970")
    expect(_item(page, total).locator(".note")).to_contain_text("以附件统计表为准")
    expect(page.locator("#status-line")).to_contain_text("已审核 2 /")

    gold = _gold(page)
    assert (gold["schema"], gold["document"], gold["framework"]) == (
        "gold/v1",
        SAMPLE_PDF.name,
        "miit-2023",
    )
    totals = {c["value"] for c in gold["claims"] if c["field"] == "bs_total"}
    assert 8970 in totals
    assert 8965 not in totals
    density_claims = [c for c in gold["claims"] if c["field"] == "bs_per_10k"]
    assert any(c["value"] == 36.6 and c["status"] == "actual" for c in density_claims)


def test_text_is_marked_keys_decide_and_a_selection_becomes_evidence(
    page: Page, tmp_path: Path
) -> None:
    source = tmp_path / "方案<img src=x onerror=window.__pwned=3>.txt"
    source.write_text(TXT, encoding="utf-8")
    _sign_in(page)
    _upload_and_open(page, source)
    expect(page.locator("#doc-modes")).to_be_hidden()
    expect(page.locator("#doc p", has_text="附注")).to_contain_text(PAYLOAD)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#doc img, #doc script").count() == 0
    expect(page.locator("#crumb")).to_contain_text("<img src=x")

    page.locator("#tree .suggestion").first.click()
    first = page.locator("#tree .suggestion.active").get_attribute("data-key")
    expect(page.locator("#doc .ev.active").first).to_be_visible()
    page.keyboard.press("c")
    expect(page.locator(f'#tree .suggestion[data-key="{first}"]')).to_have_class(CONFIRMED)
    moved = page.locator("#tree .suggestion.active").get_attribute("data-key")
    assert moved != first
    page.keyboard.press("r")
    expect(page.locator(f'#tree .suggestion[data-key="{moved}"]')).to_have_class(REJECTED)

    _select_text(page, "1320家")
    page.click("#add-evidence")
    dialog = page.locator("#editor")
    dialog.locator("[name=field]").select_option("above_scale_enterprises")
    dialog.locator("[name=value]").fill("1320")
    dialog.locator("[name=year]").fill("2023")
    dialog.locator("button[type=submit]").click()
    expect(page.locator("#added li.added")).to_contain_text("1320")

    page.reload()
    expect(page.locator("body[data-ready=review]")).to_be_attached(timeout=30_000)
    expect(page.locator("#added li.added")).to_contain_text("1320家")
    added = page.locator("#added li.added").get_attribute("data-key")
    marked = page.locator(f'#doc .ev[data-keys~="{added}"]')
    expect(marked.first).to_be_visible()
    assert "".join(marked.all_text_contents()) == "1320家"
    added_claim = {
        "field": "above_scale_enterprises",
        "value": 1320,
        "status": "actual",
        "year": 2023,
        "quote": "1320家",
    }
    assert added_claim in _gold(page)["claims"]

    page.locator("#added li.added button", has_text="删除").click()
    expect(page.locator("#added")).to_be_hidden()
    expect(page.locator(f'#doc .ev[data-keys~="{added}"]')).to_have_count(0)
    assert added_claim not in _gold(page)["claims"]


def test_a_reviewer_sees_only_their_own_submissions(page: Page, server: LiveServer) -> None:
    _sign_in(page, ADMIN, PASSWORD)
    page.set_input_files("#upload-file", str(SAMPLE_PDF))
    page.click("#upload button[type=submit]")
    expect(page.locator("#submissions tbody tr").last.locator(".status")).to_have_text(
        "已完成", timeout=120_000
    )
    page.click("#logout")
    expect(page.locator("#login-view")).to_be_visible()
    _sign_in(page)
    admins = httpx.Client(base_url=server.url)
    me = admins.post("/api/login", json={"name": ADMIN, "password": PASSWORD}).json()
    everything = admins.get("/api/submissions").json()
    own = [s for s in everything if s["assigned_to"] != me["id"]]
    assert own
    rows = page.locator("#submissions tbody tr")
    expect(rows).to_have_count(len(own))
    shown = {int(row.get_attribute("data-id") or 0) for row in rows.all()}
    assert shown == {s["id"] for s in own}
    hidden = [s for s in everything if s["assigned_to"] == me["id"]][-1]
    page.goto(f"/#/s/{hidden['id']}")
    expect(page.locator("#status-line")).to_contain_text("无法打开")
    assert page.locator("#tree .suggestion").count() == 0


def test_markup_in_a_docx_stays_text(page: Page, tmp_path: Path) -> None:
    """Script and HTML in a Word document's paragraphs and table cells are shown as text (in
    the text view; the page view shows LibreOffice's print as images)."""
    import docx

    document = docx.Document()
    document.add_heading(f"方案{PAYLOAD}", level=1)
    document.add_paragraph(f"截至2023年底，全市累计建成5G基站8965个。{PAYLOAD}")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "指标", "<b onmouseover=window.__pwned=4>值</b>"
    table.cell(1, 0).text, table.cell(1, 1).text = "5G基站数（个）", "8965"
    source = tmp_path / "payload.docx"
    document.save(str(source))
    _sign_in(page)
    _upload_and_open(page, source)
    expect(page.locator("#doc-modes")).to_be_visible()  # shown as LibreOffice prints it
    page.click('#doc-modes button[data-mode="text"]')
    expect(page.locator("#doc h3")).to_contain_text(PAYLOAD)
    expect(page.locator("#doc table.block")).to_contain_text("<b onmouseover")
    page.locator("#doc table.block").hover()
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#doc img, #doc script, #doc b").count() == 0


def test_a_figure_read_by_ocr_is_boxed_over_its_ink(page: Page, tmp_path: Path) -> None:
    """A scanned copy of the sample (image-only pages, read by OCR): the figure's box lies on
    the page image where the born-digital original prints the figure, over its ink."""
    import io

    import numpy as np
    import pdfplumber
    from PIL import Image

    from corpus.scan import scan

    with pdfplumber.open(SAMPLE_PDF) as original:
        first = original.pages[0]
        printed = [
            ((m["x0"] + m["x1"]) / 2 / first.width, (m["top"] + m["bottom"]) / 2 / first.height)
            for m in first.search("36.6")
        ]
    scanned = scan(SAMPLE_PDF, "panel-sample", 200, 7, tmp_path / "scanned-sample.pdf")
    _sign_in(page)
    _upload_and_open(page, scanned)
    density = _suggestion(page, "每万人拥有5G基站数 36.6")
    _item(page, density).click()
    box = page.locator(f'#doc .page .box.active[data-keys~="{density}"]').first
    expect(box).to_be_in_viewport()
    picture = page.locator('#doc .page[data-page="1"] img')
    # the page image is rendered in a worker on first request: its ink is there once it loaded
    picture.evaluate(
        "img => img.complete && img.naturalWidth > 0 ? true"
        " : new Promise((done, fail) => { img.onload = () => done(true); img.onerror = fail; })"
    )
    area = box.bounding_box()
    image = picture.bounding_box()
    assert area is not None
    assert image is not None
    x = (area["x"] + area["width"] / 2 - image["x"]) / image["width"]
    y = (area["y"] + area["height"] / 2 - image["y"]) / image["height"]
    assert min(abs(x - px) + abs(y - py) for px, py in printed) < 0.02  # tilt and all
    shot = np.asarray(Image.open(io.BytesIO(box.screenshot())).convert("L"))
    assert (shot < 150).mean() > 0.1  # the figure's strokes under the box
    page.keyboard.press("/")  # find in the OCR text: the hit outlined on the scan
    page.keyboard.type("36.6")
    found = page.locator('#doc .page[data-page="1"] .box.hit').first
    expect(found).to_be_visible()
    spot = found.bounding_box()
    assert spot is not None
    x = (spot["x"] + spot["width"] / 2 - image["x"]) / image["width"]
    y = (spot["y"] + spot["height"] / 2 - image["y"]) / image["height"]
    assert min(abs(x - px) + abs(y - py) for px, py in printed) < 0.03


def test_a_reviewer_overrules_a_verdict_with_a_reason(page: Page, tmp_path: Path) -> None:
    """The verdict changes in the page, the machine's stays beside it, a reload keeps it and
    the gold export carries it; a reason is required."""
    source = tmp_path / "改判.txt"
    source.write_text(TXT, encoding="utf-8")
    _sign_in(page)
    _upload_and_open(page, source)
    density = page.locator("#verdicts [data-condition=bs_density]")
    expect(density.locator(".badge")).to_have_text("通过")
    density.locator("button[data-overrule=fail]").click()
    dialog = page.locator("#editor")
    expect(dialog).to_be_visible()
    dialog.locator("button[type=submit]").click()  # no reason: nothing is decided
    expect(page.locator("#status-line")).to_contain_text("须填写理由")
    expect(density.locator(".badge")).to_have_text("通过")
    density.locator("button[data-overrule=fail]").click()
    dialog.locator("[name=note]").fill("基站数含规划数，实际不足")
    dialog.locator("button[type=submit]").click()
    expect(density.locator(".badge")).to_have_text("不通过")
    expect(density.locator(".reason.review")).to_contain_text("系统：通过")
    expect(density.locator(".reason.review")).to_contain_text("基站数含规划数")
    page.reload()
    expect(page.locator("body[data-ready=review]")).to_be_attached(timeout=30_000)
    expect(page.locator("#verdicts [data-condition=bs_density] .badge")).to_have_text("不通过")
    assert _gold(page)["prescreen"]["bs_density"] == "fail"


def test_small_things_help_text_size_and_signing_out(page: Page, tmp_path: Path) -> None:
    """`?` opens the key help; `u` undoes a decision; no text in the review is under 14 px;
    signing out returns to the sign-in page at the root (it kept the previous user's review
    URL)."""
    source = tmp_path / "小事.txt"
    source.write_text(TXT, encoding="utf-8")
    _sign_in(page)
    _upload_and_open(page, source)
    assert "#/s/" in page.url
    page.keyboard.press("?")
    expect(page.locator("#key-help")).to_be_visible()
    expect(page.locator("#key-help")).to_contain_text("驳回")
    page.keyboard.press("?")
    expect(page.locator("#key-help")).to_be_hidden()
    first = page.locator("#tree .suggestion").first
    first.click()
    key = first.get_attribute("data-key")
    page.keyboard.press("c")
    expect(page.locator(f'#tree .suggestion[data-key="{key}"]')).to_have_class(CONFIRMED)
    page.locator(f'#tree .suggestion[data-key="{key}"]').click()
    page.keyboard.press("u")  # undo: undecided again, the trail keeps both
    expect(page.locator(f'#tree .suggestion[data-key="{key}"]')).not_to_have_class(CONFIRMED)
    smallest = page.evaluate(
        """() => Math.min(...[...document.querySelectorAll('body *')]
            .filter((e) => e.offsetParent !== null && [...e.childNodes].some(
                (n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()))
            .map((e) => parseFloat(getComputedStyle(e).fontSize)))"""
    )
    assert smallest >= 14, smallest
    page.click("#logout")
    expect(page.locator("#login-view")).to_be_visible()
    assert (urlparse(page.url).path, urlparse(page.url).fragment) == ("/", "")


def test_a_correction_is_typed_in_the_unit_the_document_used(page: Page, tmp_path: Path) -> None:
    """Correcting 1.35亿元 showed 135000000 and no unit; typing 1.5 saved 1.5 yuan."""
    source = tmp_path / "资金.txt"
    source.write_text(
        "汀洲市试点工作方案\n\n2023年，市财政统筹安排“5G+工业互联网”专项资金1.35亿元。\n",
        encoding="utf-8",
    )
    _sign_in(page)
    _upload_and_open(page, source)
    key = _suggestion(page, "亿元")
    page.locator(f'#tree .suggestion[data-key="{key}"]').click()
    page.keyboard.press("e")
    dialog = page.locator("#editor")
    expect(dialog).to_be_visible()
    expect(page.locator("#editor-title")).to_contain_text("单位：亿元")
    expect(dialog.locator("[name=value]")).to_have_value("1.35")
    dialog.locator("[name=value]").fill("1.5")
    dialog.locator("button[type=submit]").click()
    expect(dialog).to_be_hidden()
    funds = [c for c in _gold(page)["claims"] if c["field"] == "special_funds"]
    assert [c["value"] for c in funds] == [150_000_000]


def test_everyone_changes_their_own_password_in_the_page(page: Page, server: LiveServer) -> None:
    name, old, new = "zhou.min", "zhou's first password", "zhou's second password"
    with httpx.Client(base_url=server.url) as api:
        me = api.post("/api/login", json={"name": ADMIN, "password": PASSWORD}).json()
        created = api.post(
            "/api/reviewers",
            json={"name": name, "password": old},
            headers={"X-CSRF-Token": me["csrf"]},
        )
        assert created.status_code == 201, created.text
    _sign_in(page, name, old)
    page.click("#change-password")
    dialog = page.locator("#password-dialog")
    dialog.locator("[name=current]").fill("not my password")
    dialog.locator("[name=new]").fill(new)
    dialog.locator("button[type=submit]").click()
    expect(page.locator("#password-message")).to_have_text("当前密码不正确")
    dialog.locator("[name=current]").fill(old)
    dialog.locator("button[type=submit]").click()
    expect(dialog).to_be_hidden()
    page.click("#logout")
    expect(page.locator("#login-view")).to_be_visible()
    page.fill("#login [name=name]", name)
    page.fill("#login [name=password]", old)
    page.click("#login button[type=submit]")
    expect(page.locator("#login-error")).to_have_text("用户名或密码错误")
    _sign_in(page, name, new)


def test_find_marks_every_hit_on_the_page_and_in_the_text(page: Page) -> None:
    """Find in document: typed after / (or Ctrl+F), counted, each hit outlined on the page
    image where pdfplumber finds the words, Enter steps to the next, the text view marks it."""
    import pdfplumber

    with pdfplumber.open(SAMPLE_PDF) as original:
        printed = [
            (
                number + 1,
                (m["x0"] + m["x1"]) / 2 / sheet.width,
                (m["top"] + m["bottom"]) / 2 / sheet.height,
            )
            for number, sheet in enumerate(original.pages)
            for m in sheet.search("5G基站")
        ]
    assert len(printed) >= 2
    _sign_in(page)
    _upload_and_open(page, SAMPLE_PDF)
    page.keyboard.press("Control+f")
    expect(page.locator("#find")).to_be_focused()
    page.keyboard.type("5G 基站")  # spaces do not matter
    expect(page.locator("#find-count")).to_have_text(f"1/{len(printed)}")
    boxes = page.locator("#doc .page .box.hit")
    expect(boxes).to_have_count(len(printed))
    current = page.locator("#doc .page .box.hit.current")
    expect(current).to_have_count(1)
    for box in boxes.all():
        frame = box.locator("xpath=..")
        number = int(frame.get_attribute("data-page") or 0)
        area, sheet = box.bounding_box(), frame.bounding_box()
        assert area is not None
        assert sheet is not None
        x = (area["x"] + area["width"] / 2 - sheet["x"]) / sheet["width"]
        y = (area["y"] + area["height"] / 2 - sheet["y"]) / sheet["height"]
        assert min(abs(x - px) + abs(y - py) for n, px, py in printed if n == number) < 0.01
    page.keyboard.press("Enter")
    expect(page.locator("#find-count")).to_have_text(f"2/{len(printed)}")
    page.click('#doc-modes button[data-mode="text"]')
    marked = page.locator("#doc .hit")
    expect(marked.first).to_be_visible()
    assert "5G基站" in "".join(marked.all_text_contents())
    page.fill("#find", "没有这句话")
    expect(page.locator("#find-count")).to_have_text("无结果")
    expect(page.locator("#doc .hit")).to_have_count(0)


def test_a_docx_figure_is_boxed_on_the_page_it_prints_on(
    page: Page, server: LiveServer, tmp_path: Path
) -> None:
    """A Word file's figure after a page break: the panel shows LibreOffice's print as page
    images, the figure's suggestion says 第2页 and its box lies over the figure on page 2."""
    import docx
    import pdfplumber
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    document.add_heading("东川市“5G+工业互联网”融合应用先导区试点工作方案", level=1)
    document.add_paragraph("一、基本情况。全市规模以上工业企业1320家。")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("截至2023年底，全市累计建成5G基站8965个，每万人拥有5G基站数36.6个。")
    source = tmp_path / "paged.docx"
    document.save(str(source))
    _sign_in(page)
    _upload_and_open(page, source)
    expect(page.locator('#doc .page[data-page="2"] img')).to_be_attached()  # the print, paged
    density = _suggestion(page, "每万人拥有5G基站数 36.6")
    expect(_item(page, density)).to_contain_text("第2页")
    _item(page, density).click()
    box = page.locator(f'#doc .page[data-page="2"] .box.active[data-keys~="{density}"]').first
    expect(box).to_be_in_viewport()
    submission = int(page.url.rsplit("/", 1)[-1])
    with pdfplumber.open(server.data_dir / "printed" / f"{submission}.pdf") as printed:
        sheet = printed.pages[1]
        spots = [
            ((m["x0"] + m["x1"]) / 2 / sheet.width, (m["top"] + m["bottom"]) / 2 / sheet.height)
            for m in sheet.search("36.6")
        ]
    assert spots  # LibreOffice printed the figure on page 2
    area = box.bounding_box()
    frame = page.locator('#doc .page[data-page="2"]').bounding_box()
    assert area is not None
    assert frame is not None
    x = (area["x"] + area["width"] / 2 - frame["x"]) / frame["width"]
    y = (area["y"] + area["height"] / 2 - frame["y"]) / frame["height"]
    assert min(abs(x - sx) + abs(y - sy) for sx, sy in spots) < 0.02
