"""Read a document, tell its language and find its skills: the input of every comparison."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from os import PathLike
from typing import TypeAlias

from resume_helper.documents.model import CoverLetter, Document, Kind, Posting, Resume
from resume_helper.skills import Skill

Source: TypeAlias = "str | PathLike[str] | bytes | Document"


@dataclass(frozen=True)
class Analysed:
    """A read document with its language and the concepts it evidences."""

    document: Resume | CoverLetter | Posting
    lang: str
    skills: tuple[Skill, ...]

    @property
    def text(self) -> str:
        return self.document.text

    def skill(self, concept_id: str) -> Skill | None:
        """The found concept with this id, if any."""
        return next((s for s in self.skills if s.id == concept_id), None)


def read(source: Source, kind: Kind, *, name: str | None = None) -> Resume | CoverLetter | Posting:
    """``source`` read as ``kind``: a path, the file's bytes or an already read document."""
    if isinstance(source, Document):
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
            raise LanguageError(f"{document.name}: {exc}") from exc
    document = dataclasses.replace(document, lang=lang)
    return Analysed(document=document, lang=lang,
                    skills=tuple(extract_skills(document.text, lang=lang)))


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
        raise ResumeHelperError(
            f"{resume.document.name} looks like a job posting and {posting.document.name} like "
            "a resume; give the resume first, then the posting")


MIN_RESUME_WORDS = 15


def require_substance(resume: Analysed) -> None:
    """Refuse a "resume" too short to be one (a stray note, a file of two words): its report
    would only be noise."""
    from resume_helper.errors import ResumeHelperError

    words = len(resume.text.split())
    if words < MIN_RESUME_WORDS:
        raise ResumeHelperError(
            f"{resume.document.name} has only {words} words; is it really a resume?")


def analyse_application(resume: Source, posting: Source, letter: Source | None = None, *,
                        resume_name: str | None = None
                        ) -> tuple[Analysed, Analysed, Analysed | None]:
    """The resume, posting and letter of one application, read, checked and analysed.

    The posting is read first: its language is the fallback for a resume too short to tell
    its own, as the resume's is for the letter. ``resume_name`` names a resume given as bytes.
    """
    posting_doc = analyse(posting, "posting")
    resume_doc = analyse(resume, "resume", fallback_lang=posting_doc.lang, name=resume_name)
    check_order(resume_doc, posting_doc)
    require_substance(resume_doc)
    letter_doc = (analyse(letter, "letter", fallback_lang=resume_doc.lang)
                  if letter is not None else None)
    return resume_doc, posting_doc, letter_doc
