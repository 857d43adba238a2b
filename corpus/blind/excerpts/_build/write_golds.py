# -*- coding: utf-8 -*-
"""Write <stem>.gold.json (gold/v1) for every blind excerpt from the hand labels."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from labels_a import LABELS as A  # noqa: E402
from labels_b import LABELS as B  # noqa: E402

OUT = os.path.dirname(HERE)
CONDITIONS = ["special_policy", "bs_density", "scenario_factories", "factory_5g",
              "national_demonstration", "no_major_incident"]
LIST_ORDER = ["policy_documents", "national_titles", "factories_5g"]


def main():
    labels = {}
    labels.update(A)
    labels.update(B)
    for doc, lab in sorted(labels.items()):
        assert os.path.exists(os.path.join(OUT, doc)), doc
        prescreen = {c: lab["prescreen"].get(c, "unclear") for c in CONDITIONS}
        extra = set(lab["prescreen"]) - set(CONDITIONS)
        assert not extra, (doc, extra)
        lists = {k: lab["lists"][k] for k in LIST_ORDER if k in lab["lists"]}
        assert set(lists) == set(lab["lists"]), doc
        gold = {
            "schema": "gold/v1",
            "document": doc,
            "framework": "miit-2023",
            "city": lab["city"],
            "claims": lab["claims"],
            "lists": lists,
            "prescreen": prescreen,
            "note": lab["note"],
        }
        stem = os.path.splitext(doc)[0]
        with open(os.path.join(OUT, stem + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print(len(labels), "gold files written")


if __name__ == "__main__":
    main()
