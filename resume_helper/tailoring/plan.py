"""Decide what to change in a resume for one posting, before touching any file.

Three kinds of change, each built only from what the resume already shows:
- a profile line naming the posting's job and company and the resume's matching skills;
- the skills section in the order the posting asks for them;
- the posting's wording for a concept the resume shows in other words, where the swap is
  safe: a whole skills-list item, or one word standing on its own.
Every candidate text is checked for concepts the resume does not evidence; such text is
dropped rather than written.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from resume_helper.analysis import Analysed
from resume_helper.documents.model import Paragraph, Posting, Resume
from resume_helper.matching.factors import core_title
from resume_helper.matching.model import MatchReport, SkillMatch
from resume_helper.messages import Messages
from resume_helper.nlp.resources import stopwords
from resume_helper.tailoring.language import tailor_data

LABEL = re.compile(r"^[^:]{1,25}:\s+")
SEPARATORS = ("; ", " · ", " | ", " • ", ", ")
MAX_PROFILE_SKILLS = 4
MAX_STRENGTHS = 3
MAX_ROLE = 60
MAX_ITEM_WORDS = 5
HARD = ("hard", "tool", "certification")


@dataclass(frozen=True)
class Wording:
    """Replace ``before`` with ``after`` in one paragraph of the resume."""

    paragraph: int
    before: str
    after: str
    concept_id: str


@dataclass(frozen=True)
class ItemLine:
    """A skills paragraph whose items are put in a new order: ``text`` is its new text."""

    paragraph: int
    prefix: str
    items: tuple[str, ...]
    separator: str

    @property
    def text(self) -> str:
        return self.prefix + self.separator.join(self.items)


@dataclass(frozen=True)
class Plan:
    """Everything tailoring will change in the resume."""

    lang: str
    profile: str
    paragraph_order: tuple[int, ...]
    item_lines: tuple[ItemLine, ...]
    wordings: tuple[Wording, ...]  # in item lines too, where the new line carries them
    first_items: tuple[str, ...]

    def text_of(self, paragraph: Paragraph) -> str:
        """A paragraph's text after the planned wording and order changes."""
        for line in self.item_lines:
            if line.paragraph == paragraph.index:
                return line.text
        text = paragraph.text
        for wording in self.wordings:
            if wording.paragraph == paragraph.index:
                text = text.replace(wording.before, wording.after, 1)
        return text


def make_plan(resume: Analysed, posting: Analysed, report: MatchReport, *, lang: str) -> Plan:
    """The changes that aim ``resume`` at ``posting``, in the output language ``lang``."""
    document = resume.document
    assert isinstance(document, Resume)
    assert isinstance(posting.document, Posting)
    guard = ConceptGuard(resume, posting, lang)
    rank = {s.id: n for n, s in enumerate(report.skills) if s.status != "missing"}
    wordings = _wordings(document, resume, posting, report, guard)
    order, lines, first = _skills_order(document, resume, rank, wordings)
    return Plan(lang=lang, profile=_profile(document, posting.document, report, lang, guard),
                paragraph_order=order, item_lines=lines, wordings=tuple(wordings),
                first_items=first)


class ConceptGuard:
    """Says whether a text would claim a concept the resume does not evidence.

    Concepts named by the posting's title and company are allowed: "applying for the Customer
    Service Representative role" names the job, it does not claim the skill.
    """

    def __init__(self, resume: Analysed, posting: Analysed, lang: str) -> None:
        from resume_helper.skills import extract_skills

        self.lang = lang
        self.allowed = {s.id for s in resume.skills}
        ad = posting.document
        named = " ".join(x for x in (getattr(ad, "title", None), getattr(ad, "company", None))
                         if x)
        if named:
            self.allowed |= {s.id for s in extract_skills(named, lang=posting.lang)}

    def claims(self, text: str) -> set[str]:
        """The concepts ``text`` evidences that the resume does not."""
        from resume_helper.skills import extract_skills

        if not text.strip():
            return set()
        return {s.id for s in extract_skills(text, lang=self.lang)} - self.allowed


def _profile(document: Resume, ad: Posting, report: MatchReport, lang: str,
             guard: ConceptGuard) -> str:
    spec = tailor_data(lang)["profile"]
    shown = [s for s in report.skills if s.status != "missing"]
    hard = [skill_name(s, lang) for s in shown if s.category in HARD]
    soft = [_lower(s.label, lang) for s in shown if s.category == "soft"]
    hard = _allowed(hard, guard)[:MAX_PROFILE_SKILLS]
    soft = _allowed(soft, guard)[:MAX_STRENGTHS]
    role = next((job.title for job in document.experience if job.title), None)
    if role and (len(role) > MAX_ROLE or guard.claims(role)):
        role = None
    target = ""
    if ad.title:
        title = core_title(ad.title)
        target = (spec["target"].format(title=title, company=ad.company) if ad.company
                  else spec["target_no_company"].format(title=title))
    # Why drop until clean: words that are harmless alone may evidence another concept
    # together ("Kunden" … "Management"); the profile may only say what the resume shows.
    while True:
        profile = _profile_text(spec, lang, role, hard, soft, target)
        if not guard.claims(profile):
            return profile
        if not (hard or soft):
            return target
        if soft:
            soft = soft[:-1]
        else:
            hard = hard[:-1]


def _profile_text(spec: dict, lang: str, role: str | None, hard: list[str], soft: list[str],
                  target: str) -> str:
    join = Messages(lang).join
    sentences = []
    if hard:
        sentences.append(spec["with_role"].format(role=role, skills=join(hard)) if role
                         else spec["without_role"].format(skills=join(hard)))
    if soft:
        sentences.append(spec["strengths"].format(soft=join(soft)))
    if target:
        sentences.append(target)
    return " ".join(sentences)


def _allowed(names: list[str], guard: ConceptGuard) -> list[str]:
    return [name for name in dict.fromkeys(names) if not guard.claims(name)]


def skill_name(skill: SkillMatch, lang: str) -> str:
    """How a sentence of the profile or letter names a skill: a product or certificate as the
    resume writes it, anything else by its label in the output language."""
    if skill.category in ("tool", "certification"):
        if skill.status == "partial":  # "Zendesk" where the resume says "ticket system"
            wording = _posting_words(skill, single=False)
            if wording and _proper_name(wording):
                return wording
        names = [e for e in skill.resume_evidence if _proper_name(e)]
        if names:
            return min(names, key=len)
    return _lower(skill.label, lang)


def _proper_name(text: str) -> bool:
    """"Zendesk", "MS Office", "SAP": every word capitalised, as product names are."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _capitalised_nouns(lang: str) -> bool:
    return bool(tailor_data(lang)["capitalised_nouns"])


def _lower(label: str, lang: str) -> str:
    """A label inside a sentence: nouns keep their capital where the language writes them so
    (German), acronyms too."""
    if _capitalised_nouns(lang) or len(label) < 2 or label[1].isupper():
        return label
    return label[0].lower() + label[1:]


def _wordings(document: Resume, resume: Analysed, posting: Analysed, report: MatchReport,
              guard: ConceptGuard) -> list[Wording]:
    if resume.lang != posting.lang or not tailor_data(resume.lang)["wording_swaps"]:
        return []
    function_words = stopwords().get(resume.lang, frozenset())
    starts = [p.start for p in document.paragraphs]
    found: list[Wording] = []
    for match in report.skills:
        if match.status != "partial" or match.category == "language":
            continue
        own = resume.skill(match.id)
        if own is None:
            continue
        for start, end in own.spans:
            paragraph = _paragraph_at(document, starts, start)
            before = resume.text[start:end]
            in_list = paragraph.section == "skills" and _is_item(paragraph.text, before)
            single = _noun_swap(before, match, resume.lang) and not _after_function_word(
                resume.text, start, function_words)
            if not (in_list or single):
                continue
            after = _posting_words(match, single=not in_list)
            if after is None or after.lower() == before.lower() or guard.claims(after):
                continue
            if _capitalised_nouns(resume.lang) and " " not in after and after[:1].islower():
                continue  # "kundenorientierte" is an adjective: no noun for a skills list
            found.append(Wording(paragraph=paragraph.index, before=before,
                                 after=_match_case(after, before, resume.lang),
                                 concept_id=match.id))
    return found


def _noun_swap(before: str, match: SkillMatch, lang: str) -> bool:
    """Whether one word in running text may be swapped for the posting's single word.

    Only where the capital tells a noun (German) is a noun swapped for a noun outside a
    skills list ("Reklamationsbearbeitung" → "Beschwerdemanagement"); elsewhere a noun could
    become an adjective ("en rigtig teamplayer" → "en rigtig samarbejdsvillig").
    """
    if not _capitalised_nouns(lang) or " " in before.strip() or not before[:1].isupper():
        return False
    words = _posting_words(match, single=True)
    return bool(words) and words[:1].isupper()


def _paragraph_at(document: Resume, starts: list[int], at: int) -> Paragraph:
    return document.paragraphs[bisect.bisect_right(starts, at) - 1]


def _is_item(line: str, evidence: str) -> bool:
    """Whether ``evidence`` is a whole item of a skills list line ("Zendesk, SAP, …")."""
    return evidence.strip().lower() in {i.strip(" .").lower() for i in split_items(line)[1]}


def _after_function_word(text: str, at: int, function_words: frozenset[str]) -> bool:
    """Whether the word before ``at`` is an article or preposition ("in der …"): swapping the
    noun after it could break the grammar (gender, case)."""
    before = text[:at].rstrip().rsplit(None, 1)
    return bool(before) and before[-1].lower().strip(",.;:") in function_words


def _posting_words(match: SkillMatch, *, single: bool) -> str | None:
    candidates = [e.strip() for e in match.posting_evidence
                  if not any(ch in e for ch in "()[]/0123456789")
                  and len(e.split()) <= (1 if single else MAX_ITEM_WORDS)]
    return min(candidates, key=len) if candidates else None


def _match_case(after: str, before: str, lang: str) -> str:
    if _capitalised_nouns(lang) or after[:2].isupper():
        return after[0].upper() + after[1:] if before[:1].isupper() else after
    if before[:1].isupper():
        return after[0].upper() + after[1:]
    return after[0].lower() + after[1:]


def split_items(line: str) -> tuple[str, list[str], str]:
    """(label prefix, items, separator) of a skills line such as "IT: Zendesk, SAP"."""
    prefix_match = LABEL.match(line)
    prefix = prefix_match.group(0) if prefix_match else ""
    rest = line[len(prefix):]
    for separator in SEPARATORS:
        pattern = re.escape(separator.strip()) + r"\s*(?![^()]*\))"
        parts = [p.strip() for p in re.split(pattern, rest)]
        if len(parts) > 1:
            return prefix, [p for p in parts if p], separator
    return prefix, [rest.strip()], ", "


def _skills_order(document: Resume, resume: Analysed, rank: dict[str, int],
                  wordings: Sequence[Wording]) -> tuple[tuple[int, ...], tuple[ItemLine, ...],
                                                        tuple[str, ...]]:
    """The skills section's paragraphs and items, what the posting asks for first."""
    # The full paragraphs (an inline heading such as "Kenntnisse: " stays as the prefix).
    content = [document.paragraphs[p.index] for s in document.sections_of("skills")
               for p in s.content]
    if not content:
        return (), (), ()

    def item_rank(paragraph: Paragraph, start: int, end: int) -> int:
        found = [rank[s.id] for s in resume.skills for a, b in s.spans
                 if s.id in rank and paragraph.start + start <= a and b <= paragraph.start + end]
        return min(found, default=len(rank) + 1)

    lines: list[ItemLine] = []
    first: list[str] = []
    for paragraph in content:
        text = paragraph.text
        for wording in wordings:
            if wording.paragraph == paragraph.index:
                text = text.replace(wording.before, wording.after, 1)
        prefix, items, separator = split_items(paragraph.text)
        new_prefix, new_items, _ = split_items(text)
        if len(items) < 2 or len(new_items) != len(items):
            continue
        positions = _positions(paragraph.text, prefix, items)
        ranks = [item_rank(paragraph, a, b) for a, b in positions]
        order = sorted(range(len(items)), key=lambda n: (ranks[n], n))
        if order != list(range(len(items))) or text != paragraph.text:
            lines.append(ItemLine(paragraph=paragraph.index, prefix=new_prefix,
                                  items=tuple(new_items[n] for n in order), separator=separator))
            first += [new_items[n] for n in order if ranks[n] <= len(rank)]
    single = [p for p in content if len(split_items(p.text)[1]) < 2]
    order: tuple[int, ...] = ()
    if len(single) >= 2 and len(single) == len(content):
        ranks = {p.index: item_rank(p, 0, len(p.text)) for p in single}
        new = sorted(single, key=lambda p: (ranks[p.index], p.index))
        if [p.index for p in new] != [p.index for p in single]:
            order = tuple(p.index for p in new)
            first += [p.text for p in new if ranks[p.index] <= len(rank)]
    return order, tuple(lines), tuple(dict.fromkeys(first))


def _positions(line: str, prefix: str, items: list[str]) -> list[tuple[int, int]]:
    """Where each item stands in ``line`` (offsets into the paragraph's content)."""
    positions, at = [], len(prefix)
    for item in items:
        start = line.find(item, at)
        positions.append((start, start + len(item)))
        at = start + len(item)
    return positions
