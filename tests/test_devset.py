"""Quality gate: precision and recall of at least 0.85 per language on the dev set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.nlp.evaluation import evaluate_file
from resume_helper.skills import extract_skills
from resume_helper.taxonomy import load_taxonomy

TARGET = 0.85


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_devset_is_large_enough_and_labelled_with_real_ids(data_dir: Path, lang: str) -> None:
    lines = (data_dir / "devset" / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line]
    assert len(records) >= 60
    known = set(load_taxonomy().concepts)
    assert {i for r in records for i in r["skills"]} <= known


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_precision_and_recall_reach_the_target(data_dir: Path, lang: str) -> None:
    score, misses = evaluate_file(data_dir / "devset" / f"{lang}.jsonl", lang)
    report = "\n".join(f"{m.text} -> missing {m.missing} extra {m.extra}" for m in misses)
    assert score.precision >= TARGET, report
    assert score.recall >= TARGET, report


def test_parallel_texts_yield_mostly_the_same_concepts(data_dir: Path) -> None:
    lines = (data_dir / "devset" / "parallel.jsonl").read_text(encoding="utf-8").splitlines()
    agree = total = 0
    for record in (json.loads(line) for line in lines if line):
        expected = set(record["skills"])
        for lang in SUPPORTED_LANGUAGES:
            found = {s.id for s in extract_skills(record[lang], lang=lang)}
            agree += len(found & expected)
            total += len(expected | found)
    assert total
    assert agree / total >= TARGET
