"""Compare a resume (and cover letter) with a job posting: the match report of `check`."""

from resume_helper.matching.model import (
    DocumentInfo,
    Finding,
    MatchReport,
    ScorePart,
    SkillMatch,
)

__all__ = ["DocumentInfo", "Finding", "MatchReport", "ScorePart", "SkillMatch"]
