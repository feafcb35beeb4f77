"""Turn a word into the lemmas of the parts a skill term may be built from.

Why: German, Danish and Estonian write skills as compounds ("Beschwerdemanagement",
"kundeserviceerfaring", "meeskonnatöös") and inflect them; Estonian adds case endings
("klienditeenindajana"). A word is split into parts known to the taxonomy's lexicon, each
reduced to its lemma, so that a term and a text that phrase one skill differently still
meet. Terms and texts go through the same analyser, so they are always split alike.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from resume_helper.nlp.resources import load_compiled, load_yaml

UNKNOWN_MIN = 4  # an unknown stretch inside a compound is at least this long
SHORT_PART = 4  # known parts shorter than this are avoided inside a compound
# Longer "words" (base64, hashes, run-together garbage) are not split: no real compound is this
# long, and splitting costs time proportional to the length times the longest lexicon form.
MAX_SPLIT_CHARS = 64
# Words whose readings are kept per language. Why a bound: a counselor's batch or a long-lived
# process meets new words with every document (names, typos, garbage in a damaged file); an
# unbounded cache grew with all of them. A resume has some 300 distinct words; four languages'
# caches of 20,000 words each held some 40 MB of a fuzz worker's peak (limit 300 MB).
CACHED_WORDS = 5_000
DERIVATION_BASE_MIN = 3  # a derivation's base keeps at least this many letters
WHOLE_WORDS = "whole_words"  # compiled key: lemmas read whole (build.whole_words)
SEPARABLE_STEMS = "separable_stems"  # compiled key: verbs a particle joins (build.separable_stems)
RELATED_PREFIX = 3  # a compound part shares this many first letters with its lemma


@dataclass(frozen=True)
class Derivation:
    """One suffix rule: ``word`` ending in ``suffix`` comes from ``word[:-len(suffix)] + base``.

    ``after`` limits the rule to bases ending in one of these letters (empty: any base);
    ``unless`` lists words that only look derived ("business" is not from "busy").
    """

    suffix: str
    base: str
    after: tuple[str, ...] = ()
    unless: frozenset[str] = frozenset()

    def base_of(self, word: str) -> str | None:
        if not word.endswith(self.suffix) or len(word) - len(self.suffix) < DERIVATION_BASE_MIN:
            return None
        if word in self.unless:
            return None
        base = word[: len(word) - len(self.suffix)] + self.base
        if self.after and not base.endswith(self.after):
            return None
        return base


@dataclass(frozen=True)
class Morphology:
    compounds: bool
    linkers: tuple[str, ...]
    endings: frozenset[str]
    min_part: int
    min_part_beside_unknown: int = 5
    derivations: tuple[Derivation, ...] = ()
    conjunctions: frozenset[str] = frozenset()
    modifier_stems: tuple[Derivation, ...] = ()
    participles: tuple[str, ...] = ()
    lowercase_nouns: bool = False
    separable_particles: frozenset[str] = frozenset()
    infinitive_openers: frozenset[str] = frozenset()
    infinitive_marker: str = ""
    postpositions: frozenset[str] = frozenset()
    uninflected: frozenset[str] = frozenset()
    heads_at_parts: bool = False
    see_through_participles: bool = False
    not_parts: frozenset[str] = frozenset()
    phrase_part_min: int = 0
    capitalised_nouns: bool = False
    free_heads: bool = True
    related_parts: bool = False
    derive_parts: bool = False
    agent_suffix: str = ""
    agent_endings: frozenset[str] = frozenset()
    agent_strip: str = ""
    agent_noun: str = ""
    coordinated_modifiers: bool = False
    noun_heads: bool = False


@cache
def morphology(lang: str) -> Morphology:
    spec: dict[str, Any] = load_yaml("morphology.yaml")[lang]
    return Morphology(
        compounds=bool(spec["compounds"]),
        linkers=tuple(spec["linkers"]),
        endings=frozenset(spec["endings"]),
        min_part=int(spec["min_part"]),
        min_part_beside_unknown=int(spec.get("min_part_beside_unknown", spec["min_part"])),
        derivations=tuple(
            Derivation(rule["suffix"], rule.get("base", ""), tuple(rule.get("after", ())),
                       frozenset(rule.get("unless", ())))
            for rule in spec.get("derivations", ())
        ),
        conjunctions=frozenset(spec.get("conjunctions", ())),
        participles=tuple(spec.get("participles", ())),
        lowercase_nouns=bool(spec.get("lowercase_nouns", False)),
        separable_particles=frozenset(spec.get("separable_particles", ())),
        infinitive_openers=frozenset(spec.get("infinitive_brackets", {}).get("openers", ())),
        infinitive_marker=str(spec.get("infinitive_brackets", {}).get("marker", "")),
        postpositions=frozenset(spec.get("postpositions", ())),
        uninflected=frozenset(spec.get("uninflected", ())),
        heads_at_parts=bool(spec.get("heads_at_parts", False)),
        see_through_participles=bool(spec.get("see_through_participles", False)),
        not_parts=frozenset(spec.get("not_parts", ())),
        phrase_part_min=int(spec.get("phrase_part_min", 0)),
        capitalised_nouns=bool(spec.get("capitalised_nouns", False)),
        free_heads=bool(spec.get("free_heads", True)),
        related_parts=bool(spec.get("related_parts", False)),
        derive_parts=bool(spec.get("derive_parts", False)),
        agent_suffix=str(spec.get("agent_nouns", {}).get("suffix", "")),
        agent_endings=frozenset(spec.get("agent_nouns", {}).get("endings", ())),
        agent_strip=str(spec.get("agent_nouns", {}).get("strip", "")),
        agent_noun=str(spec.get("agent_nouns", {}).get("noun", "")),
        coordinated_modifiers=bool(spec.get("coordinated_modifiers", False)),
        noun_heads=bool(spec.get("noun_heads", False)),
        modifier_stems=tuple(
            Derivation(rule["suffix"], rule.get("base", ""), tuple(rule.get("after", ())))
            for rule in spec.get("modifier_stems", ())
        ),
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
    whole: frozenset[str] = frozenset()  # lemmas read whole though their parts are known
    separable_stems: frozenset[str] = frozenset()
    """Finite verb forms some separable particle joins ("tragen", "trägt": beitragen)."""
    _cache: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _longest: int = field(default=0, repr=False)
    _lemmas: frozenset[str] = field(default=frozenset(), repr=False)
    _bases: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._longest = max(map(len, self.forms), default=0)
        self._lemmas = frozenset(self.forms.values())

    def parts(self, word: str) -> tuple[str, ...]:
        cached = self._cache.get(word)
        if cached is None:
            if len(self._cache) >= CACHED_WORDS:
                self._cache.clear()
            cached = self._cache[word] = self._analyse(word)
        return cached

    def _analyse(self, word: str) -> tuple[str, ...]:
        if len(word) > MAX_SPLIT_CHARS or word in self.morph.postpositions:
            # Why postpositions: "abil" (by means of) is a case form of "abi" (help), and
            # "vastavalt" (according to) of "vastama" (to answer); read so, "tehniliste
            # jooniste abil" is technical help and "vastavalt kliendi päringutele" answering
            # enquiries. Only the word standing alone: inside a compound the noun is meant.
            return (word,)
        whole = self.forms.get(word)
        if self.morph.compounds and whole is not None and self._inflects(word, whole):
            return self.parts(whole)
        derived = self.derive(word)
        return derived if derived is not None else self._read(word)

    def _read(self, word: str) -> tuple[str, ...]:
        whole = self.forms.get(word)
        if whole in self.whole:
            # Why: the build found the word's split made of a fragment that is another word's
            # inflected form ("õpet|aja", a teacher, is no teaching + time); see build.whole_words.
            return (whole,)
        if self.whole and (head := self._whole_head(word)) is not None:
            return head
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

    def _whole_head(self, word: str) -> tuple[str, ...] | None:
        """The parts of a compound whose head is a word read whole and whose front is known
        ("kutse|õpetajana" → kutse + õpetaja), else ``None``.

        Why: a head read whole alone must read whole inside a compound too; split, its
        fragments joined the front ("kutseõpe|t|aja": vocational education + time).
        """
        for i in range(self.morph.min_part, len(word) - self.morph.min_part + 1):
            lemma = self.forms.get(word[i:])
            if lemma in self.whole:
                front = self.parts(word[:i])
                return (*front, lemma) if self.is_known(front) else None
        return None

    def _inflects(self, word: str, lemma: str) -> bool:
        """Whether ``word`` is an inflected form of ``lemma``, a word the lexicon reads whole:
        then it reads as the lemma does ("fællesskabet" as "fællesskab", not fælles + skabe-t).

        Why only a lemma plus an inflection ending: the dictionary also gives some compounds
        the lemma of their first part ("täpsustöö" → "täpsus"); there the split reads better.
        """
        if lemma == word or self.forms.get(lemma) != lemma:
            return False
        stem = len(_common_prefix(word, lemma))
        if stem < len(lemma) - 1 or word[stem:] not in self.morph.endings:
            return False
        return self.parts(lemma) == (lemma,)

    def derive(self, word: str) -> tuple[str, ...] | None:
        """The parts of the base ``word`` is derived from, when a rule applies and the base is
        known throughout ("belastbarkeit" → belastbar, "kannatlikkust" → kannatlik,
        "calmness" → calm), else ``None``.

        Why: ads and resumes name one skill as adjective, noun or verb; the rules (data in
        morphology.yaml) make every derivation meet its base, whichever form a term lists.
        """
        for rule in self.morph.derivations:
            if rule.suffix not in word or word in rule.unless:
                continue  # ``unless`` may list an inflected form alone ("tolerances" of a part)
            for stem in self._without_ending(word):
                base = rule.base_of(stem)
                if base is None or base == word:
                    continue
                parts = self._read(base)
                if self.is_known(parts):
                    return parts
        return None

    def is_known(self, parts: tuple[str, ...]) -> bool:
        """Whether every part is a lemma of the lexicon (no unknown stretch, no stray word)."""
        return all(part in self._lemmas for part in parts)

    def _without_ending(self, word: str) -> list[str]:
        stems = [word]
        for cut in range(1, min(5, len(word) - self.morph.min_part) + 1):
            if word[-cut:] in self.morph.endings:
                stems.append(word[:-cut])
        return stems

    def _strip_ending(self, word: str) -> str | None:
        for cut in range(1, min(5, len(word) - self.morph.min_part) + 1):
            lemma = self.forms.get(word[:-cut])
            if word[-cut:] in self.morph.endings and lemma is not None \
                    and lemma not in self.morph.uninflected:
                return lemma
        return None

    def split(self, word: str) -> Split | None:
        """Split ``word`` into known parts, linkers, endings and unknown stretches.

        A reading made of known parts only (3 letters and up) is taken when there is one.
        Otherwise unknown stretches are allowed, but then every known part must be at least
        ``min_part_beside_unknown`` letters long. Why: a short lexicon word found next to an
        unknown stretch is mostly a fragment of an unrelated word ("opti|male", "just|itsm").
        """
        if len(word) > MAX_SPLIT_CHARS:
            return None
        complete = self._split(word, self.morph.min_part, allow_unknown=False)
        if complete is not None:
            return complete
        return self._split(word, self.morph.min_part_beside_unknown, allow_unknown=True)

    def _split(self, word: str, min_part: int, *, allow_unknown: bool) -> Split | None:
        """Dynamic programming over positions: fewest unknown characters first, then the most
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
            for j in range(i + min_part, min(n, i + self._longest) + 1):
                if j == n and i > 0 and word[i:] in self.morph.endings:
                    continue  # a word's last letters that make a case ending: "päringu|tele"
                form = word[i:j]
                lemma = self.forms.get(form)
                if lemma is not None and self._may_be_part(form, lemma):
                    after = state.extend(*self._base_lemma(lemma), known_chars=j - i)
                    _offer(best, j, after)
                    if word[j:] in self.morph.agent_endings and self._is_agent(form, lemma):
                        # first, so that the verb's reading with the same ending ranks no higher
                        agent = form + self.morph.agent_noun  # German berat|er: "berater"
                        _offer(best, n, state.extend(agent, known_chars=j - i))
                    self._offer_after_known(best, word, j, after, lemma)
            if allow_unknown:
                # Why the rank before the state: most unknown stretches lose to a reading
                # already there, and building a state costs more than comparing; an unknown
                # stretch adds no part, so its rank is the same final or not (see _offer).
                inner = state.inner_short + state.last_short
                for j in range(i + UNKNOWN_MIN, n + 1):
                    current = best[j]
                    if current is None or (state.unknown + j - i, inner, -state.known,
                                           -state.covered) < current.rank(final=j == n):
                        best[j] = state.extend("?" + word[i:j], unknown_chars=j - i)
        final = best[n]
        if final is None or final.known == 0:
            return None
        return Split(parts=final.parts, unknown_chars=final.unknown, known_parts=final.known)

    def _base_lemma(self, lemma: str) -> tuple[str, ...]:
        """The lemmas a compound part reads as: its derivation base when it has one.

        Why: a word alone derives ("Telekommunikation" → tele + kommunizieren); inside a
        longer compound ("Telekommunikationsgeräte") the same part must read alike.
        """
        base = self._bases.get(lemma)
        if base is None:
            self._bases[lemma] = (lemma,)  # while its own derivation is read
            derived = self.derive(lemma) if self.morph.derive_parts else None
            base = self._bases[lemma] = derived or (lemma,)
        return base

    def _is_agent(self, form: str, lemma: str) -> bool:
        """Whether ``form``, a verb's present tense, is also the agent noun that an ending
        follows ("rådgiver|e" advisers, "leder|ne" the leaders, "arbejder|e" workers).

        Why: a verb's present tense takes no further ending, so such a word names the people
        who do the work, as a job title does ("Rådgivere rådgiver …"), not the activity;
        read as the verb, every "rådgivere" or "lærere" was advising or teaching. Short forms
        are left out: "kontrol|ler|e" holds no agent of "le" (to laugh). German builds the
        agent noun on the verb's stem ("berat|er", "prüf|er", "leit|ern"): the lemma loses
        ``agent_strip`` ("en") before ``agent_suffix`` is added.
        """
        strip = self.morph.agent_strip
        if not lemma.endswith(strip) or len(form) + len(strip) <= SHORT_PART:
            return False
        return form == lemma[: len(lemma) - len(strip)] + self.morph.agent_suffix

    def _may_be_part(self, form: str, lemma: str) -> bool:
        """Whether ``form`` may stand inside a compound as a form of ``lemma``.

        Why: a compound is built from stems, so a part reads as a word that looks like it,
        not through a suppletive form ("Hard|war|e" is no form of "sein", "Kunden|bin|dung"
        none of "sein" either) or a pronoun ("sich|erstellen" for "sicherstellen"); those
        readings win only because they cut the word into more known parts.
        """
        if form in self.morph.not_parts or lemma in self.morph.not_parts:
            return False
        if not self.morph.related_parts:
            return True
        shared = len(_common_prefix(_folded(form), _folded(lemma)))
        return shared >= min(RELATED_PREFIX, len(form), len(lemma))

    def _offer_after_known(
        self, best: list[_State | None], word: str, j: int, state: _State, lemma: str
    ) -> None:
        if word[j:] in self.morph.endings and lemma not in self.morph.uninflected:
            # Why not after an uninflected word: "koos" (together) takes no case ending, so
            # "seadme|kooste" (device assembly) is no "koos" + "-te" (nor, beside "töö", koostöö)
            _offer(best, len(word), state)
        for linker in self.morph.linkers:
            if word.startswith(linker, j) and j + len(linker) < len(word):
                _offer(best, j + len(linker), state)


def _folded(word: str) -> str:
    """``word`` without diacritics, so an umlaut plural meets its lemma ("wünsche", "wunsch")."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


@dataclass(frozen=True)
class _State:
    unknown: int
    known: int
    covered: int
    parts: tuple[str, ...]
    inner_short: int = 0
    last_short: bool = False

    def extend(self, *parts: str, known_chars: int = 0, unknown_chars: int = 0) -> _State:
        """One more stretch of the word, read as ``parts`` (one, or a derivation's base parts)."""
        return _State(
            self.unknown + unknown_chars,
            self.known + (1 if known_chars else 0),
            self.covered + known_chars,
            (*self.parts, *parts),
            self.inner_short + self.last_short,
            0 < known_chars < SHORT_PART,
        )

    def rank(self, *, final: bool) -> tuple[int, int, int, int]:
        """Fewest unknown letters, then fewest short parts inside the word, then the most
        known parts, then the most letters in known parts.

        Why short parts count: a three-letter word inside a compound is mostly a fragment
        ("isiku|and|mete" against "isiku|andmete"); as the head it is often real ("müügi|töö").
        A state that is not final may still grow, so its last part counts as inside.
        """
        short = self.inner_short + (0 if final else self.last_short)
        return (self.unknown, short, -self.known, -self.covered)


def _offer(best: list[_State | None], at: int, state: _State) -> None:
    final = at == len(best) - 1
    current = best[at]
    if current is None or state.rank(final=final) < current.rank(final=final):
        best[at] = state


@cache
def analyzer(lang: str) -> Analyzer:
    """The analyser for ``lang`` over the compiled lexicon, built once per process."""
    compiled = load_compiled(lang)
    return Analyzer(lang=lang, forms=compiled["forms"], morph=morphology(lang),
                    whole=frozenset(compiled.get(WHOLE_WORDS, "").split()),
                    separable_stems=frozenset(compiled.get(SEPARABLE_STEMS, "").split()))
