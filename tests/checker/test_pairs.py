"""The labelled resume/posting pairs (tests/data/pairs): `check` judges them as a recruiter.

Targets from issue 14: strong applicants score at least 70 and weak ones at most 35 against
the same posting, in every language and across languages; statuses are right for at least
90 % of the asked-for concepts the report lists. The share of asked-for concepts the report
lists at all depends on the skill engine finding them in the posting; it is held at its
present level so that it cannot fall unseen (benchmarks/report_quality.py prints both).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.matching.evaluation import (
    KINDS,
    STRONG_MIN,
    WEAK_MAX,
    PairResult,
    accuracy,
    listed_accuracy,
    load_pairs,
    run,
)

PAIRS = Path(__file__).resolve().parent.parent / "data" / "pairs"
STATUSES = {"matched", "partial", "missing"}
MIN_PAIRS = 8
STATUS_TARGET = 0.90
OVERALL_FLOOR = 0.85  # with posting concepts the skill engine misses counted as wrong

ALL = load_pairs(PAIRS)


@pytest.fixture(scope="module")
def results() -> dict[str, PairResult]:
    return {r.pair.id: r for r in run(ALL)}


def test_the_set_has_every_language_every_kind_and_cross_language_pairs() -> None:
    groups = Counter(p.group for p in ALL)
    for lang in SUPPORTED_LANGUAGES:
        assert groups[lang] >= MIN_PAIRS, lang
        kinds = {p.kind for p in ALL if p.group == lang}
        assert {"strong", "weak", "career-changer"} <= kinds, lang
    assert groups["cross"] >= MIN_PAIRS
    assert len({p.id for p in ALL}) == len(ALL)
    for pair in ALL:
        assert pair.kind in KINDS
        assert pair.resume.is_file(), pair.id
        assert pair.posting.is_file(), pair.id
        assert pair.expected, pair.id
        assert set(pair.expected.values()) <= STATUSES, pair.id


@pytest.mark.parametrize("pair_id", [p.id for p in ALL if p.kind in ("strong", "weak")])
def test_strong_applicants_score_high_and_weak_ones_low(pair_id: str,
                                                        results: dict[str, PairResult]) -> None:
    result = results[pair_id]
    if result.pair.kind == "strong":
        assert result.score >= STRONG_MIN, result.wrong
    else:
        assert result.score <= WEAK_MAX, result.wrong


@pytest.mark.parametrize("group", sorted({p.group for p in ALL}))
def test_statuses_are_a_recruiters(group: str, results: dict[str, PairResult]) -> None:
    mine = [r for r in results.values() if r.pair.group == group]
    wrong = {r.pair.id: r.wrong for r in mine if r.wrong}
    assert listed_accuracy(mine) >= STATUS_TARGET, wrong


def test_overall_accuracy_does_not_fall(results: dict[str, PairResult]) -> None:
    assert accuracy(list(results.values())) >= OVERALL_FLOOR


def test_a_strong_resume_beats_the_weak_one_against_the_same_posting(
        results: dict[str, PairResult]) -> None:
    by_posting: dict[Path, dict[str, list[int]]] = {}
    for result in results.values():
        by_posting.setdefault(result.pair.posting, {}).setdefault(
            result.pair.kind, []).append(result.score)
    for posting, kinds in by_posting.items():
        if "strong" in kinds and "weak" in kinds:
            assert min(kinds["strong"]) > max(kinds["weak"]) + 30, posting.name
