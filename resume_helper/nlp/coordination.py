"""Parts that coordinated words share: a compound head or a final noun said once for a list.

Why: ads and resumes save words in lists. "Cross- und Upselling" means Cross-Selling and
Upselling, "in- og outbound" inbound and outbound, "eesti, vene ja inglise keel" the
Estonian, Russian and English languages. Each member that leaves its head out gets the shared
head's pieces, so a term meets it as if it had been written out. Likewise a preposition before a
list governs every member: "by email, chat and phone" is also "by phone".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from resume_helper.nlp.analysis import Analyzer
from resume_helper.nlp.resources import content_words, load_yaml

HYPHENS = frozenset("-–")
LIST_COMMA = ","
TRUNCATED_MIN = 2  # "in-" is the shortest truncated member
MEMBER_MAX = 3  # words of a list member: parallel members are short noun phrases


PiecesOf = Callable[[Any], "list[str] | None"]


def shared_pieces(
    tokens: Sequence[Any], analyzer: Analyzer, function_words: frozenset[str],
    pieces_of: PiecesOf,
) -> dict[int, tuple[list[str], int] | tuple[list[str], int, int]]:
    """Pieces for list members that leave out a head another member states, by token index,
    each with how many of them are the member's own and, when the member borrows the words
    before the list, how many borrowed pieces come first (the rest are borrowed after).

    ``pieces_of`` gives one token's own pieces (abbreviations kept apart).
    """
    words = [token.lower_ for token in tokens]
    conjunctions = analyzer.morph.conjunctions
    has_list = any(word in conjunctions or word == LIST_COMMA for word in words)
    if not has_list:  # most sentences: nothing to share, and this runs for every text
        return {}
    pieces = _truncated_members(tokens, analyzer, words) if any(
        word[-1:] in HYPHENS for word in words) else {}
    # Why the positions of the conjunctions: the readers below start only there, and a
    # token's lower_ is built anew on each access.
    linking = [at for at, word in enumerate(words) if word in conjunctions]
    if analyzer.morph.free_heads:
        for index, extra in _final_heads(tokens, analyzer, function_words, pieces_of,
                                         linking).items():
            pieces.setdefault(index, extra)
    # Frequent content words ("customer", "sich") are stopwords too, but no list member's
    # governing word: the words before a list are read without them.
    grammar_words = function_words - content_words(analyzer.lang)
    for index, lead in _leading_words(tokens, grammar_words, conjunctions, pieces_of,
                                      analyzer.lang, linking).items():
        own_pieces, own = pieces.get(index, (pieces_of(tokens[index]) or [], None))[:2]
        pieces[index] = ([*lead, *own_pieces], len(own_pieces) if own is None else own, len(lead))
    return pieces


def _truncated_members(
    tokens: Sequence[Any], analyzer: Analyzer, words: Sequence[str]
) -> dict[int, tuple[list[str], int]]:
    """ "Cross- und Upselling": the member ending in a hyphen borrows the next word's head.

    ``words`` are the tokens lower-cased; only a word ending in a hyphen or followed by one
    can be such a member (see ``_truncated``).
    """
    conjunctions = analyzer.morph.conjunctions
    found: dict[int, tuple[list[str], int]] = {}
    hyphened = [index for index, word in enumerate(words) if word[-1:] in HYPHENS or (
        index + 1 < len(words) and words[index + 1] in HYPHENS)]
    for index in hyphened:
        stem, after = _truncated(tokens, index)
        if stem is None:
            continue
        linked = False
        while after < len(tokens):
            word = tokens[after].lower_
            if word in conjunctions or word == LIST_COMMA:
                linked = True
                after += 1
            elif _truncated(tokens, after)[0] is not None:
                after = _truncated(tokens, after)[1]
            else:
                break
        if linked and after < len(tokens) and tokens[after].is_alpha:
            reading = _with_head(stem, tokens[after].lower_, analyzer)
            if reading:
                own = min(len(analyzer.parts(stem)), len(reading)) if len(reading) > 1 else 1
                found[index] = (reading, own)
    return found


def _truncated(tokens: Sequence[Any], index: int) -> tuple[str | None, int]:
    """The stem of a member written with a trailing hyphen, and the index after it."""
    text = tokens[index].text
    if len(text) > TRUNCATED_MIN and text[-1] in HYPHENS and text[:-1].isalpha():
        return text[:-1].lower(), index + 1
    nxt = index + 1
    if (text.isalpha() and len(text) >= TRUNCATED_MIN and nxt < len(tokens)
            and tokens[nxt].text in HYPHENS and not tokens[index].whitespace_
            and tokens[nxt].whitespace_):
        return text.lower(), nxt + 1
    return None, index + 1


def _with_head(stem: str, word: str, analyzer: Analyzer) -> list[str] | None:
    """The reading of ``stem`` plus the longest end of ``word`` that makes known words.

    Written together first ("kunden" + "anfragen"), then apart ("cross" + "selling"), which
    is how a language without compounds spells such a pair.
    """
    min_head = analyzer.morph.min_part
    stem_parts = analyzer.parts(stem)
    word_parts = analyzer.parts(word) if analyzer.morph.heads_at_parts else ()
    for cut in range(1, len(word) - min_head + 1):
        parts = analyzer.parts(stem + word[cut:])
        if analyzer.is_known(parts) and _at_seam(parts, stem_parts, word_parts):
            return list(parts)
        apart = (*stem_parts, *analyzer.parts(word[cut:]))
        if analyzer.is_known(apart) and _at_seam(apart, stem_parts, word_parts):
            return list(apart)
    # A member the lexicon does not know ("Lebensmittel-" in "Lebensmittel- und
    # Hygienevorschriften") still shares the next word's head, when that is a known last part.
    whole = word_parts or analyzer.parts(word)
    if len(whole) >= 2 and analyzer.is_known(whole[-1:]):
        return [*stem_parts, whole[-1]]
    return None


def _at_seam(parts: tuple[str, ...], stem_parts: tuple[str, ...],
             word_parts: tuple[str, ...]) -> bool:
    """Whether a member written together with the next word's end reads as its own parts
    followed by the next word's last parts, when both are compounds.

    Why: the longest end that makes known words may begin inside one of the next word's
    parts, and then the letters across the seam make words neither member holds ("ohutus- ja
    tervishoiunõuete" read as ohutu + serv + hoid + nõue, "tervishoiu- ja
    ohutuseeskirjadele" as tervishoid + eeskiri, never meeting "tervishoid ja ohutus").
    """
    if len(word_parts) < 2 or len(parts) < 2:
        return True  # a word read whole ("upselling", "regnefærdigheder") has no seam; and
        # where morphology's `heads_at_parts` is off, no parts are given (see _with_head)
    own = len(stem_parts)
    tail = parts[own:]
    return parts[:own] == stem_parts and 0 < len(tail) < len(word_parts) \
        and word_parts[-len(tail):] == tail


def _final_heads(
    tokens: Sequence[Any], analyzer: Analyzer, function_words: frozenset[str],
    pieces_of: PiecesOf, linking: Sequence[int],
) -> dict[int, tuple[list[str], int]]:
    """ "eesti, vene ja inglise keel": members before the last borrow the word after it.

    Before a shared postposition a member may be a hyphenated word ("telefoni ja e-posti
    teel": by phone and by e-mail); the borrowed pieces go to its last word. Elsewhere a
    hyphenated word ends the list ("thinking models, cognitive and knowledge-based systems"
    gives no "models systems").
    """
    conjunctions = analyzer.morph.conjunctions
    found: dict[int, tuple[list[str], int]] = {}
    for at in linking:  # the conjunctions' positions
        end = _word_end(tokens, at + 1, function_words, conjunctions, joined=True)
        joined = end is not None and end < len(tokens) and (
            tokens[end].lower_ in analyzer.morph.postpositions)
        after = end if joined else _word_end(
            tokens, at + 1, function_words, conjunctions, joined=False)
        if after is None or after >= len(tokens):
            continue
        head = tokens[after]
        if not _member(head, function_words, conjunctions):
            continue
        head_parts = pieces_of(head) or []
        end = at
        while (start := _word_start(tokens, end, function_words, conjunctions,
                                    joined=joined)) is not None:
            own = pieces_of(tokens[end - 1]) or []
            found[end - 1] = ([*own, *head_parts], len(own))
            if start >= 2 and tokens[start - 1].text == LIST_COMMA:
                end = start - 1
            else:
                break
    return found


def _word_end(
    tokens: Sequence[Any], index: int, function_words: frozenset[str],
    conjunctions: frozenset[str], *, joined: bool,
) -> int | None:
    """The index after the member word starting at ``index``; with ``joined``, words joined
    by hyphens count as one."""
    if index >= len(tokens) or not _member(tokens[index], function_words, conjunctions):
        return None
    while (joined and index + 2 < len(tokens) and _joined(tokens, index + 1)
           and tokens[index + 2].is_alpha):
        index += 2
    return index + 1


def _word_start(
    tokens: Sequence[Any], end: int, function_words: frozenset[str],
    conjunctions: frozenset[str], *, joined: bool,
) -> int | None:
    """The index where the member word ending just before ``end`` starts, if it is one."""
    index = end - 1
    if index < 0 or not _member(tokens[index], function_words, conjunctions):
        return None
    while joined and index >= 2 and _joined(tokens, index - 1) and tokens[index - 2].is_alpha:
        index -= 2
    return index


def _joined(tokens: Sequence[Any], index: int) -> bool:
    """Whether the token at ``index`` is a hyphen written between two words ("e-posti")."""
    return (tokens[index].text in HYPHENS and not tokens[index].whitespace_
            and index > 0 and not tokens[index - 1].whitespace_)


def _member(token: Any, function_words: frozenset[str], conjunctions: frozenset[str]) -> bool:
    word = token.lower_
    return token.is_alpha and word not in function_words and word not in conjunctions



def _leading_words(
    tokens: Sequence[Any], function_words: frozenset[str], conjunctions: frozenset[str],
    pieces_of: PiecesOf, lang: str, linking: Sequence[int],
) -> dict[int, list[str]]:
    """The pieces of the preposition before a list, for the first word of each other member
    ("by" for "chat" and "phone" in "by email, chat and phone").

    Why so narrow: only a preposition listed as governing (coordination.yaml: a channel or a
    means), right before a list of three or more short members joined by commas and a
    conjunction. A verb before a list may as well be its subject ("Stevedores sort, handle and
    load"), and two members are as often one phrase ("via e-mail eller telefonsamtaler"). The
    borrowed pieces are marked, so they only help a member's own word.
    """
    found: dict[int, list[str]] = {}
    governing = governing_words(lang)
    function_words = function_words | governing  # "via", "per" are no member's words
    for at in linking:  # the conjunctions' positions
        last = _run(tokens, at + 1, 1, function_words, conjunctions)
        if not last:
            continue
        members = [last[0]]
        end = at
        while True:
            run = _run(tokens, end - 1, -1, function_words, conjunctions)
            if not run:
                members = []
                break
            start = min(run)
            if start >= 1 and tokens[start - 1].text == LIST_COMMA:
                if len(run) > MEMBER_MAX:
                    members = []
                    break
                members.append(start)
                end = start - 1
                continue
            first = max(run)  # the first member's last word
            break
        if len(members) < 2:
            continue  # two members: as often one phrase ("via e-mail eller telefonsamtaler")
        before = min(run) - 1
        if first != min(run) or before < 0 or tokens[before].lower_ not in governing:
            continue  # only a channel preposition right before the list governs each member
        if any(token.text[:1] in HYPHENS or token.text[-1:] in HYPHENS
               for token in tokens[first : last[0] + 1]):
            continue  # "Hard- und Software": the members share a head, not the words before
        lead_pieces = pieces_of(tokens[before]) or []
        if lead_pieces:
            for index in members:
                found.setdefault(index, lead_pieces)
    return found


def _run(
    tokens: Sequence[Any], index: int, step: int, function_words: frozenset[str],
    conjunctions: frozenset[str],
) -> list[int]:
    """The indexes of the content words in a row from ``index`` going ``step`` (1 or -1)."""
    run: list[int] = []
    while 0 <= index < len(tokens) and _word(tokens[index], function_words, conjunctions):
        run.append(index)
        index += step
    return run


@cache
def governing_words(lang: str) -> frozenset[str]:
    """Prepositions that govern each member of a list after them, from coordination.yaml."""
    return frozenset(load_yaml("coordination.yaml").get(lang, {}).get("governing", ()))


def _word(token: Any, function_words: frozenset[str], conjunctions: frozenset[str]) -> bool:
    """A content word that may stand in a list member ("E-Mail" too)."""
    word = token.lower_
    return (word.replace("-", "").isalpha() and word not in function_words
            and word not in conjunctions)


def modifier_pairs(tokens: Sequence[Any], analyzer: Analyzer) -> set[int]:
    """Indexes of a lower-case word and the conjunction after it where two modifiers alike share
    the noun after the second ("nationalen und internationalen Rechtsvorschriften"): a term's
    window passes over them, as the noun's own words.

    Why alike: adjectives that share a noun take the same ending ("-en und -en"); a noun, a verb
    or a clause after the conjunction does not. Only where nouns are capitalised (German), so the
    noun after the pair is told by its capital.
    """
    if not analyzer.morph.coordinated_modifiers:
        return set()
    found: set[int] = set()
    conjunctions = analyzer.morph.conjunctions
    for at in range(1, len(tokens) - 2):
        if tokens[at].lower_ not in conjunctions:
            continue
        first, second, noun = tokens[at - 1], tokens[at + 1], tokens[at + 2]
        if (first.is_alpha and second.is_alpha and noun.is_alpha
                and first.text[:1].islower() and second.text[:1].islower()
                and noun.text[:1].isupper() and len(first.text) > 3 and len(second.text) > 3
                and first.text[-2:] == second.text[-2:]):
            found.update((at - 1, at))
    return found

