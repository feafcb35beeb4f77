"""The change list of a tailored resume, read from the written document: what differs between
the paragraphs before and after, never what tailoring meant to do."""

from __future__ import annotations

import difflib
import re
from collections import Counter

from resume_helper.documents.model import Resume
from resume_helper.matching.model import Change
from resume_helper.messages import Messages

WORD = re.compile(r"[^\W_]+")


def document_changes(before: Resume, after: Resume, messages: Messages) -> tuple[Change, ...]:
    """Edited, reordered, added, moved and removed paragraphs, in document order."""
    old = [p.text for p in before.paragraphs]
    new = [p.text for p in after.paragraphs]
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    pairs: list[tuple[str, str]] = []
    removed: list[str] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        olds, news = old[i1:i2], new[j1:j2]
        if tag == "replace":
            for a, b in zip(olds, news, strict=False):
                if _similar(a, b):
                    pairs.append((a, b))
                else:
                    removed.append(a)
                    added.append(b)
            removed += olds[len(news):]
            added += news[len(olds):]
        else:
            removed += olds
            added += news
    moved = Counter(removed) & Counter(added)
    removed = _less(removed, moved)
    added = _less(added, moved)
    for a in list(removed):  # a line edited and moved (a table cell's text in a new order)
        b = next((b for b in added if _similar(a, b)), None)
        if b is not None:
            pairs.append((a, b))
            removed.remove(a)
            added.remove(b)
    changes = [_pair(a, b, messages) for a, b in pairs]
    changes += [_change("added", messages, after=text) for text in added]
    changes += [_change("moved", messages, before=text, after=text) for text in moved.elements()]
    changes += [_change("removed", messages, before=text) for text in removed]
    return tuple(changes)


def _less(texts: list[str], taken: Counter) -> list[str]:
    left = Counter(taken)
    kept = []
    for text in texts:
        if left[text] > 0:
            left[text] -= 1
        else:
            kept.append(text)
    return kept


def _similar(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` edited (most words shared, in any order) rather than another line."""
    one, two = set(WORD.findall(a.lower())), set(WORD.findall(b.lower()))
    return bool(one and two) and len(one & two) / len(one | two) >= 0.5


def _pair(before: str, after: str, messages: Messages) -> Change:
    from resume_helper.tailoring.plan import split_items

    one = [_bare(i) for i in split_items(before)[1]]
    two = [_bare(i) for i in split_items(after)[1]]
    if len(one) > 1 and one != two and sorted(one) == sorted(two):
        return _change("reordered", messages, before=before, after=after)
    return _change("edited", messages, before=before, after=after)


def _bare(item: str) -> str:
    """A list item without a term added in brackets at its end, in lower case."""
    return re.sub(r"\s*\([^()]*\)$", "", item.strip(" .")).lower()


def _change(kind: str, messages: Messages, *, before: str = "", after: str = "") -> Change:
    return Change(document="resume", kind=kind, before=before, after=after,
                  message=messages.text(f"changes.{kind}", before=messages.quote(before),
                                        after=messages.quote(after)))
