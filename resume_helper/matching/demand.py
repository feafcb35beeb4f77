"""What a posting asks for: each concept with how much it matters and where it is asked.

Why by section: "Ihr Profil" lines are requirements, "Ihre Aufgaben" lines are duties,
"von Vorteil" lines are nice to have, and "Wir bieten" or "Über uns" say nothing about the
applicant. The strongest place a concept is named decides its importance.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from resume_helper.documents import lexicon
from resume_helper.documents.model import Paragraph, Posting
from resume_helper.matching.model import IMPORTANCE_ORDER, Importance
from resume_helper.matching.wording import pattern
from resume_helper.skills import Skill

MAX_WIDEN = 15
CLAUSE_BREAK = re.compile(r"[,;]\s|\s[–—]\s|\.\s")
PARENTHESES = re.compile(r"\([^()]*\)")
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
    languages = [span for s in skills if s.category == "language" for span in s.spans]
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
            if skill.category != "language" and any(
                    span[0] <= a and b <= span[1] for a, b in languages):
                continue  # "skriver flydende dansk" asks for Danish, not for written reports
            at = _anchor(text, span) - paragraph.start
            clause = _clause(paragraph.text, at)
            qualified = nice.search(clause) or _qualifier_before(paragraph.text, at, nice)
            importance = _importance(section.kind, paragraph, qualified)
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

    run: list[str] = []
    run_has_or = False
    run_end = [0]  # where the run's last member ends

    def close_run() -> None:
        if run_has_or or (len(run) > 1 and _kin(run, demands)
                          and _or_follows(text, run_end[0], alternatives)):
            for concept in run[1:]:
                union[root(concept)] = root(run[0])

    for (first, a), (second, b) in zip(spans, spans[1:], strict=False):
        if a == b:
            continue  # the same concept named twice does not end a list
        # overlapping spans: the words they share stand between them
        overlap = second[0] < first[1]
        gap = text[first[0]:second[1]] if overlap else text[first[1]:second[0]]
        rest = " " if overlap else gap
        for words in (alternatives, examples):
            if words is not None:
                rest = words.sub(" ", rest)
        line_start = text.rfind("\n", 0, first[0]) + 1
        joinable = (len(gap) <= MAX_GAP and "\n" not in gap
                    and bool(SEPARATOR_PUNCTUATION.match(rest))
                    and not (both is not None and both.search(text[line_start:first[0]])))
        if not joinable:
            close_run()
            run, run_has_or = [], False
            continue
        if not run:
            run = [a]
        run.append(b)
        run_end[0] = second[1]
        run_has_or = run_has_or or (not overlap and "/" in gap) or bool(
            alternatives is not None and alternatives.search(gap))
    close_run()
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


OR_TAIL = re.compile(r"[\s,]*")


def _kin(concepts: list[str], demands: list[Demand]) -> bool:
    """Whether a list's members are of one kind, so that "or something else" after them
    offers each as an alternative: all educations ("kontoruddannelse, HHX eller
    tilsvarende") or all of one category ("Zendesk, Freshdesk or a similar tool"), not
    "MS Office, SAP oder vergleichbare Systeme" (Office and, of ERP systems, SAP)."""
    from resume_helper.matching.relations import broader_of

    categories = {d.skill.id: d.skill.category for d in demands}
    if all(categories.get(c) == "education" for c in concepts):
        return True
    relations = broader_of()
    shared = frozenset.intersection(*(relations.get(c, frozenset()) for c in concepts))
    return bool(shared)


def _or_follows(text: str, end: int, alternatives: re.Pattern[str] | None) -> bool:
    """Whether an "or" word follows a list's last member on its line: "kontoruddannelse,
    HHX eller tilsvarende", "Kauffrau, Abitur or equivalent" offer their members as
    alternatives though the last "or" leads to no concept of its own."""
    if alternatives is None:
        return False
    line_end = text.find("\n", end)
    tail = text[end:line_end if line_end >= 0 else len(text)][:MAX_GAP]
    lead = OR_TAIL.match(tail)
    found = alternatives.search(tail)
    return found is not None and lead is not None and found.start() == lead.end()


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
    is nice to have, the "Abgeschlossene Ausbildung" before its comma is not.

    A bracket is a clause of its own: in "CRM-Software (Salesforce wünschenswert)" only
    Salesforce is nice to have, while "Deutschkenntnisse (B1) sind von Vorteil" still is.
    """
    starts, ends = _brackets(line)
    index = bisect.bisect_left(starts, at) - 1  # the last bracket opening before ``at``
    if index >= 0 and starts[index] < at < ends[index]:
        return _near(line, starts[index] + 1, ends[index] - 1, at)
    # Why precomputed breaks: a pasted line may hold thousands of clauses and skills;
    # scanning the whole line for every skill in it was quadratic.
    break_starts, break_ends = _clause_breaks(line)
    position = bisect.bisect_left(break_starts, max(at, 0))
    start = break_ends[position - 1] if position else 0
    end = break_starts[position] if position < len(break_starts) else len(line)
    return PARENTHESES.sub(" ", _near(line, start, end, at))


MAX_CLAUSE_REACH = 500  # characters; no written clause, qualifier or not, is that long


def _near(line: str, start: int, end: int, at: int) -> str:
    """``line[start:end]``, cut at a blank within 500 characters either side of ``at``.

    Why: a line without clause breaks ("• keskharidus" pasted 5,000 times) is one clause;
    every skill in it searched the whole line for qualifiers (quadratic: a minute per check)
    and kept its own copy of it. No written clause is that long.
    """
    if at - start > MAX_CLAUSE_REACH:
        start = line.find(" ", at - MAX_CLAUSE_REACH, at) + 1 or at - MAX_CLAUSE_REACH
    if end - at > MAX_CLAUSE_REACH:
        cut = line.rfind(" ", at, at + MAX_CLAUSE_REACH)
        end = cut if cut > at else at + MAX_CLAUSE_REACH
    return line[start:end]


def _anchor(text: str, span: tuple[int, int]) -> int:
    """Where a span stands for its clause: its end when it reaches into a bracket ("CRM
    software (Salesforce" is Salesforce in its bracket), else its start."""
    start, end = span
    return end - 1 if "(" in text[start:end] and ")" not in text[start:end] else start


MAX_QUALIFIER_WORDS = 3


def _qualifier_before(line: str, at: int, nice: re.Pattern[str]) -> bool:
    """Whether the clause before the one at ``at`` is only a qualifier that opens the
    sentence ("Det er en fordel, hvis du taler svensk", "Von Vorteil: …")."""
    # Why a window: a qualifier clause is a few words; looking back over a whole line of
    # thousands of clauses for every skill in it was cubic (a line pasted a thousand times).
    window = max(0, at - MAX_CLAUSE_REACH)
    breaks = [m for m in CLAUSE_BREAK.finditer(line, window, max(at, 0))
              if not _inside_brackets(line, m.start())]
    if not breaks:
        if window:
            return False  # the clause before is longer than any qualifier
        head, _, _ = line[:max(at, 0)].rpartition(":")
        return bool(head) and _only_qualifier(head, nice)
    previous_start = breaks[-2].end() if len(breaks) > 1 else window
    return _only_qualifier(line[previous_start:breaks[-1].start()], nice)


def _only_qualifier(clause: str, nice: re.Pattern[str]) -> bool:
    found = nice.search(clause)
    rest = nice.sub(" ", clause).split()
    return bool(found) and len(rest) <= MAX_QUALIFIER_WORDS


def _inside_brackets(line: str, at: int) -> bool:
    starts, ends = _brackets(line)
    index = bisect.bisect_left(starts, at) - 1  # the last bracket opening before ``at``
    return index >= 0 and at < ends[index]


@functools.lru_cache(maxsize=256)
def _clause_breaks(line: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the line's clause breaks outside brackets, found once per line."""
    found = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(line)
             if not _inside_brackets(line, m.start())]
    return [start for start, _ in found], [end for _, end in found]


@functools.lru_cache(maxsize=256)
def _brackets(line: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the line's bracketed parts, found once per line."""
    spans = [(b.start(), b.end()) for b in PARENTHESES.finditer(line)]
    return [start for start, _ in spans], [end for _, end in spans]


def _importance(section_kind: str, paragraph: Paragraph, nice_marker: object) -> Importance:
    importance = SECTION_IMPORTANCE.get(section_kind, "mentioned")
    if importance == "required" and nice_marker:
        return "nice_to_have"
    return importance
