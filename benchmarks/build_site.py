"""Time the full four-language guide build (`mkdocs build --strict`), median of 3 runs.

    python benchmarks/build_site.py [--runs 3] [--target 5]

Prints each run (wall clock and the CPU seconds the build process used) and the medians;
exits 1 if the median wall time is above the target (seconds). On a shared machine the CPU
time is the steadier figure: wall time also counts the time other processes held the CPU.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build_once(site_dir: Path) -> tuple[float, float]:
    """Wall and CPU seconds for one clean build in a fresh process (as a developer runs it)."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cpu, start = _child_cpu(), time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir",
         str(site_dir)],
        cwd=ROOT, env=env, check=True,
    )
    return time.perf_counter() - start, _child_cpu() - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--target", type=float, default=5.0)
    args = parser.parse_args()
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(1, args.runs + 1):
            wall, cpu = build_once(Path(tmp) / f"site{run}")
            walls.append(wall)
            cpus.append(cpu)
            print(f"run {run}: {wall:.2f} s wall, {cpu:.2f} s CPU")
    median = statistics.median(walls)
    print(f"median of {args.runs}: {median:.2f} s wall, {statistics.median(cpus):.2f} s CPU "
          f"(target {args.target:.0f} s)")
    return 0 if median <= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
