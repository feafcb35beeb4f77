"""Judge `check` on labelled resume/posting pairs: are its statuses and scores a recruiter's?

A pair file (``pairs.yaml`` in a folder of tests/data/pairs) lists pairs, each naming a resume
and a posting beside it, its kind (strong, weak, career-changer, other) and the status a
careful recruiter gives each concept the posting asks for::

    pairs:
      - id: de-a-strong
        resume: a_strong_kauffrau.txt
        posting: posting_a_kundenberater.txt
        kind: strong
        expected: {complaint-handling: matched, salesforce: matched, sap: missing}

Why a concept the report does not list counts as wrong: a recruiter reads the posting, and a
requirement the checker overlooks is a wrong answer, not an abstention.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

KINDS = ("strong", "weak", "career-changer", "other")
STRONG_MIN = 70
WEAK_MAX = 35
TODAY = date(2026, 12, 1)


@dataclass(frozen=True)
class Pair:
    """One labelled application: resume, posting and the expected status per concept."""

    id: str
    resume: Path
    posting: Path
    kind: str
    expected: dict[str, str]
    group: str

    @property
    def langs(self) -> str:
        """The folder the pair file lies in: a language code or "cross"."""
        return self.group


@dataclass(frozen=True)
class PairResult:
    """What `check` said about one pair, against the labels."""

    pair: Pair
    score: int
    statuses: dict[str, str]

    @property
    def wrong(self) -> dict[str, tuple[str, str]]:
        """Concept → (expected, given) where the report disagrees ("absent" when not listed)."""
        return {concept: (want, self.statuses.get(concept, "absent"))
                for concept, want in self.pair.expected.items()
                if self.statuses.get(concept, "absent") != want}

    @property
    def correct(self) -> int:
        return len(self.pair.expected) - len(self.wrong)

    @property
    def listed(self) -> int:
        """How many labelled concepts the report lists (the skill engine found them asked)."""
        return sum(1 for concept in self.pair.expected if concept in self.statuses)

    @property
    def listed_correct(self) -> int:
        return sum(1 for concept, want in self.pair.expected.items()
                   if self.statuses.get(concept) == want)

    @property
    def score_ok(self) -> bool:
        """Strong pairs score at least 70, weak ones at most 35; others are not judged."""
        if self.pair.kind == "strong":
            return self.score >= STRONG_MIN
        if self.pair.kind == "weak":
            return self.score <= WEAK_MAX
        return True


def load_pairs(root: Path) -> list[Pair]:
    """Every pair of every ``pairs.yaml`` under ``root``, in folder order."""
    import yaml

    pairs = []
    for path in sorted(root.glob("*/pairs.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["pairs"]:
            kind = item["kind"]
            if kind not in KINDS:
                raise ValueError(f"{path}: pair {item['id']}: unknown kind {kind!r}")
            pairs.append(Pair(id=item["id"], resume=path.parent / item["resume"],
                              posting=path.parent / item["posting"], kind=kind,
                              expected=dict(item["expected"]), group=path.parent.name))
    return pairs


def run(pairs: Iterable[Pair]) -> list[PairResult]:
    """Check every pair (each posting and resume analysed once)."""
    from resume_helper.analysis import analyse
    from resume_helper.checker import compare

    cache: dict[tuple[Path, str], object] = {}

    def analysed(path: Path, kind: str):  # noqa: ANN202 - an Analysed
        key = (path, kind)
        if key not in cache:
            cache[key] = analyse(path, kind, name=path.name)  # type: ignore[arg-type]
        return cache[key]

    results = []
    for pair in pairs:
        report = compare(analysed(pair.resume, "resume"),  # type: ignore[arg-type]
                         analysed(pair.posting, "posting"), today=TODAY)  # type: ignore[arg-type]
        results.append(PairResult(pair=pair, score=report.score,
                                  statuses={s.id: s.status for s in report.skills}))
    return results


def accuracy(results: Sequence[PairResult]) -> float:
    """The share of labelled concepts whose status the reports got right (a concept the
    report does not list counts as wrong)."""
    total = sum(len(r.pair.expected) for r in results)
    return sum(r.correct for r in results) / total if total else 1.0


def listed_accuracy(results: Sequence[PairResult]) -> float:
    """The share right among the labelled concepts the reports list: the judgement of the
    match alone, without the concepts the skill engine did not find in the posting."""
    total = sum(r.listed for r in results)
    return sum(r.listed_correct for r in results) / total if total else 1.0


def recall(results: Sequence[PairResult]) -> float:
    """The share of labelled asked-for concepts the reports list at all."""
    total = sum(len(r.pair.expected) for r in results)
    return sum(r.listed for r in results) / total if total else 1.0
