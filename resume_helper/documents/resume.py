"""Build a :class:`Resume` from the blocks a reader found."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from resume_helper.documents import lexicon
from resume_helper.documents.contacts import find_contact, find_email, find_phone
from resume_helper.documents.entries import educations, experiences
from resume_helper.documents.langskills import language_skills
from resume_helper.documents.model import Contact, Extracted, Resume, Section
from resume_helper.documents.sections import Span, assemble, split_sections

SKILL_SPLIT = re.compile(r"\s*(?:[,;•·|]|\s[-–]\s)\s*")
PARENS = re.compile(r"[()]")
# "Tools: …", "Tools<tab>…": a label before the items (a table's left cell)
LABEL = re.compile(r"^[^:\t]{1,25}(?::\s+|\t+)")


def build_resume(extracted: Extracted, *, name: str) -> Resume:
    """A resume's structure: contact, summary, jobs, education, skills, languages, …"""
    blocks = extracted.blocks
    spans = split_sections(blocks, "resume", first_kind="contact", edge_kind="contact")
    _classify_edges(spans, extracted)
    paragraphs, sections = assemble(blocks, spans)
    top = [p for s in sections if s.kind == "contact" for p in s.paragraphs]
    rest = [p for p in paragraphs if p.section != "contact"]
    lang = lexicon.heading_language(s.heading for s in sections if s.heading)
    contact = _with_metadata(
        find_contact([*top, *rest], top=max(len(top), 3), region=lexicon.region(lang)),
        dict(extracted.metadata), region=lexicon.region(lang))
    summary = " ".join(line for s in _of(sections, "summary") for line in s.lines) or None
    return Resume(
        name=name,
        file_format=extracted.file_format,
        paragraphs=paragraphs,
        sections=sections,
        fonts=extracted.fonts,
        notes=extracted.notes,
        layout=extracted.layout,
        hidden_text=extracted.hidden_text,
        pages=extracted.pages,
        contact=contact,
        summary=summary,
        experience=tuple(e for s in _of(sections, "experience") for e in experiences(s.content)),
        education=tuple(e for s in _of(sections, "education") for e in educations(s.content)),
        skills=_skills(sections),
        languages=tuple(x for s in _of(sections, "languages")
                        for x in language_skills(s.lines, heading=s.heading)),
        certifications=tuple(line for s in _of(sections, "certifications") for line in s.lines),
    )


def _with_metadata(contact: Contact, meta: dict[str, str], *, region: str | None) -> Contact:
    """``contact`` completed from what the file states about itself (a Markdown resume's
    front matter: "author:", "email:", "phone:"), where the text did not say it."""
    def first(*keys: str) -> str | None:
        return next((meta[k] for k in keys if meta.get(k)), None)

    name = contact.name or first("name", "author")
    email = contact.email or (find_email(first("email", "e-mail", "mail") or ""))
    phone = contact.phone or find_phone(first("phone", "telephone", "mobile", "tel") or "",
                                        region=region)
    if (name, email, phone) == (contact.name, contact.email, contact.phone):
        return contact
    return replace(contact, name=name, email=email, phone=phone)


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
    items: dict[str, None] = {}
    for section in _of(sections, "skills"):
        for paragraph in section.content:
            line = LABEL.sub("", paragraph.text)
            for item in _split_items(line):
                item = item.strip(" .")
                if item:
                    items.setdefault(item)
    return tuple(items)


def _split_items(line: str) -> list[str]:
    """``line`` split at separators outside parentheses ("MS Office (Word, Excel)" is one).

    Why not a lookahead in the pattern: it rescans the rest of the line at every separator,
    which is quadratic on a line of 100,000 commas.
    """
    parens = [(m.start(), m.group()) for m in PARENS.finditer(line)]
    positions = [position for position, _ in parens]
    items, start = [], 0
    for match in SKILL_SPLIT.finditer(line):
        after = bisect_left(positions, match.end())
        if after < len(parens) and parens[after][1] == ")":
            continue  # inside parentheses: the next one closes
        items.append(line[start:match.start()])
        start = match.end()
    items.append(line[start:])
    return items
