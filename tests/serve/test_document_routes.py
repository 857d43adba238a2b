"""What the review page loads besides suggestions: the document's view, page images, the
framework tree, and the headers that keep document text inert."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from extractor.serve.auth import CSRF_HEADER
from extractor.serve.view import MAX_PAGE_PIXELS
from tests.pdf_bytes import pdf_bytes
from tests.serve.live import wait_processed
from tests.serve.panel import client as panel_client
from tests.serve.panel import login

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PDF = ROOT / "samples" / "sample-application.pdf"
SAMPLE_DOCX = ROOT / "samples" / "sample-application.docx"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with panel_client(tmp_path_factory.mktemp("panel")) as client:
        yield client


def _processed(client: TestClient, path: Path) -> int:
    """The id of ``path`` uploaded and processed."""
    headers = login(client)
    with path.open("rb") as handle:
        response = client.post(
            "/api/submissions", files={"file": (path.name, handle)}, headers=headers
        )
    assert response.status_code == 202, response.text
    submission = int(response.json()["id"])
    assert wait_processed(client, submission)["status"] == "done"
    return submission


@pytest.fixture(scope="module")
def pdf_submission(client: TestClient) -> int:
    return _processed(client, SAMPLE_PDF)


def test_the_view_holds_the_text_evidence_offsets_point_into(
    client: TestClient, pdf_submission: int
) -> None:
    login(client)
    view = client.get(f"/api/submissions/{pdf_submission}/view").json()
    assert view["format"] == "pdf"
    assert [p["number"] for p in view["pages"]] == list(range(1, view["page_count"] + 1))
    assert all(p["width"] > 500 and p["height"] > 700 for p in view["pages"])  # A4 in points
    blocks = {b["index"]: b for b in view["blocks"]}
    found = client.get(f"/api/submissions/{pdf_submission}/suggestions").json()["suggestions"]
    for suggestion in found:
        evidence = suggestion["evidence"]
        block = blocks[evidence["block"]]
        start = evidence["span"]["start"] - block["start"]
        end = evidence["span"]["end"] - block["start"]
        assert 0 <= start < len(block["text"])  # a passage may run on into later blocks
        if suggestion["kind"] == "claim":
            assert end <= len(block["text"])
            assert any(ch.isdigit() for ch in block["text"][start:end])  # the figure
            if block["kind"] != "table":  # a table's quote is written "label: value (column)"
                assert evidence["quote"][:12] in block["text"]  # the quote is from this block


def test_pdf_suggestions_carry_boxes_inside_their_page(
    client: TestClient, pdf_submission: int
) -> None:
    login(client)
    view = client.get(f"/api/submissions/{pdf_submission}/view").json()
    sizes = {p["number"]: p for p in view["pages"]}
    found = client.get(f"/api/submissions/{pdf_submission}/suggestions").json()
    claims = [s for s in found["suggestions"] if s["kind"] == "claim"]
    assert claims
    assert all(s["rects"] for s in claims)
    for suggestion in claims:
        for rect in suggestion["rects"]:
            page = sizes[rect["page"]]
            assert rect["page"] == suggestion["evidence"]["page"]
            assert 0 <= rect["x0"] < rect["x1"] <= page["width"]
            assert 0 <= rect["top"] < rect["bottom"] <= page["height"]
    assert found["form"]["is_form"] is True
    assert found["framework"] == "miit-2023"


def test_a_page_is_a_png_and_pages_outside_the_document_are_404(
    client: TestClient, pdf_submission: int
) -> None:
    login(client)
    response = client.get(f"/api/submissions/{pdf_submission}/pages/1.png")
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    view = client.get(f"/api/submissions/{pdf_submission}/view").json()
    assert image.width == pytest.approx(view["pages"][0]["width"] * 1.5, abs=2)
    again = client.get(f"/api/submissions/{pdf_submission}/pages/1.png")
    assert again.content == response.content  # served from the cache
    for number in (0, view["page_count"] + 1):
        assert (
            client.get(f"/api/submissions/{pdf_submission}/pages/{number}.png").status_code == 404
        )


@pytest.fixture(scope="module")
def docx_submission(client: TestClient) -> int:
    return _processed(client, SAMPLE_DOCX)


def test_a_docx_shows_the_pages_libreoffice_prints_with_its_figures_boxed(
    client: TestClient, docx_submission: int
) -> None:
    """A DOCX is shown as its print: page images, and each figure boxed on the page it
    prints on, from the print's characters (soffice required)."""
    login(client)
    view = client.get(f"/api/submissions/{docx_submission}/view").json()
    assert view["format"] == "docx"
    assert [p["number"] for p in view["pages"]] == list(range(1, view["page_count"] + 1))
    sizes = {p["number"]: p for p in view["pages"]}
    found = client.get(f"/api/submissions/{docx_submission}/suggestions").json()
    claims = [s for s in found["suggestions"] if s["kind"] == "claim"]
    assert claims
    assert all(s["rects"] for s in claims)
    for suggestion in claims:
        assert suggestion["rects"][0]["page"] == suggestion["evidence"]["page"]
        for rect in suggestion["rects"]:
            page = sizes[rect["page"]]
            assert 0 <= rect["x0"] < rect["x1"] <= page["width"]
            assert 0 <= rect["top"] < rect["bottom"] <= page["height"]
    image = client.get(f"/api/submissions/{docx_submission}/pages/{view['page_count']}.png")
    assert image.status_code == 200
    assert image.headers["content-type"] == "image/png"
    width = Image.open(io.BytesIO(image.content)).width
    assert width == pytest.approx(view["pages"][-1]["width"] * 1.5, abs=2)


def test_another_reviewer_gets_nothing_of_the_document(
    client: TestClient, pdf_submission: int
) -> None:
    admin = login(client)
    client.post(
        "/api/reviewers", json={"name": "zhao", "password": "zhao's password"}, headers=admin
    )
    login(client, "zhao", "zhao's password")
    for path in ("view", "pages/1.png", "suggestions", "decisions", "gold.json"):
        assert client.get(f"/api/submissions/{pdf_submission}/{path}").status_code == 404, path
    client.post("/api/logout", headers=login(client, "zhao", "zhao's password"))
    assert client.get(f"/api/submissions/{pdf_submission}/view").status_code == 401


def test_the_framework_tree_has_points_and_labels(client: TestClient) -> None:
    login(client)
    first = client.get("/api/frameworks").json()[0]
    assert first["id"] == "miit-2023"
    assert first["name"].startswith("“5G+工业互联网”")  # the name a reviewer knows it by
    tree = client.get("/api/frameworks/miit-2023").json()
    levels = [i["level"] for i in tree["indicators"]]
    assert (levels.count(1), levels.count(2), levels.count(3)) == (6, 24, 37)
    top = sum(i["points"] for i in tree["indicators"] if i["level"] == 1)
    assert top == tree["total_points"] == 100
    from evaluation.gold import FIELDS

    assert set(FIELDS) <= set(tree["fields"])
    assert client.get("/api/frameworks/nowhere").status_code == 404


def test_me_gives_the_csrf_token_back_after_a_reload(client: TestClient) -> None:
    headers = login(client)
    assert client.get("/api/me").json()["csrf"] == headers[CSRF_HEADER]


def test_the_page_and_the_api_forbid_inline_script(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "text/html" in page.headers["content-type"]
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/panel.js").status_code == 200
    assert client.get("/api/health").headers["cache-control"] == "no-store"


def test_openapi_lists_every_endpoint_the_page_calls(client: TestClient) -> None:
    """Every /api/ path written in panel.js is a route of the OpenAPI description."""
    import re

    script = (ROOT / "extractor" / "serve" / "static" / "panel.js").read_text(encoding="utf-8")
    called = {
        re.sub(r"\$\{[^}]+\}", "{}", path) for path in re.findall(r"[`\"'](/api/[^`\"'?]*)", script)
    }
    spec = client.get("/openapi.json").json()["paths"]
    routes = {re.sub(r"\{[^}]+\}", "{}", path) for path in spec}
    assert called
    assert called <= routes, called - routes


def _huge_page_pdf(side: int) -> bytes:
    content = b"BT /F1 200 Tf 1000 1000 Td (5G 2023) Tj ET"
    return pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>" % (side, side),
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


def test_a_huge_page_is_rendered_within_the_pixel_budget(client: TestClient) -> None:
    """A 686-byte PDF declaring a 20000 × 20000 pt page made the server render a 6.3 GB image
    on its own thread; the page is rendered smaller, in a worker."""
    headers = login(client)
    response = client.post(
        "/api/submissions",
        files={"file": ("huge.pdf", _huge_page_pdf(20_000))},
        headers=headers,
    )
    assert response.status_code == 202, response.text
    submission = int(response.json()["id"])
    assert wait_processed(client, submission)["status"] == "done"
    page = client.get(f"/api/submissions/{submission}/pages/1.png")
    assert page.status_code == 200, page.text
    image = Image.open(io.BytesIO(page.content))
    assert image.width == image.height
    assert image.width * image.height <= MAX_PAGE_PIXELS
    assert image.width >= 0.99 * MAX_PAGE_PIXELS**0.5  # as large as the budget allows


def test_no_docs_page_that_needs_a_cdn_only_the_openapi_description(client: TestClient) -> None:
    """/docs loaded Swagger UI from a CDN: blank on a machine without internet."""
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404
    assert client.get("/openapi.json").json()["info"]["title"] == "extractor reviewer panel"
