"""What a posting asks for: each concept with how much it matters and where it is asked.

Why by section: "Ihr Profil" lines are requirements, "Ihre Aufgaben" lines are duties,
"von Vorteil" lines are nice to have, and "Wir bieten" or "Über uns" say nothing about the
applicant. The strongest place a concept is named decides its importance.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from resume_helper.documents import lexicon
from resume_helper.documents.model import Paragraph, Posting
from resume_helper.matching.model import IMPORTANCE_ORDER, Importance
from resume_helper.matching.wording import pattern
from resume_helper.skills import Skill

MAX_WIDEN = 15
CLAUSE_BREAK = re.compile(r"[,;]\s|\s[–—]\s|\.\s|\s\(|\)")
SEPARATOR_PUNCTUATION = re.compile(r"^[\s,/]*$")
MAX_GAP = 40
SECTION_IMPORTANCE: dict[str, Importance] = {
    "requirements": "required",
    "nice_to_have": "nice_to_have",
    "responsibilities": "duty",
}


@dataclass(frozen=True)
class Demand:
    """A concept the posting asks for."""

    skill: Skill
    importance: Importance
    evidence: tuple[str, ...]
    forms: frozenset[str]
    alternatives: tuple[str, ...] = ()
    """The other concepts of an "X or Y" requirement: any one of them meets it."""
    context: tuple[str, ...] = ()
    """The clauses that ask for it ("Abgeschlossene kaufmännische Ausbildung")."""


def posting_demands(posting: Posting, skills: Sequence[Skill]) -> list[Demand]:
    """The concepts ``posting`` asks for, most important first, then in order of mention.

    Spans in boilerplate sections (benefits, about the company, legal notes) are ignored; a
    concept named only there is not a demand.
    """
    text = posting.text
    starts = [p.start for p in posting.paragraphs]
    nice = pattern(posting.lang or "en", "qualifiers") or \
        lexicon.phrase_pattern(lexicon.words("nice_markers"))
    demands: list[Demand] = []
    for skill in skills:
        best: Importance | None = None
        evidence: list[str] = []
        forms: set[str] = set()
        clauses: list[str] = []
        for span, form in zip(skill.spans, skill.forms or ("",) * len(skill.spans), strict=True):
            paragraph = posting.paragraphs[bisect.bisect_right(starts, span[0]) - 1]
            section = posting.sections[paragraph.section_index]
            if section.boilerplate:
                continue
            clause = _clause(paragraph.text, span[0] - paragraph.start)
            importance = _importance(section.kind, paragraph, nice.search(clause))
            if best is None or IMPORTANCE_ORDER.index(importance) < IMPORTANCE_ORDER.index(best):
                best = importance
            evidence.append(evidence_text(text, *span))
            forms.add(form)
            clauses.append(clause)
        if best is not None:
            demands.append(Demand(skill=skill, importance=best,
                                  evidence=tuple(dict.fromkeys(evidence)),
                                  forms=frozenset(forms),
                                  context=tuple(dict.fromkeys(clauses))))
    demands = _with_alternatives(demands, posting)
    return sorted(demands, key=lambda d: IMPORTANCE_ORDER.index(d.importance))


def _with_alternatives(demands: list[Demand], posting: Posting) -> list[Demand]:
    """The demands with the groups of "X or Y", "X/Y", "X, Y oder Z", "a CRM tool such as
    Zendesk or Salesforce" filled in: spans of different concepts in one line joined only by
    commas, slashes, "or" words and example words, at least one of them an "or" word or a
    slash. A group takes the strongest importance of its members: either member meets it.
    """
    lang = posting.lang or "en"
    alternatives, examples, both = (pattern(lang, key) for key in
                                    ("alternatives", "examples", "both"))
    text = posting.text
    spans = sorted((span, d.skill.id) for d in demands for span in d.skill.spans)
    union: dict[str, str] = {d.skill.id: d.skill.id for d in demands}

    def root(concept: str) -> str:
        while union[concept] != concept:
            concept = union[concept]
        return concept

    for (first, a), (second, b) in zip(spans, spans[1:], strict=False):
        gap = text[first[1]:second[0]]
        if a == b or not 0 <= len(gap) <= MAX_GAP or "\n" in gap:
            continue
        rest = gap
        for words in (alternatives, examples):
            if words is not None:
                rest = words.sub(" ", rest)
        joined_by_or = "/" in gap or (alternatives is not None and alternatives.search(gap))
        line_start = text.rfind("\n", 0, first[0]) + 1
        if SEPARATOR_PUNCTUATION.match(rest) and joined_by_or and not (
                both is not None and both.search(text[line_start:first[0]])):
            union[root(b)] = root(a)
    groups: dict[str, list[str]] = {}
    for concept in union:
        groups.setdefault(root(concept), []).append(concept)
    by_id = {d.skill.id: d for d in demands}
    result = []
    for demand in demands:
        members = groups[root(demand.skill.id)]
        if len(members) == 1:
            result.append(demand)
            continue
        importance = min((by_id[m].importance for m in members), key=IMPORTANCE_ORDER.index)
        result.append(replace(demand, importance=importance, alternatives=tuple(
            m for m in members if m != demand.skill.id)))
    return result


def evidence_text(text: str, start: int, end: int) -> str:
    """The words of a span, widened to a bracket it leaves open ("CRM-System (SAP)")."""
    words = text[start:end]
    if words.count("(") > words.count(")"):
        close = text.find(")", end, end + MAX_WIDEN)
        if close >= 0 and "\n" not in text[end:close]:
            words = text[start:close + 1]
    if words.count(")") > words.count("(") and text[start - 1:start] == "(" and start:
        words = "(" + words
    return words


def _clause(line: str, at: int) -> str:
    """The clause of ``line`` around position ``at``: "gern als Kaufmann für Dialogmarketing"
    is nice to have, the "Abgeschlossene Ausbildung" before its comma is not."""
    start = max((m.end() for m in CLAUSE_BREAK.finditer(line, 0, max(at, 0))), default=0)
    following = CLAUSE_BREAK.search(line, max(at, 0))
    return line[start:following.start() if following else len(line)]


def _importance(section_kind: str, paragraph: Paragraph, nice_marker: object) -> Importance:
    importance = SECTION_IMPORTANCE.get(section_kind, "mentioned")
    if importance == "required" and nice_marker:
        return "nice_to_have"
    return importance
