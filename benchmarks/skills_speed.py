"""Speed of `resume-helper skills` on a 600-word resume, per language.

Cold: median wall time of a fresh `resume-helper skills FILE` process (target <= 1.0 s;
benchmarks/commands_speed.py compares it with a bare spaCy start, target <= 1.5x).
Warm: documents per second through `extract_skills` in one process (target >= 200), by wall
time and by the process's CPU time (which barely moves when other processes share the machine).
Lexicon: median CPU milliseconds to load one language's compiled lexicon (target <= 50 ms).

    python benchmarks/skills_speed.py [--runs 5]
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
from resume_helper.nlp.resources import load_compiled
from resume_helper.skills import extract_skills

SAMPLES = {
    "en": "Customer service representative with five years of experience in a busy contact "
    "centre. Handled customer complaints and inquiries by phone, email and live chat in "
    "Zendesk and Salesforce, patient and friendly, team player, fluent English (C1). ",
    "de": "Kundenberaterin mit fünf Jahren Erfahrung im Kundenservice eines Callcenters. "
    "Bearbeitung von Kundenanfragen und Reklamationen per Telefon, E-Mail und Chat, "
    "geduldig, teamfähig und belastbar, sehr gute Englischkenntnisse (C1). ",
    "da": "Kundeservicemedarbejder med fem års erfaring fra et travlt kundecenter. Håndterede "
    "klager og henvendelser via telefon, e-mail og chat i Zendesk, tålmodig, "
    "samarbejdsvillig og serviceminded, flydende engelsk. ",
    "et": "Klienditeenindaja viieaastase kogemusega kõnekeskuses. Lahendasin klientide "
    "kaebusi ja päringuid telefoni, e-posti ja vestlusakna kaudu, olen kannatlik, "
    "meeskonnatöös hea ning räägin vabalt inglise keelt. ",
}
WORDS = 600


def resume_text(lang: str) -> str:
    base = SAMPLES[lang]
    repeats = WORDS // len(base.split()) + 1
    return " ".join((base * repeats).split()[:WORDS])


def cold_median(path: Path, lang: str, runs: int) -> float:
    command = shutil.which("resume-helper")
    if command is None:
        sys.exit("resume-helper is not installed in this environment (pip install -e .)")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [command, "skills", str(path), "--lang", lang], check=True, stdout=subprocess.DEVNULL
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def warm_rate(text: str, lang: str, seconds: float = 2.0) -> tuple[float, float]:
    """Documents per second by wall time and by CPU time."""
    extract_skills(text, lang=lang)
    done, start, cpu = 0, time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        extract_skills(text + " " * (done % 7), lang=lang)  # vary the text: no result caching
        done += 1
    return done / (time.perf_counter() - start), done / (time.process_time() - cpu)


def lexicon_ms(lang: str, runs: int = 5) -> float:
    """Median CPU milliseconds to read and parse the compiled lexicon of ``lang`` (CPU time:
    wall time on a shared machine mostly measures the other processes)."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        load_compiled.__wrapped__(lang)
        times.append(time.process_time() - start)
    return 1000 * statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'lang':<5}{'cold median s':>15}{'warm docs/s':>13}{'cpu docs/s':>12}"
          f"{'lexicon ms':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        for lang in SUPPORTED_LANGUAGES:
            path = Path(tmp) / f"resume-{lang}.txt"
            text = resume_text(lang)
            path.write_text(text, encoding="utf-8")
            cold = cold_median(path, lang, args.runs)
            wall, cpu = warm_rate(text, lang)
            print(f"{lang:<5}{cold:>15.3f}{wall:>13.0f}{cpu:>12.0f}{lexicon_ms(lang):>12.1f}")


if __name__ == "__main__":
    main()
