"""Same words or other words: how a keyword tool and a recruiter see two wordings of a skill.

Two wordings are the same when they differ only in inflection, derivation (noun, verb or
adjective of one word), compound spelling, case, word order or grammatical gender
("dokumentieren alle Kundenkontakte" / "Dokumentation aller Kundenkontakte", "Kauffrau" /
"Kaufmann"). The rules are data (data/wording.yaml), one block per language.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from resume_helper.datafiles import load_yaml

MIN_STEM = 4
MAX_ENDING = 3
MIN_BASE = 4
MIN_SHORT_BASE = 3  # a whole word this long may take a derivational ending


@cache
def wording(lang: str) -> dict[str, Any]:
    """The wording rules of ``lang`` (empty rules for a language without a block)."""
    return _wording_file().get(lang, {})


@cache
def _wording_file() -> dict[str, Any]:
    """The rules of every language, read once (a check asks for several languages)."""
    return load_yaml("resume_helper.matching", "data", "wording.yaml")


@cache
def _derivations(lang: str) -> tuple[str, ...]:
    return tuple(sorted(wording(lang).get("derivations", ()), key=len, reverse=True))


def base(word: str, lang: str) -> str:
    """``word`` lower-cased, without a gender ending or a derivational ending.

    >>> base("Kundenberaterin", "de") == base("kundenberater", "de")
    True
    """
    word = word.lower().lstrip("?^").replace("-", "")
    for feminine, masculine in wording(lang).get("gender", ()):
        if feminine and word.endswith(feminine) and len(word) - len(feminine) >= MIN_BASE:
            word = word[: len(word) - len(feminine)] + masculine
            break
    for ending in _derivations(lang):
        if word.endswith(ending) and len(word) - len(ending) >= MIN_BASE:
            return word[: len(word) - len(ending)]
    return word


def same_word(a: str, b: str, lang: str) -> bool:
    """Whether two words are one word up to inflection, derivation and gender."""
    if _derived(a.lower(), b.lower(), lang) or _derived(b.lower(), a.lower(), lang):
        return True
    a, b = base(a, lang), base(b, lang)
    if a == b:
        return True
    common = len(os.path.commonprefix((a, b)))
    return common >= MIN_STEM and common >= max(len(a), len(b)) - MAX_ENDING


def _derived(short: str, long: str, lang: str) -> bool:
    """Whether ``long`` is ``short`` with one derivational ending ("aus" → "ausus"): a
    short word's whole self is its stem, which ``base`` leaves alone below four letters."""
    return len(short) >= MIN_SHORT_BASE and long.startswith(short) and \
        long[len(short):] in _derivations(lang)


def content_words(form: str, lang: str) -> list[str]:
    """The words of a lemma form that say something: function words and "?" pieces left out."""
    function = set(wording(lang).get("function", ()))
    return [w for w in form.split() if w and not w.startswith("?") and w.lower() not in function]


def key_words(form: str, lang: str) -> list[str]:
    """The content words without light words ("process refunds" → "refunds"); all content
    words when every one is light."""
    words = content_words(form, lang)
    light = set(wording(lang).get("light", ()))
    heavy = [w for w in words if w.lower() not in light]
    return heavy or words


def same_wording(wanted: str, have: str, lang: str) -> bool:
    """Whether ``have`` says ``wanted`` in the same words: the words of one are among the
    words of the other, or more than half of the wanted words are there."""
    want, got = key_words(wanted, lang), key_words(have, lang)
    if not want or not got:
        return False
    found = sum(1 for w in want if any(same_word(w, g, lang) for g in got))
    back = sum(1 for g in got if any(same_word(g, w, lang) for w in want))
    return found == len(want) or back == len(got) or found * 2 > len(want)


def any_same_wording(wanted: Iterable[str], have: Iterable[str], lang: str) -> bool:
    """Whether any of the posting's wordings and any of the resume's are the same words."""
    have = list(have)
    return any(same_wording(w, h, lang) for w in wanted for h in have)


def phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str] | None:
    """A case-insensitive pattern for whole ``phrases`` (None when there are none)."""
    items = sorted({p.lower() for p in phrases if p}, key=len, reverse=True)
    if not items:
        return None
    body = "|".join(re.escape(p) for p in items)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


@cache
def pattern(lang: str, key: str) -> re.Pattern[str] | None:
    """The pattern of one phrase list of ``lang`` ("qualifiers", "alternatives", …)."""
    return phrase_pattern(wording(lang).get(key, ()))
