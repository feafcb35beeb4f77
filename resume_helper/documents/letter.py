"""Build a :class:`CoverLetter`: sender, date, recipient, subject, greeting, body, closing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from resume_helper.documents import lexicon
from resume_helper.documents.contacts import EMAIL, URL, find_phone
from resume_helper.documents.model import Block, CoverLetter, Extracted
from resume_helper.documents.sections import Span, assemble

MAX_GREETING = 80
MAX_CLOSING_EXTRA = 3
LETTER_DATE = re.compile(
    r"(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|\d{1,2}\.?\s+[A-Za-zäöüÄÖÜæøåÆØÅõÕ]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4})\s*$"
)


def find_greeting(blocks: Sequence[Block]) -> int | None:
    """Index of the salutation ("Sehr geehrte Frau …", "Kære …", "Dear …", "Hej")."""
    pattern = re.compile(rf"^(?:{'|'.join(map(re.escape, lexicon.words('greetings')))})(?!\w)",
                         re.I)
    for index, block in enumerate(blocks):
        text = block.text.strip()
        if pattern.match(text) and len(text) <= MAX_GREETING and (
            text.endswith((",", "!", ":")) or len(text.split()) <= 5
        ):
            return index
    return None


def find_closing(blocks: Sequence[Block], after: int) -> int | None:
    """Index of the last complimentary close ("Mit freundlichen Grüßen", "Sincerely", …)."""
    closings = lexicon.words("closings")
    for index in range(len(blocks) - 1, after, -1):
        text = lexicon.normalize(blocks[index].text)
        for closing in closings:
            if text.startswith(closing) and len(text.split()) <= len(closing.split()) + \
                    MAX_CLOSING_EXTRA:
                return index
    return None


def build_letter(extracted: Extracted, *, name: str) -> CoverLetter:
    """A cover letter's parts; every paragraph lands in exactly one of them."""
    blocks = extracted.blocks
    greeting = find_greeting(blocks)
    closing = find_closing(blocks, greeting if greeting is not None else -1)
    start = greeting if greeting is not None else 0
    kinds = ["body"] * len(blocks)
    if greeting is not None:
        kinds[greeting] = "greeting"
        _preamble(blocks[:greeting], kinds)
    if closing is not None:
        kinds[closing] = "closing"
        for index in range(closing + 1, len(blocks)):
            kinds[index] = "attachments" if _is_attachment(blocks[index].text) else "signature"
    for index, block in enumerate(blocks):
        if block.source in ("header", "footer") and kinds[index] == "body":
            kinds[index] = "sender"
    spans: list[Span] = []
    for index, kind in enumerate(kinds):
        if not spans or spans[-1].kind != kind:
            spans.append(Span(kind, None))
        spans[-1].indices.append(index)
    paragraphs, sections = assemble(blocks, spans)

    def texts(kind: str) -> tuple[str, ...]:
        return tuple(p.text for p in paragraphs if p.section == kind)

    signature = texts("signature")
    return CoverLetter(
        name=name, file_format=extracted.file_format, paragraphs=paragraphs, sections=sections,
        fonts=extracted.fonts, notes=extracted.notes, layout=extracted.layout,
        hidden_text=extracted.hidden_text,
        pages=extracted.pages,
        sender=texts("sender"), date=next(iter(texts("date")), None),
        recipient=texts("recipient"), subject=next(iter(texts("subject")), None),
        greeting=blocks[greeting].text if greeting is not None else None,
        body=tuple(p.text for p in paragraphs[start:] if p.section == "body"),
        closing=blocks[closing].text if closing is not None else None,
        signature=signature[0] if signature else None,
    )


def _preamble(blocks: Sequence[Block], kinds: list[str]) -> None:
    """Label the lines before the greeting: sender, date, recipient and subject."""
    subjects = lexicon.words("subject_labels")
    last_contact = -1
    for index, block in enumerate(blocks):
        if EMAIL.search(block.text) or find_phone(block.text) or URL.search(block.text):
            last_contact = index
    for index, block in enumerate(blocks):
        text = block.text.strip()
        lowered = text.lower()
        if LETTER_DATE.search(text) and len(text) <= 40 and not find_phone(text):
            kinds[index] = "date"
        elif any(lowered.startswith(s) for s in subjects) or (
            block.bold and index == len(blocks) - 1
        ):
            kinds[index] = "subject"
        elif index <= last_contact or block.source in ("header", "footer"):
            kinds[index] = "sender"
        else:
            kinds[index] = "recipient"


def _is_attachment(text: str) -> bool:
    lowered = lexicon.normalize(text)
    return any(lowered.startswith(label) for label in lexicon.words("attachment_labels"))
