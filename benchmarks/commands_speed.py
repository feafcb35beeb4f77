"""Cold-start speed of `resume-helper check`, `skills` and `tailor`, per language, against a
bare spaCy start measured in the same run.

Each run is a fresh process on the bundled samples: a two-page DOCX resume, a cover letter
and a posting (`skills` reads the resume). The baseline is a fresh
`python -c "import spacy; spacy.blank(lang)"`; the target is `check` and `skills` <= 1.5x that
baseline (issues 12 and 13), `tailor` <= 2.0 s. The processes of one round run one after the
other (baseline, check, skills, tailor), so a load that changes during the run weighs on all of
them alike; each figure is the median of --runs rounds. Wall time is what a user waits; CPU
time (user + system of the child) is printed beside it because it barely moves when other
processes share the machine.

Python runs as installed: with compiled bytecode (pip writes .pyc files on install). A session
that sets PYTHONDONTWRITEBYTECODE would otherwise compile every module of this package from
source on each start, which no user's start does; the bytecode goes to a temporary
PYTHONPYCACHEPREFIX, filled by one unmeasured round, and the work tree stays clean.
--no-bytecode measures the source-compiling start instead.

    python benchmarks/commands_speed.py [--runs 5] [--lang de] [--no-bytecode]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.workshop.demo import sample_paths

RATIO_TARGET = 1.5
TAILOR_TARGET_S = 2.0
COMMANDS = ("check", "skills", "tailor")


def command_line(command: str, lang: str, out: Path) -> list[str]:
    paths = sample_paths(lang)
    if command == "skills":
        return [command, str(paths["resume"])]
    base = [command, str(paths["resume"]), str(paths["posting"]), "--letter", str(paths["letter"])]
    if command == "tailor":
        base += ["-o", str(out), "--force"]
    return base


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one run of ``argv``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def environment(cache: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def measure_language(lang: str, executable: str, runs: int, tmp: Path,
                     env: dict[str, str], *, warm_up: bool) -> dict[str, list[tuple[float, float]]]:
    """Per program ("spacy" and each command), the (wall, CPU) seconds of each round."""
    programs = {"spacy": [sys.executable, "-c", f"import spacy; spacy.blank({lang!r})"]}
    for command in COMMANDS:
        programs[command] = [executable, *command_line(command, lang, tmp)]
    if warm_up:
        for argv in programs.values():
            timed(argv, env)
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in programs}
    for _ in range(runs):
        for name, argv in programs.items():
            results[name].append(timed(argv, env))
    return results


def median(values: list[tuple[float, float]], index: int) -> float:
    return statistics.median(value[index] for value in values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, action="append")
    parser.add_argument("--no-bytecode", action="store_true",
                        help="compile this package from source on each start, as "
                             "PYTHONDONTWRITEBYTECODE does")
    args = parser.parse_args()
    executable = shutil.which("resume-helper")
    if executable is None:
        sys.exit("resume-helper is not installed in this environment (pip install -e .)")
    print(f"{'command':<8}{'lang':<6}{'wall s':>8}{'cpu s':>8}{'spaCy s':>9}"
          f"{'x spaCy':>9}{'cpu x':>7}{'target':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        cache = None if args.no_bytecode else Path(tmp) / "pycache"
        env = environment(cache)
        for lang in args.lang or SUPPORTED_LANGUAGES:
            results = measure_language(lang, executable, args.runs, Path(tmp), env,
                                       warm_up=cache is not None)
            bare_wall, bare_cpu = median(results["spacy"], 0), median(results["spacy"], 1)
            for command in COMMANDS:
                wall, cpu = median(results[command], 0), median(results[command], 1)
                target = (f"{TAILOR_TARGET_S:.1f} s" if command == "tailor"
                          else f"{RATIO_TARGET:.1f}x")
                print(f"{command:<8}{lang:<6}{wall:>8.3f}{cpu:>8.3f}{bare_wall:>9.3f}"
                      f"{wall / bare_wall:>9.2f}{cpu / bare_cpu:>7.2f}{target:>8}")


if __name__ == "__main__":
    main()
