"""The report as one self-contained HTML page: no scripts, no web fonts, prints on A4."""

from __future__ import annotations

from html import escape

from resume_helper.matching.model import MatchReport
from resume_helper.messages import Messages
from resume_helper.report import layout

STYLE = """
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;
max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;
border-bottom:1px solid #ccc}h3{font-size:1rem}
.score{font-size:2.2rem;font-weight:700}.good{color:#17692e}.fair{color:#8a5a00}.poor{color:#a4161a}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;
padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f2f2f2}
td.num{text-align:right;white-space:nowrap}
.matched{color:#17692e}.partial{color:#8a5a00}.missing{color:#a4161a}
.ok{color:#17692e}.tip{color:#1f4e8c}.warning{color:#8a5a00}
ul.findings{list-style:none;padding-left:0}ul.findings li{margin:.3rem 0}
footer{margin-top:2rem;color:#555;font-size:.85rem}
@media print{body{margin:0;max-width:none}a{color:inherit}h2{break-after:avoid}
tr{break-inside:avoid}}
"""


def render_html(report: MatchReport, *, guide_base: str = "") -> str:
    """The whole report as an HTML page in the report's language."""
    messages = Messages(report.lang)
    root = layout.guide_root(guide_base)
    title = layout.heading(report, messages)
    grade = "good" if report.score >= 75 else "fair" if report.score >= 50 else "poor"
    body = [f"<h1>{escape(title)}</h1>",
            f"<p>{escape(layout.languages_line(report, messages))}</p>",
            f'<p><span class="score {grade}">'
            f'{escape(messages.text("report.score", score=report.score))}'
            f"</span><br>{escape(layout.share_line(report, messages))}</p>",
            f"<p>{escape(report.summary)}</p>"]
    if report.changes:
        body.append(_changes(report, messages))
    body.append(_parts(report, messages))
    body.append(f"<h2>{escape(messages.text('report.skills'))}</h2>")
    for status, skills in layout.skill_groups(report):
        body.append(_skills(status, skills, messages, root))
    body.append(_keywords(report, messages))
    for key, findings in (("resume_findings", report.resume_findings),
                          ("letter_findings", report.letter_findings)):
        items = "".join(
            f'<li class="{f.severity}">{layout.SEVERITY_MARK[f.severity]} '
            f"<strong>{escape(messages.text(f'severity.{f.severity}'))}:</strong> "
            f"{escape(f.message)}</li>" for f in findings)
        body.append(f"<h2>{escape(messages.text(f'report.{key}'))}</h2>"
                    f'<ul class="findings">{items}</ul>')
    body.append(f"<footer>{escape(layout.footer(messages))}</footer>")
    return (f'<!DOCTYPE html>\n<html lang="{report.lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head>\n<body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def _parts(report: MatchReport, messages: Messages) -> str:
    total = sum(p.weight for p in report.parts) or 1
    rows = "".join(
        f"<tr><td>{escape(p.label)}</td><td class=num>{messages.percent(p.weight / total)}</td>"
        f"<td class=num>{messages.percent(p.value)}</td><td>{escape(p.explanation)}</td></tr>"
        for p in report.parts)
    head = "".join(f'<th scope="col">{escape(messages.text(f"report.{k}"))}</th>'
                   for k in ("part", "weight", "result", "why"))
    return (f"<h2>{escape(messages.text('report.how_score'))}</h2>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")


def _skills(status: str, skills: list, messages: Messages, root: str) -> str:
    head = "".join(f'<th scope="col">{escape(messages.text(f"report.{k}"))}</th>'
                   for k in ("skill", "asked_as", "evidence", "advice"))
    rows = []
    for skill in skills:
        evidence = []
        if skill.resume_evidence:
            evidence.append(messages.text("report.resume_says", text=messages.quote(
                "; ".join(skill.resume_evidence[:2]))))
        if status != "matched":
            evidence.append(messages.text("report.posting_says", text=messages.quote(
                "; ".join(skill.posting_evidence[:2]))))
        advice = escape(layout.advice(skill, messages))
        if status == "missing":
            link = layout.guide_link(skill.guide, root)
            if link:
                label = escape(messages.text("report.guide", link=skill.label))
                advice += f' <a href="{escape(link)}">{label}</a>'
            else:
                code = f"<code>{escape(skill.guide)}</code>"
                advice += " " + messages.text("report.guide", link=code)
        rows.append(
            f'<tr><td class="{status}">{layout.STATUS_MARK[status]} {escape(skill.label)}</td>'
            f"<td>{escape(messages.text(f'importance.{skill.importance}'))}</td>"
            f"<td>{'<br>'.join(escape(e) for e in evidence)}</td><td>{advice}</td></tr>")
    return (f"<h3 class=\"{status}\">{escape(messages.text(f'report.group.{status}'))} "
            f"({len(skills)})</h3><table><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>")


def _keywords(report: MatchReport, messages: Messages) -> str:
    rows = layout.keyword_rows(report)
    if not rows:
        return ""
    head = "".join(f'<th scope="col">{escape(messages.text(f"report.{k}"))}</th>'
                   for k in ("term", "in_posting", "in_resume"))
    body = "".join(f"<tr><td>{escape(term)}</td><td class=num>{p}</td><td class=num>{r}</td></tr>"
                   for term, p, r in rows)
    return (f"<h2>{escape(messages.text('report.keywords'))}</h2>"
            f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def _changes(report: MatchReport, messages: Messages) -> str:
    items = "".join(f"<li>{escape(c.message)}</li>" for c in report.changes)
    before = ""
    if report.score_before is not None:
        text = messages.text("report.score_before", before=report.score_before,
                             after=report.score)
        before = f"<p>{escape(text)}</p>"
    return f"<h2>{escape(messages.text('report.changes'))}</h2>{before}<ul>{items}</ul>"
