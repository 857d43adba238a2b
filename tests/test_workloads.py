"""A process's workers start with what their work needs, loaded once in the forkserver.

Each case runs in a fresh interpreter: the forkserver is one per process and keeps what it
loaded first.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.settings import Limits

_LIBRARIES = ("pdfplumber", "jieba", "spacy", "sklearn")
_SCRIPT = """
import json, sys
from pathlib import Path
from extractor.bounded import Workload, expect, run_bounded
from extractor.settings import Limits
from tests.test_workloads import loaded
if sys.argv[1] != "default":
    expect(Workload[sys.argv[1]])
print(json.dumps(run_bounded(loaded, Path(sys.argv[2]), Limits())))
"""


def loaded(_path: Path, _limits: Limits) -> list[str]:
    """The libraries a worker started with (a job of run_bounded's)."""
    return [name for name in _LIBRARIES if name in sys.modules]


@pytest.mark.parametrize(
    ("workload", "expected"),
    [
        pytest.param("parse", ["pdfplumber"], id="a-parse-loads-no-language-models"),
        pytest.param("one", ["pdfplumber"], id="one-document-s-worker-loads-them-itself"),
        pytest.param("extract", ["pdfplumber", "jieba", "spacy"], id="extraction-no-matcher"),
        pytest.param("review", list(_LIBRARIES), id="the-panel-s-workers-load-everything"),
        pytest.param("default", list(_LIBRARIES), id="unsaid-is-everything"),
    ],
)
def test_workers_start_with_what_their_work_needs(
    tmp_path: Path, workload: str, expected: list[str]
) -> None:
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, workload, str(tmp_path / "any.txt")],
        capture_output=True,
        text=True,
        cwd=root,
        check=True,
        timeout=120,
    )
    assert json.loads(done.stdout) == expected


def frozen(_path: Path, _limits: Limits) -> int:
    """How many objects the collector leaves alone in a worker (a job of run_bounded's)."""
    import gc

    return gc.get_freeze_count()


def test_workers_leave_what_they_inherit_to_the_collector_untouched(tmp_path: Path) -> None:
    # a collection touching the forkserver's half a million objects copies their pages
    script = _SCRIPT.replace("loaded", "frozen")
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", script, "extract", str(tmp_path / "any.txt")],
        capture_output=True,
        text=True,
        cwd=root,
        check=True,
        timeout=120,
    )
    assert json.loads(done.stdout) > 100_000
