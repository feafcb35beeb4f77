"""Turn a word into the lemmas of the parts a skill term may be built from.

Why: German, Danish and Estonian write skills as compounds ("Beschwerdemanagement",
"kundeserviceerfaring", "meeskonnatöös") and inflect them; Estonian adds case endings
("klienditeenindajana"). A word is split into parts known to the taxonomy's lexicon, each
reduced to its lemma, so that a term and a text that phrase one skill differently still
meet. Terms and texts go through the same analyser, so they are always split alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from resume_helper.nlp.resources import load_compiled, load_yaml

UNKNOWN_MIN = 4  # an unknown stretch inside a compound is at least this long


@dataclass(frozen=True)
class Morphology:
    compounds: bool
    linkers: tuple[str, ...]
    endings: frozenset[str]
    min_part: int


@cache
def morphology(lang: str) -> Morphology:
    spec: dict[str, Any] = load_yaml("morphology.yaml")[lang]
    return Morphology(
        compounds=bool(spec["compounds"]),
        linkers=tuple(spec["linkers"]),
        endings=frozenset(spec["endings"]),
        min_part=int(spec["min_part"]),
    )


@dataclass(frozen=True)
class Split:
    """The best reading of a word: known parts (lemmas) and how much stayed unknown."""

    parts: tuple[str, ...]
    unknown_chars: int
    known_parts: int


@dataclass
class Analyzer:
    """Maps a lower-cased word to a tuple of lemma parts, with a per-word cache."""

    lang: str
    forms: Mapping[str, str]
    morph: Morphology
    _cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def parts(self, word: str) -> tuple[str, ...]:
        cached = self._cache.get(word)
        if cached is None:
            cached = self._cache[word] = self._analyse(word)
        return cached

    def _analyse(self, word: str) -> tuple[str, ...]:
        whole = self.forms.get(word)
        if self.morph.compounds and len(word) >= 2 * self.morph.min_part:
            split = self.split(word)
            if split and split.known_parts >= 2 and split.unknown_chars == 0:
                return split.parts
            if whole is None and split and split.known_parts >= 1:
                return split.parts
        if whole is not None:
            return (whole,)
        stem = self._strip_ending(word)
        return (stem,) if stem else (word,)

    def _strip_ending(self, word: str) -> str | None:
        for cut in range(1, min(5, len(word) - self.morph.min_part) + 1):
            if word[-cut:] in self.morph.endings and word[:-cut] in self.forms:
                return self.forms[word[:-cut]]
        return None

    def split(self, word: str) -> Split | None:
        """Split ``word`` into known parts, linkers, endings and unknown stretches.

        Dynamic programming over positions: fewest unknown characters first, then the most
        known parts (so "kundenservice" reads as kunde + service whenever both are known),
        then the most characters inside known parts (so "kunden" beats "kund" + ending).
        """
        n = len(word)
        best: list[_State | None] = [None] * (n + 1)
        best[0] = _State(0, 0, 0, ())
        for i in range(n):
            state = best[i]
            if state is None:
                continue
            for j in range(i + self.morph.min_part, n + 1):
                lemma = self.forms.get(word[i:j])
                if lemma is not None:
                    after = state.extend(lemma, known_chars=j - i)
                    _offer(best, j, after)
                    self._offer_after_known(best, word, j, after)
            for j in range(i + UNKNOWN_MIN, n + 1):
                _offer(best, j, state.extend("?" + word[i:j], unknown_chars=j - i))
        final = best[n]
        if final is None or final.known == 0:
            return None
        return Split(parts=final.parts, unknown_chars=final.unknown, known_parts=final.known)

    def _offer_after_known(
        self, best: list[_State | None], word: str, j: int, state: _State
    ) -> None:
        if word[j:] in self.morph.endings:
            _offer(best, len(word), state)
        for linker in self.morph.linkers:
            if word.startswith(linker, j) and j + len(linker) < len(word):
                _offer(best, j + len(linker), state)


@dataclass(frozen=True)
class _State:
    unknown: int
    known: int
    covered: int
    parts: tuple[str, ...]

    def extend(self, part: str, *, known_chars: int = 0, unknown_chars: int = 0) -> _State:
        return _State(
            self.unknown + unknown_chars,
            self.known + (1 if known_chars else 0),
            self.covered + known_chars,
            (*self.parts, part),
        )

    def rank(self) -> tuple[int, int, int]:
        return (self.unknown, -self.known, -self.covered)


def _offer(best: list[_State | None], at: int, state: _State) -> None:
    current = best[at]
    if current is None or state.rank() < current.rank():
        best[at] = state


@cache
def analyzer(lang: str) -> Analyzer:
    """The analyser for ``lang`` over the compiled lexicon, built once per process."""
    return Analyzer(lang=lang, forms=load_compiled(lang)["forms"], morph=morphology(lang))
