"""resume-helper: check and tailor customer service resumes in en, de, da and et, offline."""

from importlib.metadata import PackageNotFoundError, version

from resume_helper.errors import ResumeHelperError
from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.skills import Skill, extract_skills


def check(*args, **kwargs):  # noqa: ANN002, ANN003, ANN201
    """The match report of a resume (and letter) against a posting; see
    :func:`resume_helper.checker.check`. Imported on first use to keep start-up fast."""
    from resume_helper.checker import check as run

    return run(*args, **kwargs)


def tailor(*args, **kwargs):  # noqa: ANN002, ANN003, ANN201
    """A tailored resume and cover letter; see :func:`resume_helper.tailoring.core.tailor`."""
    from resume_helper.tailoring import tailor as run

    return run(*args, **kwargs)

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
