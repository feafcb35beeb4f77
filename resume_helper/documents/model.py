"""The structures documents are read into: immutable, JSON-friendly, with nothing lost.

Why every document keeps its paragraphs: the checks that come later ("contact details only in
the page header", "text in text boxes", "fonts") need to know where each piece of text came
from, and the round-trip guarantee (every input paragraph lands in exactly one section) is
only testable if the paragraphs are kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import ClassVar, Literal

Source = Literal["body", "table", "textbox", "header", "footer"]
Kind = Literal["resume", "letter", "posting"]
YearMonth = tuple[int, int | None]


@dataclass(frozen=True, kw_only=True)
class Block:
    """One paragraph as a reader found it, before sections are known."""

    text: str
    source: Source = "body"
    style: str | None = None
    heading_level: int | None = None
    bold: bool = False
    list_item: bool = False
    links: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Paragraph(Block):
    """A paragraph of a read document: its text, origin, section and offsets into ``text``."""

    index: int = 0
    section: str = "other"
    section_index: int = 0
    start: int = 0
    end: int = 0


@dataclass(frozen=True, kw_only=True)
class Extracted:
    """What a format reader returns: the blocks in reading order and facts about the file.

    ``layout`` names what applicant tracking systems read badly ("images", "columns");
    ``pages`` is the page count when the file records it; ``metadata`` holds what the file
    states about itself (Markdown front matter: ``title``, ``company``, …), lower-case keys.
    """

    blocks: tuple[Block, ...]
    file_format: str
    fonts: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    layout: tuple[str, ...] = ()
    pages: int | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    hidden_text: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, kw_only=True)
class Section:
    """A run of consecutive paragraphs under one heading (or none, at the top)."""

    kind: str
    heading: str | None
    paragraphs: tuple[Paragraph, ...]
    boilerplate: bool = False

    @property
    def lines(self) -> tuple[str, ...]:
        """The section's paragraph texts without its heading ("Sprachen: " taken off too)."""
        return tuple(p.text for p in self.content)

    @property
    def content(self) -> tuple[Paragraph, ...]:
        """The section's paragraphs without the heading; an inline heading's label removed
        ("Sprachen: Deutsch", "Sprachen<tab>Deutsch" give "Deutsch")."""
        found: list[Paragraph] = []
        for number, paragraph in enumerate(self.paragraphs):
            text = paragraph.text.strip()
            if number == 0 and self.heading is not None:
                if text == self.heading:
                    continue
                after = text[len(self.heading):].lstrip(" ")
                if text.startswith(self.heading) and after[:1] in (":", "\t"):
                    paragraph = replace(paragraph, text=after[1:].strip())
            found.append(paragraph)
        return tuple(found)


@dataclass(frozen=True, kw_only=True)
class DateRange:
    """A period such as "03/2021 – heute"; ``parsed`` is False when only ``raw`` is known."""

    raw: str
    start: YearMonth | None = None
    end: YearMonth | None = None
    present: bool = False
    parsed: bool = True


@dataclass(frozen=True, kw_only=True)
class Phone:
    """A telephone number as written, with an E.164 form when the country could be told."""

    raw: str
    e164: str | None = None
    country: str | None = None


@dataclass(frozen=True, kw_only=True)
class Contact:
    """Who the resume is about and how to reach them; ``found_in`` names the sources used."""

    name: str | None = None
    email: str | None = None
    phone: Phone | None = None
    location: str | None = None
    links: tuple[str, ...] = ()
    found_in: tuple[Source, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Experience:
    """One job: title, employer, dates and bullet points."""

    title: str | None = None
    employer: str | None = None
    location: str | None = None
    dates: DateRange | None = None
    bullets: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Education:
    """One course of study or training."""

    degree: str | None = None
    institution: str | None = None
    location: str | None = None
    dates: DateRange | None = None
    details: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class LanguageSkill:
    """A language with its level: ``level`` is A1…C2 or "native"; ``level_raw`` as written;
    ``written``: the whole entry as the resume writes it ("Englisch – gute Kenntnisse (B2)")."""

    language: str
    code: str | None = None
    level: str | None = None
    level_raw: str | None = None
    written: str | None = None


@dataclass(frozen=True, kw_only=True)
class Document:
    """What every read document has: its paragraphs, sections and where it came from."""

    kind: ClassVar[Kind]
    name: str
    file_format: str
    paragraphs: tuple[Paragraph, ...]
    sections: tuple[Section, ...]
    fonts: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    layout: tuple[str, ...] = ()
    pages: int | None = None
    lang: str | None = None
    # text in the file no reader of the page sees, (why, text); why: "white", "tiny" or
    # "vanish" (formatted as hidden)
    hidden_text: tuple[tuple[str, str], ...] = ()

    @cached_property
    def text(self) -> str:
        """The full text in reading order; paragraph offsets point into it.

        Why cached: later stages ask for it once per job or finding; joining it each time
        made checking a long document quadratic.
        """
        return "\n".join(p.text for p in self.paragraphs)

    def sections_of(self, kind: str) -> tuple[Section, ...]:
        """The sections of one kind, in order."""
        return tuple(s for s in self.sections if s.kind == kind)


@dataclass(frozen=True, kw_only=True)
class Resume(Document):
    """A resume (CV)."""

    kind: ClassVar[Kind] = "resume"
    contact: Contact = field(default_factory=Contact)
    summary: str | None = None
    experience: tuple[Experience, ...] = ()
    education: tuple[Education, ...] = ()
    skills: tuple[str, ...] = ()
    languages: tuple[LanguageSkill, ...] = ()
    certifications: tuple[str, ...] = ()

    @property
    def other_sections(self) -> tuple[Section, ...]:
        """Sections that are none of the ones with their own field (interests, projects, …)."""
        own = {"contact", "summary", "experience", "education", "skills", "languages",
               "certifications"}
        return tuple(s for s in self.sections if s.kind not in own)


@dataclass(frozen=True, kw_only=True)
class CoverLetter(Document):
    """A cover letter (application letter)."""

    kind: ClassVar[Kind] = "letter"
    sender: tuple[str, ...] = ()
    date: str | None = None
    recipient: tuple[str, ...] = ()
    subject: str | None = None
    greeting: str | None = None
    body: tuple[str, ...] = ()
    closing: str | None = None
    signature: str | None = None


@dataclass(frozen=True, kw_only=True)
class LanguageRequirement:
    """A language a posting asks for, with the level when stated."""

    language: str
    code: str | None = None
    level: str | None = None
    required: bool = True
    evidence: str = ""


@dataclass(frozen=True, kw_only=True)
class Posting(Document):
    """A job posting (job ad)."""

    kind: ClassVar[Kind] = "posting"
    title: str | None = None
    company: str | None = None
    location: str | None = None
    responsibilities: tuple[str, ...] = ()
    requirements: tuple[str, ...] = ()
    nice_to_haves: tuple[str, ...] = ()
    benefits: tuple[str, ...] = ()
    language_requirements: tuple[LanguageRequirement, ...] = ()
    education: tuple[str, ...] = ()
    years_of_experience: int | None = None
    years_evidence: str | None = None
    contact_person: str | None = None

    @property
    def boilerplate(self) -> tuple[Section, ...]:
        """Sections scoring should ignore: benefits, about the company, legal notes."""
        return tuple(s for s in self.sections if s.boilerplate)
