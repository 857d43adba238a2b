import json, re, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from gold_specs import SPECS
from sources import SOURCES

HERE = Path(__file__).resolve().parent.parent
PUNCT = re.compile(r"[\s《》“”\"'‘’，。、：；（）()\[\]【】·—\-]+")
used = set(l.strip() for l in open('/work/briefs/used_urls.txt') if l.strip())
txts = sorted(p.stem for p in HERE.glob('*.txt'))
assert set(txts) == set(SPECS) == set(SOURCES), (set(txts) ^ set(SPECS), set(txts) ^ set(SOURCES))
problems = []
for stem in txts:
    text = (HERE / f"{stem}.txt").read_text(encoding='utf-8')
    sq = re.sub(r"\s+", "", text)
    spec = SPECS[stem]
    for c in spec['claims']:
        if re.sub(r"\s+", "", c['quote']) not in sq:
            problems.append((stem, 'quote', c['quote']))
    for k, items in spec['lists'].items():
        for it in items:
            if PUNCT.sub('', it) not in PUNCT.sub('', text):
                problems.append((stem, k, it))
    if SOURCES[stem][0] in used:
        problems.append((stem, 'used url', SOURCES[stem][0]))
    gold = {"schema": "gold/v1", "document": f"{stem}.txt", "framework": "miit-2023", "city": spec['city'],
            "claims": spec['claims'], "lists": {k: v for k, v in spec['lists'].items() if v}}
    if spec.get('note'):
        gold['note'] = spec['note']
    (HERE / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding='utf-8')
print("problems:", problems)
lines = ["# Sources of the p5-named passages", "", "One line per file: file | URL | title as published | publisher | date as published. All text was found with the `search` tool (corpus `pages`) and copied verbatim; “(not in stored copy)” marks a title or date the stored page start does not carry.", "", "| file | URL | title | publisher | date |", "|---|---|---|---|---|"]
for stem in txts:
    u, t, pub, d = SOURCES[stem]
    lines.append(f"| {stem}.txt | {u} | {t} | {pub} | {d} |")
(HERE / "SOURCES.md").write_text("\n".join(lines) + "\n", encoding='utf-8')
