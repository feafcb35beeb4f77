"""Read a document, tell its language and find its skills: the input of every comparison."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from os import PathLike
from typing import TYPE_CHECKING, TypeAlias

from resume_helper.documents.model import CoverLetter, Document, Kind, Posting, Resume
from resume_helper.skills import Skill

if TYPE_CHECKING:
    from resume_helper.documents.model import DateRange
    from resume_helper.matching.education import Schooling
    from resume_helper.matching.occupations import HeldTitle


@dataclass(frozen=True)
class Role:
    """A job of a resume and what it evidences: the concepts named in its title and bullets
    and those its title's occupation stands for ("Klienditeenindaja": customer service)."""

    title: str
    dates: DateRange | None
    concepts: frozenset[str]
    words: frozenset[str] = frozenset()  # the words of its title and bullets, lower-case

Source: TypeAlias = "str | PathLike[str] | bytes | Document"


@dataclass(frozen=True)
class Analysed:
    """A read document with its language and its facts, found once for every later stage.

    ``languages``: (ISO code, stated level or None) for each language a resume names; the
    language it is written in is named without a level unless it says more (a level is
    never inferred). ``titles``: the job titles (a resume's jobs and headline, a posting's
    title) that name an ESCO occupation we know. ``roles``: a resume's jobs with what each
    evidences. ``schooling``: a resume's educations by level, kind and field.
    """

    document: Resume | CoverLetter | Posting
    lang: str
    skills: tuple[Skill, ...]
    languages: tuple[tuple[str, str | None], ...] = ()
    titles: tuple[HeldTitle, ...] = ()
    roles: tuple[Role, ...] = ()
    schooling: tuple[Schooling, ...] = ()

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def language_levels(self) -> dict[str, str | None]:
        """ISO code → the level stated (None: named without a level)."""
        return dict(self.languages)

    def skill(self, concept_id: str) -> Skill | None:
        """The found concept with this id, if any."""
        return next((s for s in self.skills if s.id == concept_id), None)


def read(source: Source, kind: Kind, *, name: str | None = None) -> Resume | CoverLetter | Posting:
    """``source`` read as ``kind``: a path, the file's bytes or an already read document."""
    if isinstance(source, Document):
        if source.kind != kind:  # a resume given where the letter goes: later stages rely on it
            from resume_helper.errors import ResumeHelperError

            raise ResumeHelperError(key="wrong_kind", name=source.name)
        return source  # type: ignore[return-value]
    from resume_helper.documents import read_document

    return read_document(source, kind=kind, name=name)


def analyse(source: Source, kind: Kind, *, lang: str | None = None,
            fallback_lang: str | None = None, name: str | None = None) -> Analysed:
    """Read ``source`` as ``kind``, tell its language (or use ``lang``) and find its skills.

    ``fallback_lang`` is used when the text gives too little to tell its language, such as a
    resume that is only a list of product names. A text in a language we do not read is an
    error naming the document.
    """
    from resume_helper.nlp.langdetect import LanguageError, UndetectedLanguageError, detect_language
    from resume_helper.skills import extract_skills

    document = read(source, kind, name=name)
    if lang is None:
        try:
            lang = detect_language(document.text)
        except UndetectedLanguageError:
            if fallback_lang is None:
                raise
            lang = fallback_lang
        except LanguageError as exc:
            raise LanguageError(key="in_document", name=document.name, error=exc) from exc
    document = dataclasses.replace(document, lang=lang)
    skills = tuple(extract_skills(document.text, lang=lang))
    if isinstance(document, Resume):
        skills = _without_aspirations(skills, document, lang)
    if isinstance(document, Posting):
        skills = _with_education(skills, document, lang)
        skills = _with_languages(skills, document, lang)
    analysed = Analysed(document=document, lang=lang, skills=skills)
    analysed = dataclasses.replace(analysed, languages=_language_levels(analysed),
                                   titles=_titles(analysed))
    if isinstance(document, Resume):
        from resume_helper.matching.education import resume_schooling

        analysed = dataclasses.replace(analysed, roles=_roles(analysed),
                                       schooling=resume_schooling(document, lang))
    return analysed


def _roles(analysed: Analysed) -> tuple[Role, ...]:
    """Each job of the resume with the concepts its title and bullets evidence."""
    document = analysed.document
    assert isinstance(document, Resume)
    text, cursor, roles = analysed.text, 0, []
    for job in document.experience:
        ranges = []
        for piece in (job.title, *job.bullets):
            at = text.find(piece, cursor) if piece else -1
            if at < 0 and piece:
                at = text.find(piece)
            if at >= 0:
                ranges.append((at, at + len(piece)))
                cursor = max(cursor, at)
        found = {s.id for s in analysed.skills
                 if any(a <= span[0] < b for a, b in ranges for span in s.spans)}
        for held in analysed.titles:
            if job.title and held.title == job.title:
                found.update(held.occupation.evidences)
        words = frozenset(w.lower() for piece in (job.title or "", *job.bullets)
                          for w in ROLE_WORD.findall(piece))
        roles.append(Role(title=job.title or job.employer or "", dates=job.dates,
                          concepts=frozenset(found), words=words))
    return tuple(roles)


SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
ROLE_WORD = re.compile(r"[^\W\d_]{4,}")


FACTUAL = ("experience", "education", "skills", "languages", "certifications")


def _without_aspirations(skills: tuple[Skill, ...], document: Resume, lang: str
                         ) -> tuple[Skill, ...]:
    """The skills without spans in a sentence about the job wanted ("moving into customer
    service", "möchte in den Kundenservice wechseln"): a wish is no evidence. Sentences in
    the experience, education and skills sections are facts, except a line of a skills or
    languages section that opens with the wish ("Ziel: Wechsel in den Kundenservice")."""
    from resume_helper.matching.wording import pattern

    wish = pattern(lang, "aspiration")
    if wish is None:
        return skills
    text = document.text
    sections = [(p.start, p.end, p.section) for p in document.paragraphs
                if p.section in FACTUAL]
    bounds = [0, *(m.end() for m in SENTENCE_END.finditer(text)), len(text)]
    wishes = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False)
              if _wish_at(wish, text[a:b], next((kind for start, end, kind in sections
                                                   if start <= a < end), None), lang)]
    if not wishes:
        return skills
    kept = []
    for skill in skills:
        pairs = [(span, form) for span, form in
                 zip(skill.spans, skill.forms or ("",) * len(skill.spans), strict=True)
                 if not any(a <= span[0] < b for a, b in wishes)]
        if pairs:
            kept.append(dataclasses.replace(skill, spans=tuple(p[0] for p in pairs),
                                            forms=tuple(p[1] for p in pairs)))
    return tuple(kept)


LISTS = ("skills", "languages")
WISH_LABEL = re.compile(r"(?:[^\W\d_]+\s*:)?")  # a label before a wish ("Ziel:", "Eesmärk:")


def _wish_at(wish: re.Pattern[str], sentence: str, section: str | None, lang: str) -> bool:
    """Whether a sentence says what job is wanted: anywhere outside the factual sections,
    and at the start of a line in a skills or languages list (where "solution-seeking"
    inside an item is a fact)."""
    from resume_helper.matching.wording import wording

    found = wish.search(sentence)
    if found is None:
        return False
    if section is None:
        return True
    lead = sentence[:found.start()].strip(" \t\n•·*-–—")
    return section in LISTS and (WISH_LABEL.fullmatch(lead) is not None
                                 or lead.lower() in wording(lang).get("wish_lead", ()))


ASKING = ("requirements", "nice_to_have")


def _with_education(skills: tuple[Skill, ...], document: Posting, lang: str
                    ) -> tuple[Skill, ...]:
    """The skills with the education levels a posting's requirements name in words the
    skill engine did not read as one ("Abitur oder abgeschlossene Berufsausbildung"): an
    asked-for education is compared by level, kind and field, so each level must be there."""
    from resume_helper.matching.education import level_mentions
    from resume_helper.nlp.resources import concept_label

    taken = [(a, b, s.id) for s in skills if s.category == "education" for a, b in s.spans]
    added: dict[str, list[tuple[int, int]]] = {}
    for paragraph in document.paragraphs:
        if paragraph.section not in ASKING:
            continue
        present = {known for a, b, known in taken
                   if paragraph.start <= a < paragraph.end}
        for start, end, concept in level_mentions(paragraph.text, lang):
            span = (paragraph.start + start, paragraph.start + end)
            if concept in present:
                continue
            if not any(a < span[1] and span[0] < b and (known == concept or (
                    a <= span[0] and span[1] <= b and b - a <= span[1] - span[0] + 2))
                    for a, b, known in taken):
                added.setdefault(concept, []).append(span)
    if not added:
        return skills
    found = {s.id: s for s in skills}
    for concept, spans in added.items():
        text = document.text
        forms = tuple(text[a:b].lower() for a, b in spans)
        if concept in found:
            old = found[concept]
            pairs = sorted({*zip(old.spans, old.forms or ("",) * len(old.spans), strict=True),
                            *zip(spans, forms, strict=True)})
            found[concept] = dataclasses.replace(old, spans=tuple(p[0] for p in pairs),
                                                 forms=tuple(p[1] for p in pairs))
        else:
            found[concept] = Skill(id=concept, label=concept_label(concept, lang) or concept,
                                   category="education", esco_uris=(), spans=tuple(spans),
                                   forms=forms)
    return tuple(sorted(found.values(), key=lambda s: s.spans[0]))


def _with_languages(skills: tuple[Skill, ...], document: Posting, lang: str
                    ) -> tuple[Skill, ...]:
    """The skills with every language the posting's reader found asked for, where the skill
    engine did not name it ("Englischkenntnisse von Vorteil"): one fact, read once."""
    from resume_helper.matching.scoring import scoring
    from resume_helper.nlp.resources import concept_label

    concepts = {code: concept for concept, code in scoring()["language_codes"].items()}
    have = {s.id for s in skills}
    text = document.text
    added = []
    for requirement in document.language_requirements:
        concept = concepts.get(requirement.code or "")
        if concept is None or concept in have:
            continue
        line = text.find(requirement.evidence) if requirement.evidence else -1
        at = text.find(requirement.language, max(line, 0))
        if at < 0:
            continue
        span = (at, at + len(requirement.language))
        added.append(Skill(id=concept, label=concept_label(concept, lang) or concept,
                           category="language", esco_uris=(), spans=(span,),
                           level=requirement.level, forms=(requirement.language.lower(),)))
        have.add(concept)
    if not added:
        return skills
    return tuple(sorted((*skills, *added), key=lambda s: s.spans[0]))


def _language_levels(analysed: Analysed) -> tuple[tuple[str, str | None], ...]:
    """The languages a resume names with the best level it states for each.

    The languages section is trusted first: there each level stands next to its language,
    while in running text a level may belong to the neighbouring language.
    """
    from resume_helper.matching.scoring import level_rank, scoring

    document = analysed.document
    if not isinstance(document, Resume):
        return ()
    levels: dict[str, str | None] = {}

    def offer(code: str | None, level: str | None) -> None:
        if code is None:
            return
        if code not in levels or level_rank(level) > level_rank(levels[code]):
            levels[code] = level

    for language in document.languages:
        offer(language.code, language.level)
    listed = set(levels)
    codes = scoring()["language_codes"]
    for skill in analysed.skills:
        code = codes.get(skill.id)
        if skill.category == "language" and code not in listed:
            offer(code, skill.level)
    offer(analysed.lang, None)
    return tuple(levels.items())


def _titles(analysed: Analysed) -> tuple[HeldTitle, ...]:
    """The resume's job titles and headline, or the posting's title, read as occupations.

    Why not a resume's summary: a tailored profile names the job it aims at, not a job held.
    """
    from resume_helper.languages import SUPPORTED_LANGUAGES
    from resume_helper.matching.occupations import held_titles

    document = analysed.document
    if isinstance(document, Posting):
        titles = [document.title] if document.title else []
    elif isinstance(document, Resume):
        titles = [job.title for job in document.experience if job.title]
        titles += [p.text for s in document.sections_of("contact") for p in s.paragraphs
                   if len(p.text) <= MAX_HEADLINE]
    else:
        return ()
    return held_titles(titles, analysed.lang, SUPPORTED_LANGUAGES)


MAX_HEADLINE = 80


def within_sections(analysed: Analysed, kinds: tuple[str, ...]) -> Analysed:
    """``analysed`` with only the skill spans that lie in sections of ``kinds``.

    Why: a letter's "Mit freundlichen Grüßen" is a closing, not evidence of friendliness.
    """
    inside = [(p.start, p.end) for p in analysed.document.paragraphs if p.section in kinds]
    kept = []
    for skill in analysed.skills:
        pairs = [(span, form) for span, form in zip(skill.spans, skill.forms, strict=True)
                 if any(start <= span[0] and span[1] <= end for start, end in inside)]
        if pairs:
            kept.append(dataclasses.replace(skill, spans=tuple(p[0] for p in pairs),
                                            forms=tuple(p[1] for p in pairs)))
    return dataclasses.replace(analysed, skills=tuple(kept))


def check_order(resume: Analysed, posting: Analysed) -> None:
    """Refuse a resume and a posting given the wrong way round (a common slip on the command
    line): each read as the other kind would give a report about nothing."""
    from resume_helper.documents.kinds import guess_kind
    from resume_helper.errors import ResumeHelperError

    if guess_kind(resume.document.paragraphs) == "posting" and \
            guess_kind(posting.document.paragraphs) == "resume":
        raise ResumeHelperError(key="wrong_order", resume=resume.document.name,
                                posting=posting.document.name)


MIN_RESUME_WORDS = 15


def require_substance(resume: Analysed) -> None:
    """Refuse a "resume" too short to be one (a stray note, a file of two words): its report
    would only be noise."""
    from resume_helper.errors import ResumeHelperError

    words = len(resume.text.split())
    if words < MIN_RESUME_WORDS:
        raise ResumeHelperError(key="too_few_words", name=resume.document.name, words=words)


def analyse_application(resume: Source, posting: Source, letter: Source | None = None, *,
                        resume_name: str | None = None, input_lang: str | None = None
                        ) -> tuple[Analysed, Analysed, Analysed | None]:
    """The resume, posting and letter of one application, read, checked and analysed.

    The posting is read first: its language is the fallback for a resume too short to tell
    its own, as the resume's is for the letter. ``resume_name`` names a resume given as bytes.
    ``input_lang`` is the language all three are written in, when the user says so.
    """
    posting_doc = analyse(posting, "posting", lang=input_lang)
    resume_doc = analyse(resume, "resume", lang=input_lang, fallback_lang=posting_doc.lang,
                         name=resume_name)
    check_order(resume_doc, posting_doc)
    require_substance(resume_doc)
    letter_doc = (analyse(letter, "letter", lang=input_lang, fallback_lang=resume_doc.lang)
                  if letter is not None else None)
    return resume_doc, posting_doc, letter_doc
