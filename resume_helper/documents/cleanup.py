"""Repair the text of blocks the way a reader sees it, below every format.

What comes out of PDFs made by LaTeX, older Word versions and designers' templates, and
what people type to look designed: "J¨org" and "p˚a" (a spacing accent before its letter),
"Qualiﬁkation" (ligature glyphs), "2016 \\x15 2018" (control characters where a font had no
Unicode map), "P E R S Ö N L I C H K E I T" (letter-spacing typed as spaces) and
"Erfahrung ______" (a rule typed after a heading). Everything that reads structure later
sees clean words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from resume_helper.documents.encoding import xml_safe
from resume_helper.documents.model import Block, Extracted

# TeX's spacing accents (never part of a word in normal text) and their combining marks.
ACCENTS = {"\u00a8": "\u0308", "\u02da": "\u030a", "\u00b4": "\u0301", "\u02c6": "\u0302",
           "\u02dc": "\u0303", "\u02c7": "\u030c", "\u00b8": "\u0327", "\u02d8": "\u0306",
           "\u02d9": "\u0307", "\u02dd": "\u030b", "\u00af": "\u0304"}
ACCENT_BEFORE_LETTER = re.compile(rf"([{''.join(ACCENTS)}])\s?([^\W\d_])")
# Control characters fonts without a Unicode map hand over: TeX's T1 and OT1 encodings put
# ligatures and dashes there. Between letters they are ligatures; elsewhere a dash.
LIGATURE_CODES = {"\x0b": "ff", "\x0c": "fi", "\x0d": "fl", "\x0e": "ffi", "\x0f": "ffl",
                  "\x1b": "ff", "\x1c": "fi", "\x1d": "fl", "\x1e": "ffi", "\x1f": "ffl"}
DASH_CODES = {"\x15": "\u2013", "\x16": "\u2014"}
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
LIGATURES = re.compile("[\ufb00-\ufb06]")
# An icon font's glyph (a phone, an envelope, a pin before the contact lines of a designed
# CV): a private-use code point that stands for no letter; a reader sees a picture there.
SOFT_HYPHEN = "\u00ad"
ICON = re.compile("[\ue000-\uf8ff][^\\S\n]?")
# Four or more one-character words in a row: letter-spacing typed with spaces.
SPACED_RUN = re.compile(r"(?<!\S)(?:[^\s](?: {1,3}|(?=\s*$))){4,}", re.M)
RULE_CHARS = frozenset("_-–—=~.·•")
MIN_RULE_CHARS = 4
# A gap wider than this many blanks says no more than one this wide; capping it keeps every
# later pattern over a line linear however many blanks a file holds.
MAX_GAP = 16
WIDE_GAP = re.compile(rf"[^\S\n]{{{MAX_GAP + 1},}}")
MAX_HEADING_WORDS = 6


def clean_extracted(extracted: Extracted) -> Extracted:
    """``extracted`` with every block's text repaired, block for block."""
    blocks: list[Block] = []
    for block in extracted.blocks:
        text = clean_line(block.text)
        heading_level = block.heading_level
        if text != clean_text(block.text) and text and heading_level is None \
                and len(text.split()) <= MAX_HEADING_WORDS:
            heading_level = 2  # "Erfahrung ______": the rule marks a heading
        if not text.strip():
            # A line that is only a rule stays as written: every block keeps its place
            # (a DOCX paragraph is edited by its index when tailoring); only characters XML
            # cannot hold go ("\ufffe" alone on a line).
            safe = xml_safe(block.text)
            blocks.append(block if safe == block.text else replace(block, text=safe))
            continue
        if text != block.text or heading_level != block.heading_level:
            block = replace(block, text=text, heading_level=heading_level)
        blocks.append(block)
    return replace(extracted, blocks=tuple(blocks))


def clean_line(text: str) -> str:
    """:func:`clean_text`, and a typed rule before or after the text taken off.

    >>> clean_line("Erfahrung ______")
    'Erfahrung'
    """
    text = clean_text(text)
    stripped = _without_rules(text)
    return stripped.strip() if stripped != text else text


def _without_rules(text: str) -> str:
    """``text`` without a typed rule (4+ of ``_-–—=~.·•`` among blanks) at either end.

    A scan from each end, not a regular expression: one tried from every position of a long
    run of blanks and dashes took time quadratic in the line's length.
    """
    def is_rule(char: str) -> bool:
        return char.isspace() or char in RULE_CHARS

    end = len(text)
    while end and is_rule(text[end - 1]):
        end -= 1
    if sum(char in RULE_CHARS for char in text[end:]) >= MIN_RULE_CHARS:
        text = text[:end]
    start = 0
    while start < len(text) and is_rule(text[start]):
        start += 1
    if sum(char in RULE_CHARS for char in text[:start]) >= MIN_RULE_CHARS:
        text = text[start:]
    return text


def clean_text(text: str) -> str:
    """One paragraph's text with accents, ligatures, control characters and letter-spacing
    repaired.

    >>> clean_text("J¨org Baumg¨artner, p˚a, Qualiﬁkation")
    'Jörg Baumgärtner, på, Qualifikation'
    >>> clean_text("P E R S Ö N L I C H K E I T")
    'PERSÖNLICHKEIT'
    >>> clean_text("S e p t e m b e r 2 0 1 7")
    'September 2017'
    """
    text = WIDE_GAP.sub(lambda gap: gap.group(0)[:MAX_GAP], text)
    if not text.isascii() or CONTROL.search(text):
        text = xml_safe(_controls(text))  # lone surrogates too: tailoring writes XML
        text = ICON.sub("", text)
        # A soft hyphen (U+00AD, typed or pasted from a web page) shows only where a line
        # breaks: a reader sees "satisfaction", not two pieces of it.
        text = text.replace(SOFT_HYPHEN, "")
        text = LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
        text = ACCENT_BEFORE_LETTER.sub(_combine, text)
        text = unicodedata.normalize("NFC", text)
    return SPACED_RUN.sub(_unspace, text)


def _combine(match: re.Match[str]) -> str:
    combined = unicodedata.normalize("NFC", match.group(2) + ACCENTS[match.group(1)])
    return combined if len(combined) == 1 else match.group(0)


def _controls(text: str) -> str:
    def repair(match: re.Match[str]) -> str:
        char = match.group(0)
        start, end = match.start(), match.end()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if char in LIGATURE_CODES and (before.isalpha() or after.isalpha()) \
                and not (before.isspace() and after.isspace()):
            return LIGATURE_CODES[char]
        if char in DASH_CODES:
            return DASH_CODES[char]
        if (before.isspace() or before.isdigit()) and (after.isspace() or after.isdigit()):
            return "\u2013"
        return ""

    return CONTROL.sub(repair, text)


def _unspace(match: re.Match[str]) -> str:
    """ "S e p t e m b e r  2 0 1 7" → "September 2017": two spaces, a change between
    letters and digits, or a capital after small letters part words."""
    run = match.group(0)
    trailing = run[len(run.rstrip()):]
    words = []
    for chunk in re.split(r" {2,}", run.strip()):
        letters = chunk.split(" ")
        word = letters[0]
        for before, char in zip(letters, letters[1:], strict=False):
            if _boundary(before, char):
                words.append(word)
                word = char
            else:
                word += char
        words.append(word)
    return " ".join(words) + trailing


def _boundary(before: str, char: str) -> bool:
    if before.isalpha() and char.isdigit() or before.isdigit() and char.isalpha():
        return True
    if before.islower() and char.isupper():
        return True
    dashes = "–—"
    return char in dashes or before in dashes
