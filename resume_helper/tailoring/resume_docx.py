"""Tailor the user's own Word resume: a copy of it, edited in place.

Fonts, styles, layout, page setup and images stay as the user made them; only the planned
paragraphs change, and a profile paragraph is added (in the style of the document's own
summary or body text).
"""

from __future__ import annotations

import io
from collections import Counter
from typing import Any

from resume_helper.documents.model import Resume
from resume_helper.tailoring.docx_edit import (
    clone_paragraph,
    paragraph_text,
    replace_text,
    set_text,
)
from resume_helper.tailoring.language import tailor_data
from resume_helper.tailoring.plan import Plan, Wording

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def tailor_docx(data: bytes, resume: Resume, plan: Plan) -> tuple[bytes, tuple[Wording, ...]]:
    """The edited document's bytes and the wording changes that could be made.

    ``resume`` must have been read from ``data``: its paragraphs are matched to the file's
    by position.
    """
    from resume_helper.documents.docx import open_docx

    document, extracted, origins = open_docx(data, resume.name)
    if len(origins) != len(resume.paragraphs):
        raise AssertionError("the resume was not read from this document")
    once = Counter(id(element) for element in origins)

    def editable(index: int) -> Any | None:
        element = origins[index]
        return element if once[id(element)] == 1 else None

    rewritten = set()
    for line in plan.item_lines:
        element = editable(line.paragraph)
        raw = paragraph_text(element) if element is not None else ""
        at = raw.find(resume.paragraphs[line.paragraph].text)
        if element is not None and at >= 0:  # a typed bullet ("• ") stays in front
            set_text(element, raw[:at] + line.text, keep=at + len(line.prefix))
            rewritten.add(line.paragraph)
    lines = {line.paragraph for line in plan.item_lines}
    made = []
    for wording in plan.wordings:
        if wording.paragraph in lines:
            if wording.paragraph in rewritten:
                made.append(wording)
            continue
        element = editable(wording.paragraph)
        if element is not None and replace_text(element, wording.before, wording.after):
            made.append(wording)
    _reorder([origins[i] for i in sorted(plan.paragraph_order)],
             [origins[i] for i in plan.paragraph_order])
    if plan.profile:
        _insert_profile(resume, origins, plan)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), tuple(made)


def _reorder(current: list[Any], wanted: list[Any]) -> None:
    """Put sibling paragraphs in a new order, where they stand together in one parent."""
    if not current or len({id(e.getparent()) for e in current}) != 1:
        return
    parent = current[0].getparent()
    positions = [parent.index(e) for e in current]
    if positions != list(range(positions[0], positions[0] + len(positions))):
        return
    anchor = positions[0]
    for element in current:
        parent.remove(element)
    for offset, element in enumerate(wanted):
        parent.insert(anchor + offset, element)


def _insert_profile(resume: Resume, origins: list[Any], plan: Plan) -> None:
    """A profile paragraph above the summary's first paragraph, or a new summary section
    (heading and paragraph, in the document's own styles) before the first section."""
    summary = [p for s in resume.sections_of("summary") for p in s.content if p.source == "body"]
    if summary:
        first = origins[summary[0].index]
        first.addprevious(clone_paragraph(first, plan.profile))
        return
    sections = [s for s in resume.sections if s.kind != "contact" and s.heading
                and s.paragraphs[0].source == "body"]
    body = [p for p in resume.paragraphs if p.source == "body" and p.heading_level is None
            and not p.list_item and p.section not in ("contact",)]
    if not sections:
        return
    heading_element = origins[sections[0].paragraphs[0].index]
    template = origins[body[0].index] if body else heading_element
    heading = clone_paragraph(heading_element, tailor_data(plan.lang)["headings"]["summary"])
    heading_element.addprevious(heading)
    heading_element.addprevious(clone_paragraph(template, plan.profile))
