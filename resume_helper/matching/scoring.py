"""The scoring data (matching/data/scoring.yaml), loaded once."""

from __future__ import annotations

from functools import cache
from typing import Any

from resume_helper.datafiles import load_yaml
from resume_helper.nlp.levels import LEVEL_ORDER


@cache
def scoring() -> dict[str, Any]:
    """Weights, education levels and language codes used by the match."""
    return load_yaml("resume_helper.matching", "data", "scoring.yaml")


def level_rank(level: str | None) -> int:
    """A CEFR level's place in A1 < … < C2 < native; -1 when unknown."""
    return LEVEL_ORDER.index(level) if level in LEVEL_ORDER else -1
