"""The parts of the score besides skills: job title, years of experience, education, languages.

Each returns a :class:`ScorePart` with its value between 0 and 1 and a sentence explaining it,
or ``None`` when the posting says nothing on the matter (its weight then goes to the others).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from resume_helper.analysis import Analysed
from resume_helper.documents.model import DateRange, Posting, Resume
from resume_helper.documents.posting import stated_years
from resume_helper.matching.model import ScorePart, SkillMatch
from resume_helper.matching.scoring import level_rank, scoring
from resume_helper.matching.skills import resume_language_levels
from resume_helper.messages import Messages
from resume_helper.nlp.resources import concept_label

WORD = re.compile(r"[^\W\d_]+")
GENDER_MARKER = re.compile(r"\((?:[mwfdx]\s*/\s*)+[mwfdx]\)|\b[mwfdx]/[mwfdx](?:/[mwfdx])?\b",
                           re.I)
MAX_HEADLINE = 80
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
    """How close the resume's job titles come to the posting's, word by word."""
    document = posting.document
    if not isinstance(document, Posting) or not document.title:
        return None
    title = core_title(document.title)
    label = messages.text("parts.title")
    if resume.lang != posting.lang:
        return None
    wanted = title_words(title, posting.lang)
    if not wanted:
        return None
    best, closest = 0.0, ""
    for candidate in _resume_titles(resume):
        have = title_words(candidate, resume.lang)
        share = len(wanted & have) / len(wanted)
        if share > best:
            best, closest = share, candidate
    if best == 0:
        explanation = messages.text("parts.title_none", title=messages.quote(title))
    else:
        explanation = messages.text("parts.title_found", title=messages.quote(title),
                                    closest=messages.quote(shorten(closest)),
                                    share=messages.percent(best))
    return ScorePart(name="title", label=label, weight=weight("title"), value=best,
                     explanation=explanation)


def title_words(text: str, lang: str) -> set[str]:
    """The lemma parts of a job title's words, function words left out."""
    from resume_helper.nlp.analysis import analyzer
    from resume_helper.nlp.resources import stopwords

    function_words = stopwords().get(lang, frozenset())
    parts: set[str] = set()
    for word in WORD.findall(text.lower()):
        if word in function_words or len(word) < 2:
            continue
        parts.update(p.lstrip("?") for p in analyzer(lang).parts(word))
    return parts - function_words


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
    """Years of work the resume shows against the years the posting asks for."""
    document = posting.document
    if not isinstance(document, Posting) or not document.years_of_experience:
        return None
    required = document.years_of_experience
    years, jobs = resume_years(resume, today=today)
    label = messages.text("parts.experience")
    if years is None:
        return ScorePart(name="experience", label=label, weight=weight("experience"), value=0.0,
                         explanation=messages.text("parts.experience_unknown", required=required))
    value = min(1.0, years / required)
    key = "parts.experience_found" if jobs else "parts.experience_stated"
    return ScorePart(name="experience", label=label, weight=weight("experience"), value=value,
                     explanation=messages.text(key, years=messages.decimal(years), jobs=jobs,
                                               required=required))


def resume_years(resume: Analysed, *, today: date) -> tuple[float | None, int]:
    """(years of work, number of dated jobs): overlapping jobs counted once; or the years the
    resume states ("five years of experience") when no job has dates we understand."""
    document = resume.document
    periods = []
    if isinstance(document, Resume):
        periods = [p for job in document.experience if job.dates
                   for p in [_months(job.dates, today)] if p]
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


def education_part(skills: Sequence[SkillMatch], resume: Analysed,
                   messages: Messages) -> ScorePart | None:
    """The education level the resume shows against the lowest one the posting accepts."""
    levels = scoring()["education_levels"]
    asked = [s for s in skills if s.category == "education" and s.id in levels]
    if not asked:
        return None
    required = min(levels[s.id] for s in asked)
    wanted = min(asked, key=lambda s: levels[s.id])
    held = [s for s in resume.skills if s.id in levels]
    label = messages.text("parts.education")
    if held:
        best = max(held, key=lambda s: levels[s.id])
        value = 1.0 if levels[best.id] >= required else 0.5
        key = "parts.education_met" if value == 1 else "parts.education_lower"
        found = concept_label(best.id, messages.lang) or best.label  # in the report's language
        explanation = messages.text(key, found=found, required=wanted.label)
    elif isinstance(resume.document, Resume) and resume.document.education:
        value = 0.5
        explanation = messages.text("parts.education_unclear", required=wanted.label)
    else:
        value = 0.0
        explanation = messages.text("parts.education_none", required=wanted.label)
    return ScorePart(name="education", label=label, weight=weight("education"), value=value,
                     explanation=explanation)


def languages_part(resume: Analysed, posting: Analysed, messages: Messages) -> ScorePart | None:
    """The languages and CEFR levels the posting asks for against the resume's."""
    document = posting.document
    if not isinstance(document, Posting) or not document.language_requirements:
        return None
    levels = resume_language_levels(resume)
    total = got = 0.0
    notes = []
    for requirement in document.language_requirements:
        share = 1.0 if requirement.required else 0.5
        total += share
        name = language_label(requirement.code, messages.lang) or requirement.language
        wanted = requirement.level
        if requirement.code not in levels:
            notes.append(messages.text("parts.language_missing", language=name))
            continue
        have = levels[requirement.code]
        if wanted is None or level_rank(have) >= level_rank(wanted):
            got += share
            notes.append(messages.text("parts.language_met", language=name,
                                       level=messages.level(have)))
        else:
            got += share / 2
            notes.append(messages.text("parts.language_lower", language=name,
                                       found=messages.level(have),
                                       required=messages.level(wanted)))
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
