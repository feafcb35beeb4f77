"""Per concept: does the resume show what the posting asks for, in the posting's words?

``matched``: the resume evidences the concept and uses the posting's words (up to
inflection, compound spelling and word order) or is in another language, where only the
concept can be compared. ``partial``: same concept, other words; many applicant tracking
systems match words, so the posting's are suggested. ``missing``: not in the resume.
Languages compare CEFR levels instead of words.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from resume_helper.analysis import Analysed
from resume_helper.documents.model import Posting, Resume
from resume_helper.matching.demand import Demand, evidence_text
from resume_helper.matching.model import SkillMatch, Status
from resume_helper.matching.scoring import level_rank, scoring
from resume_helper.messages import Messages
from resume_helper.nlp.resources import concept_label, load_compiled
from resume_helper.skills import Skill

MIN_STEM = 5
MAX_ENDING = 3


def match_skills(demands: Sequence[Demand], resume: Analysed, posting: Analysed, *,
                 letter: Analysed | None, messages: Messages) -> list[SkillMatch]:
    """A :class:`SkillMatch` per demand, in the demands' order."""
    found = []
    for demand in demands:
        skill = demand.skill
        own = resume.skill(skill.id)
        in_letter = letter.skill(skill.id) if letter is not None else None
        level_required = level_found = None
        if skill.category == "language":
            level_required, level_found, status = _language_status(skill, resume, posting)
        elif skill.category == "education" and own is None:
            own = _higher_education(skill, resume)
            status = "matched" if own else "missing"
        elif own is None and skill.id in scoring()["implied_by_languages"]:
            status = "matched" if _speaks_several(resume) else "missing"
        else:
            status = _status(demand, own, same_language=resume.lang == posting.lang)
        resume_evidence = tuple(dict.fromkeys(
            evidence_text(resume.text, *span) for span in own.spans)) if own else ()
        if status == "matched" and not resume_evidence:
            resume_evidence = ((messages.text("words.written_in"),)
                               if skill.category == "language" else _language_evidence(resume))
        letter_evidence = tuple(in_letter.evidence(letter.text)) if in_letter and letter else ()
        found.append(SkillMatch(
            id=skill.id, label=concept_label(skill.id, messages.lang) or skill.label,
            category=skill.category, importance=demand.importance, status=status,
            resume_evidence=resume_evidence, posting_evidence=demand.evidence,
            letter_evidence=letter_evidence if status == "missing" else (),
            advice=_advice(status, demand, resume_evidence, letter_evidence, messages,
                           level_required, level_found),
            guide=guide_path(skill.id, messages.lang),
            level_required=level_required, level_found=level_found,
        ))
    return found


def _status(demand: Demand, own: Skill | None, *, same_language: bool) -> Status:
    if own is None:
        return "missing"
    if not same_language or own.category == "education":
        return "matched"  # only the concept compares across languages; a degree keeps its name
    resume_forms = [form.split() for form in own.forms]
    for form in demand.forms:
        wanted = form.split()
        if any(covers(have, wanted) for have in resume_forms):
            return "matched"
    return "partial"


def covers(have: list[str], wanted: list[str]) -> bool:
    """Whether every wanted lemma is among ``have``, or shares a stem with one of them
    ("Geduld" / "geduldig", "Teamfähigkeit" / "teamfähig"), as keyword matchers stem."""
    return all(any(_same_stem(word, other) for other in have) for word in wanted)


def _same_stem(a: str, b: str) -> bool:
    """Equal, or sharing a stem of at least five letters that leaves at most three letters
    of the shorter word ("bearbeiten" / "bearbeitung", "kannatlik" / "kannatlikkus")."""
    if a == b:
        return True
    common = len(os.path.commonprefix((a, b)))
    return common >= MIN_STEM and common >= min(len(a), len(b)) - MAX_ENDING


def _language_evidence(resume: Analysed) -> tuple[str, ...]:
    """The resume's own words for the languages it lists (what shows multilingualism)."""
    document = resume.document
    if isinstance(document, Resume) and document.languages:
        return tuple(x.language for x in document.languages)
    return tuple(e for s in resume.skills if s.category == "language" for e in s.evidence(
        resume.text)[:1])


def _speaks_several(resume: Analysed) -> bool:
    """Whether the resume lists two or more languages at B2 or above (multilingualism)."""
    good = level_rank(scoring()["written_in_level"])
    return sum(1 for level in resume_language_levels(resume).values()
               if level_rank(level) >= good) >= 2


def _higher_education(skill: Skill, resume: Analysed) -> Skill | None:
    """An education the resume shows at the asked level or above, such as an associate
    degree for a posting that asks for a high school diploma."""
    levels = scoring()["education_levels"]
    if skill.id not in levels:
        return None
    held = [s for s in resume.skills if levels.get(s.id, -1) >= levels[skill.id]]
    return max(held, key=lambda s: levels[s.id]) if held else None


def resume_language_levels(resume: Analysed) -> dict[str, str | None]:
    """ISO code → best level the resume states (None: named without a level).

    The languages section is trusted first: there each level stands next to its language,
    while in running text a level may belong to the neighbouring language.

    The resume's own language counts at the level set in scoring.yaml unless it says more.
    """
    levels: dict[str, str | None] = {}

    def offer(code: str | None, level: str | None) -> None:
        if code is None:
            return
        if code not in levels or level_rank(level) > level_rank(levels[code]):
            levels[code] = level

    document = resume.document
    if isinstance(document, Resume):
        for language in document.languages:
            offer(language.code, language.level)
    listed = set(levels)
    codes = scoring()["language_codes"]
    for skill in resume.skills:  # languages named outside a languages section
        code = codes.get(skill.id)
        if skill.category == "language" and code not in listed:
            offer(code, skill.level)
    offer(resume.lang, scoring()["written_in_level"])
    return levels


def _language_status(skill: Skill, resume: Analysed, posting: Analysed
                     ) -> tuple[str | None, str | None, Status]:
    code = scoring()["language_codes"].get(skill.id)
    required = None
    if isinstance(posting.document, Posting):
        for requirement in posting.document.language_requirements:
            if requirement.code == code and level_rank(requirement.level) > level_rank(required):
                required = requirement.level
    levels = resume_language_levels(resume)
    if code not in levels:
        return required, None, "missing"
    found = levels[code]
    if required is None or level_rank(found) >= level_rank(required):
        return required, found, "matched"
    return required, found, "partial"


def _advice(status: Status, demand: Demand, resume_evidence: tuple[str, ...],
            letter_evidence: tuple[str, ...], messages: Messages,
            level_required: str | None, level_found: str | None) -> str:
    posting_words = messages.quote(demand.evidence[0]) if demand.evidence else ""
    if demand.skill.category == "language" and status != "matched":
        if status == "partial":
            return messages.text("advice.language_lower", found=messages.level(level_found),
                                 required=messages.level(level_required))
        return messages.text("advice.language_missing", posting=posting_words)
    if status == "matched":
        return messages.text("advice.matched")
    if status == "partial":
        return messages.text("advice.partial", posting=posting_words,
                             resume=messages.quote(resume_evidence[0]))
    if letter_evidence:
        return messages.text("advice.missing_in_letter", letter=messages.quote(letter_evidence[0]))
    if demand.skill.category in ("education", "certification"):
        return messages.text(f"advice.missing_{demand.skill.category}", posting=posting_words)
    key = "advice.missing_required" if demand.importance == "required" else "advice.missing"
    return messages.text(key, posting=posting_words)


def guide_path(concept_id: str, lang: str) -> str:
    """The guide page explaining a concept, relative to the guide's root, in ``lang``.

    The English guide is the site's root, the others are in their language's folder; pages
    are ``<page>.html`` (the guide is built for reading from disk, without directory URLs).
    """
    page, _, anchor = load_compiled(lang)["concepts"][concept_id]["guide"].partition("#")
    prefix = "" if lang == "en" else f"{lang}/"
    return f"{prefix}{page}.html#{anchor}"
