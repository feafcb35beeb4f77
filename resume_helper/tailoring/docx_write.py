"""A new, plain Word document: one column, a standard font, real headings and list styles.

Shared by the applicant-tracking-safe resume and the cover letter.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from resume_helper.tailoring.language import tailor_data

PAGES = {"a4": (21.0, 29.7, 2.5, 2.0), "letter": (21.59, 27.94, 2.54, 2.54)}
FIXED_TIME = datetime(2000, 1, 1)  # noqa: DTZ001 - core properties carry no zone


def new_document(lang: str, *, title: str = "", author: str = "") -> Any:
    """An empty document with the page size, margins and font of ``lang``'s conventions."""
    from docx import Document
    from docx.shared import Cm, Pt, RGBColor

    spec = tailor_data(lang)
    document = Document()
    width, height, side, top = PAGES[spec["page"]]
    for section in document.sections:
        section.page_width, section.page_height = Cm(width), Cm(height)
        section.left_margin = section.right_margin = Cm(side)
        section.top_margin = section.bottom_margin = Cm(top)
    _default_font(document, spec["font"])
    for style in document.styles:  # the template names Cambria, Courier … in other styles
        font = getattr(style, "font", None)
        if font is not None and font.name:
            font.name = spec["font"]
            _east_asian_font(style, spec["font"])
    for name, size in (("Normal", 11), ("Heading 1", 13), ("Title", 18), ("List Bullet", 11)):
        style = document.styles[name]
        style.font.name = spec["font"]
        style.font.size = Pt(size)
        _east_asian_font(style, spec["font"])
        if name != "Normal" and name != "List Bullet":
            style.font.color.rgb = RGBColor(0x1B, 0x1B, 0x1B)
    document.styles["Heading 1"].paragraph_format.space_before = Pt(12)
    document.styles["Heading 1"].paragraph_format.space_after = Pt(4)
    document.styles["Heading 1"].paragraph_format.keep_with_next = True  # never alone at a page end
    document.styles["Normal"].paragraph_format.space_after = Pt(4)
    # Why fixed properties: the same inputs should give the same file, not only the same text.
    properties = document.core_properties
    # Why cut: Word's core properties hold at most 255 characters (a name may be longer).
    title, author = (title[:255] if title else title), (author[:255] if author else author)
    properties.title, properties.author, properties.last_modified_by = title, author, author
    properties.created = properties.modified = FIXED_TIME
    properties.revision = 1
    properties.language = spec["locale"]
    return document


def _default_font(document: Any, font: str) -> None:
    """The document's default font, named directly instead of through the theme."""
    from docx.oxml.ns import qn

    defaults = document.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}") \
        if defaults is not None else None
    if fonts is None:
        return
    for attribute in list(fonts.attrib):
        if attribute.endswith("Theme"):
            del fonts.attrib[attribute]
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), font)


def _east_asian_font(style: Any, font: str) -> None:
    from docx.oxml.ns import qn

    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), font)


def add_heading(document: Any, text: str) -> Any:
    return document.add_paragraph(text, style="Heading 1")


def add_bullet(document: Any, text: str) -> Any:
    return document.add_paragraph(text, style="List Bullet")


def add_text(document: Any, text: str, *, bold: bool = False, size: float | None = None,
             highlight_brackets: bool = False) -> Any:
    """A Normal paragraph; with ``highlight_brackets``, [places to fill in] are highlighted."""
    from docx.enum.text import WD_COLOR_INDEX
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    pieces = _bracket_pieces(text) if highlight_brackets else [(text, False)]
    for piece, marked in pieces:
        run = paragraph.add_run(piece)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        if marked:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return paragraph


def _bracket_pieces(text: str) -> list[tuple[str, bool]]:
    import re

    pieces: list[tuple[str, bool]] = []
    at = 0
    for match in re.finditer(r"\[[^\]]+\]", text):
        if match.start() > at:
            pieces.append((text[at:match.start()], False))
        pieces.append((match.group(0), True))
        at = match.end()
    if at < len(text):
        pieces.append((text[at:], False))
    return pieces or [("", False)]


def to_bytes(document: Any) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
