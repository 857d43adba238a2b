"""Fill in `page` for the claims of a PDF's gold file from the page its quote is on.

Reads _build/gold/<stem>.draft.json (claims written by hand, without pages), finds each quote
on the PDF's pages (whitespace removed), and writes ../<stem>.gold.json. A quote found on no
page or on several pages is reported and must be fixed by hand (a claim may carry
"page" already, which is then kept and only checked). For DOCX/TXT the draft is copied as is.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
OUT = HERE.parent


def main(stem: str) -> int:
    draft = json.loads((HERE / "gold" / f"{stem}.draft.json").read_text(encoding="utf-8"))
    source = OUT / draft["document"]
    problems = 0
    if source.suffix == ".pdf":
        with pdfplumber.open(str(source)) as pdf:
            pages = [re.sub(r"\s+", "", p.extract_text() or "") for p in pdf.pages]
        for claim in draft["claims"]:
            quote = re.sub(r"\s+", "", claim.get("quote", ""))
            found = [n + 1 for n, text in enumerate(pages) if quote and quote in text]
            if "page" in claim:
                if claim["page"] not in found:
                    print("given page not confirmed:", claim["page"], found, claim["quote"])
                    problems += 1
                continue
            if len(found) == 1:
                claim["page"] = found[0]
            else:
                print("page?", found, claim["field"], claim["value"], claim["quote"])
                problems += 1
        # keep key order readable: put page before quote
        ordered = []
        for claim in draft["claims"]:
            new = {k: v for k, v in claim.items() if k not in {"page", "quote", "note"}}
            if "page" in claim:
                new["page"] = claim["page"]
            new["quote"] = claim.get("quote", "")
            if "note" in claim:
                new["note"] = claim["note"]
            ordered.append(new)
        draft["claims"] = ordered
    (OUT / f"{stem}.gold.json").write_text(
        json.dumps(draft, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(stem, len(draft["claims"]), "claims,", problems, "problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
