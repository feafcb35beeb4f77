"""`check`: how well a resume and cover letter fit a job posting, and what to change."""

from __future__ import annotations

from datetime import date

from resume_helper.analysis import Analysed, Source, analyse_application, within_sections
from resume_helper.documents.model import Posting
from resume_helper.errors import ResumeHelperError
from resume_helper.languages import require_supported
from resume_helper.matching.model import DocumentInfo, MatchReport, SkillMatch
from resume_helper.messages import Messages

LETTER_EVIDENCE = ("body", "subject")


def check(resume: Source, posting: Source, *, letter: Source | None = None,
          lang: str | None = None, today: date | None = None,
          input_lang: str | None = None) -> MatchReport:
    """The match report for ``resume`` (and ``letter``) against ``posting``.

    Each argument is a path, the file's bytes or an already read document; each document's
    language is detected on its own, so a German resume can be checked against an English
    posting. ``lang`` is the language the report speaks (default: the resume's); ``today``
    ends open periods such as "2021 – present" (default: the real date); ``input_lang`` is
    the language the documents are written in, instead of detecting it.

    >>> report = check("cv.docx", "posting.txt")   # doctest: +SKIP
    >>> report.score, [s.label for s in report.skills_with("missing")]   # doctest: +SKIP
    (72, ['Upselling'])
    """
    resume_doc, posting_doc, letter_doc = analyse_application(resume, posting, letter,
                                                              input_lang=input_lang)
    return compare(resume_doc, posting_doc, letter=letter_doc, lang=lang, today=today)


def compare(resume: Analysed, posting: Analysed, *, letter: Analysed | None = None,
            lang: str | None = None, today: date | None = None) -> MatchReport:
    """The match report for documents that are already read and analysed."""
    from resume_helper.findings import letter_findings, resume_findings
    from resume_helper.matching import factors
    from resume_helper.matching.demand import posting_demands
    from resume_helper.matching.score import (
        combine,
        keyword_share,
        normalized,
        skills_part,
        with_gains,
    )
    from resume_helper.matching.skills import match_skills

    lang = require_supported(lang or resume.lang)
    if letter is not None:
        letter = within_sections(letter, LETTER_EVIDENCE)
    messages = Messages(lang)
    demands = posting_demands(posting.document, posting.skills)  # type: ignore[arg-type]
    if not demands and not _reads_as_posting(posting.document):  # type: ignore[arg-type]
        raise ResumeHelperError(key="no_skills", name=posting.document.name)
    skills = match_skills(demands, resume, posting, letter=letter, messages=messages)
    parts = [part for part in (
        skills_part(skills, messages),
        factors.title_part(resume, posting, messages),
        factors.experience_part(resume, posting, messages, today=today or date.today()),
        factors.education_part(skills, resume, messages),
        factors.languages_part(skills, messages),
    ) if part is not None]
    found, total = keyword_share(skills, same_language=resume.lang == posting.lang)
    score = combine(parts)
    skills = with_gains(skills, parts, messages)
    parts = normalized(parts)
    documents = tuple(
        DocumentInfo(name=doc.document.name, kind=doc.document.kind, lang=doc.lang,
                     file_format=doc.document.file_format)
        for doc in (resume, posting, letter) if doc is not None
    )
    ad = posting.document
    return MatchReport(
        score=score, keywords_found=found, keywords_total=total,
        parts=tuple(parts), lang=lang, documents=documents,
        job_title=getattr(ad, "title", None), company=getattr(ad, "company", None),
        skills=tuple(skills),
        resume_findings=tuple(resume_findings(resume, messages)),
        letter_findings=tuple(letter_findings(
            letter, posting, skills, messages,
            in_letter=match_skills(demands, letter, posting, letter=None, messages=messages)
            if letter is not None else ())),
        summary=_summary(score, skills, messages,
                         title_skipped=resume.lang != posting.lang and bool(
                             getattr(posting.document, "title", None)) and not any(
                             p.name == "title" for p in parts)),
    )


def _reads_as_posting(posting: Posting) -> bool:
    """Whether the reader found a posting's structure: a title, duties or requirements.

    Why: a real posting may ask only for things the taxonomy does not know (a forklift
    licence, a trade); it still gets a report that says so, while a text with nothing of a
    posting is refused.
    """
    return bool(posting.title or posting.responsibilities or posting.requirements)


def _summary(score: int, skills: list[SkillMatch], messages: Messages, *,
             title_skipped: bool) -> str:
    if not skills:
        return messages.text("summary.no_demands", score=score)
    found = [s for s in skills if s.status != "missing"]
    partial = [s for s in skills if s.status == "partial" and s.category != "language"]
    gaps = [s.label for s in skills if s.status == "missing" and s.importance == "required"]
    text = messages.text("summary.score", score=score, found=len(found), total=len(skills),
                         partial=len(partial))
    if gaps:
        text += " " + messages.text("summary.gaps", count=len(gaps), skills=messages.join(gaps[:4]))
    if title_skipped:
        text += " " + messages.text("summary.title_other_language")
    return text
