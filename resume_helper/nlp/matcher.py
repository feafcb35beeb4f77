"""Find taxonomy terms in a piece stream: exact phrases, and loose any-order phrases.

Exact: the term's pieces in a row ("Beschwerdemanagement" in "Beschwerde-Management").
Loose: a term of several words also matches when all its content words stand within a
short window of one phrase, in any order ("Anfragen von Kunden bearbeiten" for
"Kundenanfragen bearbeiten"), which is how the same skill is phrased across ads. A loose
match of a one-word term never lies inside one word: its parts in another order make another
word ("lederteam" is not "teamleder", "vedligeholder" holds no "vedholdende"); said as a
phrase, it takes each part from a whole word or a compound's head, never from the first part
of another compound ("kundenorientierte" beside "Beschwerdemanagement" is no
"Kundenmanagement").
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from typing import NamedTuple

from resume_helper.nlp.tokens import Piece

LOOSE_EXTRA_WINDOW = 2
MAX_HOLDERS_CHECKED = 12


@dataclass(frozen=True)
class Pattern:
    concept_id: str
    pieces: tuple[str, ...]
    content: frozenset[str]
    one_word: bool = False
    """The term is one word ("teamleder"): its parts match in their order only."""
    verb_last: bool = False
    """The term ends in its verb ("Personal verwalten") in a language whose compounds put a
    verb's noun last when it is the action ("Personalverwaltung"): inside one word, a verb
    before the other parts qualifies another head ("Verwaltungspersonal" is staff)."""


NOT_A_SKILL = ""  # the concept id of a false friend: a phrase that contains a term but is none


class Match(NamedTuple):
    """A term found in a piece stream (a named tuple, for speed: see ``Piece``)."""

    concept_id: str
    start: int
    end: int
    loose: bool = False
    size: int = 0
    """How many of its own pieces the match covers: a compound is one token but several
    pieces; pieces borrowed from a list's shared head do not count."""
    head: bool = False
    """The match is the last part of one word, after parts of its own ("undervisning" in
    "danskundervisning"): the head of a compound, which its first parts may qualify."""


# Why: as tokens._new_piece, the same tuple as Match(...) (every field given) in half the time.
_new_match = partial(tuple.__new__, Match)


class PhraseMatcher:
    """A trie of exact patterns plus an index of loose ones, built once per language."""

    def __init__(self, patterns: Iterable[Pattern], *, gap: int = 0,
                 clause_words: frozenset[str] = frozenset(), window_words: bool = False) -> None:
        self.trie: dict[str, dict] = {}
        self.loose: dict[str, list[Pattern]] = {}
        self.gap = gap
        """Words that may stand before a term's last word once two of its words are met
        (English modifiers before a noun: "work with aerospace engineers" for "work with
        engineers"): 0 where a language's terms match as written."""
        self.window_words = window_words
        """Whether a loose window counts words, not pieces: a compound's front parts widen
        nothing (Estonian "sõlmivad suurte kaubakoguste tehinguid", conclude trades)."""
        self.clause_words = clause_words
        """Words that join clauses ("and", "which", "while"): a loose match whose words stand
        in another order than its term's may not pass one ("train new staff members and
        manage the budget" holds no "manage staff")."""
        for pattern in patterns:
            node = self.trie
            for piece in pattern.pieces:
                node = node.setdefault(piece, {})
            node.setdefault("", []).append(pattern.concept_id)
            if len(pattern.content) >= 2 and pattern.concept_id != NOT_A_SKILL:
                # The longest word anchors the pattern: longer words are rarer, so fewer
                # patterns are tried per phrase ("customer" would anchor dozens).
                anchor = max(sorted(pattern.content), key=len)
                self.loose.setdefault(anchor, []).append(pattern)

    def find(self, stream: Sequence[Piece | None]) -> list[Match]:
        """Exact matches not inside a longer one, then loose ones outside every exact one.

        False friends (concept ``NOT_A_SKILL``) take part in the contest and then leave, so a
        term inside one ("friendly" in "user-friendly") is not reported.
        """
        found = self._exact(stream)
        # a match over a gap is loose: it holds words it did not match, which keep their terms
        gapped = [m for m in found if m.loose]
        exact = sorted((m for m in found if not m.loose), key=lambda m: m.start)
        starts = [m.start for m in exact]
        longest = _kept(exact, lambda m: not _inside_other(m, exact, strictly=True, starts=starts))
        friends = [m for m in exact if m.concept_id == NOT_A_SKILL]
        loose = _kept(_unsubsumed(self._loose(stream)) + gapped,
                      lambda m: not _inside_other(m, exact, starts=starts)
                      and not _ends_in(m, friends))
        return [m for m in longest + loose if m.concept_id != NOT_A_SKILL]

    def find_exact(self, stream: Sequence[Piece | None]) -> list[Match]:
        """Exact matches only, the longest where they overlap (for list-only terms)."""
        exact = sorted(self._exact(stream), key=lambda m: m.start)
        starts = [m.start for m in exact]
        return _kept(exact, lambda m: not _inside_other(m, exact, strictly=True, starts=starts))

    def _exact(self, stream: Sequence[Piece | None]) -> list[Match]:
        found: list[Match] = []
        trie = self.trie
        for i, first in enumerate(stream):
            if first is None or first.lemma not in trie:
                continue  # most pieces begin no term: skip the walk below
            node = trie
            own = 0
            met: list[tuple[dict, int]] = []  # nodes a gap may follow, with the gap's first piece
            for j in range(i, len(stream)):
                piece = stream[j]
                if piece is None:
                    break
                if piece.lemma not in node:
                    if piece.lead:
                        continue  # it may help a match, never block one ("exchanges and refunds")
                    if self.gap and own >= 2:
                        found.extend(self._after_gaps([*met, (node, j)], stream, first.start))
                    break
                if self.gap and own >= 2:
                    met.append((node, j))
                node = node[piece.lemma]
                own += not piece.borrowed
                if own == 0:
                    continue  # borrowed pieces alone are no evidence
                concept_ids = node.get("", ())
                if concept_ids:
                    head = _is_head(stream, i, j)
                    found.extend(_new_match((concept_id, first.start, piece.end, False, own, head))
                                 for concept_id in concept_ids)
        return found

    def _after_gaps(self, met: list[tuple[dict, int]], stream: Sequence[Piece | None],
                    start: int) -> list[Match]:
        """The first match over a gap from the deepest node met on ("work with other mining
        professionals": "work with other" begins another term, "work with" still waits)."""
        for node, j in reversed(met):
            found = self._after_gap(stream, j, node, start)
            if found:
                return found
        return []

    def _after_gap(self, stream: Sequence[Piece | None], j: int, node: dict,
                   start: int) -> list[Match]:
        """Matches of terms whose last word follows the pieces met so far after at most
        ``gap`` other words of the phrase, from piece ``j`` on (its modifiers).

        Why: a term's function words ("work with", "work in a") keep it out of loose matching,
        so "work in a dynamic and international team" never met "work in a team". Only the
        last word may wait: the words before it keep their order and adjacency.
        """
        for k in range(j + 1, min(j + 1 + self.gap, len(stream))):
            piece = stream[k]
            if piece is None:
                break
            following = node.get(piece.lemma)
            if following is None:
                continue  # most modifiers: no term goes on with them
            concept_ids = [c for c in following.get("", ()) if c != NOT_A_SKILL]
            if concept_ids and not piece.borrowed:
                return [Match(c, start, piece.end, loose=True) for c in concept_ids]
        return []

    def _loose(self, stream: Sequence[Piece | None]) -> list[tuple[Match, frozenset[str]]]:
        """Loose matches, each with its term's content words (for ``_unsubsumed``)."""
        found: list[tuple[Match, frozenset[str]]] = []
        loose = self.loose
        for phrase in _phrases(stream):
            lemmas = {p.lemma for p in phrase}
            words: _Words | None = None  # the phrase's words, found once when a term asks
            # the window of each content (and one-word-ness): terms of a concept share them
            windows: dict[tuple[frozenset[str], bool], tuple[int, int] | None] = {}
            anchors = sorted(loose.keys() & lemmas)  # one order always
            for anchor in anchors:
                for pattern in loose[anchor]:
                    if pattern.content <= lemmas:
                        if pattern.one_word and words is None:
                            words = _phrase_words(phrase)
                        key = (pattern.content, pattern.one_word)
                        if key not in windows:
                            windows[key] = _window(phrase, pattern, words,
                                                   by_words=self.window_words)
                        span = windows[key]
                        if span and not _reversed_across(phrase, pattern, span, self.clause_words) \
                                and not (pattern.verb_last
                                         and _verb_first_in_word(phrase, pattern, span)):
                            match = _new_match((pattern.concept_id, *span, True, 0, False))
                            found.append((match, pattern.content))
        return found


def _kept(matches: list[Match], keep: Callable[[Match], bool]) -> list[Match]:
    """The distinct ``matches`` that ``keep`` keeps, in order of first mention.

    Why once each: several terms of a concept often meet the same words ("Bearbeitung von
    Kundenanfragen" as two loose terms and an exact one), and a match's verdict, here and in
    every reader after, depends only on its values: a repeat adds nothing but work.
    """
    return [match for match in dict.fromkeys(matches) if keep(match)]


def _unsubsumed(found: list[tuple[Match, frozenset[str]]]) -> list[Match]:
    """The loose matches but those on the same words as a loose match of another concept
    whose term holds all their words and more.

    Why: as an exact match inside a longer one yields to it, a loose "probleeme lahendama"
    (solve problems) on "lahendavad tehnilisi probleeme" is the same words read less fully
    than "tehnilisi probleeme lahendama" (solve technical problems, troubleshooting). Only on
    the same words: where the wider term reaches further ("informieren Kunden über
    Lieferzeiten und Angebote"), the nearer words also state their own skill.
    """
    if len(found) < 2:
        return [match for match, _content in found]
    spans: dict[tuple[int, int], list[tuple[str, frozenset[str]]]] = {}
    for match, content in found:
        spans.setdefault((match.start, match.end), []).append((match.concept_id, content))
    return [match for match, content in found
            if not any(other != match.concept_id and content < wider
                       for other, wider in spans[match.start, match.end])]


def _reversed_across(phrase: list[Piece], pattern: Pattern, span: tuple[int, int],
                     clause_words: frozenset[str]) -> bool:
    """Whether a loose match at ``span`` begins with another of its term's content words than
    the term's first one and passes a clause word on the way.

    Why: in English the object before its verb across "and" or "which" belongs to another
    clause ("workers and supervise", "records units which maintain"); in the term's order a
    shared verb or head may govern a list ("handle complaints and returns").
    """
    if not clause_words or not clause_words.isdisjoint(pattern.pieces):
        return False  # a term that is itself a list ("health and safety") reads in any order
    inside = [p for p in phrase if span[0] <= p.start and p.end <= span[1]]
    first = next(p.lemma for p in inside if p.lemma in pattern.content)
    expected = next(p for p in pattern.pieces if p in pattern.content)
    return first != expected and any(p.lemma in clause_words for p in inside)


def _verb_first_in_word(phrase: list[Piece], pattern: Pattern, span: tuple[int, int]) -> bool:
    """Whether a loose match at ``span`` lies inside one word with its term's verb before the
    term's other content parts ("Verwaltungspersonal", "Planungsaufgaben", "Schulpersonal"
    for "Personal verwalten", "Aufgaben planen", "Personal schulen")."""
    inside = [p for p in phrase if span[0] <= p.start and p.end <= span[1]]
    if any(p.start != inside[0].start for p in inside):
        return False
    return [p.lemma for p in inside if p.lemma in pattern.content][-1] != pattern.pieces[-1]


def _is_head(stream: Sequence[Piece | None], i: int, j: int) -> bool:
    """Whether pieces ``i..j`` are the last parts of one word that has own parts before them."""
    before = stream[i - 1] if i > 0 else None
    after = stream[j + 1] if j + 1 < len(stream) else None
    first, last = stream[i], stream[j]
    return (first is not None and last is not None and first.start == last.start
            and before is not None and before.start == first.start and not before.borrowed
            and (after is None or after.start != last.start))


def _ends_in(match: Match, friends: list[Match]) -> bool:
    """Whether a loose match begins or ends inside a false friend.

    Why: a loose match takes its words from anywhere in a short window, so a false friend's
    words can close it ("apply abrasive processes in order to remove" holds "process orders"
    through the "order" of "in order to"). The false friend claims its words for every loose
    match that uses them at an end, not only for one that lies wholly inside it.
    """
    return any(f.start <= match.start < f.end or f.start < match.end <= f.end for f in friends)


def _inside_other(match: Match, exact: list[Match], *, strictly: bool = False,
                  starts: list[int] | None = None) -> bool:
    """Whether ``match`` lies within an exact match of another concept.

    Such words belong to the longer phrase ("Microsoft Office" inside "Microsoft Office
    Specialist", "omstilling" inside "omstillingsparat"). ``strictly`` demands that the other
    match be longer: more characters, or as many characters and more pieces (the parts of one
    compound word share its characters). ``exact`` is sorted by start; only matches starting
    at or before ``match`` can hold it; ``starts`` are their starts, when already listed.
    """
    if starts is None:
        starts = [m.start for m in exact]
    index = bisect.bisect_right(starts, match.start)
    # Why a list first: most matches have no holder, and a comprehension sorts them out in
    # half the time of a loop that tests each candidate in turn
    holders = [other for other in exact[max(0, index - MAX_HOLDERS_CHECKED) : index]
               if other.end >= match.end and other.concept_id != match.concept_id]
    if not strictly or not holders:
        return bool(holders)
    length = match.end - match.start
    return any(other.end - other.start > length  # longer: more characters,
               or other.end - other.start == length and other.size > match.size  # or pieces
               for other in holders)


def _phrases(stream: Sequence[Piece | None]) -> list[list[Piece]]:
    phrases: list[list[Piece]] = [[]]
    for piece in stream:
        if piece is None:
            phrases.append([])
        else:
            phrases[-1].append(piece)
    return [p for p in phrases if p]


class _Words(NamedTuple):
    """What a one-word term needs to know of a phrase's words, found once per phrase."""

    lemmas: list[set[str]]
    """The lemmas of each word of several parts."""
    free: set[int]
    """The indexes of the pieces that end their word: a whole word or a compound's head."""


def _window(phrase: list[Piece], pattern: Pattern,
            words: _Words | None = None, *, by_words: bool = False) -> tuple[int, int] | None:
    """The shortest stretch of ``phrase`` holding every content piece, if short enough.

    Why the window counts content pieces: a term's function words ("oskus" in "eesti keele
    oskus") are left out of the loose pattern, so they must not widen its reach either.
    ``words``: the phrase's words, needed for a one-word term (found here when not given).
    ``by_words``: a compound's front part that is no content piece widens nothing, so the
    window counts words (a language that stacks genitive compounds before its noun).
    In every language a front part of a word whose head is a content piece widens nothing:
    it qualifies the term's own word ("Einhaltung der Gesundheitsschutzvorschriften",
    "Einhaltung der Lebensmittel- und Hygienevorschriften" for "Einhaltung der Vorschriften").
    Not for a one-word term: there the head of another compound is another word
    ("Entwässerungssystem" beside "wählen" is no "Wählsystem").
    """
    free = None
    if pattern.one_word:
        words = words or _phrase_words(phrase)
        if any(pattern.content <= lemmas for lemmas in words.lemmas):
            return None  # in order it is an exact match; in another order, another word
        free = words.free
    content = pattern.content
    size = len(content)
    limit = size + LOOSE_EXTRA_WINDOW
    best: tuple[int, int] | None = None
    for i, piece in enumerate(phrase):
        if piece.lemma not in content or (free is not None and i not in free):
            continue
        seen: set[str] = set()
        passed = 0  # words borrowed before a list's member ("by" for "phone") widen nothing
        for j in range(i, len(phrase)):
            if j - i - passed >= limit:
                break
            lemma = phrase[j].lemma
            if lemma not in content or (free is not None and j not in free):
                passed += phrase[j].lead
                if not _ends_word(phrase, j) and (
                        by_words or free is None and _head_of(phrase, j) in content):
                    passed += 1  # a front part of a word whose head the term holds
                continue
            seen.add(lemma)
            if len(seen) == size:  # every content piece seen (seen only holds content)
                own = any(not p.borrowed for p in phrase[i : j + 1])
                if own and (best is None or j - i < best[1] - best[0]):
                    best = (i, j)
                break
        if best is not None and best[1] - best[0] == size - 1:
            break  # no window holds every content piece in fewer pieces
    if best is None:
        return None
    return phrase[best[0]].start, phrase[best[1]].end


def _phrase_words(phrase: list[Piece]) -> _Words:
    """The words of ``phrase`` as a one-word term needs them (see ``_Words``), in one pass.

    Why the free pieces: a one-word term said as a phrase takes each part from a word of its
    own ("Anfragen von Kunden" for "Kundenanfragen"); a first part of another compound is no
    such word ("kunden" in "kundenorientierte" with "Beschwerdemanagement" is no
    "Kundenmanagement"). Why only words of several parts: only such a word can hold a loose
    pattern's two or more content pieces.
    """
    ends = [index for index, (piece, following) in enumerate(pairwise(phrase))
            if following.start != piece.start]  # as _ends_word, without a call per piece
    ends.append(len(phrase) - 1)
    lemmas: list[set[str]] = []
    if len(ends) < len(phrase):  # some word has several pieces (they stand side by side)
        begin = 0
        for end in ends:
            if end > begin:
                word = {piece.lemma for piece in phrase[begin : end + 1]}
                if len(word) > 1:
                    lemmas.append(word)
            begin = end + 1
    return _Words(lemmas, set(ends))


def _head_of(phrase: list[Piece], index: int) -> str:
    """The lemma of the last piece of the word that piece ``index`` belongs to."""
    start = phrase[index].start
    while index + 1 < len(phrase) and phrase[index + 1].start == start:
        index += 1
    return phrase[index].lemma


def _ends_word(phrase: list[Piece], index: int) -> bool:
    """Whether piece ``index`` is its word's last (the next piece, if any, starts a word)."""
    return index + 1 == len(phrase) or phrase[index + 1].start != phrase[index].start
