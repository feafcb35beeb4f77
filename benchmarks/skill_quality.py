"""Precision and recall of skill extraction per language on the labelled dev set.

python benchmarks/skill_quality.py [--misses]
"""

from __future__ import annotations

import sys
from pathlib import Path

from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.nlp.evaluation import evaluate_file

DEVSET = Path(__file__).resolve().parent.parent / "tests" / "data" / "devset"


def main() -> None:
    show_misses = "--misses" in sys.argv
    print(f"{'lang':<5}{'sentences':>10}{'precision':>11}{'recall':>8}")
    for lang in SUPPORTED_LANGUAGES:
        score, misses = evaluate_file(DEVSET / f"{lang}.jsonl", lang)
        print(f"{lang:<5}{score.sentences:>10}{score.precision:>11.3f}{score.recall:>8.3f}")
        if show_misses:
            for miss in misses:
                print(
                    f"    {miss.text}\n      missing {list(miss.missing)} extra {list(miss.extra)}"
                )


if __name__ == "__main__":
    main()
