"""Precision and recall of the skill engine on a labelled set of sentences."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Score:
    lang: str
    sentences: int
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0


@dataclass(frozen=True)
class Miss:
    text: str
    missing: tuple[str, ...]
    extra: tuple[str, ...]


def evaluate_file(path: Path, lang: str) -> tuple[Score, list[Miss]]:
    """Score ``extract_skills`` on a JSON-lines file of {"text", "skills"} records."""
    from resume_helper.skills import extract_skills

    tp = fp = fn = 0
    misses: list[Miss] = []
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for record in records:
        expected = set(record["skills"])
        found = {s.id for s in extract_skills(record["text"], lang=lang)}
        tp += len(found & expected)
        fp += len(found - expected)
        fn += len(expected - found)
        if found != expected:
            misses.append(
                Miss(
                    record["text"], tuple(sorted(expected - found)), tuple(sorted(found - expected))
                )
            )
    return Score(lang, len(records), tp, fp, fn), misses
