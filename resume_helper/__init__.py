"""resume-helper: check and tailor customer service resumes in en, de, da and et, offline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from resume_helper.errors import ResumeHelperError
from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.skills import Skill, extract_skills

if TYPE_CHECKING:
    from collections.abc import Mapping
    from datetime import date

    from resume_helper.analysis import Source
    from resume_helper.matching.model import MatchReport
    from resume_helper.tailoring.core import Review, Tailored
    from resume_helper.tailoring.plan import Decision, Plan


def check(resume: Source, posting: Source, *, letter: Source | None = None,
          lang: str | None = None, today: date | None = None,
          input_lang: str | None = None) -> MatchReport:
    """The match report of a resume (and letter) against a posting; see
    :func:`resume_helper.checker.check`. Imported on first use to keep start-up fast.

    ``lang`` is the report's language (default: the resume's); ``input_lang`` the language the
    documents are written in, instead of detecting each one's.
    """
    from resume_helper.checker import check as run

    return run(resume, posting, letter=letter, lang=lang, today=today, input_lang=input_lang)


def suggest(resume: Source, posting: Source, *, lang: str | None = None,
            today: date | None = None, input_lang: str | None = None) -> Plan:
    """Every tailoring suggestion for ``resume`` and ``posting``, none accepted yet: each
    names the posting's requirement, the resume line that proves it, the text before and
    after, and why (what ``tailor --plan`` writes to its file). See
    :func:`resume_helper.tailoring.core.suggest`.
    """
    from resume_helper.tailoring import suggest as run

    return run(resume, posting, lang=lang, today=today, input_lang=input_lang)


def tailor(resume: Source, posting: Source, *, letter: Source | None = None,
           lang: str | None = None, ats_safe: bool = False, today: date | None = None,
           stem: str | None = None, accept: str | Mapping[str, Decision] = "safe",
           review: Review | None = None, input_lang: str | None = None,
           count_pages: bool = False) -> Tailored:
    """A tailored resume and cover letter, in memory; see
    :func:`resume_helper.tailoring.core.tailor`.

    Tailoring is a list of suggestions (:class:`~resume_helper.tailoring.plan.Plan`), and
    ``accept`` says which are written: ``"safe"`` (the default: reorders and the posting's
    term next to the resume's own words, which change no claim), ``"all"``, ``"none"``, or
    a decision per suggestion id (True, False, or the text to write instead of the
    suggestion's ``after``). ``review``, when given, is called with the plan and returns those
    decisions (``tailor --review`` asks in the terminal). A gap is never written: no skill
    the resume does not show is added. ``lang`` is the outputs' language (default: the
    posting's), ``input_lang`` the documents' (default: detected), ``count_pages`` says
    when the edits make the resume a page longer (needs LibreOffice).

    >>> plan = suggest("cv.docx", "posting.txt")   # doctest: +SKIP
    >>> result = tailor("cv.docx", "posting.txt",   # doctest: +SKIP
    ...                 accept={s.id: s.kind != "profile" for s in plan.suggestions})
    >>> result.resume_docx[:2], result.report.score   # doctest: +SKIP
    """
    from resume_helper.tailoring import tailor as run

    return run(resume, posting, letter=letter, lang=lang, ats_safe=ats_safe, today=today,
               stem=stem, accept=accept, review=review, input_lang=input_lang,
               count_pages=count_pages)


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata on first use (loading
    importlib.metadata costs every command's start-up a few tens of milliseconds)."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("resume-helper")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0.0.0"

__all__ = [
    "SUPPORTED_LANGUAGES",
    "ResumeHelperError",
    "Skill",
    "__version__",
    "check",
    "extract_skills",
    "suggest",
    "tailor",
]
