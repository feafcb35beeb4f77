"""Tailor the user's own Word resume: a copy of it, edited in place.

Fonts, styles, layout, page setup and images stay as the user made them; only the accepted
suggestions change the text, wherever it sits (body, table cells, text boxes, headers), and
a new profile paragraph takes the style of the document's own body text.
"""

from __future__ import annotations

import io
from typing import Any

from resume_helper.documents.model import Resume
from resume_helper.tailoring.docx_edit import (
    clone_paragraph,
    replace_text,
)
from resume_helper.tailoring.language import tailor_data
from resume_helper.tailoring.plan import Plan

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def tailor_docx(data: bytes, resume: Resume, plan: Plan) -> bytes:
    """The edited document's bytes: the plan's accepted suggestions, wherever the text sits
    (body, table cells, text boxes, headers and footers).

    ``resume`` must have been read from ``data``: its paragraphs are matched to the file's
    by position. An edit whose text is not found is left out; the change list is made from
    the written document, so it never claims an edit that is not there.
    """
    from resume_helper.documents.docx import open_docx

    document, _extracted, origins = open_docx(data, resume.name)
    if len(origins) != len(resume.paragraphs):
        raise AssertionError("the resume was not read from this document")
    home = list(origins)  # where each read paragraph's text is after a reorder
    for order in plan.paragraph_orders:
        texts = {id(origins[i]): resume.paragraphs[i].text for i in order}
        slots = _reorder([origins[i] for i in sorted(order)], [origins[i] for i in order],
                         texts)
        for slot, index in zip(slots, order, strict=True):
            home[index] = slot
    for index in sorted({s.paragraph for s in plan.accepted() if s.paragraph is not None}):
        for edit in plan.edits_of(index):
            replace_text(home[index], edit.before, edit.after)
    if plan.profile:
        _insert_profile(resume, origins, plan)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _reorder(current: list[Any], wanted: list[Any], texts: dict[int, str]) -> list[Any]:
    """Put paragraphs in a new order: moved as they are where they stand together in one
    parent, else (cells of a table, text boxes) each keeps its place and formatting and takes
    the text of the paragraph that goes there. A paragraph split by line breaks into several
    read paragraphs stays as it is.

    Why ``is`` and not ``id()``: lxml hands out a new proxy for a parent that nobody holds,
    and a freed proxy's id is reused, so two parents could look like one. Returns, for each
    paragraph of ``wanted``, the element that now holds its text.
    """
    if not current or len({id(e) for e in current}) != len(current):
        return wanted
    parents = [e.getparent() for e in current]
    if all(parent is parents[0] for parent in parents):
        parent = parents[0]
        positions = [parent.index(e) for e in current]
        if positions == list(range(positions[0], positions[0] + len(positions))):
            anchor = positions[0]
            for element in current:
                parent.remove(element)
            for offset, element in enumerate(wanted):
                parent.insert(anchor + offset, element)
            return wanted
    old = [texts[id(e)] for e in current]
    new = [texts[id(e)] for e in wanted]
    for element, before, after in zip(current, old, new, strict=True):
        if before != after:
            replace_text(element, before, after)
    return current


def _insert_profile(resume: Resume, origins: list[Any], plan: Plan) -> None:
    """A profile paragraph above the summary's first paragraph, or a new summary section
    (heading and paragraph, in the document's own styles) before the first section."""
    summary = [p for s in resume.sections_of("summary") for p in s.content
               if p.source not in ("header", "footer") and not p.heading_level]
    if summary:
        first = origins[summary[0].index]
        first.addprevious(clone_paragraph(first, plan.profile))
        return
    sections = [s for s in resume.sections if s.kind != "contact" and s.heading
                and s.paragraphs[0].source not in ("header", "footer")]
    body = [p for p in resume.paragraphs if p.source not in ("header", "footer")
            and p.heading_level is None and not p.list_item and p.section != "contact"]
    if not sections:
        return
    heading_element = origins[sections[0].paragraphs[0].index]
    template = origins[body[0].index] if body else heading_element
    heading = clone_paragraph(heading_element, tailor_data(plan.lang)["headings"]["summary"])
    _keep_with_next(heading)
    heading_element.addprevious(heading)
    heading_element.addprevious(clone_paragraph(template, plan.profile))


def _keep_with_next(paragraph: Any) -> None:
    """A heading tailor adds stays on the page of the paragraph it introduces."""
    from docx.oxml import OxmlElement

    properties = paragraph.find(f"{W}pPr")
    if properties is None:
        properties = OxmlElement("w:pPr")
        paragraph.insert(0, properties)
    if properties.find(f"{W}keepNext") is None:
        properties.insert(0, OxmlElement("w:keepNext"))
