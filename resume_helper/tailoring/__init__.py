"""Tailor a resume and cover letter to one posting, as Word documents, without inventing."""

from resume_helper.tailoring.core import Tailored, tailor
from resume_helper.tailoring.output import write_tailored

__all__ = ["Tailored", "tailor", "write_tailored"]
