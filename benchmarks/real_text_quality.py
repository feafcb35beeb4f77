"""The skill engine on public real-text sets: both halves of ../shared/eval, plus load time.

Runs the shared scorer (``../shared/eval/score.py``) for half A (tune on it) and half B
(confirm on it) and prints its summary lines, then the targets of issue 12. The sets are not
copied into the project; when the folder is missing the script says so and exits 0.

    python benchmarks/real_text_quality.py [--eval-dir ../shared/eval] [--half A|B]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
TARGETS = ("targets: recall and precision >= 0.70, agreement de/da/et >= 0.60, "
           "danish-soft >= 0.75 with soft claims on other spans <= 3%")


def run_half(scorer: Path, half: str) -> list[str]:
    """The scorer's output lines for one half (its summary line last)."""
    result = subprocess.run([sys.executable, str(scorer), "--half", half], cwd=ROOT,
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        return [f"half {half}: the scorer failed: {result.stderr.strip().splitlines()[-1:]}"]
    return result.stdout.strip().splitlines()


def lexicon_load_ms() -> dict[str, float]:
    """Milliseconds to parse each compiled lexicon (target <= 50 ms), median of three."""
    import json

    from resume_helper.languages import SUPPORTED_LANGUAGES
    from resume_helper.nlp.resources import compiled_path

    times: dict[str, float] = {}
    for lang in SUPPORTED_LANGUAGES:
        runs = []
        for _ in range(3):
            start = time.perf_counter()
            json.loads(compiled_path(lang).read_text(encoding="utf-8"))
            runs.append((time.perf_counter() - start) * 1000)
        times[lang] = sorted(runs)[1]
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--half", choices=["A", "B"], action="append")
    args = parser.parse_args()
    scorer = args.eval_dir / "score.py"
    loads = lexicon_load_ms()
    print("lexicon load ms: " + ", ".join(f"{lang} {ms:.0f}" for lang, ms in loads.items()))
    if not scorer.is_file():
        print(f"no real-text sets at {args.eval_dir} (score.py missing): nothing to score")
        return
    for half in args.half or ["A", "B"]:
        for line in run_half(scorer, half):
            print(line)
    print(TARGETS)


if __name__ == "__main__":
    main()
