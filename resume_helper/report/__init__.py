"""Render a :class:`~resume_helper.matching.MatchReport` as text, JSON, Markdown or HTML."""

from __future__ import annotations

from resume_helper.matching.model import MatchReport

FORMATS = ("text", "json", "markdown", "html")


def render(report: MatchReport, output_format: str, *, color: bool = False,
           width: int = 100, guide: str = "") -> str:
    """The report in ``output_format``; ``color`` and ``width`` apply to "text" only,
    ``guide`` (where the guide lives) to the links of "markdown" and "html"."""
    if output_format == "json":
        import json

        from resume_helper.report.data import report_to_dict

        return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
    if output_format == "markdown":
        from resume_helper.report.markdown import render_markdown

        return render_markdown(report, guide_base=guide)
    if output_format == "html":
        from resume_helper.report.html import render_html

        return render_html(report, guide_base=guide)
    if output_format == "text":
        from resume_helper.report.text import render_text

        return render_text(report, color=color, width=width)
    raise ValueError(f"unknown report format {output_format!r}")


__all__ = ["FORMATS", "render"]
