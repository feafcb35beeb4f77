"""How well `check` judges: status accuracy per language and the scores of strong and weak
applicants on the labelled pairs in tests/data/pairs.

python benchmarks/report_quality.py [--wrong] [--show ID] [PAIRS_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from resume_helper.matching.evaluation import (
    STRONG_MIN,
    WEAK_MAX,
    accuracy,
    listed_accuracy,
    load_pairs,
    recall,
    run,
)

PAIRS = Path(__file__).resolve().parent.parent / "tests" / "data" / "pairs"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    root = Path(args[0]) if args and args[0] != show else PAIRS
    pairs = load_pairs(root)
    if show:
        _show([p for p in pairs if p.id == show])
        return
    results = run(pairs)
    print("accuracy: share of labelled statuses right (an asked-for concept the report does not"
          " list is wrong);\nlisted: the same among the concepts the report lists; recall: share"
          " of labelled concepts listed\n")
    print(f"{'group':<7}{'pairs':>6}{'labels':>8}{'accuracy':>10}{'listed':>8}{'recall':>8}")
    groups = [*dict.fromkeys(r.pair.group for r in results), "all"]
    for group in groups:
        mine = [r for r in results if group in ("all", r.pair.group)]
        print(f"{group:<7}{len(mine):>6}{sum(len(r.pair.expected) for r in mine):>8}"
              f"{accuracy(mine):>10.3f}{listed_accuracy(mine):>8.3f}{recall(mine):>8.3f}")
    print(f"\nscores (strong >= {STRONG_MIN}, weak <= {WEAK_MAX})")
    for result in results:
        flag = "" if result.score_ok else "  <-- off target"
        print(f"  {result.pair.id:<34}{result.pair.kind:<16}{result.score:>4}{flag}")
        if "--wrong" in sys.argv:
            for concept, (want, got) in result.wrong.items():
                print(f"      {concept}: expected {want}, got {got}")


def _show(pairs) -> None:  # noqa: ANN001 - a list of Pair
    """Print the whole report of a pair: for writing its labels and finding out why."""
    from resume_helper.checker import check
    from resume_helper.matching.evaluation import TODAY

    for pair in pairs:
        report = check(pair.resume, pair.posting, today=TODAY)
        print(f"{pair.id}: {report.score}")
        for skill in report.skills:
            want = pair.expected.get(skill.id, "?")
            print(f"  {skill.id:<36}{skill.importance:<13}{skill.status:<8} want {want:<8}"
                  f" {skill.resume_evidence[:2]} | {skill.posting_evidence[:2]}\n"
                  f"      {skill.advice}")
        for part in report.parts:
            print(f"  [{part.name} {part.value:.2f}] {part.explanation}")


if __name__ == "__main__":
    main()
