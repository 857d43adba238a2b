"""A new claim field is one entry in patterns/claims/fields.yaml: its name, unit word and
patterns. A toy field added to a copy of the patterns is found, named and scored."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from extractor.settings import PATTERNS_DIR

ROOT = Path(__file__).resolve().parents[2]
_TOY = """
  - field: toy_robots
    canonical_unit: robots
    name: "industrial robots in service"
    unit_word: robots
    units: {"台": 1}
    triggers:
      - id: toy_robots/robots
        regex: '工业机器人'
        examples: {match: ['部署工业机器人'], reject: ['机器人产业']}
"""


def _extractor(patterns: Path, *arguments: str) -> str:
    env = {**os.environ, "EXTRACTOR_PATTERNS": str(patterns), "EXTRACTOR_LANG": "en"}
    command = [sys.executable, "-m", "extractor", *arguments]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_toy_field_is_one_entry_in_the_register(tmp_path: Path) -> None:
    patterns = tmp_path / "patterns"
    shutil.copytree(PATTERNS_DIR, patterns)
    fields = patterns / "claims" / "fields.yaml"
    fields.write_text(fields.read_text(encoding="utf-8") + _TOY, encoding="utf-8")
    source = tmp_path / "toy.txt"
    source.write_text("截至2023年底，全市累计部署工业机器人3200台。\n", encoding="utf-8")

    prediction = json.loads(_extractor(patterns, "extract", str(source), "--json"))
    found = [c for c in prediction["claims"] if c["field"] == "toy_robots"]
    assert [(c["value"], c["status"], c["year"], c["pattern_id"]) for c in found] == [
        (3200, "actual", 2023, "toy_robots/robots")
    ]
    assert "industrial robots in service" in _extractor(patterns, "extract", str(source))

    gold = {"schema": "gold/v1", "document": "toy.txt", "framework": "miit-2023"}
    claim = {"field": "toy_robots", "value": 3200, "status": "actual", "year": 2023}
    (tmp_path / "toy.gold.json").write_text(json.dumps(gold | {"claims": [claim]}))
    scores = json.loads(_extractor(patterns, "evaluate", str(tmp_path), "--quiet", "--json"))
    assert scores["overall"]["fields"]["toy_robots"]["f1"] == 1.0
