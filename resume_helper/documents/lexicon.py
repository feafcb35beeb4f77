"""The per-language word lists (headings/*.yaml, vocab/*.yaml), loaded once and merged.

Why merged across languages: a document's language is decided by the caller, after reading;
the four languages' headings and month names hardly collide, so all are tried at once.
Adding a language is adding one file to each folder.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any

from resume_helper.datafiles import load_yaml

PUNCTUATION = " \t:.;,!?-–—_*#•|/()[]"


def normalize(text: str) -> str:
    """Lower-case ``text``, trim punctuation at both ends and collapse spaces."""
    return " ".join(text.strip(PUNCTUATION).lower().split())


@cache
def _load(folder: str) -> dict[str, dict[str, Any]]:
    root = files("resume_helper.documents").joinpath(folder)
    return {
        entry.name.removesuffix(".yaml"): load_yaml("resume_helper.documents", folder,
                                                    entry.name) or {}
        for entry in sorted(root.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".yaml")
    }


def languages() -> tuple[str, ...]:
    """The languages that have word lists."""
    return tuple(_load("vocab"))


@cache
def headings(kind: str) -> dict[str, str]:
    """Normalised heading → section kind, for "resume" or "posting", all languages."""
    found: dict[str, str] = {}
    for data in _load("headings").values():
        for section, names in (data.get(kind) or {}).items():
            for name in names:
                if "*" not in str(name):
                    found.setdefault(normalize(str(name)), section)
    return found


@cache
def heading_patterns(kind: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, section kind) for headings written with "*", such as "Über *"."""
    found: list[tuple[re.Pattern[str], str]] = []
    for data in _load("headings").values():
        for section, names in (data.get(kind) or {}).items():
            for name in names:
                if "*" in str(name):
                    left, right = (re.escape(normalize(p)) for p in str(name).split("*", 1))
                    pattern = (rf"{left}\s" if left else "") + r"(?:\S+\s){0,4}\S+"
                    pattern += rf"\s{right}" if right else ""
                    found.append((re.compile(pattern + "$"), section))
    return tuple(found)


def words(key: str) -> tuple[str, ...]:
    """A list entry of every language's vocab merged, longest first (so longer phrases win)."""
    return _merged_list(key)


@cache
def _merged_list(key: str) -> tuple[str, ...]:
    merged = {str(w).lower() for data in _load("vocab").values() for w in data.get(key) or ()}
    return tuple(sorted(merged, key=lambda w: (-len(w), w)))


def language_levels(lang: str) -> dict[str, str]:
    """Words that state a language level in ``lang`` ("fließend" → "C1"), from its vocab."""
    return {str(k).lower(): str(v) for k, v in (_load("vocab").get(lang, {}).get("levels")
                                                 or {}).items()}


@cache
def mapping(key: str) -> dict[str, Any]:
    """A mapping entry (word → value) of every language's vocab merged."""
    merged: dict[str, Any] = {}
    for data in _load("vocab").values():
        for word, value in (data.get(key) or {}).items():
            merged.setdefault(str(word).lower(), value)
    return merged


@cache
def field_labels(field: str) -> tuple[str, ...]:
    """Labels such as "Standort" or "Location" for a posting field, all languages."""
    labels = {str(w).lower() for data in _load("vocab").values()
              for w in (data.get("fields") or {}).get(field, ())}
    return tuple(sorted(labels, key=lambda w: (-len(w), w)))


@cache
def months() -> dict[str, int]:
    """Month name or abbreviation (any language) → month number."""
    found: dict[str, int] = {}
    for data in _load("vocab").values():
        for number, forms in enumerate(data.get("months") or (), start=1):
            for form in forms:
                found.setdefault(str(form).lower(), number)
    return found


def fold(text: str) -> str:
    """``text`` folded so that a word found in it by a case-blind pattern is a substring of
    it once both are folded: "ENGLİSCH" and "Englisch" both fold to "englisch".

    Why: a word's pattern is compiled only for a text that holds the word (see
    ``language_names``); case folding maps each character alone, and ``re.I`` also takes the
    dotless and the dotted capital i for "i", which are folded here too
    (tests/documents/test_fold.py checks every character of the word lists).
    """
    return text.casefold().replace("\u0131", "i").replace("\u0307", "")


@cache
def language_names() -> tuple[tuple[str, str, str, str], ...]:
    """(name, its language's suffix pattern, ISO code, folded name) for language names in
    every language, longest names first; ``language_pattern(name, suffix)`` finds one.

    Why not the patterns: compiling one per name (84) cost a cold start ~10 ms, and a text
    names a few languages at most, so each is compiled when a text holds its name.
    """
    names: list[tuple[str, str, str, str]] = []
    for data in _load("vocab").values():
        suffix = str(data.get("language_suffix") or "")
        for code, written in (data.get("languages") or {}).items():
            names += [(str(name), suffix, str(code), fold(str(name))) for name in written]
    return tuple(sorted(names, key=lambda item: -len(item[0])))


@cache
def language_pattern(name: str, suffix: str) -> re.Pattern[str]:
    """The pattern of one language name with its language's suffix ("Deutschkenntnisse")."""
    return re.compile(rf"(?<!\w){re.escape(name)}{suffix}(?![\w])", re.I)


@cache
def years_patterns() -> tuple[re.Pattern[str], ...]:
    """Patterns with a group ``n`` for "at least N years of experience" in every language."""
    compiled: list[re.Pattern[str]] = []
    for data in _load("vocab").values():
        numbers = "|".join(sorted((re.escape(str(w)) for w in data.get("number_words") or {}),
                                  key=len, reverse=True))
        alternatives = rf"\d{{1,2}}|{numbers}" if numbers else r"\d{1,2}"
        for template in data.get("years_patterns") or ():
            pattern = str(template).replace("{n}", alternatives)
            # Why: a pattern opening with "[\w-]*" ("Kundenservice-Erfahrung") tried from every
            # position of a long run of hyphens was quadratic; starting at word starts only
            # finds the same matches.
            start = r"(?<![\w-])" if pattern.startswith(r"[\w-]*") else r"(?<!\w)"
            compiled.append(re.compile(rf"{start}{pattern}", re.I))
    return tuple(compiled)


def phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One case-insensitive pattern matching any of ``phrases`` as whole words."""
    alternatives = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)


def heading_language(texts: Iterable[str], kind: str = "resume") -> str | None:
    """The language whose section headings ``texts`` use most, or None when none is known.

    Why headings: they are the few words of a resume that are surely in its language,
    and this is known while reading, before the language detector runs.
    """
    counts: dict[str, int] = {}
    for lang, data in _load("headings").items():
        known = {normalize(str(n)) for names in (data.get(kind) or {}).values() for n in names}
        counts[lang] = sum(1 for text in texts if normalize(text) in known)
    best = max(counts, key=lambda lang: counts[lang], default=None)
    return best if best is not None and counts[best] else None


def region(lang: str | None) -> str | None:
    """The country (ISO code) whose conventions a document in ``lang`` follows."""
    return str(_load("vocab").get(lang or "", {}).get("region") or "") or None
