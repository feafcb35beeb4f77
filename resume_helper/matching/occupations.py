"""Job titles as ESCO occupations: a title in any of our languages read as the occupation it
names, so that "Klienditeenindaja", "Kundeservicemedarbejder" and "Customer Service Agent"
compare across languages, and a job held under such a title evidences the field's core skill.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from resume_helper.datafiles import load_yaml
from resume_helper.matching.wording import base

WORD = re.compile(r"[^\W\d_]+")
GENDER_MARKER = re.compile(r"\((?:[mwfdx]\s*/\s*)+[mwfdx]\)|\b[mwfdx]/[mwfdx](?:/[mwfdx])?\b",
                           re.I)


@dataclass(frozen=True)
class Occupation:
    """An ESCO occupation a title names: its URI, ISCO group and the concepts it evidences."""

    uri: str
    isco: str
    evidences: tuple[str, ...]
    transfers: tuple[str, ...] = ()
    """Concepts a job under this title shows in other words (a shop assistant's customer
    contact is customer service in other words)."""


@dataclass(frozen=True)
class HeldTitle:
    """A title as written and the occupation it names."""

    title: str
    occupation: Occupation


def _key(text: str, lang: str) -> str:
    """A title's words as one run of word bases: compound spelling, case and gender aside."""
    words = WORD.findall(GENDER_MARKER.sub(" ", text).replace("-", ""))
    return " ".join(base(w, lang) for w in words)


@cache
def _labels() -> list[tuple[str, str, Occupation]]:
    """(language, label key, occupation) for every label, ESCO's and ours."""
    data = load_yaml("resume_helper.matching", "data", "occupations.yaml")
    found = []
    for item in data["occupations"]:
        occupation = Occupation(uri=item["uri"], isco=str(item["isco"]),
                                evidences=tuple(item.get("evidences", ())),
                                transfers=tuple(item.get("transfers", ())))
        for source in ("labels", "ours"):
            for lang, labels in (item.get(source) or {}).items():
                for label in labels:
                    found.append((lang, _key(label, lang), occupation))
    return sorted(found, key=lambda x: -len(x[1]))


@cache
def _labels_in(lang: str) -> tuple[tuple[str, Occupation], ...]:
    """(label key framed by blanks, occupation) for ``lang``'s labels, longest first."""
    return tuple((f" {label} ", occupation) for label_lang, label, occupation in _labels()
                 if label_lang == lang and label)


def occupation_of(title: str, langs: Iterable[str]) -> Occupation | None:
    """The occupation ``title`` names, read with the labels of ``langs`` (the document's
    language first, then the others: a German resume may hold an English job title)."""
    return _occupation_of(title, tuple(dict.fromkeys(langs)))


@lru_cache(maxsize=1024)
def _occupation_of(title: str, langs: tuple[str, ...]) -> Occupation | None:
    # Why cached and by language: a resume may list thousands of job lines (one pasted
    # over and over); each was compared with every label of every language.
    for lang in langs:
        key = f" {_key(title, lang)} "
        for label, occupation in _labels_in(lang):
            if label in key:
                return occupation
    return None


def held_titles(titles: Iterable[str], lang: str, langs: Iterable[str]) -> tuple[HeldTitle, ...]:
    """The titles that name an occupation we know, each with it."""
    order = (lang, *langs)
    found = []
    for title in titles:
        occupation = occupation_of(title, order)
        if occupation is not None:
            found.append(HeldTitle(title=title, occupation=occupation))
    return tuple(found)
