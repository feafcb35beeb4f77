"""resume-helper: check and tailor customer service resumes in en, de, da and et, offline."""

from importlib.metadata import PackageNotFoundError, version

from resume_helper.errors import ResumeHelperError
from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.skills import Skill, extract_skills

try:
    __version__ = version("resume-helper")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

__all__ = [
    "SUPPORTED_LANGUAGES",
    "ResumeHelperError",
    "Skill",
    "__version__",
    "extract_skills",
]
