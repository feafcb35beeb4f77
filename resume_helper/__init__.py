"""resume-helper: check and tailor customer service resumes in en, de, da and et, offline."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

from resume_helper.errors import ResumeHelperError
from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.skills import Skill, extract_skills

if TYPE_CHECKING:
    from datetime import date

    from resume_helper.analysis import Source
    from resume_helper.matching.model import MatchReport
    from resume_helper.tailoring.core import Tailored


def check(resume: Source, posting: Source, *, letter: Source | None = None,
          lang: str | None = None, today: date | None = None) -> MatchReport:
    """The match report of a resume (and letter) against a posting; see
    :func:`resume_helper.checker.check`. Imported on first use to keep start-up fast."""
    from resume_helper.checker import check as run

    return run(resume, posting, letter=letter, lang=lang, today=today)


def tailor(resume: Source, posting: Source, *, letter: Source | None = None,
           lang: str | None = None, ats_safe: bool = False, today: date | None = None,
           stem: str | None = None) -> Tailored:
    """A tailored resume and cover letter; see :func:`resume_helper.tailoring.core.tailor`."""
    from resume_helper.tailoring import tailor as run

    return run(resume, posting, letter=letter, lang=lang, ats_safe=ats_safe, today=today,
               stem=stem)

try:
    __version__ = version("resume-helper")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

__all__ = [
    "SUPPORTED_LANGUAGES",
    "ResumeHelperError",
    "Skill",
    "__version__",
    "check",
    "extract_skills",
    "tailor",
]
