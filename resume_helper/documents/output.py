"""Show a read document: as JSON-friendly data or as a short human-readable summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, is_dataclass
from typing import TYPE_CHECKING, Any

from resume_helper.documents.model import (
    CoverLetter,
    DateRange,
    Document,
    Posting,
    Resume,
    Section,
)

if TYPE_CHECKING:
    from resume_helper.messages import Messages


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


def _dates(dates: DateRange | None, m: Messages) -> str:
    if dates is None:
        return ""
    if not dates.parsed:
        return m.text("parse.not_understood", dates=dates.raw)

    def one(value: tuple[int, int | None] | None) -> str:
        if value is None:
            return "?"
        return f"{value[1]:02d}/{value[0]}" if value[1] else str(value[0])

    return f"{one(dates.start)} – {m.text('parse.present') if dates.present else one(dates.end)}"


def format_document(doc: Document, messages: Messages | None = None) -> str:
    """A short summary of ``doc`` for people: what was found, section by section, in the
    language of ``messages`` (English when None)."""
    from resume_helper.messages import Messages

    m = messages or Messages("en")
    params = {"name": doc.name, "kind": m.text(f"kinds.{doc.kind}"), "format": doc.file_format,
              "paragraphs": len(doc.paragraphs)}
    if doc.lang:
        lines = [m.text("parse.header", language=m.text(f"languages.{doc.lang}"), **params)]
    else:
        lines = [m.text("parse.header_no_language", **params)]
    if isinstance(doc, Resume):
        lines += _resume(doc, m)
    elif isinstance(doc, Posting):
        lines += _posting(doc, m)
    elif isinstance(doc, CoverLetter):
        lines += _letter(doc, m)
    lines += _field(m, "sections", ", ".join(_section_name(s, m) for s in doc.sections))
    sources = sorted({p.source for p in doc.paragraphs} - {"body"})
    lines += _field(m, "sources", ", ".join(_known(m, "parse.sources", s) for s in sources))
    lines += _field(m, "fonts", ", ".join(doc.fonts))
    lines += [f"{m.text('parse.labels.note')}: {_known(m, 'parse.notes', n)}" for n in doc.notes]
    return "\n".join(lines)


def _known(m: Messages, group: str, key: str) -> str:
    """``group.key`` in this language, or ``key`` itself when the messages do not know it."""
    try:
        return m.text(f"{group}.{key}")
    except KeyError:
        return key


def _section_name(section: Section, m: Messages) -> str:
    name = _known(m, "parse.sections", section.kind)
    return f"{name} ({m.text('parse.boilerplate')})" if section.boilerplate else name


def _field(m: Messages, label: str, value: Any) -> list[str]:
    return [f"{m.text(f'parse.labels.{label}')}: {value}"] if value else []


def _list(m: Messages, label: str, items: Sequence[str]) -> list[str]:
    return [f"{m.text(f'parse.labels.{label}')}:", *(f"  - {item}" for item in items)] \
        if items else []


def _resume(doc: Resume, m: Messages) -> list[str]:
    c = doc.contact
    lines = _field(m, "name", c.name) + _field(m, "email", c.email)
    if c.phone:
        lines += _field(m, "phone", c.phone.raw + (f" ({c.phone.e164})" if c.phone.e164 else ""))
    lines += _field(m, "location", c.location) + _field(m, "links", ", ".join(c.links))
    lines += _field(m, "summary", doc.summary)
    lines += _list(m, "experience", [
        f"{', '.join(x for x in (job.title, job.employer, job.location) if x)} "
        f"[{_dates(job.dates, m)}] ({m.text('parse.bullets', count=len(job.bullets))})"
        for job in doc.experience])
    lines += _list(m, "education", [
        f"{', '.join(x for x in (school.degree, school.institution) if x)} "
        f"[{_dates(school.dates, m)}]" for school in doc.education])
    lines += _field(m, "skills", ", ".join(doc.skills))
    lines += _field(m, "languages", ", ".join(
        f"{x.language} ({m.level(x.level) if x.level else '?'})" for x in doc.languages))
    lines += _field(m, "certifications", "; ".join(doc.certifications))
    return lines


def _posting(doc: Posting, m: Messages) -> list[str]:
    lines = _field(m, "title", doc.title) + _field(m, "company", doc.company)
    lines += _field(m, "location", doc.location)
    for label, items in (("responsibilities", doc.responsibilities),
                         ("requirements", doc.requirements), ("nice_to_have", doc.nice_to_haves),
                         ("benefits", doc.benefits)):
        lines += _list(m, label, items)
    optional = m.text("parse.optional")
    lines += _field(m, "languages", ", ".join(
        f"{_language_name(x.code, m) or x.language} ({m.level(x.level) if x.level else '?'}"
        f"{'' if x.required else ', ' + optional})"
        for x in doc.language_requirements))
    lines += _field(m, "years", doc.years_of_experience)
    lines += _field(m, "contact_person", doc.contact_person)
    return lines


def _letter(doc: CoverLetter, m: Messages) -> list[str]:
    return (_field(m, "date", doc.date) + _field(m, "recipient", " / ".join(doc.recipient))
            + _field(m, "subject", doc.subject) + _field(m, "greeting", doc.greeting)
            + [m.text("parse.body", count=len(doc.body))] + _field(m, "closing", doc.closing)
            + _field(m, "signature", doc.signature))


def _language_name(code: str | None, m: Messages) -> str | None:
    """A language's name in the output's language (CLDR via Babel): a posting names it
    inflected ("Eesti keele väga hea oskus"), the output names the language ("eesti")."""
    if code is None:
        return None
    from babel import Locale

    return Locale.parse(m.lang).languages.get(code)
