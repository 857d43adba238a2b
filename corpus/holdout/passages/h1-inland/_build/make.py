"""Write <stem>.gold.json and SOURCES.md from _build/meta.py (labels written by hand)."""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from meta import ENTRIES

def main():
    rows = []
    seen = set()
    for e in ENTRIES:
        stem = e["stem"]
        assert stem not in seen, stem
        seen.add(stem)
        txt = HERE / f"{stem}.txt"
        assert txt.is_file(), stem
        claims = []
        for c in e.get("claims", []):
            field, value, status, year, quote, *rest = c
            d = {"field": field, "value": value, "status": status, "year": year}
            q = rest[0] if rest else None
            if q and q != "exact":
                d["qualifier"] = q
            d["quote"] = quote
            claims.append(d)
        gold = {"schema": "gold/v1", "document": f"{stem}.txt", "framework": "miit-2023",
                "city": e["city"], "claims": claims,
                "lists": {k: v for k, v in (e.get("lists") or {}).items() if v}}
        if e.get("note"):
            gold["note"] = e["note"]
        (HERE / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        esc = lambda x: str(x).replace("|", "\\|")
        rows.append(f"| {stem}.txt | {esc(e['url'])} | {esc(e['title'])} | {esc(e['publisher'])} | {esc(e['date'])} |")
    head = ("# Sources of the h1-inland passages\n\n"
            "Every passage was found with the `search` tool (corpus `pages`, stored copies of public web pages) and copied verbatim "
            "from the stored excerpt, which is the opening part of the page; page furniture (menus, e-paper navigation, share buttons, "
            "copyright lines) was dropped and the text was cut at a paragraph boundary. Many pages are stored on re-publishing sites: the "
            "publisher column names the original publisher shown on the page where there is one, and the re-publishing site in brackets. "
            "“(not on page)” means the stored copy shows no title or no date; such a file begins with the first stored paragraph.\n\n"
            "| file | URL | title | publisher | date as published |\n|---|---|---|---|---|\n")
    (HERE / "SOURCES.md").write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
    print(len(rows), "entries")

if __name__ == "__main__":
    main()
