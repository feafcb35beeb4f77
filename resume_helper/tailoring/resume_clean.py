"""A clean, single-column resume built from the parsed structure (``--ats-safe``, and every
resume that is not a Word document): standard headings in the output language, contact
details in the body, no tables or text boxes, a standard font, real Word bullet lists.

Every paragraph of the original keeps its words: job lines are recomposed from their parts,
dates are rewritten in the output language's format, everything else is copied as it was.
"""

from __future__ import annotations

import re
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
    signature = _signature_lines(resume)
    if plan.profile or resume.sections_of("summary"):
        add_heading(document, headings["summary"])
    if plan.profile:
        add_text(document, plan.profile)
    for kind in ORDER:
        sections = resume.sections_of(kind)
        if sections and kind != "summary":
            add_heading(document, headings[kind])  # one heading, however many sections
        for section in sections:
            _section(document, section, plan, signature)
    written: set[str] = set()
    for section in resume.sections:
        if section.kind in ORDER or section.kind == "contact":
            continue
        content = [p for p in section.content if p.index not in signature]
        if not content:
            continue
        heading = section.heading or ""
        if heading and heading not in written:
            add_heading(document, heading)
            written.add(heading)
        for paragraph in content:
            _line(document, paragraph, plan)
    return to_bytes(document)


SIGNATURE = re.compile(r"^[^\W\d][\w .'-]{1,40},\s*(?:den\s+)?\d{1,2}[./]?\s*"
                       r"(?:\d{1,2}[./]\s*\d{2,4}|[^\W\d]+\.?\s+\d{4})$")


def _signature_lines(resume: Resume) -> set[int]:
    """The place-and-date line and the signed name that close many German, Danish and
    Estonian resumes ("Berlin, 01.12.2026" / "Sabine Hoffmann"): no section of their own,
    dropped from the clean copy."""
    name = (resume.contact.name or "").strip()
    found: set[int] = set()
    for paragraph in reversed(resume.paragraphs[-3:]):
        text = paragraph.text.strip()
        if paragraph.section == "contact" or paragraph.heading_level:
            break
        if (name and text == name) or SIGNATURE.match(text):
            found.add(paragraph.index)
        else:
            break
    return found


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


def _section(document: Any, section: Section, plan: Plan, signature: set[int]) -> None:
    if section.kind in ("experience", "education"):
        _entries(document, section, plan, signature)
        return
    paragraphs = [p for p in section.content if p.index not in signature]
    paragraphs.sort(key=lambda p: plan.position_of(p.index))
    for paragraph in paragraphs:
        _line(document, paragraph, plan)


def _line(document: Any, paragraph: Paragraph, plan: Plan) -> None:
    text = plan.text_of(paragraph)
    if paragraph.list_item:
        add_bullet(document, text)
    else:
        add_text(document, text)


def _entries(document: Any, section: Section, plan: Plan, signature: set[int]) -> None:
    """Jobs or schools as their header line (as written, without the dates), the dates in
    the output language's format, and their details as bullets."""
    from resume_helper.documents.entries import group

    content = [p for p in section.content if p.index not in signature]
    texts = {p.text.strip(): p for p in content}
    for entry in group(content):
        if entry.headers:
            add_text(document, ", ".join(entry.headers), bold=True)
        if entry.dates is not None:
            add_text(document, format_range(entry.dates, plan.lang))
        sources = [texts.get(detail) for detail in entry.details]
        if all(sources):  # in the accepted order of the bullets
            ordered = sorted((s for s in sources if s is not None),
                             key=lambda p: plan.position_of(p.index))
            for source in ordered:
                add_bullet(document, plan.text_of(source))
            continue
        for detail, source in zip(entry.details, sources, strict=True):
            add_bullet(document, plan.text_of(source) if source is not None else detail)
