"""Cold-start speed of `resume-helper check` and `resume-helper tailor`, per language.

Each run is a fresh process on the bundled samples: a two-page DOCX resume, a cover letter
and a posting. Prints the median wall time of --runs runs and its ratio to the target
(check <= 1.5 s, tailor <= 2.0 s); a ratio above 1.00 misses the target.

    python benchmarks/commands_speed.py [--runs 5] [--lang de]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.workshop.demo import sample_paths

TARGETS = {"check": 1.5, "tailor": 2.0}


def command_line(command: str, lang: str, out: Path) -> list[str]:
    paths = sample_paths(lang)
    base = [command, str(paths["resume"]), str(paths["posting"]), "--letter", str(paths["letter"])]
    if command == "tailor":
        base += ["-o", str(out), "--force"]
    return base


def median_seconds(executable: str, args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([executable, *args], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, action="append")
    args = parser.parse_args()
    executable = shutil.which("resume-helper")
    if executable is None:
        sys.exit("resume-helper is not installed in this environment (pip install -e .)")
    print(f"{'command':<8}{'lang':<6}{'median s':>10}{'target s':>10}{'ratio':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for command, target in TARGETS.items():
            for lang in args.lang or SUPPORTED_LANGUAGES:
                seconds = median_seconds(executable, command_line(command, lang, Path(tmp)),
                                         args.runs)
                print(f"{command:<8}{lang:<6}{seconds:>10.3f}{target:>10.1f}"
                      f"{seconds / target:>8.2f}")


if __name__ == "__main__":
    main()
