"""A clean, single-column resume built from the parsed structure (``--ats-safe``, and every
resume that is not a Word document): standard headings in the output language, contact
details in the body, no tables or text boxes, a standard font, real Word bullet lists.

Every paragraph of the original keeps its words: job lines are recomposed from their parts,
dates are rewritten in the output language's format, everything else is copied as it was.
"""

from __future__ import annotations

from typing import Any

from resume_helper.documents import lexicon
from resume_helper.documents.model import Paragraph, Resume, Section
from resume_helper.tailoring.docx_write import (
    add_bullet,
    add_heading,
    add_text,
    new_document,
    to_bytes,
)
from resume_helper.tailoring.language import format_range, tailor_data
from resume_helper.tailoring.plan import Plan

ORDER = ("summary", "experience", "education", "skills", "languages", "certifications")


def build_clean_resume(resume: Resume, plan: Plan) -> bytes:
    """The tailored resume as a new, plain DOCX in ``plan.lang``'s conventions."""
    spec = tailor_data(plan.lang)
    name = resume.contact.name or ""
    document = new_document(plan.lang, title=name, author=name)
    lines = contact_lines(resume)
    if name:
        add_text(document, name, bold=True, size=18)
    for line in lines:
        add_text(document, line)
    headings = spec["headings"]
    if plan.profile or resume.sections_of("summary"):
        add_heading(document, headings["summary"])
    if plan.profile:
        add_text(document, plan.profile)
    for kind in ORDER:
        for section in resume.sections_of(kind):
            if kind != "summary":
                add_heading(document, headings[kind])
            _section(document, section, plan)
    for section in resume.sections:
        if section.kind in ORDER or section.kind == "contact":
            continue
        if section.heading:
            add_heading(document, section.heading)
        for paragraph in section.content:
            _line(document, paragraph, plan)
    return to_bytes(document)


def contact_lines(resume: Resume) -> list[str]:
    """The contact section's lines (page header and footer included) except the name and a
    title such as "Lebenslauf"."""
    titles = set(lexicon.words("resume_titles"))
    name = resume.contact.name or ""
    lines = []
    for section in resume.sections_of("contact"):
        for paragraph in section.content:
            text = paragraph.text.strip()
            if lexicon.normalize(text) in titles or not text:
                continue
            if text == name:
                continue
            if text.startswith(name) and name:
                text = text[len(name):].strip(" ·|,–-")
                if not text:
                    continue
            lines.append(text)
    return lines


def _section(document: Any, section: Section, plan: Plan) -> None:
    if section.kind in ("experience", "education"):
        _entries(document, section, plan)
        return
    paragraphs = list(section.content)
    if section.kind == "skills" and plan.paragraph_order:
        by_index = {p.index: p for p in paragraphs}
        ordered = [by_index[i] for i in plan.paragraph_order if i in by_index]
        paragraphs = ordered + [p for p in paragraphs if p.index not in plan.paragraph_order]
    for paragraph in paragraphs:
        _line(document, paragraph, plan)


def _line(document: Any, paragraph: Paragraph, plan: Plan) -> None:
    text = plan.text_of(paragraph)
    if paragraph.list_item:
        add_bullet(document, text)
    else:
        add_text(document, text)


def _entries(document: Any, section: Section, plan: Plan) -> None:
    """Jobs or schools as their header line (as written, without the dates), the dates in
    the output language's format, and their details as bullets."""
    from resume_helper.documents.entries import group

    content = list(section.content)
    texts = {p.text.strip(): p for p in content}
    for entry in group(content):
        if entry.headers:
            add_text(document, ", ".join(entry.headers), bold=True)
        if entry.dates is not None:
            add_text(document, format_range(entry.dates, plan.lang))
        for detail in entry.details:
            source = texts.get(detail)
            add_bullet(document, plan.text_of(source) if source is not None else detail)
