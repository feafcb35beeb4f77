"""The parts of the score besides skills: job title, years of experience, education, languages.

Each returns a :class:`ScorePart` with its value between 0 and 1 and a sentence explaining it,
or ``None`` when the posting says nothing on the matter (its weight then goes to the others).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from resume_helper.analysis import Analysed, Role
from resume_helper.documents.model import DateRange, Posting, Resume
from resume_helper.documents.posting import stated_years
from resume_helper.matching.model import IMPORTANCE_ORDER, ScorePart, SkillMatch
from resume_helper.matching.scoring import scoring
from resume_helper.matching.wording import base, same_word
from resume_helper.messages import Messages
from resume_helper.nlp.resources import concept_label

WORD = re.compile(r"[^\W\d_]+")
GENDER_MARKER = re.compile(r"\((?:[mwfdx]\s*/\s*)+[mwfdx]\)|\b[mwfdx]/[mwfdx](?:/[mwfdx])?\b",
                           re.I)
MAX_HEADLINE = 80
SAME_FIELD = 0.75  # a title of another occupation of the posting's field
PARENTHESES = re.compile(r"\s*\([^)]*\)")
TITLE_TAIL = re.compile(r"\s+[–—|]\s+.*$|\s+-\s+.*$|\s+(?:at|bei|til|hos)\s+.*$")


def core_title(title: str) -> str:
    """A posting's job title without gender markers, parentheses and what follows a dash:
    "Kundenberater (m/w/d) im Kundenservice – Vollzeit" → "Kundenberater im Kundenservice"."""
    title = PARENTHESES.sub("", GENDER_MARKER.sub(" ", title))
    return " ".join(TITLE_TAIL.sub("", title).split()).strip(" ,-–") or title.strip()


def weight(name: str) -> float:
    return float(scoring()["parts"][name])


def title_part(resume: Analysed, posting: Analysed, messages: Messages) -> ScorePart | None:
    """How close the resume's job titles come to the posting's: word by word in one language
    (gender and compound spelling aside), and as the same ESCO occupation in any."""
    document = posting.document
    if not isinstance(document, Posting) or not document.title:
        return None
    title = core_title(document.title)
    label = messages.text("parts.title")
    wanted = title_words(title, posting.lang)
    best, closest = 0.0, ""
    if resume.lang == posting.lang and wanted:
        for candidate in dict.fromkeys(_resume_titles(resume)):  # a title once
            have = title_words(candidate, resume.lang)
            share = sum(1 for word in wanted if covered(word, have, posting.lang)) / len(wanted)
            if share > best:
                best, closest = share, candidate
    occupation = posting.titles[0].occupation if posting.titles else None
    same = [held for held in resume.titles
            if occupation is not None and held.occupation.uri == occupation.uri]
    kin = [(held, field) for held in resume.titles if occupation is not None
           for field in held.occupation.evidences if field in occupation.evidences]
    if same and best < 1.0:
        best, closest = 1.0, same[0].title
        explanation = messages.text("parts.title_occupation", title=messages.quote(title),
                                    closest=messages.quote(shorten(closest)))
    elif kin and best < SAME_FIELD:
        # another occupation whose core skill is the posting's ("Kundeservicemedarbejder"
        # for "Kundeserviceassistent", "Call Center Agent" for a customer service post)
        best, closest = SAME_FIELD, kin[0][0].title
        explanation = messages.text("parts.title_field", title=messages.quote(title),
                                    closest=messages.quote(shorten(closest)),
                                    field=concept_label(kin[0][1], messages.lang) or kin[0][1])
    elif best == 0 and resume.lang != posting.lang:
        return None
    elif best == 0:
        explanation = messages.text("parts.title_none", title=messages.quote(title))
    else:
        explanation = messages.text("parts.title_found", title=messages.quote(title),
                                    closest=messages.quote(shorten(closest)),
                                    share=messages.percent(best))
    return ScorePart(name="title", label=label, weight=weight("title"), value=best,
                     explanation=explanation)


def title_words(text: str, lang: str) -> set[str]:
    """The bases of a job title's words, function words left out ("Kundenberaterin" and
    "Kundenberater" give the same base)."""
    from resume_helper.nlp.resources import stopwords

    function_words = stopwords().get(lang, frozenset())
    return {base(word, lang) for word in WORD.findall(text.lower())
            if word not in function_words and len(word) >= 2}


MIN_PART = 4  # letters of each part of a compound split against a title's words
MIN_COMPOUND_PART = 6  # a title word found as the first part of a compound


def covered(word: str, have: set[str], lang: str) -> bool:
    """Whether a title word is among ``have``, the first part of one of their compounds
    ("Kundenservice" in "Kundenservicemitarbeiterin"), or a compound of two of
    their words: "Debitorenbuchhaltung" in "Buchhalterin Debitoren", "kreditorbogholder" in
    "Bogholder, kreditorer" (German and Danish write one word where the resume may write
    two)."""
    if word in have or any(same_word(word, other, lang) for other in have):
        return True
    # the field a compound title starts with ("Kundenservice" in "Kundenservicemitarbeiterin");
    # not its generic head ("Mitarbeiter" in "Lagermitarbeiter" is another job)
    if len(word) >= MIN_COMPOUND_PART and any(
            len(other) >= len(word) + MIN_PART and other.startswith(word) for other in have):
        return True
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        if any(same_word(head, other, lang) for other in have) and \
                any(same_word(tail, other, lang) for other in have):
            return True
    return False


def _resume_titles(resume: Analysed) -> list[str]:
    """The titles of the resume's jobs and a headline under the name ("Kundenberaterin").

    Why not the summary: a tailored profile names the job it aims at ("Seeking the …
    role"), which is not a job held.
    """
    document = resume.document
    if not isinstance(document, Resume):
        return []
    titles = [job.title for job in document.experience if job.title]
    titles += [p.text for s in document.sections_of("contact") for p in s.paragraphs
               if len(p.text) <= MAX_HEADLINE]
    return titles


def experience_part(resume: Analysed, posting: Analysed, messages: Messages, *,
                    today: date) -> ScorePart | None:
    """Years in roles that evidence what the posting's years ask for ("2 years in customer
    service or a call centre") against those years; other roles are named as transferable,
    with the asked-for skills they show, and not counted."""
    document = posting.document
    if not isinstance(document, Posting) or not document.years_of_experience:
        return None
    required = document.years_of_experience
    asked = _years_concepts(posting)
    label = messages.text("parts.experience")
    dated = [(role, period) for role, period in ((r, _months(r.dates, today))
                                                 for r in resume.roles if r.dates) if period]
    if not dated:
        years, _ = resume_years(resume, today=today)
        if years is None:
            return ScorePart(name="experience", label=label, weight=weight("experience"),
                             value=0.0, explanation=messages.text("parts.experience_unknown",
                                                                  required=required))
        return ScorePart(name="experience", label=label, weight=weight("experience"),
                         value=min(1.0, years / required),
                         explanation=messages.text("parts.experience_stated",
                                                   years=messages.decimal(years),
                                                   required=required))
    field = _field_words(posting, asked)
    fields = _held_fields(resume)
    relevant = [(role, period) for role, period in dated
                if _counts(role, asked, field, posting.lang, fields.get(role.title, frozenset()))]
    years = _merged_months([p for _, p in relevant]) / 12
    explanation = messages.text("parts.experience_found", years=messages.decimal(years),
                                jobs=len(relevant), required=required) if relevant else \
        messages.text("parts.experience_none_relevant", required=required)
    transferable = [(role, _transferring(role.concepts, posting))
                    for role, period in dated if (role, period) not in relevant]
    if transferable:
        shown = [messages.text("parts.experience_transferable_role",
                               title=messages.quote(shorten(role.title)), skills=messages.join(
                                   [concept_label(c, messages.lang) or c for c in concepts[:3]]))
                 if concepts else messages.quote(shorten(role.title))
                 for role, concepts in transferable]
        explanation += " " + messages.text("parts.experience_transferable",
                                           roles="; ".join(shown))
    return ScorePart(name="experience", label=label, weight=weight("experience"),
                     value=min(1.0, years / required), explanation=explanation)


def _years_concepts(posting: Analysed) -> frozenset[str]:
    """The concepts named in the line that asks for the years ("im Kundenservice oder
    Callcenter"): the experience that counts."""
    document = posting.document
    line = getattr(document, "years_evidence", None)
    if not line:
        return frozenset()
    start = posting.text.find(line)
    if start < 0:
        return frozenset()
    end = start + len(line)
    # a field of work, not a quality ("in a fast-paced environment" asks no field)
    return frozenset(s.id for s in posting.skills if s.category in ("hard", "tool")
                     and any(start <= a < end for a, _ in s.spans))


def _counts(role: Role, asked: frozenset[str], field: list[str], lang: str,
            transfers: frozenset[str] = frozenset()) -> bool:
    """Whether a role's years count: it evidences a concept the years ask for, or it shares a
    word with the part of the field no known concept names ("customer service or a contact
    centre": a "Contact Centre Agent" counts by its title).

    A job held under a title of another customer-facing field (shop assistant, receptionist)
    shows the asked-for concept only as customer contact that transfers: its years are not
    counted even where a bullet names the concept ("Served customers at the till")."""
    if asked:
        if (asked & role.concepts) - transfers:
            return True
        title = WORD.findall(role.title.lower())
        return any(_same_field_word(f, w, lang) for f in field for w in title
                   if len(w) >= MIN_PART)
    return not field or any(_same_field_word(f, w, lang) for f in field for w in role.words)


def _same_field_word(asked: str, held: str, lang: str) -> bool:
    """One word up to inflection, the lexicon's lemmas first: Estonian "müügis" and "müük"
    (sales) differ in their stem, not only in an ending."""
    from resume_helper.nlp.resources import load_compiled

    forms = load_compiled(lang)["forms"]
    return same_word(forms.get(asked, asked), forms.get(held, held), lang) or \
        same_word(asked, held, lang)


def _held_fields(resume: Analysed) -> dict[str, frozenset[str]]:
    """Each job title naming an occupation of another field → the concepts it transfers."""
    return {held.title: frozenset(held.occupation.transfers) for held in resume.titles
            if held.occupation.transfers and not held.occupation.evidences}


def _field_words(posting: Analysed, asked: frozenset[str] = frozenset()) -> list[str]:
    """The words of the field the years ask for that no known concept names ("2 års
    erfaring med bogføring" → bogføring; "customer service or a contact centre" → contact,
    centre when customer service is a known concept): a role counts when it shares one.
    Empty when the line names no field ("3 years of experience")."""
    from resume_helper.matching.wording import wording

    document = posting.document
    line = getattr(document, "years_evidence", None) or ""
    start = posting.text.find(line) if line else -1
    if asked and start >= 0:  # the words of the asked concepts are no field of their own
        spans = [(a - start, b - start) for s in posting.skills if s.id in asked
                 for a, b in s.spans if start <= a < start + len(line)]
        for a, b in spans:
            line = line[:a] + " " * (b - a) + line[b:]
    rules = wording(posting.lang)
    skip = {*rules.get("function", ()), *rules.get("light", ()), *rules.get("tenure", ())}
    return [w for w in re.findall(r"[^\W\d_]{4,}", line.lower()) if w not in skip]


def _posting_concepts(posting: Analysed) -> frozenset[str]:
    """What the posting asks for that a job can show; a language is the person's, not a
    job's ("Klienditeenindaja (kõnekeskus)" transfers telephone work, not Estonian)."""
    return frozenset(s.id for s in posting.skills if s.category != "language")


def _transferring(concepts: frozenset[str], posting: Analysed) -> list[str]:
    """What a role shows that transfers: what the posting asks for first, else the role's
    own skills (customer contact, training new hires), not its tools."""
    asked = sorted(concepts & _posting_concepts(posting))
    if asked:
        return asked
    categories = {s.id: s.category for s in posting.skills}
    return sorted(c for c in concepts if categories.get(c) not in ("tool", "language"))


def resume_years(resume: Analysed, *, today: date) -> tuple[float | None, int]:
    """(years of work, number of dated jobs): overlapping jobs counted once; or the years the
    resume states ("five years of experience") when no job has dates we understand."""
    periods = [p for role in resume.roles if role.dates for p in [_months(role.dates, today)] if p]
    if periods:
        return _merged_months(periods) / 12, len(periods)
    stated = stated_years([resume.text])[0]
    return (float(stated), 0) if stated else (None, 0)


def _months(dates: DateRange, today: date) -> tuple[int, int] | None:
    if not dates.parsed or dates.start is None:
        return None
    start = dates.start[0] * 12 + (dates.start[1] or 1) - 1
    if dates.present:
        end = today.year * 12 + today.month - 1
    elif dates.end is not None:
        end = dates.end[0] * 12 + (dates.end[1] or 12) - 1
    else:
        return None
    return (start, end + 1) if end >= start else None


def _merged_months(periods: Sequence[tuple[int, int]]) -> int:
    total, current = 0, None
    for start, end in sorted(periods):
        if current is None or start > current[1]:
            if current:
                total += current[1] - current[0]
            current = (start, end)
        else:
            current = (current[0], max(current[1], end))
    if current:
        total += current[1] - current[0]
    return total


STATUS_VALUE = {"matched": 1.0, "partial": 0.5, "missing": 0.0}


def education_part(skills: Sequence[SkillMatch], resume: Analysed,
                   messages: Messages) -> ScorePart | None:
    """The best answer the resume gives to the education the posting asks for: met, of
    another field or kind ("partial"), or not shown."""
    asked = [s for s in skills if s.category == "education"]
    if not asked:
        return None
    # a nice-to-have education does not make up for a required one that is not met
    strongest = min(IMPORTANCE_ORDER.index(s.importance) for s in asked)
    asked = [s for s in asked if IMPORTANCE_ORDER.index(s.importance) == strongest]
    best = max(asked, key=lambda s: STATUS_VALUE[s.status])
    label = messages.text("parts.education")
    found = _degree_name(best, resume, messages.lang)
    if best.status == "matched":
        explanation = messages.text("parts.education_met", found=found or best.label,
                                    required=best.label)
    elif best.status == "partial":
        explanation = messages.text("parts.education_field", required=best.label, found=found)
    elif found:
        explanation = messages.text("parts.education_lower", required=best.label, found=found)
    elif isinstance(resume.document, Resume) and resume.document.education:
        explanation = messages.text("parts.education_unclear", required=best.label)
    else:
        explanation = messages.text("parts.education_none", required=best.label)
    return ScorePart(name="education", label=label, weight=weight("education"),
                     value=STATUS_VALUE[best.status], explanation=explanation)


def _degree_name(skill: SkillMatch, resume: Analysed, lang: str) -> str | None:
    """The resume's degree in its own words, or by the taxonomy's name in the report's
    language when the report speaks another language than the resume."""
    from resume_helper.matching.education import level_concept

    if not skill.resume_evidence:
        return None
    words = skill.resume_evidence[0]
    if lang == resume.lang or skill.basis == "alternative":
        return words
    concept = level_concept(words, resume.lang)
    return (concept_label(concept, lang) if concept else None) or words


NICE_LOWER = 0.9  # a nice-to-have language at a lower level costs little


def languages_part(skills: Sequence[SkillMatch], messages: Messages) -> ScorePart | None:
    """The languages the posting asks for against the levels the resume states; an
    "Estonian, Danish or German" requirement counts once."""
    asked = [s for s in skills if s.category == "language"]
    if not asked:
        return None
    total = got = 0.0
    notes, seen = [], set()
    for skill in asked:
        if skill.id in seen:
            continue
        seen.update((skill.id, *skill.alternatives))
        share = 0.5 if skill.importance == "nice_to_have" else 1.0
        total += share
        name = skill.label
        if skill.status == "missing":
            notes.append(messages.text("parts.language_missing", language=name))
        elif skill.status == "matched":
            got += share
            level = messages.level(skill.level_found) if skill.level_found else \
                messages.text("words.level_unstated")
            notes.append(messages.text("parts.language_met", language=name, level=level))
        elif skill.level_found is None:
            got += share * (NICE_LOWER if share < 1 else 0.5)
            notes.append(messages.text("parts.language_not_stated", language=name,
                                       required=messages.level(skill.level_required)))
        else:
            got += share * (NICE_LOWER if share < 1 else 0.5)
            notes.append(messages.text("parts.language_lower", language=name,
                                       found=messages.level(skill.level_found),
                                       required=messages.level(skill.level_required)))
    return ScorePart(name="languages", label=messages.text("parts.languages"),
                     weight=weight("languages"), value=got / total if total else 0.0,
                     explanation="; ".join(notes) + ".")


def shorten(text: str, limit: int = 60) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters, with "…"."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def language_label(code: str | None, lang: str) -> str | None:
    """The taxonomy's name for the language with ISO ``code``, in ``lang``."""
    for concept_id, language in scoring()["language_codes"].items():
        if language == code:
            return concept_label(concept_id, lang)
    return None
