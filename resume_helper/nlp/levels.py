"""Read the level of a language skill next to where the language is named.

The level words are the document reader's (documents/vocab/<lang>.yaml), one list for both.
"""

from __future__ import annotations

import re
from functools import cache

CEFR = re.compile(r"(?<![\w])([ABC][12])(?![\w])")
WINDOW_AFTER = 40
WINDOW_BEFORE = 25
SEPARATORS = ",;|·•"  # between the items of a list of languages
MARKS = re.compile(rf"[{re.escape(SEPARATORS)}()\[\]]")
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
    """The level stated next to any of ``spans``: in its own list item of the same line.

    A native word is the highest; otherwise a CEFR code beside the language wins over level
    words ("gute Kenntnisse (B1)" is B1), and the highest of either kind counts.
    """
    best: str | None = None
    for start, end in spans:
        window = _item_window(text, start, end)
        codes = CEFR.findall(window)
        for level in codes:
            best = _higher(best, level)
        for pattern, level in _level_words(lang):
            if codes and level != "native":
                continue
            # Why the running best: a level no higher needs no search, and keeping every
            # level found to compare again was quadratic in how often a language is named
            if (best is None or _rank(level) > _rank(best)) and pattern.search(window):
                best = level
    return best


def _item_window(text: str, start: int, end: int) -> str:
    """The text around ``text[start:end]`` up to the list separators outside brackets on each
    side, within its line and the window sizes.

    Why the separators: in "Deutsch (Muttersprache), Englisch (gut)" each level belongs to
    the language it stands next to; a window across the comma gave English "native".
    """
    line_end = text.find("\n", end)
    upper = min(len(text) if line_end == -1 else line_end, end + WINDOW_AFTER)
    lower = max(text.rfind("\n", 0, start) + 1, start - WINDOW_BEFORE)
    right = _separator(text, end, upper, forward=True)
    left = _separator(text, lower, start, forward=False)
    return text[lower if left is None else left : upper if right is None else right]


def _separator(text: str, lower: int, upper: int, *, forward: bool) -> int | None:
    """Where the first list separator outside brackets in ``text[lower:upper]`` cuts it,
    going away from the language (forward: its start; backward: its end), if any.

    Only the marks are visited, not every letter."""
    marks = list(MARKS.finditer(text, lower, upper))
    opening, closing = ("([", ")]") if forward else (")]", "([")
    depth = 0
    for mark in marks if forward else reversed(marks):
        char = mark.group()
        if char in opening:
            depth += 1
        elif char in closing:
            depth = max(0, depth - 1)
        elif depth == 0:
            return mark.start() if forward else mark.end()
    return None


def _higher(best: str | None, level: str) -> str:
    return level if best is None or _rank(level) > _rank(best) else best


def _rank(level: str) -> int:
    """The level's place in LEVEL_ORDER (past its end when unknown: always searched)."""
    return LEVEL_ORDER.index(level) if level in LEVEL_ORDER else len(LEVEL_ORDER)
