"""The benchmark scripts still run (on tiny inputs; their timings are not judged here)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.mark.parametrize(("script", "args", "expected"), [
    ("batch_speed.py", ["--count", "6", "--jobs", "1"], "6 resumes (0 failed)"),
    ("commands_speed.py", ["--runs", "1", "--lang", "et"], "tailor  et"),
    ("fuzz.py", ["--minutes", "0.1", "--max-mb", "4000", "--budget", "60"], " inputs in "),
    ("pdf_parser_bounds.py", [], "refused by a bound: 0"),
    ("reading_quality.py", ["--runs", "1"], "documents read"),
    ("tailoring_benefit.py", ["--lang", "et", "--limit", "2"], "tracebacks: 0 (target 0)"),
    ("worker_memory.py", ["--docs", "4", "--every", "2"], "per language"),
])
def test_benchmark_runs(script: str, args: list[str], expected: str) -> None:
    result = subprocess.run([sys.executable, str(BENCHMARKS / script), *args],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
