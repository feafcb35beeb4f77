"""Time the full four-language guide build (`mkdocs build --strict`), median of 3 runs.

    python benchmarks/build_site.py [--runs 3] [--target 10]

Prints each run and the median; exits 1 if the median is above the target (seconds).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build_once(site_dir: Path) -> float:
    """Seconds for one clean build in a fresh process (as a developer or CI runs it)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir",
         str(site_dir)],
        cwd=ROOT, env=env, check=True,
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--target", type=float, default=10.0)
    args = parser.parse_args()
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(1, args.runs + 1):
            seconds = build_once(Path(tmp) / f"site{run}")
            times.append(seconds)
            print(f"run {run}: {seconds:.2f} s")
    median = statistics.median(times)
    print(f"median of {args.runs}: {median:.2f} s (target {args.target:.0f} s)")
    return 0 if median <= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
