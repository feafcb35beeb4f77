"""Suggestions for aiming a resume at one posting, each with its proof, before any file is touched.

Kinds, each built only from what the resume already shows:
- ``reorder``: a skills line or the skills paragraphs in the order the posting asks for them;
- ``term``: the posting's term next to the resume's evidence ("Salesforce (CRM)"), never a
  more specific product or skill than the resume states;
- ``rephrase``: the resume's words for a skill replaced by the posting's (a whole skills-list
  item, or in German a noun standing on its own), numbers, dates and names untouched;
- ``profile``: a profile from the person's own summary and most recent role;
- ``gap``: what the resume cannot prove; only reported, never written.
Without a review only the safe kinds (``reorder``, ``term``) are applied.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from resume_helper.analysis import Analysed
from resume_helper.datafiles import load_yaml
from resume_helper.documents.model import Paragraph, Posting, Resume
from resume_helper.matching.model import MatchReport, SkillMatch
from resume_helper.messages import Messages
from resume_helper.nlp.resources import stopwords
from resume_helper.tailoring.language import tailor_data
from resume_helper.tailoring.terms import nominal, reads_as_posting

LABEL = re.compile(r"^[^:]{1,25}:\s+")
SEPARATORS = ("; ", " · ", " | ", " • ", ", ")
SAFE = frozenset({"reorder", "term"})
APPLY_ORDER = {"reorder": 0, "term": 1, "rephrase": 2, "profile": 3}
MAX_PROFILE_SKILLS = 4
MAX_ROLE = 60
MAX_TERM_DISTANCE = 40  # characters between the evidence and the posting's term after it
HARD = ("hard", "tool", "certification")
WORD = re.compile(r"[^\W_]+")
CLAUSE_END = re.compile(r"[,;:]\s|\.(?:\s|$)|\s[–—-]\s|\t")
OWN_PARENTHESIS = re.compile(r" \(([^()]+)\)")


@dataclass(frozen=True)
class Suggestion:
    """One proposed change: the posting's requirement, the resume line that proves it, the
    change (``before`` → ``after`` inside paragraph ``paragraph``) and why.

    A ``reorder`` of whole paragraphs carries the new ``order``; a ``profile`` without a
    paragraph is a new paragraph; a ``gap`` changes nothing.
    """

    id: str
    kind: str
    requirement: str
    proof: str
    before: str
    after: str
    why: str
    paragraph: int | None = None
    order: tuple[int, ...] = ()
    accepted: bool = False

    @property
    def safe(self) -> bool:
        return self.kind in SAFE

    @property
    def writes(self) -> bool:
        return self.kind != "gap"


Decision = bool | str  # accept or reject; a string: accepted with this text as ``after``


@dataclass(frozen=True)
class Plan:
    """Every suggestion for one resume and posting, and which are accepted."""

    lang: str
    suggestions: tuple[Suggestion, ...]

    def accepted(self) -> list[Suggestion]:
        return [s for s in self.suggestions if s.accepted and s.writes]

    @property
    def profile(self) -> str:
        """The text of an accepted new profile paragraph ("" when none)."""
        return next((s.after for s in self.accepted()
                     if s.kind == "profile" and s.paragraph is None), "")

    @property
    def paragraph_orders(self) -> list[tuple[int, ...]]:
        """The accepted new orders of whole paragraphs (skills lines, a job's bullets)."""
        return [s.order for s in self.accepted() if s.order]

    def position_of(self, index: int) -> int:
        """Where paragraph ``index`` goes among the paragraphs an accepted order moves
        (its own index where none does)."""
        for order in self.paragraph_orders:
            if index in order:
                return sorted(order)[order.index(index)]
        return index

    def edits_of(self, index: int) -> list[Suggestion]:
        """The accepted text edits of one paragraph, in the order they are applied, each
        written over the edits before it.

        Why: an edit of the whole paragraph (a profile sentence added to the summary, a
        bullet led by the posting's term) was planned on the paragraph as it stood; after a
        term was added inside it, its ``before`` is no longer there and it would be lost.
        """
        done: list[Suggestion] = []
        for edit in sorted((s for s in self.accepted() if s.paragraph == index and not s.order),
                           key=lambda s: APPLY_ORDER[s.kind]):
            before, after = edit.before, edit.after
            for earlier in done:
                if earlier.before in before and earlier.before in after:
                    before = before.replace(earlier.before, earlier.after, 1)
                    after = after.replace(earlier.before, earlier.after, 1)
            done.append(dataclasses.replace(edit, before=before, after=after))
        return done

    def text_of(self, paragraph: Paragraph) -> str:
        """A paragraph's text after the accepted edits."""
        text = paragraph.text
        for edit in self.edits_of(paragraph.index):
            text = text.replace(edit.before, edit.after, 1)
        return text

    def decide(self, accept: str | Mapping[str, Decision]) -> Plan:
        """The plan with ``accept`` applied: "safe", "all", "none", or a decision per id."""
        decided = []
        for s in self.suggestions:
            if isinstance(accept, str):
                take: Decision = {"safe": s.safe, "all": True, "none": False}[accept]
            else:
                take = accept.get(s.id, False)
            if isinstance(take, str) and s.writes:
                s = dataclasses.replace(s, after=take)
                take = True
            decided.append(dataclasses.replace(s, accepted=bool(take) and s.writes))
        return dataclasses.replace(self, suggestions=tuple(decided))

    def without(self, kinds: set[str]) -> Plan:
        """The plan with suggestions of ``kinds`` not accepted (e.g. the lines tailor writes
        itself, which the score after tailoring ignores)."""
        return dataclasses.replace(self, suggestions=tuple(
            dataclasses.replace(s, accepted=False) if s.kind in kinds else s
            for s in self.suggestions))


class ConceptGuard:
    """Says whether a text would claim a concept the resume does not evidence.

    Concepts named by the posting's title and company are allowed ("applying for the Customer
    Service Representative role" names the job, it does not claim the skill), and so is the
    kind of a product the resume names ("CRM" for "Salesforce").
    """

    def __init__(self, resume: Analysed, posting: Analysed, lang: str) -> None:
        from resume_helper.skills import extract_skills

        self.lang = lang
        own = {s.id for s in resume.skills}
        self.allowed = own | {broader()[c] for c in own if c in broader()}
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


@cache
def broader() -> dict[str, str]:
    """Product concept → the kind of tool it is (data/broader.yaml)."""
    return dict(load_yaml("resume_helper.tailoring", "data", "broader.yaml"))


@cache
def concept_terms(lang: str) -> dict[str, frozenset[str]]:
    """Each concept's terms in ``lang`` (lower case), from the compiled lexicon."""
    from resume_helper.nlp.resources import load_compiled

    found: dict[str, set[str]] = {}
    for concept, _lemmas, surface in load_compiled(lang)["patterns"]:
        found.setdefault(concept, set()).add(surface.lower())
    for concept, entry in load_compiled(lang)["concepts"].items():
        found.setdefault(concept, set()).add(entry["label"].lower())
    return {k: frozenset(v) for k, v in found.items()}


def make_plan(resume: Analysed, posting: Analysed, report: MatchReport, *, lang: str) -> Plan:
    """Every suggestion that aims ``resume`` at ``posting``, none accepted yet."""
    document = resume.document
    assert isinstance(document, Resume)
    assert isinstance(posting.document, Posting)
    messages = Messages(lang)
    guard = ConceptGuard(resume, posting, lang)
    rank = {s.id: n for n, s in enumerate(report.skills) if s.status != "missing"}
    found: list[Suggestion] = []
    found += _reorders(document, resume, report, rank, messages)
    found += _bullet_reorders(document, resume, report, rank, messages)
    terms = _terms(document, resume, posting, report, guard, messages)
    found += terms
    found += _rephrasings(document, resume, posting, report, guard, messages,
                          used={(s.paragraph, s.before) for s in terms})
    profile = _profile(document, posting.document, report, lang, guard, messages)
    if profile is not None:
        found.append(profile)
    found += _gaps(report, messages)
    numbered = [dataclasses.replace(s, id=f"{s.kind}-{n}") for n, s in enumerate(found, 1)]
    return Plan(lang=lang, suggestions=tuple(numbered))


def _requirement(match: SkillMatch) -> str:
    """The posting's words for a requirement, or the concept's name where they are cut off."""
    words = [e for e in match.posting_evidence if e.count("(") == e.count(")")]
    return words[0] if words else match.label


# --- reorder -------------------------------------------------------------------------------


def _reorders(document: Resume, resume: Analysed, report: MatchReport, rank: dict[str, int],
              messages: Messages) -> list[Suggestion]:
    """The skills section's lines and items, what the posting asks for first."""
    content = [document.paragraphs[p.index] for s in document.sections_of("skills")
               for p in s.content]
    if not content:
        return []
    labels = {s.id: skill_name(s, messages.lang) for s in report.skills}

    def item_rank(paragraph: Paragraph, start: int, end: int) -> tuple[int, str | None]:
        found = sorted((rank[s.id], s.id) for s in resume.skills for a, b in s.spans
                       if s.id in rank and paragraph.start + start <= a
                       and b <= paragraph.start + end)
        return found[0] if found else (len(rank) + 1, None)

    found: list[Suggestion] = []
    for paragraph in content:
        prefix, items, separator = split_items(paragraph.text)
        if len(items) < 2:
            continue
        ranks = [item_rank(paragraph, a, b) for a, b in _positions(paragraph.text, prefix,
                                                                  items)]
        order = sorted(range(len(items)), key=lambda n: (ranks[n][0], n))
        if order == list(range(len(items))):
            continue
        before = paragraph.text[len(prefix):]
        after = separator.join(items[n] for n in order)
        if not before.startswith(items[0]) or after == before:
            continue
        asked = [labels[ranks[n][1]] for n in order if ranks[n][1] is not None]
        found.append(Suggestion(
            id="", kind="reorder", requirement=messages.join(dict.fromkeys(asked)),
            proof=paragraph.text, before=before, after=after,
            why=messages.text("suggestions.why.reorder"), paragraph=paragraph.index))
    single = [p for p in content if len(split_items(p.text)[1]) < 2 and not p.heading_level]
    if len(single) >= 2 and len(single) == len(content):
        ranks = {p.index: item_rank(p, 0, len(p.text)) for p in single}
        new = sorted(single, key=lambda p: (ranks[p.index][0], p.index))
        if [p.index for p in new] != [p.index for p in single]:
            asked = [labels[ranks[p.index][1]] for p in new if ranks[p.index][1]]
            found.append(Suggestion(
                id="", kind="reorder", requirement=messages.join(dict.fromkeys(asked)),
                proof=" · ".join(p.text for p in single),
                before=" · ".join(p.text for p in single), after=" · ".join(p.text for p in new),
                why=messages.text("suggestions.why.reorder"), order=tuple(p.index for p in new)))
    return found


def _bullet_reorders(document: Resume, resume: Analysed, report: MatchReport,
                     rank: dict[str, int], messages: Messages) -> list[Suggestion]:
    """Each job's bullets, those that prove what the posting asks first at the top."""
    labels = {s.id: skill_name(s, messages.lang) for s in report.skills}
    runs: list[list[Paragraph]] = []
    for paragraph in document.paragraphs:
        if paragraph.section == "experience" and paragraph.list_item:
            if runs and runs[-1][-1].index == paragraph.index - 1:
                runs[-1].append(paragraph)
            else:
                runs.append([paragraph])
    found = []
    for run in runs:
        if len(run) < 2:
            continue
        ranks = {}
        for paragraph in run:
            hits = sorted((rank[s.id], s.id) for s in resume.skills for a, b in s.spans
                          if s.id in rank and paragraph.start <= a and b <= paragraph.end)
            ranks[paragraph.index] = hits[0] if hits else (len(rank) + 1, None)
        new = sorted(run, key=lambda p: (ranks[p.index][0], p.index))
        if [p.index for p in new] == [p.index for p in run]:
            continue
        asked = [labels[ranks[p.index][1]] for p in new if ranks[p.index][1]]
        found.append(Suggestion(
            id="", kind="reorder", requirement=messages.join(dict.fromkeys(asked)),
            proof=new[0].text, before=" · ".join(p.text for p in run),
            after=" · ".join(p.text for p in new),
            why=messages.text("suggestions.why.reorder"), order=tuple(p.index for p in new)))
    return found


# --- the posting's term next to the evidence -------------------------------------------------


def _terms(document: Resume, resume: Analysed, posting: Analysed, report: MatchReport,
           guard: ConceptGuard, messages: Messages) -> list[Suggestion]:
    """"Salesforce" → "Salesforce (CRM)": the posting's term after the resume's own words,
    for the same concept in other words, or for the kind of tool a named product is."""
    if resume.lang != posting.lang:
        return []
    starts = [p.start for p in document.paragraphs]
    spec = tailor_data(resume.lang)["nominal"]
    free = tuple(sorted(stopwords().get(resume.lang, frozenset())
                        - set(spec.get("binding", ()))))  # words a term may stand before
    kinds = broader()
    categories = set(kinds.values())  # "CRM-süsteem" names a kind of tool, not a product
    found: list[Suggestion] = []
    done: dict[int, list[str]] = {}
    for match in report.skills:
        if match.category in ("language", "education"):
            continue
        if match.status == "partial":
            own = resume.skill(match.id)
        elif match.status == "missing":
            own = next((s for s in resume.skills if kinds.get(s.id) == match.id), None)
        else:
            continue
        term = clean_term(match, posting.lang, posting.text, _forms(posting, match.id))
        if own is None or term is None or guard.claims(term):
            continue
        if match.category not in ("tool", "certification"):
            term = _lower(term, resume.lang)  # "hea suhtleja (suhtlemisoskus)", mid-line
        for start, end in _preferred_spans(document, starts, own.spans):
            paragraph = _paragraph_at(document, starts, start)
            evidence = resume.text[start:end]
            place = _term_place(document, paragraph, start, end, evidence, free, term)
            if place is None \
                    or (more_specific(term, evidence, match.category)
                        and match.status == "partial" and match.id not in categories) \
                    or term.lower() in paragraph.text.lower() \
                    or _overlaps(paragraph.text, place[0], done.get(paragraph.index, [])):
                continue
            before, after = place
            written = paragraph.text.replace(before, after, 1)
            if guard.claims(written) or (match.status == "partial" and not reads_as_posting(
                    written, match.id, _forms(posting, match.id), resume.lang)):
                continue  # the words beside the term may say another skill together
            done.setdefault(paragraph.index, []).append(before)
            found.append(Suggestion(
                id="", kind="term", requirement=_requirement(match), proof=paragraph.text,
                before=before, after=after, paragraph=paragraph.index,
                why=messages.text("suggestions.why.term", term=messages.quote(term),
                                  own=messages.quote(before))))
            break
    return found


def _term_place(document: Resume, paragraph: Paragraph, start: int, end: int, evidence: str,
                free: tuple[str, ...], term: str) -> tuple[str, str] | None:
    """Where the posting's ``term`` goes in ``paragraph``: (the words it follows, those words
    with the term), or None.

    Inside the evidence's own parenthesis when one naming a product follows it
    ("kliendihaldussüsteemis (CRM: Microsoft Dynamics 365)"), not in a second one; else after
    :func:`_term_after`."""
    if paragraph.heading_level or paragraph.section == "contact" \
            or _title_line(document, paragraph):
        return None
    text = paragraph.text
    at, stop = start - paragraph.start, _word_end(text, end - paragraph.start)
    if text[at:end - paragraph.start] == evidence:
        named = OWN_PARENTHESIS.match(text, stop)
        if named and _proper_name(named.group(1)):
            return text[at:named.end()], f"{text[at:stop]} ({term}: {named.group(1)})"
    before = _term_after(paragraph, start, end, evidence, free)
    return None if before is None else (before, f"{before} ({term})")


def _word_end(text: str, at: int) -> int:
    """Where the word that ``at`` falls in ends."""
    while at < len(text) and text[at].isalnum():
        at += 1
    return at


def _term_after(paragraph: Paragraph, start: int, end: int, evidence: str,
                free: tuple[str, ...]) -> str | None:
    """The words of ``paragraph`` the posting's term goes after: the evidence when a
    punctuation mark or a function word (``free``: "and", "at", "i" …) follows it ("Handled
    escalated complaints (complaint resolution) and issued credits"), else its clause up to
    the punctuation that ends it, when that is near, so the term never splits a name or a
    noun phrase ("Customer Care Agent", "returns of faulty thermostats": "of" binds, it is
    not free); not at an inner "and", which may join two nouns ("arvete ja lepingute
    küsimustes")."""
    text = paragraph.text
    at = start - paragraph.start
    stop = end - paragraph.start
    if text[at:stop] != evidence:
        return evidence if evidence in text else None
    stop = _word_end(text, stop)  # the evidence ends inside a word: the term follows the word
    rest = text[stop:]
    if not rest.strip() or rest[:1] in ",;.:)" or not rest[:1].isspace() \
            or _joining(free).match(text, stop):
        return text[at:stop]
    clause = CLAUSE_END.search(text, stop)
    piece = text[at:clause.start() if clause else len(text)].rstrip()
    if "(" in piece[stop - at:] or len(piece) - (stop - at) > MAX_TERM_DISTANCE:
        return None  # a term far from its evidence reads as a note on other words
    return piece


@cache
def _joining(words: tuple[str, ...]) -> re.Pattern[str]:
    """ "and", "und", "og", "ja" … after a space: where a joined clause or noun starts."""
    body = "|".join(re.escape(w) for w in words) or "(?!)"
    return re.compile(rf"\s(?:{body})(?!\w)", re.IGNORECASE)


def _overlaps(text: str, piece: str, others: list[str]) -> bool:
    """Whether ``piece`` shares words of ``text`` with a piece another term follows (two
    edits of the same words cannot both be written)."""
    at = text.find(piece)
    for other in others:
        start = text.find(other)
        if at < start + len(other) and start < at + len(piece):
            return True
    return False


def _title_line(document: Resume, paragraph: Paragraph) -> bool:
    """Whether ``paragraph`` names a job's title (the line a reader and a parser take the
    title from), as opposed to a bullet or a sentence about the work."""
    if paragraph.list_item or paragraph.section not in ("experience", None):
        return False
    text = paragraph.text.lower()
    return any(job.title and job.title.strip().lower() in text for job in document.experience)


def _forms(posting: Analysed, concept: str) -> frozenset[str]:
    """The posting's wordings of ``concept`` (the lemma forms the match compares)."""
    found = posting.skill(concept)
    return frozenset(found.forms) if found is not None else frozenset()


def _preferred_spans(document: Resume, starts: list[int],
                     spans: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """Spans in a skills list first (where a keyword belongs), then the others in order."""
    def key(span: tuple[int, int]) -> tuple[int, int]:
        paragraph = _paragraph_at(document, starts, span[0])
        return (0 if paragraph.section == "skills" else 1, span[0])
    return sorted(spans, key=key)


def clean_term(match: SkillMatch, lang: str, posting_text: str,
               posting_forms: frozenset[str] = frozenset()) -> str | None:
    """The posting's name for a concept, fit to stand in a skills list: one of the concept's
    known terms as the posting writes it (one word, or the concept's label), else a name of
    the concept in the posting's words (``posting_forms``, see
    :func:`~resume_helper.tailoring.terms.posting_term`); never a piece of a sentence
    ("kunden er utilfreds")."""
    terms = concept_terms(lang).get(match.id, frozenset())
    label = (match.label or "").lower()
    candidates = []
    for evidence in match.posting_evidence:
        words = evidence.strip()
        low = words.lower()
        if not words or any(ch in words for ch in "()[]/0123456789"):
            continue
        if low in terms and (len(words.split()) == 1 or low == label):
            candidates.append(words)
    if not candidates and label and re.search(rf"(?<!\w){re.escape(label)}(?!\w)",
                                              posting_text, re.IGNORECASE):
        found = re.search(rf"(?<!\w){re.escape(label)}(?!\w)", posting_text, re.IGNORECASE)
        assert found is not None
        candidates.append(found.group(0))
    if not candidates:
        from resume_helper.tailoring.terms import posting_term

        return posting_term(match.id, posting_forms, lang)
    best = min(candidates, key=len)
    return surface(best, match.id, lang)


def surface(term: str, concept: str, lang: str) -> str:
    """``term`` as the taxonomy writes it ("kaebuste lahendamine", "Beschwerdemanagement",
    "Salesforce"), not as a line of the posting happened to start ("Kaebuste lahendamine")."""
    return _surfaces(lang).get((concept, term.lower()), term)


@cache
def _surfaces(lang: str) -> dict[tuple[str, str], str]:
    from resume_helper.nlp.resources import load_compiled

    return {(concept, written.lower()): written
            for concept, _lemmas, written in load_compiled(lang)["patterns"]}


def more_specific(term: str, before: str, category: str) -> bool:
    """Whether ``term`` names more than ``before`` does: "Salesforce Service Cloud" for
    "Salesforce", or another product's name for the same kind of tool."""
    have = {w.lower() for w in WORD.findall(before)}
    want = {w.lower() for w in WORD.findall(term)}
    if have < want:
        return True
    return category in ("tool", "certification") and _proper_name(term) \
        and term.lower() != before.lower()


# --- rephrase --------------------------------------------------------------------------------


def _rephrasings(document: Resume, resume: Analysed, posting: Analysed, report: MatchReport,
                 guard: ConceptGuard, messages: Messages,
                 used: set[tuple[int | None, str]]) -> list[Suggestion]:
    if resume.lang != posting.lang:
        return []
    swaps = bool(tailor_data(resume.lang)["wording_swaps"])
    function_words = stopwords().get(resume.lang, frozenset())
    starts = [p.start for p in document.paragraphs]
    edited = {index for index, _ in used}  # one edit per line: a term or a rephrasing
    found: list[Suggestion] = []
    for match in report.skills:
        if match.status != "partial" or match.category in ("language", "tool",
                                                           "certification"):
            continue
        own = resume.skill(match.id)
        after = clean_term(match, posting.lang, posting.text, _forms(posting, match.id))
        if own is None or after is None or guard.claims(after):
            continue
        for start, end in own.spans:
            paragraph = _paragraph_at(document, starts, start)
            before = resume.text[start:end]
            if (paragraph.index, before) in used or before not in paragraph.text \
                    or paragraph.index in edited or _title_line(document, paragraph):
                continue
            in_list = paragraph.section == "skills" and _is_item(paragraph.text, before)
            single = swaps and _noun_swap(before, after, resume.lang) \
                and not _after_function_word(resume.text, start, function_words)
            if not (in_list or single) and paragraph.section == "experience" \
                    and paragraph.list_item and after.lower() not in paragraph.text.lower():
                labelled = _labelled(paragraph, after, match, messages)
                if not nominal(after, resume.lang) or guard.claims(labelled.after) \
                        or not reads_as_posting(labelled.after, match.id,
                                                _forms(posting, match.id), resume.lang):
                    continue
                found.append(labelled)
                used.add((paragraph.index, before))
                edited.add(paragraph.index)
                break
            if not (in_list or single) or after.lower() == before.lower():
                continue
            if more_specific(after, before, match.category):
                continue
            if _capitalised_nouns(resume.lang) and " " not in after and after[:1].islower():
                continue  # "kundenorientierte" is an adjective: no noun for a skills list
            new = _match_case(after, before, resume.lang)
            if guard.claims(paragraph.text.replace(before, new, 1)):
                continue
            found.append(Suggestion(
                id="", kind="rephrase", requirement=_requirement(match), proof=paragraph.text,
                before=before, after=new, paragraph=paragraph.index,
                why=messages.text("suggestions.why.rephrase", term=messages.quote(new))))
            used.add((paragraph.index, before))
            edited.add(paragraph.index)
            break
    return found


def _labelled(paragraph: Paragraph, term: str, match: SkillMatch, messages: Messages
              ) -> Suggestion:
    """A bullet led by the posting's term ("Beschwerdemanagement: Bearbeitung von
    Reklamationen …"): grammatical in every language, every word of the bullet kept."""
    label = term[:1].upper() + term[1:]
    return Suggestion(id="", kind="rephrase", requirement=_requirement(match),
                      proof=paragraph.text, before=paragraph.text,
                      after=f"{label}: {paragraph.text}", paragraph=paragraph.index,
                      why=messages.text("suggestions.why.rephrase", term=messages.quote(term)))


def _noun_swap(before: str, after: str, lang: str) -> bool:
    """Whether one word in running text may be swapped for the posting's single word.

    Only where the capital tells a noun (German) is a noun swapped for a noun outside a
    skills list ("Reklamationsbearbeitung" → "Beschwerdemanagement"); elsewhere a noun could
    become an adjective ("en rigtig teamplayer" → "en rigtig samarbejdsvillig").
    """
    if not _capitalised_nouns(lang) or " " in before.strip() or not before[:1].isupper():
        return False
    return " " not in after and after[:1].isupper()


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


def _match_case(after: str, before: str, lang: str) -> str:
    if _capitalised_nouns(lang) or after[:2].isupper():
        return after[0].upper() + after[1:] if before[:1].isupper() else after
    if before[:1].isupper():
        return after[0].upper() + after[1:]
    return after[0].lower() + after[1:]


# --- profile ---------------------------------------------------------------------------------


def _profile(document: Resume, ad: Posting, report: MatchReport, lang: str,
             guard: ConceptGuard, messages: Messages) -> Suggestion | None:
    """The person's own summary, followed by the posting's requirements it does not name yet;
    without a summary, a line from the most recent role. Nothing the title already says."""
    spec = tailor_data(lang)["profile"]
    role = own_role(document)
    summary = [p for s in document.sections_of("summary") for p in s.content
               if not p.heading_level]
    said = " ".join([role or ""] + [p.text for p in summary]).lower()
    shown = [s for s in report.skills if s.status != "missing"
             and s.category in (*HARD, "soft") and s.importance in ("required", "nice_to_have")]
    names = []
    for skill in shown:
        name = skill_name(skill, lang)
        words = {w.lower() for w in WORD.findall(name)}
        if not words or all(w in said for w in words) or any(
                evidence.lower() in said for evidence in skill.resume_evidence):
            # no tautology: "… with experience in customer service" under that title, or
            # "Teamfähigkeit" after a summary that says "teamfähig"
            continue
        names.append(name)
    names = _allowed(names, guard)[:MAX_PROFILE_SKILLS]
    summary_text = summary[0].text.rstrip() if summary else ""

    def text_with(chosen: list[str]) -> str:
        if summary:
            sentence = spec["more"].format(skills=messages.join(chosen))
            end = "" if summary_text.endswith((".", "!")) else "."
            return f"{summary_text}{end} {sentence}"
        if role is None:
            return spec["without_role"].format(skills=messages.join(chosen))
        return spec["with_role"].format(role=role, skills=messages.join(chosen))

    # Why drop until clean: words that are harmless alone may evidence another concept
    # together ("Kunden" … "Management"); the profile may only say what the resume shows.
    while names and guard.claims(text_with(names)):
        names = names[:-1]
    if not names:
        return None
    requirement = messages.join(names)
    if summary:
        first = summary[0]
        return Suggestion(id="", kind="profile", requirement=requirement, proof=first.text,
                          before=first.text, after=text_with(names), paragraph=first.index,
                          why=messages.text("suggestions.why.profile_summary"))
    return Suggestion(id="", kind="profile", requirement=requirement, proof=role or "",
                      before="", after=text_with(names),
                      why=messages.text("suggestions.why.profile_new"))


def own_role(document: Resume) -> str | None:
    """The most recent job title as the resume writes it (its grammatical gender kept), never
    an employer, a place or a date read as a title."""
    places = {x.lower() for x in (document.contact.location,) if x}
    for job in document.experience:
        title = (job.title or "").strip()
        if not title or len(title) > MAX_ROLE or any(ch.isdigit() for ch in title):
            continue
        others = [x for x in (job.employer, job.location, *places) if x]
        low = title.lower()
        if any(low == o.lower() or low in o.lower() or o.lower() in low for o in others):
            continue
        return title
    return None


def _allowed(names: list[str], guard: ConceptGuard) -> list[str]:
    return [name for name in dict.fromkeys(names) if not guard.claims(name)]


def skill_name(skill: SkillMatch, lang: str) -> str:
    """How a sentence of the profile or letter names a skill: a product or certificate as the
    resume writes it, anything else by its label in the output language."""
    if skill.category in ("tool", "certification"):
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


# --- gaps ------------------------------------------------------------------------------------


def _gaps(report: MatchReport, messages: Messages) -> list[Suggestion]:
    """What the posting asks for and the resume cannot prove: reported with how to close it."""
    found = []
    for match in report.skills:
        if match.status != "missing" or match.importance not in ("required", "nice_to_have"):
            continue
        how = "certification" if match.category == "certification" else (
            "course" if match.category in ("hard", "tool") else "talk")
        found.append(Suggestion(
            id="", kind="gap", requirement=_requirement(match), proof="", before="", after="",
            why=messages.text(f"suggestions.gap.{how}", skill=skill_name(match, messages.lang))))
    return found


# --- skills lines ----------------------------------------------------------------------------


def split_items(line: str) -> tuple[str, list[str], str]:
    """(label prefix, items, separator) of a skills line such as "IT: Zendesk, SAP"."""
    prefix_match = LABEL.match(line)
    prefix = prefix_match.group(0) if prefix_match else ""
    rest = line[len(prefix):]
    for separator in SEPARATORS:
        parts = [p.strip() for p in _split_outside_parens(rest, separator.strip())]
        if len(parts) > 1:
            return prefix, [p for p in parts if p], separator
    return prefix, [rest.strip()], ", "


def _split_outside_parens(line: str, separator: str) -> list[str]:
    """``line`` split at ``separator`` (and the spaces after it) outside parentheses.

    Why not a lookahead (``(?![^()]*\\))``): it rescans the rest of the line at every
    separator, which is quadratic on a line of 100,000 separators.
    """
    marks = list(re.finditer(re.escape(separator) + r"\s*|[()]", line))
    cuts = []
    inside = False  # whether the nearest parenthesis to the right closes one
    for match in reversed(marks):
        if match.group() in ("(", ")"):
            inside = match.group() == ")"
        elif not inside:
            cuts.append(match)
    parts, start = [], 0
    for match in reversed(cuts):
        parts.append(line[start:match.start()])
        start = match.end()
    parts.append(line[start:])
    return parts


def _positions(line: str, prefix: str, items: list[str]) -> list[tuple[int, int]]:
    """Where each item stands in ``line`` (offsets into the paragraph's content)."""
    positions, at = [], len(prefix)
    for item in items:
        start = line.find(item, at)
        positions.append((start, start + len(item)))
        at = start + len(item)
    return positions
