"""What a posting asks for: each concept with how much it matters and where it is asked.

Why by section: "Ihr Profil" lines are requirements, "Ihre Aufgaben" lines are duties,
"von Vorteil" lines are nice to have, and "Wir bieten" or "Über uns" say nothing about the
applicant. The strongest place a concept is named decides its importance.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from resume_helper.documents import lexicon
from resume_helper.documents.model import Paragraph, Posting
from resume_helper.matching.model import IMPORTANCE_ORDER, Importance
from resume_helper.skills import Skill

MAX_WIDEN = 15
CLAUSE_BREAK = re.compile(r"[,;]\s|\s[–—]\s|\.\s")
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


def posting_demands(posting: Posting, skills: Sequence[Skill]) -> list[Demand]:
    """The concepts ``posting`` asks for, most important first, then in order of mention.

    Spans in boilerplate sections (benefits, about the company, legal notes) are ignored; a
    concept named only there is not a demand.
    """
    text = posting.text
    starts = [p.start for p in posting.paragraphs]
    nice = lexicon.phrase_pattern(lexicon.words("nice_markers"))
    demands: list[Demand] = []
    for skill in skills:
        best: Importance | None = None
        evidence: list[str] = []
        forms: set[str] = set()
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
        if best is not None:
            demands.append(Demand(skill=skill, importance=best,
                                  evidence=tuple(dict.fromkeys(evidence)),
                                  forms=frozenset(forms)))
    return sorted(demands, key=lambda d: IMPORTANCE_ORDER.index(d.importance))


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
