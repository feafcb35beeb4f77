"""Build a :class:`Resume` from the blocks a reader found."""

from __future__ import annotations

import re

from resume_helper.documents import lexicon
from resume_helper.documents.contacts import find_contact
from resume_helper.documents.entries import educations, experiences
from resume_helper.documents.langskills import language_skills
from resume_helper.documents.model import Extracted, Resume, Section
from resume_helper.documents.sections import Span, assemble, split_sections

SKILL_SPLIT = re.compile(r"\s*(?:[,;•·|]|\s[-–]\s)\s*(?![^()]*\))")
LABEL = re.compile(r"^[^:]{1,25}:\s+")


def build_resume(extracted: Extracted, *, name: str) -> Resume:
    """A resume's structure: contact, summary, jobs, education, skills, languages, …"""
    blocks = extracted.blocks
    spans = split_sections(blocks, "resume", first_kind="contact", edge_kind="contact")
    _classify_edges(spans, extracted)
    paragraphs, sections = assemble(blocks, spans)
    top = [p for s in sections if s.kind == "contact" for p in s.paragraphs]
    rest = [p for p in paragraphs if p.section != "contact"]
    lang = lexicon.heading_language(s.heading for s in sections if s.heading)
    contact = find_contact([*top, *rest], top=max(len(top), 3), region=lexicon.region(lang))
    summary = " ".join(line for s in _of(sections, "summary") for line in s.lines) or None
    return Resume(
        name=name,
        file_format=extracted.file_format,
        paragraphs=paragraphs,
        sections=sections,
        fonts=extracted.fonts,
        notes=extracted.notes,
        layout=extracted.layout,
        pages=extracted.pages,
        contact=contact,
        summary=summary,
        experience=tuple(e for s in _of(sections, "experience") for e in experiences(s.content)),
        education=tuple(e for s in _of(sections, "education") for e in educations(s.content)),
        skills=_skills(sections),
        languages=tuple(x for s in _of(sections, "languages") for x in language_skills(s.lines)),
        certifications=tuple(line for s in _of(sections, "certifications") for line in s.lines),
    )


def _classify_edges(spans: list[Span], extracted: Extracted) -> None:
    """Page headers and footers are contact sections only when they hold contact details."""
    for span in spans:
        edge = [extracted.blocks[i] for i in span.indices]
        if span.heading is None and all(b.source in ("header", "footer") for b in edge):
            found = find_contact(edge)
            span.kind = "contact" if found.email or found.phone or found.links else "other"


def _of(sections: tuple[Section, ...], kind: str) -> list[Section]:
    return [s for s in sections if s.kind == kind]


def _skills(sections: tuple[Section, ...]) -> tuple[str, ...]:
    items: list[str] = []
    for section in _of(sections, "skills"):
        for paragraph in section.content:
            line = LABEL.sub("", paragraph.text)
            for item in SKILL_SPLIT.split(line):
                item = item.strip(" .")
                if item and item not in items:
                    items.append(item)
    return tuple(items)
