"""Checks on a resume's readiness for applicant tracking systems and on a cover letter.

Conventions that differ by country (length, first-person style, clichés, generic phrases)
live in ``data/<lang>.yaml``; the checks themselves are the same for every language.
"""

from resume_helper.findings.letter import letter_findings
from resume_helper.findings.resume import resume_findings

__all__ = ["letter_findings", "resume_findings"]
