"""The report as Markdown, for printing or pasting into notes in a counselling session."""

from __future__ import annotations

from resume_helper.matching.model import MatchReport
from resume_helper.messages import Messages
from resume_helper.report import layout


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: MatchReport, *, guide_base: str = "") -> str:
    """The whole report as one Markdown document."""
    messages = Messages(report.lang)
    root = layout.guide_root(guide_base)
    lines = [f"# {layout.heading(report, messages)}", "",
             layout.languages_line(report, messages), "",
             f"**{messages.text('report.score', score=report.score)}** · "
             f"{layout.share_line(report, messages)}", "", report.summary, "",
             f"## {messages.text('report.how_score')}", "",
             "| " + " | ".join(messages.text(f"report.{k}")
                              for k in ("part", "weight", "result", "why")) + " |",
             "|---|---:|---:|---|"]
    total = sum(p.weight for p in report.parts) or 1
    lines += [f"| {p.label} | {messages.percent(p.weight / total)} | "
              f"{messages.percent(p.value)} | {_cell(p.explanation)} |" for p in report.parts]
    lines += ["", f"## {messages.text('report.skills')}", ""]
    for status, skills in layout.skill_groups(report):
        lines += [f"### {messages.text(f'report.group.{status}')} ({len(skills)})", "",
                  "| " + " | ".join(messages.text(f"report.{k}")
                                   for k in ("skill", "asked_as", "evidence", "advice")) + " |",
                  "|---|---|---|---|"]
        for skill in skills:
            evidence = "; ".join(messages.quote(e) for e in
                                 (skill.resume_evidence or skill.posting_evidence)[:2])
            advice = layout.advice(skill, messages)
            if status == "missing":
                link = layout.guide_link(skill.guide, root)
                advice += (f" [{messages.text('report.guide', link=skill.label)}]({link})" if link
                           else " " + messages.text("report.guide", link=f"`{skill.guide}`"))
            lines.append(f"| {layout.STATUS_MARK[status]} {_cell(skill.label)} | "
                         f"{messages.text(f'importance.{skill.importance}')} | {_cell(evidence)} "
                         f"| {_cell(advice)} |")
        lines.append("")
    rows = layout.keyword_rows(report)
    if rows:
        lines += [f"## {messages.text('report.keywords')}", "",
                  f"| {messages.text('report.term')} | {messages.text('report.in_posting')} | "
                  f"{messages.text('report.in_resume')} |", "|---|---:|---:|"]
        lines += [f"| {_cell(term)} | {p} | {r} |" for term, p, r in rows]
        lines.append("")
    for key, findings in (("resume_findings", report.resume_findings),
                          ("letter_findings", report.letter_findings)):
        lines += [f"## {messages.text(f'report.{key}')}", ""]
        lines += [f"- {layout.SEVERITY_MARK[f.severity]} "
                  f"**{messages.text(f'severity.{f.severity}')}:** {f.message}" for f in findings]
        lines.append("")
    if report.changes:
        lines += [f"## {messages.text('report.changes')}", ""]
        lines += [f"- {change.message}" for change in report.changes]
        lines.append("")
    lines += ["---", "", f"*{layout.footer(messages)}*", ""]
    return "\n".join(lines)
