"""Split blocks into sections by their headings, and assemble paragraphs with offsets.

A heading is recognised when its text (any case, with or without a colon) is in the
language data, or, once the first known section has begun, when it is formatted as one
(a Word heading style, an HTML/Markdown heading, or a short line in capitals).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from resume_helper.documents import lexicon
from resume_helper.documents.dates import find_date_range
from resume_helper.documents.model import Block, Paragraph, Section

MAX_HEADING_WORDS = 6
MAX_HEADING_CHARS = 60
MAX_INLINE_LABEL = 40


@dataclass
class Span:
    """A section being built: its kind, heading and the indices of its blocks."""

    kind: str
    heading: str | None
    indices: list[int] = field(default_factory=list)
    boilerplate: bool = False


def heading_kind(block: Block, doc_kind: str) -> tuple[str, str] | None:
    """(section kind, heading text) when ``block`` is a known heading, else None.

    "Sprachen: Deutsch, Englisch" counts too: a known heading before a colon or a tab.
    """
    text = block.text.strip()
    if len(text) > MAX_HEADING_CHARS * 4:
        return None
    known = lexicon.headings(doc_kind)
    normalized = lexicon.normalize(text)
    short = len(text) <= MAX_HEADING_CHARS and len(text.split()) <= MAX_HEADING_WORDS
    if short and normalized in known:
        return known[normalized], text
    if short and not text.endswith(".") and not block.list_item:
        for pattern, kind in lexicon.heading_patterns(doc_kind):
            if pattern.match(normalized):
                return kind, text
    # "Sprachen: Deutsch", or "Sprachen<tab>Deutsch": a label in a table's left cell beside
    # its content on the same row (Europass, PDF tables)
    label, colon, rest = text.partition(":")
    if not (colon and rest.strip()):
        label, colon, rest = text.partition("\t")
    if colon and rest.strip() and len(label) <= MAX_INLINE_LABEL:
        kind = known.get(lexicon.normalize(label))
        if kind:
            return kind, label.strip()
    return None


def looks_like_heading(block: Block) -> bool:
    """Whether ``block`` is formatted as a heading even though its text is not known."""
    text = block.text.strip()
    if block.list_item or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS:
        return False
    found = find_date_range(text)
    if found is not None and found[1][1] - found[1][0] >= 0.5 * len(text):
        return False  # a period set large or bold opens an entry, never a section
    if block.heading_level is not None:
        return True
    if lexicon.normalize(text) in lexicon.words("language_grid"):
        return False  # the CEFR grid's column heads ("VERSTEHEN"), set in capitals
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 4 or text.upper() != text or any(ch.isdigit() for ch in text):
        return False
    # "SAP CRM", "HTML CSS": a list item of acronyms in plain type, not a heading in capitals
    return block.bold or not all(len(word) <= 4 for word in text.split())


def split_sections(
    blocks: Sequence[Block], doc_kind: str, *, first_kind: str, edge_kind: str = "other"
) -> list[Span]:
    """Sections over all ``blocks``; every block lands in exactly one.

    Page headers and footers form their own sections of ``edge_kind`` so that a footer
    does not end up inside the last body section.
    """
    spans: list[Span] = []
    current: Span | None = None
    started = False
    for index, block in enumerate(blocks):
        if block.source in ("header", "footer"):
            if current is None or current.kind != f"{edge_kind}:{block.source}":
                current = Span(f"{edge_kind}:{block.source}", None)
                spans.append(current)
            current.indices.append(index)
            continue
        found = heading_kind(block, doc_kind)
        if found is None and started and looks_like_heading(block):
            found = ("other", block.text.strip())
        if found is not None:
            current = Span(found[0], found[1])
            spans.append(current)
            started = True
        elif current is None or current.kind.startswith(f"{edge_kind}:"):
            current = Span(first_kind if not started else "other", None)
            spans.append(current)
        current.indices.append(index)
    for span in spans:
        span.kind = span.kind.split(":")[0]
    return spans


def assemble(blocks: Sequence[Block], spans: Sequence[Span]) -> tuple[
    tuple[Paragraph, ...], tuple[Section, ...]
]:
    """Paragraphs with section and offsets into the reading-order text, and the sections."""
    where: dict[int, tuple[int, Span]] = {}
    for number, span in enumerate(spans):
        for index in span.indices:
            where[index] = (number, span)
    paragraphs: list[Paragraph] = []
    offset = 0
    for index, block in enumerate(blocks):
        number, span = where[index]
        paragraphs.append(Paragraph(
            text=block.text, source=block.source, style=block.style,
            heading_level=block.heading_level, bold=block.bold, list_item=block.list_item,
            links=block.links, index=index, section=span.kind, section_index=number,
            start=offset, end=offset + len(block.text),
        ))
        offset += len(block.text) + 1
    sections = tuple(
        Section(kind=span.kind, heading=span.heading, boilerplate=span.boilerplate,
                paragraphs=tuple(paragraphs[i] for i in span.indices))
        for span in spans
    )
    return tuple(paragraphs), sections
