"""Read the level of a language skill next to where the language is named.

The level words are the document reader's (documents/vocab/<lang>.yaml), one list for both.
"""

from __future__ import annotations

import re
from functools import cache

CEFR = re.compile(r"(?<![\w])([ABC][12])(?![\w])")
WINDOW_AFTER = 40
WINDOW_BEFORE = 25
LEVEL_ORDER = ("A1", "A2", "B1", "B2", "C1", "C2", "native")


@cache
def _level_words(lang: str) -> list[tuple[re.Pattern[str], str]]:
    """One pattern per level, any of its words as a whole word.

    Why one per level: only which levels a window states counts, and a resume names its
    languages many times; one search per level instead of per word (some 70 in Estonian).
    """
    from resume_helper.documents.lexicon import language_levels

    by_level: dict[str, list[str]] = {}
    for word, level in sorted(language_levels(lang).items(), key=lambda item: -len(item[0])):
        by_level.setdefault(level, []).append(re.escape(word))
    return [(re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", re.IGNORECASE), level)
            for level, words in by_level.items()]


def language_level(text: str, spans: tuple[tuple[int, int], ...], lang: str) -> str | None:
    """The highest level stated within the same line next to any of ``spans``."""
    best: str | None = None
    for start, end in spans:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end == -1 else line_end
        window = text[max(line_start, start - WINDOW_BEFORE) : min(line_end, end + WINDOW_AFTER)]
        for level in CEFR.findall(window):
            best = _higher(best, level)
        for pattern, level in _level_words(lang):
            # Why the running best: a level no higher needs no search, and keeping every
            # level found to compare again was quadratic in how often a language is named
            if (best is None or _rank(level) > _rank(best)) and pattern.search(window):
                best = level
    return best


def _higher(best: str | None, level: str) -> str:
    return level if best is None or _rank(level) > _rank(best) else best


def _rank(level: str) -> int:
    """The level's place in LEVEL_ORDER (past its end when unknown: always searched)."""
    return LEVEL_ORDER.index(level) if level in LEVEL_ORDER else len(LEVEL_ORDER)
