"""Mutation testing of the rules: which small changes to extract/, prescreen/ and normalise/
no test notices.

    python benchmarks/mutation.py [PACKAGE ...] [--max-children N] [--no-run]
        [--report benchmarks/mutation.md]

mutmut (configured in pyproject.toml, [tool.mutmut]) copies the package to ./mutants/, makes
every mutant of the chosen packages (an operator, a constant, a comparison, a dropped argument
changed, one at a time) and runs the tests that reach each one. PACKAGE is a dotted package
or module (default: extractor.prescreen, extractor.extract and extractor.normalise), or a
mutant's name or a pattern of names (extractor.extract.lists.x__held_in__mutmut_*) to run
those again after a test was added. Mutants of the modules that this run did not reach are
counted apart, so a report of a partial run shows what that run found. Not in every CI run:
on 2 cores extractor.prescreen alone takes about 15 minutes, all three a few hours. mutmut
keeps its results in ./mutants/, so a run interrupted goes on where it stopped.

The report gives, per module, how many mutants the tests killed and how many survived, then
each survivor with its diff: those named in benchmarks/mutation_explained.yaml with the reason
they may live (an equivalent mutant, the wording of a log message), the others as unexplained.
It exits 1 when an unexplained survivor is left, so that each one is killed by a test or
explained.
"""

from __future__ import annotations

import argparse
import datetime
import fnmatch
import os
import platform
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("extractor.prescreen", "extractor.extract", "extractor.normalise")
EXPLAINED = ROOT / "benchmarks" / "mutation_explained.yaml"
REPORT = ROOT / "benchmarks" / "mutation.md"
# mutmut's statuses that leave a changed rule unnoticed, and that of a mutant not yet run
UNNOTICED = ("survived", "no tests")
NOT_RUN = "not checked"
_RESULT = re.compile(r"^\s+(?P<name>[\w.]+): (?P<status>.+)$")
_MUTANT = re.compile(r"^(?P<module>[\w.]+)\.x_?(?P<function>\w+?)__mutmut_(?P<number>\d+)$")


def _mutmut(*arguments: str) -> str:
    """mutmut's output for ``arguments``, run in the project's root as it expects."""
    command = [str(Path(sys.executable).with_name("mutmut")), *arguments]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"mutmut {' '.join(arguments)} failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def results(packages: list[str]) -> dict[str, str]:
    """Each mutant of ``packages`` and its status (killed, survived, no tests, timeout...)."""
    found: dict[str, str] = {}
    for line in _mutmut("results", "--all", "true").splitlines():
        match = _RESULT.match(line)
        if match and any(_selects(package, match["name"]) for package in packages):
            found[match["name"]] = match["status"].strip()
    return found


def _selects(package: str, name: str) -> bool:
    """Whether ``package`` (a package, a module, a mutant's name or a pattern) names ``name``."""
    return name.startswith(f"{package}.") or fnmatch.fnmatchcase(name, package)


def _pattern(package: str) -> str:
    """What mutmut run is given for ``package``: a mutant's name or pattern as it is."""
    return package if "__mutmut_" in package or "*" in package else f"{package}.*"


def module_of(name: str) -> str:
    """The module a mutant's name belongs to (extractor.prescreen.verdicts)."""
    match = _MUTANT.match(name)
    return match["module"] if match else name.rsplit(".", 1)[0]


def explanations() -> dict[str, str]:
    """Survivors that may live, each with its reason."""
    if not EXPLAINED.exists():
        return {}
    data = yaml.safe_load(EXPLAINED.read_text(encoding="utf-8")) or {}
    return {str(name): str(reason).strip() for name, reason in data.items()}


def _diff(name: str) -> str:
    """The mutant's change as a diff, without mutmut's heading line."""
    lines = _mutmut("show", name).splitlines()
    return "\n".join(line for line in lines if not line.startswith("# ")).strip()


def report(
    statuses: dict[str, str], explained: dict[str, str], command: str, not_run: int = 0
) -> tuple[str, int]:
    """The report as Markdown, and how many survivors are left unexplained; ``not_run``
    mutants of the same modules were not run and are left out of the counts."""
    by_module: dict[str, Counter[str]] = defaultdict(Counter)
    for name, status in statuses.items():
        by_module[module_of(name)][status] += 1
    survivors = sorted(name for name, status in statuses.items() if status in UNNOTICED)
    unexplained = [name for name in survivors if name not in explained]
    today = datetime.date.today().isoformat()
    lines = [
        "# Mutation testing of the rules",
        "",
        f"`{command}` on {today}, {platform.python_implementation()} {platform.python_version()},"
        f" {os.cpu_count()} cores; mutmut's configuration is in pyproject.toml.",
        "",
        "| module | mutants | killed | survived | no tests | other | killed % |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    total: Counter[str] = Counter()
    for module in sorted(by_module):
        counts = by_module[module]
        total.update(counts)
        lines.append(_row(module, counts))
    lines += [
        _row("**all**", total),
        "",
        f"Survivors: {len(survivors)}, of which explained {len(survivors) - len(unexplained)}"
        f" and unexplained {len(unexplained)}.",
        "",
    ]
    if not_run:
        lines += [f"Not run in this run, and not counted above: {not_run} mutants.", ""]
    for name in survivors:
        reason = explained.get(name)
        lines += [
            f"## `{name}` ({statuses[name]})",
            "",
            f"Why it may live: {reason}" if reason else "**Unexplained.**",
            "",
            "```diff",
            _diff(name),
            "```",
            "",
        ]
    return "\n".join(lines), len(unexplained)


def _row(label: str, counts: Counter[str]) -> str:
    mutants = sum(counts.values())
    killed = counts["killed"] + counts["caught by type check"]
    other = mutants - killed - counts["survived"] - counts["no tests"]
    share = f"{100 * killed / mutants:.1f}" if mutants else "-"
    return (
        f"| {label} | {mutants} | {killed} | {counts['survived']} | {counts['no tests']}"
        f" | {other} | {share} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("packages", nargs="*", default=list(PACKAGES), help="dotted packages")
    parser.add_argument("--max-children", type=int, help="mutants run at once (default: cores)")
    parser.add_argument("--no-run", action="store_true", help="report what ./mutants/ holds")
    parser.add_argument("--report", type=Path, default=REPORT)
    args = parser.parse_args(argv)
    if not args.no_run:
        run = ["run", *(_pattern(package) for package in args.packages)]
        if args.max_children:
            run += ["--max-children", str(args.max_children)]
        print(f"mutmut {' '.join(run)} …", file=sys.stderr)
        _mutmut(*run)
    found = results(args.packages)
    # a run of some mutants only (mutmut run NAME…) reports those; the rest are counted apart
    statuses = {name: status for name, status in found.items() if status != NOT_RUN}
    if not statuses:
        sys.exit("no mutants run: run without --no-run first")
    command = "python benchmarks/mutation.py " + " ".join(args.packages)
    text, unexplained = report(statuses, explanations(), command, len(found) - len(statuses))
    args.report.write_text(text + "\n", encoding="utf-8")
    print(f"{args.report}: {len(statuses)} mutants, {unexplained} unexplained survivors")
    return 1 if unexplained else 0


if __name__ == "__main__":
    sys.exit(main())
