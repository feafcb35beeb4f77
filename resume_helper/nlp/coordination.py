"""Parts that coordinated words share: a compound head or a final noun said once for a list.

Why: ads and resumes save words in lists. "Cross- und Upselling" means Cross-Selling and
Upselling, "in- og outbound" inbound and outbound, "eesti, vene ja inglise keel" the
Estonian, Russian and English languages. Each member that leaves its head out gets the shared
head's pieces, so a term meets it as if it had been written out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from resume_helper.nlp.analysis import Analyzer

HYPHENS = frozenset("-–")
LIST_COMMA = ","
TRUNCATED_MIN = 2  # "in-" is the shortest truncated member


PiecesOf = Callable[[Any], "list[str] | None"]


def shared_pieces(
    tokens: Sequence[Any], analyzer: Analyzer, function_words: frozenset[str],
    pieces_of: PiecesOf,
) -> dict[int, tuple[list[str], int]]:
    """Pieces for list members that leave out a head another member states, by token index,
    each with how many of them are the member's own (the rest are borrowed).

    ``pieces_of`` gives one token's own pieces (abbreviations kept apart).
    """
    words = [token.lower_ for token in tokens]
    conjunctions = analyzer.morph.conjunctions
    has_list = any(word in conjunctions or word == LIST_COMMA for word in words)
    if not has_list:  # most sentences: nothing to share, and this runs for every text
        return {}
    pieces = _truncated_members(tokens, analyzer) if any(
        word[-1:] in HYPHENS for word in words) else {}
    if not analyzer.morph.free_heads:
        return pieces
    for index, extra in _final_heads(tokens, analyzer, function_words, pieces_of).items():
        pieces.setdefault(index, extra)
    return pieces


def _truncated_members(
    tokens: Sequence[Any], analyzer: Analyzer
) -> dict[int, tuple[list[str], int]]:
    """ "Cross- und Upselling": the member ending in a hyphen borrows the next word's head."""
    conjunctions = analyzer.morph.conjunctions
    found: dict[int, tuple[list[str], int]] = {}
    for index in range(len(tokens)):
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
    for cut in range(1, len(word) - min_head + 1):
        parts = analyzer.parts(stem + word[cut:])
        if analyzer.is_known(parts):
            return list(parts)
        apart = (*stem_parts, *analyzer.parts(word[cut:]))
        if analyzer.is_known(apart):
            return list(apart)
    return None


def _final_heads(
    tokens: Sequence[Any], analyzer: Analyzer, function_words: frozenset[str],
    pieces_of: PiecesOf,
) -> dict[int, tuple[list[str], int]]:
    """ "eesti, vene ja inglise keel": members before the last borrow the word after it."""
    conjunctions = analyzer.morph.conjunctions
    found: dict[int, tuple[list[str], int]] = {}
    for at, token in enumerate(tokens):
        if token.lower_ not in conjunctions or at + 2 >= len(tokens):
            continue
        last, head = tokens[at + 1], tokens[at + 2]
        if not (_member(last, function_words, conjunctions)
                and _member(head, function_words, conjunctions)):
            continue
        head_parts = pieces_of(head) or []
        member = at - 1
        while member >= 0 and _member(tokens[member], function_words, conjunctions):
            own = pieces_of(tokens[member]) or []
            found[member] = ([*own, *head_parts], len(own))
            if member >= 2 and tokens[member - 1].text == LIST_COMMA:
                member -= 2
            else:
                break
    return found


def _member(token: Any, function_words: frozenset[str], conjunctions: frozenset[str]) -> bool:
    word = token.lower_
    return token.is_alpha and word not in function_words and word not in conjunctions

