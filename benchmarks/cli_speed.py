"""Whole commands as a user runs them, against plain pdfplumber on the same files in the same run.

    python benchmarks/cli_speed.py [--pages 60] [--files 10] [--repeat 5] [--hundred]
                                   [--out DIR] [--json | --markdown]

Every run is a fresh process started the way a user starts it (the ``extractor`` script, its
interpreter start, imports, workers and report writing included; what it prints goes to a
file). Each command is paired with plain pdfplumber ``extract_text()`` over the same files, also
in a fresh process: for every repeat the two run one after the other, so both see the same
machine. The table gives the medians and the ratio of the medians (above 1: faster than
pdfplumber).

Memory: the pre-screen's own process (not its workers, whose memory EXTRACTOR_MEMORY_MB bounds)
is run once more under a wrapper that records its peak RSS, for one file, for ``--files`` files
and, with ``--hundred``, for a hundred (copies of the same files under other names).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # tests.fixtures (the generator) is not an installed package

_PDFPLUMBER = """
import sys, pdfplumber
for name in sys.argv[1:]:
    with pdfplumber.open(name) as pdf:
        for page in pdf.pages:
            page.extract_text()
"""
# Runs the extractor's own entry point and writes this process's peak RSS (KiB) to a file.
_PEAK = """
import atexit, resource, sys
out = sys.argv.pop(1)
peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
atexit.register(lambda: open(out, "w").write(str(peak())))
from extractor.__main__ import main
sys.argv[0] = "extractor"
main()
"""


@dataclass(frozen=True, slots=True)
class Row:
    """One command: its medians, pdfplumber's on the same files, and the ratio."""

    command: str
    files: int
    seconds: float
    pdfplumber_seconds: float
    speed_vs_pdfplumber: float
    runs: list[float]
    pdfplumber_runs: list[float]


def _extractor() -> str:
    script = Path(sys.executable).with_name("extractor")
    return str(script) if script.exists() else shutil.which("extractor") or "extractor"


def _timed(argv: list[str], stdout: Path) -> float:
    with stdout.open("wb") as sink:
        started = time.perf_counter()
        done = subprocess.run(argv, stdout=sink, stderr=subprocess.PIPE, check=False)
        elapsed = time.perf_counter() - started
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace")[-2000:]
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}):\n{message}")
    return elapsed


def _pair(name: str, argv: list[str], files: list[Path], repeat: int, work: Path) -> Row:
    baseline = [sys.executable, "-c", _PDFPLUMBER, *map(str, files)]
    ours: list[float] = []
    theirs: list[float] = []
    for index in range(repeat):
        print(f"  {name}: run {index + 1}/{repeat}", file=sys.stderr)
        theirs.append(_timed(baseline, work / "pdfplumber.out"))
        ours.append(_timed(argv, work / "command.out"))
    seconds, plain = statistics.median(ours), statistics.median(theirs)
    return Row(name, len(files), seconds, plain, plain / seconds, ours, theirs)


def _commands(one: Path, folder: Path, work: Path) -> list[tuple[str, list[str], list[Path]]]:
    exe = _extractor()
    many = sorted(folder.iterdir())
    count = len(many)
    prescreen = [exe, "prescreen", "--force", "--quiet", "--out"]
    rows = [
        ("extractor parse FILE", [exe, "parse", str(one)], [one]),
        ("extractor extract FILE", [exe, "extract", str(one)], [one]),
        (
            "extractor prescreen FILE --out r.json",
            [*prescreen, str(work / "1.json"), str(one)],
            [one],
        ),
    ]
    for suffix in ("json", "html", "xlsx"):
        argv = [*prescreen, str(work / f"many.{suffix}"), str(folder)]
        rows.append((f"extractor prescreen {count}-FILES --out r.{suffix}", argv, many))
    return rows


def _peak_mib(folder: Path, work: Path) -> float:
    record = work / "peak.txt"
    argv = [sys.executable, "-c", _PEAK, str(record), "prescreen", "--force", "--quiet"]
    _timed([*argv, "--out", str(work / "peak.json"), str(folder)], work / "peak.out")
    return int(record.read_text()) / 1024


def _folder(source: list[Path], count: int, where: Path) -> Path:
    """``count`` files named one to ``count``, copied round-robin from ``source``."""
    where.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        target = where / f"submission_{index + 1:03d}.pdf"
        if not target.exists():
            shutil.copyfile(source[index % len(source)], target)
    return where


def measure(pages: int, files: int, repeat: int, hundred: bool, out: Path) -> dict[str, object]:
    """Build the files, time every command paired with pdfplumber, record the batch's memory."""
    from tests.fixtures.long_document import make_long

    out.mkdir(parents=True, exist_ok=True)
    sources = [make_long(out, pages=pages, seed=2023 + index) for index in range(files)]
    with tempfile.TemporaryDirectory(prefix="cli_speed_") as scratch:
        work = Path(scratch)
        one = _folder(sources, 1, work / "one")
        many = _folder(sources, files, work / "many")
        rows = []
        for name, argv, inputs in _commands(next(one.iterdir()), many, work):
            rows.append(_pair(name, argv, inputs, repeat, work))
        print("  memory", file=sys.stderr)
        memory = {"1": _peak_mib(one, work), str(files): _peak_mib(many, work)}
        if hundred:
            memory["100"] = _peak_mib(_folder(sources, 100, work / "hundred"), work)
    return {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "pages_per_file": pages,
        "repeat": repeat,
        "rows": [asdict(row) for row in rows],
        "prescreen_main_process_peak_mib": memory,
    }


def markdown(report: dict[str, object]) -> str:
    """The table the README quotes."""
    lines = [
        f"Measured {report['date']} on {report['machine']}; {report['pages_per_file']}-page PDFs, "
        f"medians of {report['repeat']} fresh runs, each paired with pdfplumber on the same files.",
        "",
        "| command | files | seconds | pdfplumber seconds | vs pdfplumber |",
        "| --- | --- | --- | --- | --- |",
    ]
    for row in report["rows"]:  # type: ignore[attr-defined]
        ratio = row["speed_vs_pdfplumber"]
        verdict = f"{ratio:.2f}× faster" if ratio >= 1 else f"{1 / ratio:.2f}× slower"
        lines.append(
            f"| `{row['command']}` | {row['files']} | {row['seconds']:.2f} | "
            f"{row['pdfplumber_seconds']:.2f} | {verdict} |"
        )
    memory = report["prescreen_main_process_peak_mib"]
    lines += ["", "| pre-screen, files | main process peak RSS MiB | against one file |"]
    lines.append("| --- | --- | --- |")
    base = memory["1"]  # type: ignore[index]
    for count, mib in memory.items():  # type: ignore[attr-defined]
        lines.append(f"| {count} | {mib:.1f} | {mib / base:.2f}× |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Whole commands against plain pdfplumber.")
    parser.add_argument("--pages", type=int, default=60, help="pages of each generated PDF")
    parser.add_argument("--files", type=int, default=10, help="files in the folder pre-screened")
    parser.add_argument("--repeat", type=int, default=5, help="fresh runs per command")
    parser.add_argument("--hundred", action="store_true", help="also the memory of 100 files")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--json", action="store_true", help="print one JSON document")
    shown.add_argument("--markdown", action="store_true", help="print the README's tables")
    args = parser.parse_args(argv)
    report = measure(args.pages, args.files, args.repeat, args.hundred, args.out)
    (args.out / "cli_speed.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(json.dumps(report, indent=2) if args.json else markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
