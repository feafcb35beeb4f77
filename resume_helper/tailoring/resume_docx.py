"""Tailor the user's own Word resume: a copy of it, edited in place.

Fonts, styles, layout, page setup and images stay as the user made them; only the accepted
suggestions change the text, wherever it sits (body, table cells, text boxes, headers), and
a new profile paragraph takes the style of the document's own body text.
"""

from __future__ import annotations

import copy
import io
from typing import Any

from resume_helper.documents.model import Resume
from resume_helper.tailoring.docx_edit import (
    MC,
    Found,
    W,
    clone_paragraph,
    drop_paragraph_ids,
    find_text,
    paragraph_text,
    pieces,
    raw_text,
    replace_found,
    replace_text,
    strip_copied,
)
from resume_helper.tailoring.docx_items import move_items
from resume_helper.tailoring.language import tailor_data
from resume_helper.tailoring.plan import Plan


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
    boxes = _text_boxes(origins)
    touched: list[Any] = []
    home = list(origins)  # where each read paragraph's text is after a reorder
    for order in plan.paragraph_orders:
        slots = _reorder([origins[i] for i in sorted(order)], [origins[i] for i in order],
                         [resume.paragraphs[i].text for i in sorted(order)],
                         [resume.paragraphs[i].text for i in order])
        for slot, index in zip(slots, order, strict=True):
            home[index] = slot
        touched += slots
    for index in sorted({s.paragraph for s in plan.accepted() if s.paragraph is not None}):
        for edit in plan.edits_of(index):
            # a skills line in a new order: its items' runs move, with their links,
            # comments and formatting (see docx_items)
            if (edit.kind == "reorder" and move_items(home[index], edit.before, edit.after)) \
                    or replace_text(home[index], edit.before, edit.after):
                touched.append(home[index])
    if plan.profile:
        touched += _insert_profile(resume, origins, plan)
    _release_bindings(touched)
    _sync_fallbacks(boxes)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _reorder(current: list[Any], wanted: list[Any], old: list[str],
             new: list[str]) -> list[Any]:
    """Put paragraphs in a new order: moved as they are where they stand together in one
    parent, else (cells of a table, text boxes) each keeps its place and paragraph
    formatting and takes the runs of the paragraph that goes there (its text alone when the
    paragraph says more or holds a drawing). The lines of one paragraph split by line
    breaks (a skills list typed with Shift+Enter, as LibreOffice and Google Docs users
    often do) swap their texts the same way inside it.

    ``old`` and ``new`` are the read texts of ``current`` and ``wanted``. Why ``is`` and not
    ``id()``: lxml hands out a new proxy for a parent that nobody holds, and a freed proxy's
    id is reused, so two parents could look like one. Returns, for each paragraph of
    ``wanted``, the element that now holds its text.
    """
    if not current:
        return wanted
    if len({id(e) for e in current}) != len(current):
        if all(e is current[0] for e in current):
            _reorder_lines(current[0], old, new)
            return current
        return wanted  # some lines of one paragraph among other paragraphs: left as it is
    parents = [e.getparent() for e in current]
    if all(parent is parents[0] for parent in parents):
        parent = parents[0]
        positions = [parent.index(e) for e in current]
        if positions == list(range(positions[0], positions[0] + len(positions))):
            anchor = positions[0]
            breaks = _take_section_breaks(current)
            for element in current:
                parent.remove(element)
            for offset, element in enumerate(wanted):
                parent.insert(anchor + offset, element)
            _put_section_breaks(wanted, breaks)
            return wanted
    if all(_whole(element, text) for element, text in zip(current, old, strict=True)):
        _move_contents(current, wanted)
        return current
    # Why all or none: a text written into one cell while its own text found no new place
    # would stand twice and another would be lost.
    found = [find_text(element, text) for element, text in zip(current, old, strict=True)]
    if any(where is None for where in found):
        return wanted
    written = {text: raw_text(where) for text, where in zip(old, found, strict=True)
               if where is not None}
    for where, before, after in zip(found, old, new, strict=True):
        if where is not None and before != after:
            replace_found(where, written[after])
    return current


# What a paragraph's content must not take to another place: drawings and shapes are
# anchored to their paragraph (a photo, a text box), an embedded object too.
ANCHORED = tuple(f"{W}{name}" for name in ("drawing", "pict", "object", "txbxContent"))


def _whole(paragraph: Any, text: str) -> bool:
    """Whether ``text`` is all the paragraph says and it holds nothing anchored to it, so
    its runs can go to another place whole."""
    if paragraph_text(paragraph).strip() != text:
        return False
    return not any(found.tag in ANCHORED or found.tag == f"{MC}AlternateContent"
                   for child in paragraph if child.tag != f"{W}pPr" for found in child.iter())


def _move_contents(current: list[Any], wanted: list[Any]) -> None:
    """Each place (a table cell's paragraph, a text box's) keeps its paragraph properties
    and takes the runs of the paragraph that goes there: a skill keeps its own link,
    field, comment and formatting instead of leaving them to the skill that takes its
    place."""
    contents = [[child for child in element if child.tag != f"{W}pPr"] for element in current]
    for element, children in zip(current, contents, strict=True):
        for child in children:
            element.remove(child)
    for place, paragraph in zip(current, wanted, strict=True):
        source = next(n for n, element in enumerate(current) if element is paragraph)
        for child in contents[source]:
            place.append(child)


def _reorder_lines(paragraph: Any, old: list[str], new: list[str]) -> None:
    """The lines of one paragraph (``old``, in their order) say ``new`` instead, each line
    keeping its runs' formatting; all or none, as for cells.

    Why by line and not by search: a later line's text may be part of an earlier one's
    ("SAP" in "SAP Business One"); each line is found after the one before it, between the
    line breaks, and rewritten from the last to the first so that the offsets stay true.
    """
    found = pieces(paragraph)
    text = "".join(piece.text for piece in found)
    places: list[int] = []
    start = 0
    for line in old:
        at = text.find(line, start)
        if not line or at < 0:
            return
        places.append(at)
        start = text.find("\n", at + len(line))
        start = len(text) if start < 0 else start
    written = {line: raw_text(Found(paragraph, found, at, line))
               for at, line in zip(places, old, strict=True)}
    for at, before, after in reversed(list(zip(places, old, new, strict=True))):
        if before != after:
            replace_found(Found(paragraph, pieces(paragraph), at, before), written[after])


def _take_section_breaks(paragraphs: list[Any]) -> list[Any]:
    """The section break each paragraph ends (None for most), taken out of it.

    Why: a section break belongs to its place (the paragraph that ends a two-column part),
    not to the text that stands there; moved with a skill, the columns would end elsewhere.
    """
    found = []
    for paragraph in paragraphs:
        properties = paragraph.find(f"{W}pPr")
        section = properties.find(f"{W}sectPr") if properties is not None else None
        if section is not None:
            properties.remove(section)
        found.append(section)
    return found


def _put_section_breaks(paragraphs: list[Any], breaks: list[Any]) -> None:
    from docx.oxml import OxmlElement

    for paragraph, section in zip(paragraphs, breaks, strict=True):
        if section is None:
            continue
        properties = paragraph.find(f"{W}pPr")
        if properties is None:
            properties = OxmlElement("w:pPr")
            paragraph.insert(0, properties)
        change = properties.find(f"{W}pPrChange")  # the schema puts sectPr before it
        if change is not None:
            change.addprevious(section)
        else:
            properties.append(section)


def _text_boxes(origins: list[Any]) -> list[tuple[Any, str]]:
    """Every text box written twice (a DrawingML ``mc:Choice`` and a VML ``mc:Fallback``) in
    the parts the paragraphs come from, with the text of its ``mc:Choice`` before editing."""
    roots = {id(root): root for root in (e.getroottree().getroot() for e in origins)}
    found = []
    for root in roots.values():
        for alternate in root.iter(f"{MC}AlternateContent"):
            choice = alternate.find(f"{MC}Choice")
            if choice is not None and alternate.find(f"{MC}Fallback") is not None \
                    and choice.find(f".//{W}txbxContent") is not None:
                found.append((alternate, _box_text(choice)))
    return found


def _box_text(container: Any) -> str:
    return "\n".join(paragraph_text(p) for p in container.iter(f"{W}p"))


def _sync_fallbacks(boxes: list[tuple[Any, str]]) -> None:
    """The VML copy of every edited text box says what its DrawingML copy now says.

    Why: Word 2010 and later and LibreOffice show ``mc:Choice``, older readers and some
    converters the ``mc:Fallback``; both copies must tell the same resume.
    """
    for alternate, before in boxes:
        choice, fallback = alternate.find(f"{MC}Choice"), alternate.find(f"{MC}Fallback")
        if _box_text(choice) == before:
            continue
        new, old = _outer_boxes(choice), _outer_boxes(fallback)
        if len(new) != len(old):
            continue
        for source, target in zip(new, old, strict=True):  # the boxes of a group, in order
            if _box_text(source) == _box_text(target):
                continue
            for child in list(target):
                target.remove(child)
            for child in source:
                duplicate = copy.deepcopy(child)
                drop_paragraph_ids(duplicate)
                target.append(duplicate)


def _outer_boxes(container: Any) -> list[Any]:
    """The text boxes of a shape or group, not those inside another box (they come along)."""
    return [box for box in container.iter(f"{W}txbxContent")
            if not any(a.tag == f"{W}txbxContent" for a in box.iterancestors())]


def _release_bindings(paragraphs: list[Any]) -> None:
    """Content controls around edited text stop mirroring a data store.

    Why: Word refills a control bound to the document's properties or custom XML
    (``w:dataBinding``) from that store when it opens the file, which would undo the edit;
    a control still marked as showing its placeholder would grey the new text out.
    """
    for paragraph in paragraphs:
        controls = list(paragraph.iterancestors(f"{W}sdt"))
        controls += list(paragraph.iter(f"{W}sdt"))
        for control in controls:
            properties = control.find(f"{W}sdtPr")
            if properties is None:
                continue
            for tag in ("dataBinding", "showingPlcHdr"):
                for found in properties.findall(f"{W}{tag}"):
                    properties.remove(found)


def _insert_profile(resume: Resume, origins: list[Any], plan: Plan) -> list[Any]:
    """A profile paragraph above the summary's first paragraph, or a new summary section
    (heading and paragraph, in the document's own styles) before the first section; the
    paragraphs added."""
    summary = [p for s in resume.sections_of("summary") for p in s.content
               if p.source not in ("header", "footer") and not p.heading_level]
    if summary:
        first = origins[summary[0].index]
        profile = clone_paragraph(first, plan.profile)
        _place(first).addprevious(profile)
        return [profile]
    # Why not in a text box: a heading in a shape (a design template's sidebar label) is
    # no place for a new section; the profile goes where the body text flows.
    sections = [s for s in resume.sections if s.kind != "contact" and s.heading
                and s.paragraphs[0].source not in ("header", "footer", "textbox")]
    body = [p for p in resume.paragraphs if p.source not in ("header", "footer", "textbox")
            and p.heading_level is None and not p.list_item and p.section != "contact"]
    if not sections:
        return []
    empty = next((s for s in sections if s.kind == "summary"), None)
    if empty is not None:  # a summary heading over nothing (a template's empty Profile)
        heading_element = origins[empty.paragraphs[0].index]
        template = next((origins[p.index] for p in body
                         if origins[p.index].getparent() is heading_element.getparent()),
                        origins[body[0].index] if body else heading_element)
        profile = clone_paragraph(template, plan.profile)
        _place(heading_element).addnext(profile)
        return [profile]
    heading_element = origins[sections[0].paragraphs[0].index]
    template = origins[body[0].index] if body else heading_element
    heading = clone_paragraph(heading_element, tailor_data(plan.lang)["headings"]["summary"])
    _keep_with_next(heading)
    row = _label_row(heading_element)
    if row is not None:  # a Europass-like table: the new section is a row of its own
        content = next((origins[p.index] for p in body
                        if _label_row(origins[p.index]) is None
                        and origins[p.index].getparent().tag == f"{W}tc"), template)
        profile = clone_paragraph(content, plan.profile)
        row.addprevious(_row_like(row, heading, profile))
        return [heading, profile]
    profile = clone_paragraph(template, plan.profile)
    place = _place(heading_element)
    place.addprevious(heading)
    place.addprevious(profile)
    return [heading, profile]


def _label_row(paragraph: Any) -> Any:
    """The table row whose first cell (the label column) holds ``paragraph`` when the row
    has a content column beside it, else None."""
    cell = paragraph.getparent()
    if cell is None or cell.tag != f"{W}tc":
        return None
    row = cell.getparent()
    cells = row.findall(f"{W}tc") if row is not None and row.tag == f"{W}tr" else []
    return row if len(cells) >= 2 and cells[0] is cell else None


def _row_like(row: Any, label: Any, content: Any) -> Any:
    """A row shaped as ``row`` (its cells' widths and shading) with ``label`` in the first
    cell and ``content`` in the last, the others empty."""
    from docx.oxml import OxmlElement

    new = copy.deepcopy(row)
    strip_copied(new)
    cells = new.findall(f"{W}tc")
    for cell in cells:
        for child in list(cell):
            if child.tag != f"{W}tcPr":
                cell.remove(child)
        for merge in cell.findall(f"{W}tcPr/{W}vMerge"):  # a merge would swallow the row
            merge.getparent().remove(merge)
    for n, cell in enumerate(cells):
        cell.append(label if n == 0 else content if n == len(cells) - 1
                    else OxmlElement("w:p"))
    return new


def _place(paragraph: Any) -> Any:
    """Where a paragraph goes to stand before ``paragraph``: the paragraph itself, or the
    content control around it when the control holds one paragraph only (plain text) or
    opens with it (a template's section control: the new section is no part of it)."""
    element = paragraph
    while True:
        parent = element.getparent()
        if parent is None or parent.tag != f"{W}sdtContent":
            return element
        control = parent.getparent()
        first = next((child for child in parent if child.tag != f"{W}bookmarkStart"), None)
        if control.find(f"{W}sdtPr/{W}text") is None and first is not element:
            return element
        element = control


def _keep_with_next(paragraph: Any) -> None:
    """A heading tailor adds stays on the page of the paragraph it introduces."""
    from docx.oxml import OxmlElement

    properties = paragraph.find(f"{W}pPr")
    if properties is None:
        properties = OxmlElement("w:pPr")
        paragraph.insert(0, properties)
    if properties.find(f"{W}keepNext") is None:
        properties.insert(0, OxmlElement("w:keepNext"))
