"""A long-lived worker hands the memory finished work freed back to the system."""

from __future__ import annotations

import gc
from pathlib import Path

from resume_helper.memory import release_freed_memory

BLOCKS = 40_000
KEPT_EVERY = 64  # one block in 64 stays alive: the freed ones lie between, not at the top


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def test_freed_heap_goes_back_to_the_system() -> None:
    """40 MB freed between live blocks stays with the process until it is released (glibc
    trims only a free top of the heap by itself)."""
    blocks = [bytearray(1000) for _ in range(BLOCKS)]
    kept = blocks[::KEPT_EVERY]
    del blocks
    gc.collect()
    freed = _rss_mb()
    release_freed_memory()
    released = _rss_mb()
    assert kept
    assert released < freed - 20, f"{freed:.0f} MB -> {released:.0f} MB"


def test_pipeline_is_built_anew_after_its_lexemes_and_finds_the_same(monkeypatch) -> None:
    """spaCy's indexes keep a cell for every word ever met (memory zones or not): after
    MAX_LEXEMES_MADE new words the pipeline is built anew, and finds what it found."""
    from resume_helper import extract_skills, skills
    from resume_helper.nlp.pipeline import get_pipeline

    text = "Erfahrung im Beschwerdemanagement, sicherer Umgang mit SAP und MS Office."
    before = [(s.id, s.spans) for s in extract_skills(text, "de")]
    monkeypatch.setattr(skills, "MAX_LEXEMES_MADE", len(get_pipeline("de").vocab) + 100)
    old = get_pipeline("de")
    extract_skills(" ".join(f"wort{number}x" for number in range(300)), "de")  # 300 new words
    assert len(old.vocab) > skills.MAX_LEXEMES_MADE
    after = [(s.id, s.spans) for s in extract_skills(text, "de")]
    assert get_pipeline("de") is not old
    assert after == before
