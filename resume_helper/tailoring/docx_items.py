"""A skills line put in a new order by moving its items' runs, not by rewriting its text.

Why: a line such as "Salesforce, conflict resolution, Microsoft Office" is often more than
text: the product is a hyperlink, a word sits in a smart tag or custom XML, a counselor's
comment is anchored across two skills, one skill is bold. Rewritten as text, the new order
lands in the first run of the line (the whole line became the link to salesforce.com) and
the link, comment and formatting stayed with the place instead of the skill. Moved as runs,
every skill keeps its own markup and the separators keep theirs.
"""

from __future__ import annotations

import copy
from typing import Any

from resume_helper.tailoring.docx_edit import (
    W,
    find_text,
    in_node,
    paragraph_text,
    pieces,
    set_text,
)

# Markup that pairs up across runs: a field cut by an item's edge cannot be moved in parts.
FIELD_CHAR = f"{W}fldChar"
# Marks without text that open (before an item) or close (after it) a range around it: they
# go with the item.
OPENING = {f"{W}commentRangeStart", f"{W}bookmarkStart", f"{W}permStart",
           f"{W}moveToRangeStart", f"{W}customXmlInsRangeStart"}
CLOSING = {f"{W}commentRangeEnd", f"{W}bookmarkEnd", f"{W}permEnd", f"{W}moveToRangeEnd",
           f"{W}customXmlInsRangeEnd"}
RANGES = ((f"{W}commentRangeStart", f"{W}commentRangeEnd"),
          (f"{W}bookmarkStart", f"{W}bookmarkEnd"), (f"{W}permStart", f"{W}permEnd"))


def move_items(paragraph: Any, before: str, after: str) -> bool:
    """Write ``after`` (the items of ``before`` in another order, same separators) over
    ``before`` by moving each item's runs; False (paragraph untouched) when the items
    cannot be moved whole (an item cut inside a hyperlink or field, separators that
    differ), so the caller rewrites the text instead."""
    from resume_helper.tailoring.plan import split_items

    prefix_old, old, _ = split_items(before)
    prefix_new, new, _ = split_items(after)
    if prefix_old or prefix_new or len(old) < 2 or sorted(old) != sorted(new) \
            or len(set(old)) != len(old):
        return False
    work = copy.deepcopy(paragraph)
    found = find_text(work, before)
    if found is None or _one_run(found):
        return False
    spans, cursor = [], found.at
    text = "".join(piece.text for piece in found.pieces)
    for item in old:
        start = text.find(item, cursor)
        if start < 0:
            return False
        spans.append((start, start + len(item)))
        cursor = start + len(item)
    for offset in sorted({o for span in spans for o in span}, reverse=True):
        if not _cut(work, offset):
            return False
    groups = [_units(work, start, end) for start, end in spans]
    if any(group is None for group in groups):
        return False
    placeholders = []
    for group in groups:
        assert group is not None
        mark = work.makeelement(f"{W}proofErr", {})
        group[0].addprevious(mark)
        placeholders.append(mark)
        for unit in group:
            work.remove(unit)
    by_text = dict(zip(old, groups, strict=True))
    for mark, item in zip(placeholders, new, strict=True):
        for unit in by_text[item]:
            mark.addprevious(unit)
        work.remove(mark)
    _order_ranges(work)
    expected = paragraph_text(paragraph).replace(before, after, 1)
    if paragraph_text(work) != expected:
        return False
    for child in list(paragraph):
        paragraph.remove(child)
    for child in list(work):
        paragraph.append(child)
    for name, value in work.attrib.items():
        paragraph.set(name, value)
    return True


def _one_run(found: Any) -> bool:
    """Whether the found words all stand in one run (plain text: rewriting it is exact)."""
    end = found.at + len(found.old)
    runs: list[Any] = []  # held, not their ids: lxml reuses a freed proxy's id
    offset = 0
    for piece in found.pieces:
        if offset < end and offset + len(piece.text) > found.at:
            runs.append(piece.node.getparent())
        offset += len(piece.text)
    return all(run is runs[0] for run in runs)


def _top(paragraph: Any, node: Any) -> Any:
    """The child of ``paragraph`` that holds ``node``."""
    while node.getparent() is not paragraph:
        node = node.getparent()
    return node


def _cut(paragraph: Any, offset: int) -> bool:
    """Make ``offset`` of the paragraph's text a boundary between two of its children (runs
    split in two, each with the run's properties); False when it falls inside a container
    (a hyperlink, smart tag or field holding more than the item)."""
    spans, at = [], 0
    for piece in pieces(paragraph):
        spans.append((piece, at, at + len(piece.text)))
        at += len(piece.text)
    for piece, start, end in spans:
        if start < offset < end:
            if not piece.editable:
                return False
            node = piece.node
            text = node.text or ""
            second = copy.deepcopy(node)
            cut = in_node(text, offset - start)
            set_text(node, text[:cut])
            set_text(second, text[cut:])
            node.addnext(second)
            return _split_run_before(paragraph, second)
    after = next((piece for piece, start, _ in spans if start == offset and piece.text), None)
    before = next((piece for piece, _, end in reversed(spans) if end == offset and piece.text),
                  None)
    if after is None or before is None:
        return True  # the line's start or end
    if _top(paragraph, after.node) is not _top(paragraph, before.node):
        return True
    return _split_run_before(paragraph, after.node)


def _split_run_before(paragraph: Any, node: Any) -> bool:
    """Split the run holding ``node`` so that ``node`` opens a run of its own."""
    run = node.getparent()
    if run.tag != f"{W}r" or run.getparent() is not paragraph:
        return False
    if run.index(node) == _first_content(run):
        return True
    second = run.makeelement(run.tag, dict(run.attrib))
    properties = run.find(f"{W}rPr")
    if properties is not None:
        second.append(copy.deepcopy(properties))
    moving = list(run)[run.index(node):]
    for child in moving:
        second.append(child)
    run.addnext(second)
    return True


def _first_content(run: Any) -> int:
    return next((n for n, child in enumerate(run) if child.tag != f"{W}rPr"), 0)


def _units(paragraph: Any, start: int, end: int) -> list[Any] | None:
    """The children of the paragraph that hold exactly the text from ``start`` to ``end``
    (with the marks between them), or None when one of them holds more or a field is cut."""
    spans, at = [], 0
    for piece in pieces(paragraph):
        if piece.text:
            spans.append((piece, at, at + len(piece.text)))
        at += len(piece.text)
    inside = [piece for piece, a, b in spans if start <= a and b <= end]
    if not inside:
        return None
    first, last = _top(paragraph, inside[0].node), _top(paragraph, inside[-1].node)
    children = list(paragraph)
    group = children[children.index(first):children.index(last) + 1]
    held = {id(piece.node) for piece in inside}
    for piece, _a, _b in spans:
        if id(piece.node) not in held and _top(paragraph, piece.node) in group:
            return None
    while group[0].getprevious() is not None and _opens(group[0].getprevious()):
        group.insert(0, group[0].getprevious())
    while group[-1].getnext() is not None and _closes(group[-1].getnext()):
        group.append(group[-1].getnext())
    depth = 0
    for unit in group:
        for mark in unit.iter(FIELD_CHAR):
            depth += {"begin": 1, "end": -1}.get(mark.get(f"{W}fldCharType"), 0)
            if depth < 0:
                return None
    return group if depth == 0 else None


def _opens(element: Any) -> bool:
    return element.tag in OPENING or (element.tag == f"{W}proofErr" and element.get(
        f"{W}type") in ("spellStart", "gramStart"))


def _closes(element: Any) -> bool:
    """A mark that ends a range, or the run that holds only a comment's reference mark."""
    if element.tag in CLOSING:
        return True
    if element.tag == f"{W}proofErr":
        return element.get(f"{W}type") in ("spellEnd", "gramEnd")
    return element.tag == f"{W}r" and element.find(f"{W}commentReference") is not None \
        and element.find(f"{W}t") is None


def _order_ranges(paragraph: Any) -> None:
    """A comment or bookmark whose start now follows its end (the two skills it spanned
    changed places) spans them again: its start and end marks trade places."""
    for start_tag, end_tag in RANGES:
        ends = {mark.get(f"{W}id"): mark for mark in paragraph.iter(end_tag)}
        elements = list(paragraph.iter())  # held: a proxy's id stays its own
        order = {id(e): n for n, e in enumerate(elements)}
        for start in list(paragraph.iter(start_tag)):
            end = ends.get(start.get(f"{W}id"))
            if end is not None and order[id(end)] < order[id(start)]:
                here = start.makeelement(f"{W}proofErr", {})
                end.addprevious(here)
                start.addprevious(end)
                here.addprevious(start)
                here.getparent().remove(here)
