"""The reviewer panel under abuse: what the attack scripts of issue 16 did, as bounded loops on
127.0.0.1 against a real ``extractor serve``.

    python benchmarks/panel_abuse.py [--uploads 45] [--out DIR] [--json]

1. Availability: ``--uploads`` PDFs uploaded at once (by 15 reviewers, within the per-reviewer
   cap), while /api/health and a processed submission's suggestions are asked for every 50 ms
   until the queue has processed them all: latencies (p50, p95, max) in that window.
2. Hostile documents through the server: a 20000×20000 pt page (processed, then its page
   image), a 12 MB text full of figures, a 199 MB text: how each ended and how long it took,
   with the per-document timeout the run sets (EXTRACTOR_TIMEOUT=30); the server process's
   peak resident memory (its workers have their own cap).
3. Sign-in: the time of a wrong password for an existing name and for an unknown one (10 each,
   interleaved, medians), and the lockout a burst of guesses meets.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT_S = 30
FIGURES = "截至2023年底，全市累计建成5G基站12000个，规上工业企业2100家，专精特新小巨人企业40家。\n"


def _peak_rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _wait(client: Any, submission: int, limit_s: float = 900) -> dict[str, Any]:
    deadline = time.monotonic() + limit_s
    while True:
        row: dict[str, Any] = client.get(f"/api/submissions/{submission}").json()
        if row["status"] in ("done", "failed") or time.monotonic() > deadline:
            return row
        time.sleep(0.05)


def _availability(server: Any, uploads: int) -> dict[str, Any]:
    """Uploads in flight from several reviewers while one reviewer's page keeps asking."""
    from tests.serve.live import signed_in
    from tests.serve.load import percentiles

    admin = signed_in(server.url)
    reviewers = []
    for number in range(15):
        name, password = f"abuser{number:02d}", f"password of abuser {number}"
        admin.post("/api/reviewers", json={"name": name, "password": password}).raise_for_status()
        reviewers.append(signed_in(server.url, name, password))
    source = ("small.txt", FIGURES.encode(), "text/plain")
    probe = admin.post("/api/submissions", files={"file": source}).json()["id"]
    if _wait(admin, probe)["status"] != "done":
        raise RuntimeError("the probe submission was not processed")
    pdf = (ROOT / "samples" / "sample-application.pdf").read_bytes()
    ids: list[int] = []
    answers: list[int] = []
    start = threading.Barrier(uploads + 1)

    def upload(number: int) -> None:
        client = reviewers[number % len(reviewers)]
        start.wait()
        response = client.post("/api/submissions", files={"file": (f"{number}.pdf", pdf)})
        answers.append(response.status_code)
        if response.status_code == 202:
            ids.append(int(response.json()["id"]))

    threads = [threading.Thread(target=upload, args=(n,)) for n in range(uploads)]
    for thread in threads:
        thread.start()
    health: list[float] = []
    suggestions: list[float] = []
    start.wait()
    began = time.perf_counter()
    done = False
    asked_for = ((health, "/api/health"), (suggestions, f"/api/submissions/{probe}/suggestions"))
    while not done:
        for samples, path in asked_for:
            asked = time.perf_counter()
            admin.get(path).raise_for_status()
            samples.append(time.perf_counter() - asked)
        time.sleep(0.05)
        uploaded = not any(thread.is_alive() for thread in threads)
        rows = admin.get("/api/submissions").json() if uploaded else []
        done = uploaded and all(r["status"] in ("done", "failed") for r in rows)
    seconds = time.perf_counter() - began
    statuses = [_wait(admin, submission)["status"] for submission in ids]
    return {
        "uploads": uploads,
        "accepted": answers.count(202),
        "refused": {str(code): answers.count(code) for code in set(answers) if code != 202},
        "processed_done": statuses.count("done"),
        "processed_failed": statuses.count("failed"),
        "window_s": round(seconds, 1),
        "health": percentiles(health),
        "suggestions": percentiles(suggestions),
    }


def _hostile(server: Any, scratch: Path) -> dict[str, Any]:
    """Hostile documents through the server, each timed to its end."""
    from tests.pdf_bytes import pdf_bytes
    from tests.serve.live import signed_in

    admin = signed_in(server.url)
    content = b"BT /F1 200 Tf 1000 1000 Td (5G 2023) Tj ET"
    huge_page = pdf_bytes(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 20000 20000] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )
    twelve = scratch / "figures-12mb.txt"
    twelve.write_text(FIGURES * (12_000_000 // len(FIGURES.encode())), encoding="utf-8")
    huge_text = scratch / "figures-199mb.txt"
    with huge_text.open("w", encoding="utf-8") as handle:
        for _ in range(199):
            handle.write(FIGURES * (1_000_000 // len(FIGURES.encode())))
    found: dict[str, Any] = {}
    for name, path_or_bytes in (
        ("page-20000pt.pdf", huge_page),
        ("figures-12mb.txt", twelve),
        ("figures-199mb.txt", huge_text),
    ):
        started = time.perf_counter()
        if isinstance(path_or_bytes, bytes):
            response = admin.post("/api/submissions", files={"file": (name, path_or_bytes)})
        else:
            with path_or_bytes.open("rb") as handle:
                response = admin.post("/api/submissions", files={"file": (name, handle)})
        entry: dict[str, Any] = {"http": response.status_code}
        if response.status_code == 202:
            row = _wait(admin, int(response.json()["id"]))
            entry.update(status=row["status"], error_kind=row["error_kind"])
            if name.endswith(".pdf") and row["status"] == "done":
                page = admin.get(f"/api/submissions/{row['id']}/pages/1.png")
                entry["page_image"] = {"http": page.status_code, "bytes": len(page.content)}
        entry["seconds"] = round(time.perf_counter() - started, 1)
        found[name] = entry
    return found


def _sign_in(server: Any) -> dict[str, Any]:
    """Wrong passwords for existing and unknown names, interleaved; then a burst on one name."""
    import httpx

    from tests.serve.live import signed_in

    admin = signed_in(server.url)
    for number in range(10):
        body = {"name": f"known{number}", "password": f"the password {number}"}
        admin.post("/api/reviewers", json=body).raise_for_status()
    times: dict[str, list[float]] = {"known": [], "unknown": []}
    with httpx.Client(base_url=server.url, timeout=60) as client:
        for number in range(10):
            for kind in ("known", "unknown"):
                body = {"name": f"{kind}{number}", "password": "a wrong password"}
                asked = time.perf_counter()
                code = client.post("/api/login", json=body).status_code
                times[kind].append(time.perf_counter() - asked)
                if code != 401:
                    raise RuntimeError(f"a wrong password answered {code}")
        burst = [
            client.post("/api/login", json={"name": "admin", "password": "guess"}) for _ in range(8)
        ]
    known, unknown = (statistics.median(times[k]) * 1000 for k in ("known", "unknown"))
    return {
        "known_median_ms": round(known, 1),
        "unknown_median_ms": round(unknown, 1),
        "difference_percent": round(abs(unknown - known) / known * 100, 1),
        "burst_on_one_name": [r.status_code for r in burst],
        "retry_after_s": [r.headers.get("Retry-After") for r in burst if r.status_code == 429],
    }


def run(uploads: int) -> dict[str, Any]:
    from tests.serve.live import live_server

    os.environ["EXTRACTOR_TIMEOUT"] = str(TIMEOUT_S)
    with tempfile.TemporaryDirectory() as scratch, live_server(Path(scratch) / "panel") as server:
        availability = _availability(server, uploads)
        hostile = _hostile(server, Path(scratch))
        sign_in = _sign_in(server)
        peak = _peak_rss_mb(server.process.pid)
    return {
        "availability": availability,
        "hostile": hostile,
        "per_document_timeout_s": TIMEOUT_S,
        "server_peak_rss_mb": round(peak, 1),
        "sign_in": sign_in,
    }


def describe(report: dict[str, Any]) -> str:
    a = report["availability"]
    rows = [
        f"{a['uploads']} uploads at once: {a['accepted']} accepted, refused {a['refused']}, "
        f"{a['processed_done']} done, {a['processed_failed']} failed, over {a['window_s']} s",
        f"{'while in flight':<16} {'n':>5} {'p50 ms':>10} {'p95 ms':>8} {'max ms':>8}",
    ]
    for name in ("health", "suggestions"):
        f = a[name]
        rows.append(f"{name:<16} {f['n']:>5} {f['p50']:>10.1f} {f['p95']:>8.1f} {f['max']:>8.1f}")
    for name, entry in report["hostile"].items():
        rows.append(f"{name}: {json.dumps(entry, ensure_ascii=False)}")
    rows.append(
        f"server peak RSS {report['server_peak_rss_mb']:.0f} MB "
        f"(per-document timeout {report['per_document_timeout_s']} s)"
    )
    s = report["sign_in"]
    rows.append(
        f"wrong password: existing name {s['known_median_ms']} ms, unknown "
        f"{s['unknown_median_ms']} ms (difference {s['difference_percent']} %); "
        f"a burst on one name: {s['burst_on_one_name']} (Retry-After {s['retry_after_s']})"
    )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The reviewer panel under abuse.")
    parser.add_argument("--uploads", type=int, default=45)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    parser.add_argument("--json", action="store_true", help="print one JSON document")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    report = run(args.uploads)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "panel_abuse.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(json.dumps(report, indent=2) if args.json else describe(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
