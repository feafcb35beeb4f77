"""Terms that name a concept only as a member of a list: "Word" in "Word, Excel og PowerPoint".

Why: a bare "Word", "Teams" or "Outlook" is a common noun in most sentences; beside Excel and
PowerPoint, separated by nothing but commas and conjunctions, it is the product. A member
counts when a sibling (a concept sharing a broader concept, see the taxonomy's ``broader``)
is found in the same list by an ordinary term.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from resume_helper.nlp.analysis import morphology
from resume_helper.nlp.matcher import Match
from resume_helper.nlp.resources import load_compiled


def listed_members(text: str, lang: str, found: list[Match], listed: list[Match]) -> list[Match]:
    """The list-only matches that stand in one list with a sibling concept found for sure.

    "Word, Excel og PowerPoint": "Word" counts as Microsoft Word because Excel and
    PowerPoint, which share its broader concept, stand beside it with only commas and
    conjunctions between. A list term must be written as the product is (``_as_named``).
    """
    concepts = load_compiled(lang)["concepts"]
    separator = _separator(lang)

    def family(concept_id: str) -> set[str]:
        return set(concepts[concept_id].get("broader", ()))

    candidates = [(m, True) for m in listed
                  if _as_named(text[m.start : m.end], lang) and _ends_item(text, m.end, lang)]
    if not candidates:
        return []
    members = sorted([*((m, False) for m in found), *candidates], key=lambda pair: pair[0].start)
    kept: list[Match] = []
    chain: list[tuple[Match, bool]] = []
    chain_end = 0
    for pair in [*members, None]:
        if pair is not None and (not chain or separator.fullmatch(text[chain_end : pair[0].start])):
            chain.append(pair)
            chain_end = max(chain_end, pair[0].end)
            continue
        sure = [family(m.concept_id) for m, is_listed in chain if not is_listed]
        kept += [m for m, is_listed in chain
                 if is_listed and any(family(m.concept_id) & other for other in sure)]
        chain = [pair] if pair is not None else []
        chain_end = pair[0].end if pair is not None else 0
    rest = [m for m, _ in candidates if m not in kept]
    return kept + [m for m in rest if _sibling_in_line_list(text, m, found, family)]


# A list written one item per line (a skills table read row by row, a bulleted skills part):
# its lines are short and no line between two items is blank.
MAX_ITEM_WORDS = 6


def _sibling_in_line_list(text: str, member: Match, found: list[Match],
                          family: Callable[[str], set[str]]) -> bool:
    """Whether ``member`` stands alone on a short line among short lines, one of which holds
    a sibling found for sure ("Word" two cells after "Excel" in a two-column skills table)."""
    start = text.rfind("\n", 0, member.start) + 1
    end = text.find("\n", member.end)
    end = len(text) if end < 0 else end
    if text[start:end].strip() != text[member.start : member.end]:
        return False
    low, high = _short_lines_around(text, start, end)
    mine = family(member.concept_id)
    return any(low <= m.start and m.end <= high and mine & family(m.concept_id) for m in found)


def _short_lines_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of consecutive non-blank lines of few words around the line start..end."""
    def short(line: str) -> bool:
        return bool(line.strip()) and len(line.split()) <= MAX_ITEM_WORDS

    low = start
    while low > 0:
        previous = text.rfind("\n", 0, low - 1) + 1
        if not short(text[previous : low - 1]):
            break
        low = previous
    high = end
    while high < len(text):
        following = text.find("\n", high + 1)
        following = len(text) if following < 0 else following
        if not short(text[high + 1 : following]):
            break
        high = following
    return low, high


MAX_CASE_ENDING = 3  # "Wordi", "Wordis", "Teamsis": a case ending after the product's name


def _as_named(written: str, lang: str) -> bool:
    """Whether ``written`` is a list term written as the product is: capitalised and the
    name itself or with a case ending, never part of a compound ("Teamfähigkeit" is no Teams).
    """
    lowered = written.lower()
    return written[:1].isupper() and any(
        lowered.startswith(term) and len(lowered) - len(term) <= MAX_CASE_ENDING
        for term in _list_terms(lang))


def _ends_item(text: str, end: int, lang: str) -> bool:
    """Whether a list item ends at ``end``: the line, a comma, a conjunction or the item's
    level ("Word (sehr gut)", "Word – B2") follows, not more words ("Word of mouth")."""
    return bool(_item_end(lang).match(text, end))


@cache
def _item_end(lang: str) -> re.Pattern[str]:
    return re.compile(rf"[ \t]*(?:$|[\n,;/&|()\-–—:]|(?:{_conjunctions(lang)})(?!\w))",
                      re.IGNORECASE | re.MULTILINE)


@cache
def _list_terms(lang: str) -> frozenset[str]:
    return frozenset(term.lower() for _, _, term in load_compiled(lang).get("list_patterns", ()))


@cache
def _separator(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?:[\s,/&]|(?<!\w)(?:{_conjunctions(lang)})(?!\w))*", re.IGNORECASE)


def _conjunctions(lang: str) -> str:
    """The language's list conjunctions as one regular-expression alternation."""
    return "|".join(sorted(map(re.escape, morphology(lang).conjunctions)))
