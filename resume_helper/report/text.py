"""The report in the terminal: readable at a glance, coloured only on a terminal."""

from __future__ import annotations

import io

from resume_helper.matching.model import MatchReport
from resume_helper.messages import Messages
from resume_helper.report import layout

STATUS_STYLE = {"matched": "green", "partial": "yellow", "missing": "red"}
SEVERITY_STYLE = {"ok": "green", "tip": "cyan", "warning": "yellow"}


def render_text(report: MatchReport, *, color: bool = False, width: int = 100) -> str:
    """The report as terminal text; ANSI colours only when ``color``."""
    from rich.console import Console
    from rich.markup import escape
    from rich.padding import Padding
    from rich.table import Table

    messages = Messages(report.lang)
    out = io.StringIO()
    console = Console(file=out, force_terminal=color, no_color=not color, width=width,
                      highlight=False, emoji=False, color_system="standard" if color else None)
    console.print(f"[bold]{escape(layout.heading(report, messages))}[/bold]")
    console.print(escape(layout.languages_line(report, messages)))
    console.print()
    style = "green" if report.score >= 75 else "yellow" if report.score >= 50 else "red"
    console.print(f"[bold {style}]{escape(messages.text('report.score', score=report.score))}"
                  f"[/bold {style}]   {escape(layout.share_line(report, messages))}")
    console.print(escape(report.summary))
    console.print()
    table = Table(title=messages.text("report.how_score"), title_justify="left", box=None,
                  show_edge=False, pad_edge=False)
    for key in ("part", "weight", "result", "why"):
        table.add_column(messages.text(f"report.{key}"),
                         justify="right" if key in ("weight", "result") else "left",
                         overflow="fold")
    total = sum(p.weight for p in report.parts) or 1
    for part in report.parts:
        table.add_row(part.label, messages.percent(part.weight / total),
                      messages.percent(part.value), escape(part.explanation))
    console.print(table)
    console.print()
    console.print(f"[bold]{escape(messages.text('report.skills'))}[/bold]")
    for status, skills in layout.skill_groups(report):
        colour = STATUS_STYLE[status]
        console.print(f"[{colour}]{escape(messages.text(f'report.group.{status}'))}"
                      f" ({len(skills)})[/{colour}]")
        for skill in skills:
            mark = layout.STATUS_MARK[status]
            importance = messages.text(f"importance.{skill.importance}")
            line = f"  [{colour}]{mark}[/{colour}] {escape(skill.label)} · {escape(importance)}"
            if status == "matched":
                evidence = ", ".join(messages.quote(e) for e in skill.resume_evidence[:2])
                console.print(f"{line} — {escape(evidence)}")
                continue
            console.print(line)
            details = []
            if skill.resume_evidence:
                details.append(messages.text("report.resume_says",
                                             text=messages.quote(skill.resume_evidence[0])))
            details.append(messages.text("report.posting_says", text=", ".join(
                messages.quote(e) for e in skill.posting_evidence[:2])))
            details.append(f"→ {layout.advice(skill, messages)}")
            if status == "missing":
                details.append(messages.text("report.guide", link=skill.guide))
            for detail in details:
                console.print(Padding(escape(detail), (0, 0, 0, 6), expand=False))
    rows = layout.keyword_rows(report)
    if rows:
        console.print()
        keywords = Table(title=messages.text("report.keywords"), title_justify="left", box=None,
                         show_edge=False, pad_edge=False)
        keywords.add_column(messages.text("report.term"))
        keywords.add_column(messages.text("report.in_posting"), justify="right")
        keywords.add_column(messages.text("report.in_resume"), justify="right")
        for term, in_posting, in_resume in rows:
            keywords.add_row(escape(term), str(in_posting), str(in_resume))
        console.print(keywords)
    for key, findings in (("resume_findings", report.resume_findings),
                          ("letter_findings", report.letter_findings)):
        console.print()
        console.print(f"[bold]{escape(messages.text(f'report.{key}'))}[/bold]")
        for finding in findings:
            colour = SEVERITY_STYLE[finding.severity]
            mark = layout.SEVERITY_MARK[finding.severity]
            console.print(Padding(f"[{colour}]{mark}[/{colour}] {escape(finding.message)}",
                                  (0, 0, 0, 2), expand=False))
    console.print()
    console.print(f"[dim]{escape(layout.footer(messages))}[/dim]")
    return "\n".join(line.rstrip() for line in out.getvalue().split("\n"))
