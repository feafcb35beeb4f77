"""Small edits inside Word paragraphs that keep the runs' formatting.

Why by hand: python-docx has no "replace text across runs"; Word splits a phrase over many
runs (spell check, revisions), so the text is found in the paragraph's joined ``w:t`` texts
and the change written back into the runs that held it.
"""

from __future__ import annotations

import copy
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SKIPPED = {f"{W}txbxContent", f"{W}del", f"{W}moveFrom", f"{W}delText"}


def text_nodes(paragraph: Any) -> list[Any]:
    """The paragraph's own ``w:t`` elements in order (not those of text boxes inside it)."""
    found: list[Any] = []

    def walk(element: Any) -> None:
        for child in element:
            if child.tag in SKIPPED:
                continue
            if child.tag == f"{W}t":
                found.append(child)
            else:
                walk(child)

    walk(paragraph)
    return found


def paragraph_text(paragraph: Any) -> str:
    return "".join(node.text or "" for node in text_nodes(paragraph))


def replace_text(paragraph: Any, old: str, new: str) -> bool:
    """Replace the first ``old`` in the paragraph by ``new``; False when ``old`` is not there.

    Only the part that differs is rewritten (what ``old`` and ``new`` share at their start and
    end keeps its runs), so "Salesforce" → "Salesforce (CRM)" only adds text to the run that
    ends the word. New text takes the formatting of the run where the difference begins.
    """
    nodes = text_nodes(paragraph)
    texts = [node.text or "" for node in nodes]
    joined = "".join(texts)
    found = joined.find(old)
    if found < 0 or not old:
        return False
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    start, end = found + head, found + len(old) - tail
    middle = new[head:len(new) - tail]
    if start == end:  # a pure insertion: into the run that ends where it goes
        offset = 0
        for node, text in zip(nodes, texts, strict=True):
            if offset <= start <= offset + len(text) and (start > offset or offset == 0):
                at = start - offset
                _set(node, text[:at] + middle + text[at:])
                return True
            offset += len(text)
        return False
    offset = 0
    placed = False
    for node, text in zip(nodes, texts, strict=True):
        node_start, node_end = offset, offset + len(text)
        offset = node_end
        if node_end <= start or node_start >= end:
            continue
        keep_before = text[: max(0, start - node_start)]
        keep_after = text[max(0, end - node_start):] if end < node_end else ""
        _set(node, keep_before + ("" if placed else middle) + keep_after)
        placed = True
    return True


def set_text(paragraph: Any, text: str, *, keep: int = 0) -> None:
    """Make the paragraph say ``text``, whose first ``keep`` characters are the paragraph's
    own (an inline label such as "Kenntnisse: "): their runs stay as they are, the rest
    takes the formatting of the run where it begins."""
    offset, written = 0, False
    for node in text_nodes(paragraph):
        value = node.text or ""
        node_start, offset = offset, offset + len(value)
        if offset <= keep:
            continue
        if written:
            _set(node, "")
            continue
        _set(node, value[: max(0, keep - node_start)] + text[keep:])
        written = True
    if not written:
        _append_run(paragraph, text[keep:])


def _set(node: Any, value: str) -> None:
    node.text = value
    if value != value.strip():
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _append_run(paragraph: Any, text: str) -> None:
    from docx.oxml import OxmlElement

    run = OxmlElement("w:r")
    node = OxmlElement("w:t")
    run.append(node)
    _set(node, text)
    paragraph.append(run)


def clone_paragraph(template: Any, text: str) -> Any:
    """A copy of ``template`` (paragraph properties and first run's formatting) saying
    ``text``; images, fields and text boxes of the template are not copied."""
    from docx.oxml import OxmlElement

    new = copy.deepcopy(template)
    first_props = None
    for run in template.iter(f"{W}r"):
        if run.find(f"{W}t") is not None:
            first_props = run.find(f"{W}rPr")
            break
    for child in list(new):
        if child.tag != f"{W}pPr":
            new.remove(child)
    run = OxmlElement("w:r")
    if first_props is not None:
        run.append(copy.deepcopy(first_props))
    node = OxmlElement("w:t")
    _set(node, text)
    run.append(node)
    new.append(run)
    return new
