"""What every human-readable report shows, in which order: shared by text, Markdown, HTML."""

from __future__ import annotations

from resume_helper.matching.model import STATUS_ORDER, MatchReport, SkillMatch
from resume_helper.messages import Messages

STATUS_MARK = {"matched": "✓", "partial": "~", "missing": "✗"}
SEVERITY_MARK = {"ok": "✓", "tip": "•", "warning": "!"}


def heading(report: MatchReport, messages: Messages) -> str:
    """"Match report: cv.docx → Kundenberater at Nordlicht Energie GmbH"."""
    resume = next((d.name for d in report.documents if d.kind == "resume"), "")
    job = report.job_title or messages.text("report.the_posting")
    if report.company:
        job = messages.text("report.job_at", title=job, company=report.company)
    return messages.text("report.heading", resume=resume, job=job)


def languages_line(report: MatchReport, messages: Messages) -> str:
    """"Read: resume (German), posting (English), cover letter (German)"."""
    seen = ", ".join(
        f"{messages.text(f'kinds.{d.kind}')} ({messages.text(f'languages.{d.lang}')})"
        for d in report.documents)
    return messages.text("report.read", documents=seen)


def share_line(report: MatchReport, messages: Messages) -> str:
    return messages.text("report.keyword_share", found=report.keywords_found,
                         total=report.keywords_total, share=messages.percent(report.keyword_share))


def skill_groups(report: MatchReport) -> list[tuple[str, list[SkillMatch]]]:
    """Skills by status, gaps first, each group keeping the report's order."""
    return [(status, list(report.skills_with(status))) for status in STATUS_ORDER
            if report.skills_with(status)]


def guide_root(base: str) -> str:
    """Where guide links start: a web address as given, the folder of the unzipped offline
    guide as a file:// address, "" when no guide was named (paths are then shown as text)."""
    from pathlib import Path

    if base and "://" not in base and Path(base).is_dir():
        return Path(base).resolve().as_uri()
    return base.rstrip("/")


def guide_link(path: str, root: str) -> str | None:
    """A guide page's address under ``root`` (from :func:`guide_root`); None without one."""
    return f"{root}/{path}" if root else None


def footer(messages: Messages) -> str:
    from resume_helper import __version__

    return messages.text("report.footer", version=__version__)


def advice(skill: SkillMatch, messages: Messages) -> str:
    """The skill's advice with the points it would add if true ("about +6 points")."""
    if skill.gain > 0:
        return f"{skill.advice} {messages.text('report.gain', points=skill.gain)}"
    return skill.advice


def keyword_rows(report: MatchReport) -> list[tuple[str, int, int]]:
    """(the posting's word, times in the posting, times in the resume) for every asked-for
    skill, tool and certificate: the keyword table match tools show."""
    return [(s.term or s.label, s.posting_count, s.resume_count) for s in report.skills
            if s.category not in ("language", "education") and s.posting_count]
