"""Build the h2-coast passages: writes <stem>.txt, <stem>.gold.json and SOURCES.md from batch*.py."""
import importlib.util, json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
OUT = HERE.parent
entries = []
for f in sorted(HERE.glob("batch*.py")):
    spec = importlib.util.spec_from_file_location(f.stem, f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    entries.extend(m.ENTRIES)
stems = [e["stem"] for e in entries]
dup = {s for s in stems if stems.count(s) > 1}
assert not dup, dup
urls = [e["url"] for e in entries]
assert len(set(urls)) == len(urls), [u for u in urls if urls.count(u) > 1]
used = set((Path("/tmp/used_urls.txt").read_text().split()) if Path("/tmp/used_urls.txt").exists() else [])
for e in entries:
    if e["url"] in used:
        raise SystemExit(f"URL ALREADY USED {e['stem']} {e['url']}")
KINDS = {"news", "report", "bulletin", "operator", "list", "policy"}
for e in entries:
    kind = e["stem"].split("-")[-2]
    assert kind in KINDS, e["stem"]
    text = e["text"].strip("\n") + "\n"
    (OUT / f"{e['stem']}.txt").write_text(text, encoding="utf-8")
    claims = []
    for c in e.get("claims", []):
        field, value, status, year, qual, quote = c
        d = {"field": field, "value": value, "status": status, "year": year}
        if qual and qual != "exact":
            d["qualifier"] = qual
        d["quote"] = quote
        claims.append(d)
    gold = {"schema": "gold/v1", "document": f"{e['stem']}.txt", "framework": "miit-2023",
            "city": e["city"], "claims": claims, "lists": {k: v for k, v in e.get("lists", {}).items() if v}}
    if e.get("note"):
        gold["note"] = e["note"]
    (OUT / f"{e['stem']}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
# remove stale outputs
keep = set(stems)
for p in OUT.glob("*.txt"):
    if p.stem not in keep:
        print("stale", p); p.unlink()
for p in OUT.glob("*.gold.json"):
    if p.name[:-10] not in keep:
        print("stale", p); p.unlink()
rows = ["# Sources of the h2-coast passages", "",
        "Every passage was found with the `search` tool (corpus `pages`, stored public web pages) and copied verbatim from the stored excerpt, from the page's start, cut at a paragraph boundary. Many are stored on re-publishing sites; the publisher column names the original publisher shown on the page and, in brackets, the re-publishing site. “no date on page” means the stored copy carries no date line.", "",
        "| file | URL | title | publisher | date as published |", "|---|---|---|---|---|"]
for e in sorted(entries, key=lambda e: e["stem"]):
    rows.append(f"| {e['stem']}.txt | {e['url']} | {e['title']} | {e['publisher']} | {e['date']} |")
(OUT / "SOURCES.md").write_text("\n".join(rows) + "\n", encoding="utf-8")
# stats
from collections import Counter
kinds = Counter(e["stem"].split("-")[-2] for e in entries)
places = Counter(e["stem"].rsplit("-", 2)[0] for e in entries)
nclaims = sum(len(e.get("claims", [])) for e in entries)
nlist = sum(len(v) for e in entries for v in e.get("lists", {}).values())
named = sum(1 for e in entries if any(e.get("lists", {}).values()))
fig = sum(1 for e in entries if e.get("claims"))
print(f"passages {len(entries)}, places {len(places)}, claims {nclaims}, list items {nlist}, with lists {named}, with claims {fig}")
print("kinds", dict(kinds))
over = {p: n for p, n in places.items() if n > 3}
print("places>3", over)
json.dump({"kinds": kinds, "places": places, "claims": nclaims, "list_items": nlist,
           "fields": Counter(c[0] for e in entries for c in e.get("claims", [])),
           "listkeys": Counter(k for e in entries for k, v in e.get("lists", {}).items() for _ in v),
           "cities": {e["stem"]: e["city"] for e in entries}},
          open(HERE / "stats.json", "w"), ensure_ascii=False, indent=1)
