"""Show a read document: as JSON-friendly data or as a short human-readable summary."""

from __future__ import annotations

from dataclasses import fields, is_dataclass
from typing import Any

from resume_helper.documents.model import (
    CoverLetter,
    DateRange,
    Document,
    Posting,
    Resume,
    Section,
)


def document_to_dict(doc: Document) -> dict[str, Any]:
    """``doc`` as plain dicts and lists (for ``json.dumps``), with its kind and full text.

    Sections list the indices of their paragraphs rather than repeating them.
    """
    data: dict[str, Any] = {"kind": doc.kind}
    for item in fields(doc):
        value = getattr(doc, item.name)
        if item.name == "sections":
            data["sections"] = [_section(s) for s in value]
        else:
            data[item.name] = _plain(value)
    data["text"] = doc.text
    return data


def _section(section: Section) -> dict[str, Any]:
    return {"kind": section.kind, "heading": section.heading, "boilerplate": section.boilerplate,
            "paragraphs": [p.index for p in section.paragraphs]}


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _dates(dates: DateRange | None) -> str:
    if dates is None:
        return ""
    if not dates.parsed:
        return f"{dates.raw} (not understood)"

    def one(value: tuple[int, int | None] | None) -> str:
        if value is None:
            return "?"
        return f"{value[1]:02d}/{value[0]}" if value[1] else str(value[0])

    return f"{one(dates.start)} – {'present' if dates.present else one(dates.end)}"


def format_document(doc: Document) -> str:
    """A short summary of ``doc`` for people: what was found, section by section."""
    lines = [f"{doc.name}: {doc.kind} ({doc.file_format}, {len(doc.paragraphs)} paragraphs"
             + (f", language {doc.lang}" if doc.lang else "") + ")"]
    if isinstance(doc, Resume):
        lines += _resume(doc)
    elif isinstance(doc, Posting):
        lines += _posting(doc)
    elif isinstance(doc, CoverLetter):
        lines += _letter(doc)
    lines.append("Sections: " + ", ".join(
        f"{s.kind}{' (boilerplate)' if s.boilerplate else ''}" for s in doc.sections))
    sources = sorted({p.source for p in doc.paragraphs} - {"body"})
    if sources:
        lines.append("Text also in: " + ", ".join(sources))
    if doc.fonts:
        lines.append("Fonts: " + ", ".join(doc.fonts))
    lines += [f"Note: {note}" for note in doc.notes]
    return "\n".join(lines)


def _field(label: str, value: Any) -> list[str]:
    return [f"{label}: {value}"] if value else []


def _resume(doc: Resume) -> list[str]:
    c = doc.contact
    lines = _field("Name", c.name) + _field("E-mail", c.email)
    if c.phone:
        lines += _field("Phone", f"{c.phone.raw}" + (f" ({c.phone.e164})" if c.phone.e164 else ""))
    lines += _field("Location", c.location) + _field("Links", ", ".join(c.links))
    lines += _field("Summary", doc.summary)
    if doc.experience:
        lines.append("Experience:")
        for job in doc.experience:
            head = ", ".join(x for x in (job.title, job.employer, job.location) if x)
            lines.append(f"  - {head} [{_dates(job.dates)}] ({len(job.bullets)} bullets)")
    if doc.education:
        lines.append("Education:")
        for school in doc.education:
            head = ", ".join(x for x in (school.degree, school.institution) if x)
            lines.append(f"  - {head} [{_dates(school.dates)}]")
    lines += _field("Skills", ", ".join(doc.skills))
    lines += _field("Languages", ", ".join(
        f"{x.language} ({x.level or '?'})" for x in doc.languages))
    lines += _field("Certifications", "; ".join(doc.certifications))
    return lines


def _posting(doc: Posting) -> list[str]:
    lines = _field("Title", doc.title) + _field("Company", doc.company)
    lines += _field("Location", doc.location)
    for label, items in (("Responsibilities", doc.responsibilities),
                         ("Requirements", doc.requirements), ("Nice to have", doc.nice_to_haves),
                         ("Benefits", doc.benefits)):
        if items:
            lines.append(f"{label}:")
            lines += [f"  - {item}" for item in items]
    lines += _field("Languages", ", ".join(
        f"{x.language} ({x.level or '?'}{'' if x.required else ', nice to have'})"
        for x in doc.language_requirements))
    lines += _field("Years of experience", doc.years_of_experience)
    lines += _field("Contact person", doc.contact_person)
    return lines


def _letter(doc: CoverLetter) -> list[str]:
    return (_field("Date", doc.date) + _field("Recipient", " / ".join(doc.recipient))
            + _field("Subject", doc.subject) + _field("Greeting", doc.greeting)
            + [f"Body: {len(doc.body)} paragraphs"] + _field("Closing", doc.closing)
            + _field("Signature", doc.signature))

