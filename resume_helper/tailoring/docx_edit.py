"""Small edits inside Word paragraphs that keep the runs' formatting.

Why by hand: python-docx has no "replace text across runs"; Word splits a phrase over many
runs (spell check, revisions, hyperlinks, fields), so the text is found in the paragraph as
the reader sees it and the change written back into the runs that held it.

Why a view of the paragraph and not its ``w:t`` texts alone: the reader
(:mod:`resume_helper.documents.docx`) reads a tab as "\\t", a non-breaking hyphen as "-", a
non-breaking space as a space and leaves out deleted text, the VML copy of a text box and
hidden runs. An edit is found in the same text it was planned on, or a line with a tab
column ("Kundenberaterin<TAB>04/2020 – heute") or "MS<NBSP>Office" would never be edited.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from resume_helper.documents.visibility import switched_on

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
SKIPPED = {f"{W}txbxContent", f"{W}del", f"{W}moveFrom", f"{W}delText", f"{W}pPr",
           f"{W}rPr", f"{MC}Fallback", f"{W}instrText"}
# A soft hyphen says nothing (the reader leaves it out) but is a piece of its own: replaced
# words lose the soft hyphen that was inside them, instead of leaving it behind in the
# words that take their place.
TOKENS = {f"{W}tab": "\t", f"{W}ptab": "\t", f"{W}noBreakHyphen": "-", f"{W}br": "\n",
          f"{W}cr": "\n", f"{W}softHyphen": ""}
NO_BREAK = re.compile(r"[^\s\xa0,;:()]+(?:\xa0[^\s\xa0,;:()]+)+")
# What a copy of a paragraph must not carry along: a section break (a new section), tracked
# changes of the original (a second change with the same id), Word's paragraph ids.
NOT_COPIED = tuple(f"{W}{name}" for name in (
    "sectPr", "pPrChange", "rPrChange", "ins", "del", "moveFrom", "moveTo", "cellIns",
    "cellDel", "cellMerge", "tcPrChange", "trPrChange"))


@dataclass(frozen=True)
class Piece:
    """One piece of a paragraph's text as the reader sees it: a ``w:t`` (editable) or a
    tab, non-breaking hyphen or line break (kept as an element)."""

    node: Any
    text: str
    field: Any = None  # the HYPERLINK field (``fldChar`` … ``fldChar``) whose result it is

    @property
    def editable(self) -> bool:
        return self.node.tag == f"{W}t"


def pieces(paragraph: Any) -> list[Piece]:
    """The paragraph's own text pieces in order (not those of text boxes inside it)."""
    found: list[Piece] = []
    fields: list[_Field] = []  # the complex fields open where the walk is

    def walk(element: Any) -> None:
        for child in element:
            tag = child.tag
            if tag in (f"{W}fldChar", f"{W}instrText"):
                _follow_field(child, fields)
                continue
            if tag in SKIPPED:
                continue
            if tag == f"{W}t":
                link = next((f for f in reversed(fields) if f.result and f.hyperlink), None)
                found.append(Piece(child, view(child.text or ""), link))
            elif tag in TOKENS:
                found.append(Piece(child, TOKENS[tag]))
            elif tag == f"{W}r" and _vanished(child):
                continue  # hidden text: no reader sees it, the reader leaves it out
            else:
                walk(child)

    walk(paragraph)
    return found


def view(text: str) -> str:
    """A ``w:t``'s text as the reader sees it: a non-breaking space is a space, a soft
    hyphen (U+00AD, typed or pasted inside a word) is left out."""
    return text.replace("\xa0", " ").replace("\xad", "")


def in_node(text: str, at: int) -> int:
    """Where the ``at``-th character of ``view(text)`` stands in ``text`` (past the soft
    hyphens before it)."""
    if "\xad" not in text:
        return at
    seen = 0
    for n, char in enumerate(text):
        if seen == at:
            return n
        if char != "\xad":
            seen += 1
    return len(text)


def _raw(piece: Piece) -> str:
    """A piece's text with its non-breaking spaces, as long as its view."""
    return (piece.node.text or "").replace("\xad", "") if piece.editable else piece.text


@dataclass
class _Field:
    """A complex field being read: its instruction, whether its result has begun, and the
    ``fldChar`` that ends it."""

    instruction: str = ""
    result: bool = False
    end: Any = None

    @property
    def hyperlink(self) -> bool:
        return self.instruction.strip().upper().startswith("HYPERLINK")


def _follow_field(element: Any, fields: list[_Field]) -> None:
    if element.tag == f"{W}instrText":
        if fields and not fields[-1].result:
            fields[-1].instruction += element.text or ""
        return
    kind = element.get(f"{W}fldCharType")
    if kind == "begin":
        fields.append(_Field())
    elif kind == "separate" and fields:
        fields[-1].result = True
    elif kind == "end" and fields:
        fields.pop().end = element


def text_nodes(paragraph: Any) -> list[Any]:
    """The paragraph's own ``w:t`` elements in order (not those of text boxes inside it)."""
    return [piece.node for piece in pieces(paragraph) if piece.editable]


def paragraph_text(paragraph: Any) -> str:
    """The paragraph's text as the reader sees it (tabs, line breaks, plain spaces)."""
    return "".join(piece.text for piece in pieces(paragraph))


@dataclass(frozen=True)
class Found:
    """Where the first ``old`` stands in a paragraph: its pieces and the offset in their text."""

    paragraph: Any
    pieces: list[Piece]
    at: int
    old: str


def raw_text(found: Found) -> str:
    """The found words as the file writes them (with their non-breaking spaces)."""
    raw = "".join(_raw(piece) for piece in found.pieces)
    return raw[found.at:found.at + len(found.old)]


def find_text(paragraph: Any, old: str) -> Found | None:
    """Where :func:`replace_text` would replace ``old`` in the paragraph (None: not there)."""
    found_pieces = pieces(paragraph)
    at = "".join(piece.text for piece in found_pieces).find(old)
    return Found(paragraph, found_pieces, at, old) if old and at >= 0 else None


def replace_text(paragraph: Any, old: str, new: str) -> bool:
    """Replace the first ``old`` in the paragraph by ``new``; False when ``old`` is not there.

    Only the part that differs is rewritten (what ``old`` and ``new`` share at their start and
    end keeps its runs), so "Salesforce" → "Salesforce (CRM)" only adds text to the run that
    ends the word. New text takes the formatting of the run where the difference begins; a
    tab in it is written as Word's tab element.
    """
    found = find_text(paragraph, old)
    if found is None:
        return False
    replace_found(found, new)
    return True


def replace_found(where: Found, new: str) -> None:
    """Replace the text :func:`find_text` found by ``new`` (see :func:`replace_text`)."""
    paragraph, found_pieces, found, old = where.paragraph, where.pieces, where.at, where.old
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    start, end = found + head, found + len(old) - tail
    raw = "".join(_raw(piece) for piece in found_pieces)
    middle = _keep_no_break_spaces(new[head:len(new) - tail], raw[start:end])
    spans = []
    offset = 0
    for piece in found_pieces:
        spans.append((piece, offset, offset + len(piece.text)))
        offset += len(piece.text)
    if start == end:
        _insert(spans, start, middle, paragraph)
        return
    placed = False
    for piece, piece_start, piece_end in spans:
        if piece_end <= start or piece_start >= end:
            continue
        if not piece.editable:  # a tab inside the replaced words: the new words say it
            if not placed:
                _write_beside(piece.node, middle, before=True)
                placed = True
            piece.node.getparent().remove(piece.node)
            continue
        text = piece.node.text or ""
        keep_before = text[: in_node(text, max(0, start - piece_start))]
        keep_after = text[in_node(text, max(0, end - piece_start)):] if end < piece_end else ""
        if placed:
            set_text(piece.node, keep_before + keep_after)
        else:
            _write(piece.node, keep_before, middle, keep_after)
            placed = True


def _keep_no_break_spaces(text: str, replaced: str) -> str:
    """``text`` with the non-breaking spaces the replaced words had ("MS<NBSP>Office" moved
    in a reordered list stays unbroken)."""
    for glued in set(NO_BREAK.findall(replaced)):
        text = text.replace(glued.replace("\xa0", " "), glued)
    return text


def _insert(spans: list[tuple[Piece, int, int]], at: int, text: str, paragraph: Any) -> None:
    """Insert ``text`` at ``at``: into the ``w:t`` that ends there (the words it follows keep
    their formatting), else the one that starts there, else after the tab before it."""
    for n, (piece, start, end) in enumerate(spans):
        if piece.editable and start < at <= end:
            link = _link_around(piece)
            if link is not None and at == end and not any(
                    other.text and _link_around(other) is link
                    for other, _, _ in spans[n + 1:]) and _after_link(
                        link, piece.node, spans[n + 1:], at, text):
                return  # the words end a link ("Salesforce"): "(CRM)" after it is no link
            value = piece.node.text or ""
            cut = in_node(value, at - start)
            _write(piece.node, value[:cut], text, value[cut:])
            return
    for piece, start, _end in spans:
        if piece.editable and start == at:
            _write(piece.node, "", text, piece.node.text or "")
            return
    for piece, _start, end in spans:
        if end == at:
            _write_beside(piece.node, text)
            return
    _append_run(paragraph, text)


def _link_around(piece: Piece) -> Any:
    """The hyperlink, simple field or HYPERLINK field ``piece`` is the text of, or None."""
    for ancestor in piece.node.iterancestors():
        if ancestor.tag in (f"{W}hyperlink", f"{W}fldSimple"):
            return ancestor
        if ancestor.tag == f"{W}p":
            break
    return piece.field


def _after_link(link: Any, node: Any, following: list[tuple[Piece, int, int]], at: int,
                text: str) -> bool:
    """Text added after a link's last word: into the text that follows the link, else a new
    run after it in the link's own run formatting without the link's character style; False
    when there is no place after the link (a field that never ends)."""
    for piece, start, _end in following:
        if start != at:
            break
        if piece.editable and _link_around(piece) is not link:
            _write(piece.node, "", text, piece.node.text or "")
            return True
    if isinstance(link, _Field):
        anchor = link.end.getparent() if link.end is not None else None
    else:
        anchor = link
    if anchor is None:
        return False
    run = _element("w:r")
    properties = node.getparent().find(f"{W}rPr")
    if properties is not None:
        properties = copy.deepcopy(properties)
        for style in properties.findall(f"{W}rStyle"):
            properties.remove(style)
        run.append(properties)
    new = _element("w:t")
    run.append(new)
    anchor.addnext(run)
    _write(new, "", text, "")
    return True


def _write(node: Any, before: str, middle: str, after: str) -> None:
    """``node`` says ``before + middle + after``; tabs in ``middle`` become tab elements."""
    parts = middle.split("\t")
    set_text(node, before + parts[0] + (after if len(parts) == 1 else ""))
    anchor = node
    for n, part in enumerate(parts[1:], 2):
        tab = _element("w:tab")
        anchor.addnext(tab)
        anchor = tab
        text = part + (after if n == len(parts) else "")
        if text:
            new = _element("w:t")
            set_text(new, text)
            anchor.addnext(new)
            anchor = new


def _write_beside(token: Any, text: str, *, before: bool = False) -> None:
    """``text`` in a new ``w:t`` just after (or ``before``) ``token`` in its run."""
    new = _element("w:t")
    if before:
        token.addprevious(new)
    else:
        token.addnext(new)
    _write(new, "", text, "")


def _vanished(run: Any) -> bool:
    properties = run.find(f"{W}rPr")
    return switched_on(properties.find(f"{W}vanish") if properties is not None else None)


def set_text(node: Any, value: str) -> None:
    """Write ``value`` into a w:t node, keeping its outer blanks (xml:space="preserve")."""
    node.text = value
    if value != value.strip():
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _element(tag: str) -> Any:
    from docx.oxml import OxmlElement

    return OxmlElement(tag)


def _append_run(paragraph: Any, text: str) -> None:
    run = _element("w:r")
    node = _element("w:t")
    run.append(node)
    paragraph.append(run)
    _write(node, "", text, "")


def clone_paragraph(template: Any, text: str) -> Any:
    """A copy of ``template`` (paragraph properties and its first visible run's formatting)
    saying ``text``; images, fields, text boxes, tracked changes, a section break and Word's
    paragraph ids of the template are not copied."""
    new = copy.deepcopy(template)
    first_props = None
    for run in template.iter(f"{W}r"):
        if run.find(f"{W}t") is not None and not _vanished(run):
            first_props = run.find(f"{W}rPr")
            break
    for child in list(new):
        if child.tag != f"{W}pPr":
            new.remove(child)
    strip_copied(new)
    run = _element("w:r")
    if first_props is not None:
        properties = copy.deepcopy(first_props)
        strip_copied(properties)
        run.append(properties)
    node = _element("w:t")
    set_text(node, text)
    run.append(node)
    new.append(run)
    return new


def strip_copied(element: Any) -> None:
    """``element`` (a copy) without what a copy must not carry (see ``NOT_COPIED``)."""
    for tag in NOT_COPIED:
        for found in list(element.iter(tag)):
            found.getparent().remove(found)
    drop_paragraph_ids(element)


def drop_paragraph_ids(element: Any) -> None:
    """``element`` and all inside it without Word's paragraph ids (a copy must not repeat
    them)."""
    for found in element.iter():
        found.attrib.pop(f"{W14}paraId", None)
        found.attrib.pop(f"{W14}textId", None)
