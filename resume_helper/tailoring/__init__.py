"""Tailor a resume and cover letter to one posting, as Word documents, without inventing."""

from resume_helper.tailoring.core import Tailored, suggest, tailor
from resume_helper.tailoring.output import write_tailored
from resume_helper.tailoring.plan import Plan, Suggestion

__all__ = ["Plan", "Suggestion", "Tailored", "suggest", "tailor", "write_tailored"]
