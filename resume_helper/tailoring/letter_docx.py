"""Write the composed cover letter as a plain, one-page Word document."""

from __future__ import annotations

from resume_helper.tailoring.docx_write import add_bullet, add_text, new_document, to_bytes
from resume_helper.tailoring.language import tailor_data
from resume_helper.tailoring.letter import Letter

BLANK_BEFORE = {"recipient", "date", "subject", "greeting", "closing"}


def build_letter_docx(letter: Letter, lang: str, *, author: str = "") -> bytes:
    """The letter's parts in order: blocks separated by a blank line, the date on the right
    in A4 countries, the subject in bold, [places to fill in] highlighted."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = new_document(lang, title=_subject(letter), author=author)
    right = tailor_data(lang)["page"] == "a4"
    previous = None
    for part in letter.parts:
        if part.kind != previous and part.kind in BLANK_BEFORE and previous is not None:
            add_text(document, "")
        if part.kind == "tie":
            paragraph = add_bullet(document, part.text)
        else:
            paragraph = add_text(document, part.text, bold=part.kind == "subject",
                                 highlight_brackets=True)
        if part.kind == "date" and right:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if part.kind == "signature" and previous == "closing":
            paragraph.paragraph_format.space_before = document.styles["Normal"].font.size * 2
        previous = part.kind
    return to_bytes(document)


def _subject(letter: Letter) -> str:
    return next((p.text for p in letter.parts if p.kind == "subject"), "")
