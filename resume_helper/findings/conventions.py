"""The per-language conventions in findings/data/<lang>.yaml, loaded once."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from resume_helper.datafiles import load_yaml


@cache
def conventions(lang: str) -> dict[str, Any]:
    """Resume and letter conventions for documents written in ``lang``."""
    return load_yaml("resume_helper.findings", "data", f"{lang}.yaml")


@cache
def standard_fonts() -> frozenset[str]:
    """Font families every applicant tracking system and word processor handles."""
    fonts = load_yaml("resume_helper.findings", "data", "fonts.yaml")["standard"]
    return frozenset(name.lower() for name in fonts)


def find_phrases(text: str, phrases: list[str]) -> list[str]:
    """The ``phrases`` that occur in ``text`` as whole words, as written in the text."""
    found = []
    for phrase in phrases:
        match = re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.I)
        if match:
            found.append(match.group(0))
    return found
