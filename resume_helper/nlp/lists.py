"""Terms that name a concept only as a member of a list: "Word" in "Word, Excel og PowerPoint".

Why: a bare "Word", "Teams" or "Outlook" is a common noun in most sentences; beside Excel and
PowerPoint, separated by nothing but commas and conjunctions, it is the product. A member
counts when a sibling (a concept sharing a broader concept, see the taxonomy's ``broader``)
is found in the same list by an ordinary term.
"""

from __future__ import annotations

import re
from functools import cache

from resume_helper.nlp.analysis import morphology
from resume_helper.nlp.matcher import Match
from resume_helper.nlp.resources import load_compiled


def listed_members(text: str, lang: str, found: list[Match], listed: list[Match]) -> list[Match]:
    """The list-only matches that stand in one list with a sibling concept found for sure.

    "Word, Excel og PowerPoint": "Word" counts as Microsoft Word because Excel and
    PowerPoint, which share its broader concept, stand beside it with only commas and
    conjunctions between. A list term must be written capitalised, as the product is.
    """
    concepts = load_compiled(lang)["concepts"]
    separator = _separator(lang)

    def family(concept_id: str) -> set[str]:
        return set(concepts[concept_id].get("broader", ()))

    candidates = [(m, True) for m in listed if text[m.start : m.end][:1].isupper()]
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
    return kept


@cache
def _separator(lang: str) -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, morphology(lang).conjunctions)))
    return re.compile(rf"(?:[\s,/&]|(?<!\w)(?:{words})(?!\w))*", re.IGNORECASE)
