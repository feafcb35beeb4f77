"""Read plain text and Markdown into blocks: one block per line, wrapped prose re-joined."""

from __future__ import annotations

import re
from functools import cache

from resume_helper.documents import lexicon
from resume_helper.documents.model import Block, Extracted

# A symbol or icon font's glyph (private-use code points: Wingdings' bullets, a designed CV's
# phone and envelope icons) opens a line as a bullet does.
BULLET = re.compile(r"^\s*(?:[•●▪■◦‣·∙\-–—*+✓➢►\ue000-\uf8ff]|\d{1,2}\))\s*(?<=\s|[\ue000-\uf8ff])")
SENTENCE_END = re.compile(r"[.:!?;]\s*$")
WRAP_WIDTH = 60
OPEN_WRAP_WIDTH = 40
MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
MD_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")
MD_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$")
MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)[^)]*\)")
MD_AUTOLINK = re.compile(r"<(https?://[^>]+|[^@>\s]+@[^>\s]+)>")
MD_BOLD_LINE = re.compile(r"^(\*\*|__)(.+?)\1:?$")
MD_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|`)")
MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
FRONT_MATTER = re.compile(r"\A\ufeff?\s*---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
FRONT_MATTER_LINE = re.compile(r"^([A-Za-z_][\w -]{0,30}):[ \t]*(.*?)\s*$")
MAX_FRONT_MATTER = 4000


def split_bullet(line: str) -> tuple[str, bool]:
    """``line`` without a leading bullet marker, and whether it had one."""
    match = BULLET.match(line)
    if match and line[match.end():].strip():
        return line[match.end():].strip(), True
    return line.strip(), False


def front_matter(text: str) -> tuple[tuple[tuple[str, str], ...], str]:
    """(metadata, the rest) of a text that starts with a YAML front matter block.

    Job ads saved from static-site generators start with "---", "title: …", "---"; those
    lines describe the ad and are not its text. Only flat "key: value" lines are read, so
    no YAML feature can surprise us.

    >>> front_matter("---\\ntitle: Kundenservice\\n---\\nText")
    ((('title', 'Kundenservice'),), 'Text')
    """
    match = FRONT_MATTER.match(text[:MAX_FRONT_MATTER])
    if not match:
        return (), text
    pairs = []
    for line in match.group(1).split("\n"):
        found = FRONT_MATTER_LINE.match(line)
        if found is None:
            if line.strip() and not line.startswith((" ", "\t", "-", "#")):
                return (), text  # not front matter after all
            continue
        value = found.group(2).strip().strip("\"'")
        if value:
            pairs.append((found.group(1).strip().lower(), value))
    if not pairs:
        return (), text
    return tuple(pairs), text[match.end():]


def _prepare(text: str) -> tuple[tuple[tuple[str, str], ...], str]:
    """Front matter split off and HTML comments (``<!--StartFragment-->``) removed."""
    metadata, text = front_matter(text)
    if "<!--" in text:
        text = HTML_COMMENT.sub("", text)
    return metadata, text


def read_plain(text: str) -> Extracted:
    """Blocks of plain text: each line, except hard-wrapped prose joined back together."""
    metadata, text = _prepare(text)
    blocks: list[Block] = []
    previous_raw = ""
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            previous_raw = ""
            continue
        content, is_list = split_bullet(line)
        if blocks and previous_raw and _continues(previous_raw, line, is_list):
            last = blocks[-1]
            blocks[-1] = Block(text=f"{last.text} {content}", list_item=last.list_item)
        else:
            blocks.append(Block(text=content, list_item=is_list))
        previous_raw = raw
    return Extracted(blocks=tuple(blocks), file_format="text", metadata=metadata)


def _continues(previous: str, line: str, is_list: bool) -> bool:
    """Whether ``line`` is the hard-wrapped continuation of ``previous``."""
    return (
        not is_list
        and not SENTENCE_END.search(previous)
        and ((len(previous.strip()) >= WRAP_WIDTH
              and (line[:1].islower() or previous.rstrip().endswith((",", "-"))))
             # a line ending in "med", "in der" was wrapped even if a long word made it short
             or (len(previous.strip()) >= OPEN_WRAP_WIDTH and ends_open(previous)))
    )


def ends_open(line: str) -> bool:
    """Whether ``line`` ends on a word no complete line ends on: an article, a preposition
    or a conjunction ("Grundkenntnisse in der", "experience with the"), so the sentence
    goes on in the next line even when that starts with a capital (German nouns do).

    Why as written: "I" ends English lines, the Danish preposition "i" is lower-case.
    """
    words = line.split()
    return bool(words) and words[-1] in _open_words(lexicon.words("continues_after"))


@cache
def _open_words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(words)


def read_markdown(text: str) -> Extracted:
    """Blocks of Markdown: headings, bold lines, list items and table rows keep their role."""
    metadata, text = _prepare(text)
    blocks: list[Block] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or MD_RULE.match(line) and not (blocks and MD_SETEXT.match(line)):
            continue
        if MD_SETEXT.match(line) and blocks and not blocks[-1].list_item:
            level = 1 if line.startswith("=") else 2
            last = blocks[-1]
            blocks[-1] = Block(text=last.text, heading_level=level, links=last.links)
            continue
        if MD_TABLE_RULE.match(line):
            continue
        links = tuple(m.group(2) for m in MD_LINK.finditer(line))
        links += tuple(m.group(1) for m in MD_AUTOLINK.finditer(line))
        line = MD_AUTOLINK.sub(r"\1", MD_LINK.sub(r"\1", line))
        line = line.removeprefix("> ").strip()
        heading = MD_HEADING.match(line)
        if heading:
            blocks.append(Block(text=_plain(heading.group(2)), heading_level=len(heading.group(1)),
                                links=links))
            continue
        if line.startswith("|") and line.endswith("|"):
            # Why one block per row: a row's cells belong together ("| Vene | B2 / B2 |",
            # "| 2019 – 2021 | Kundenberater |"), as in the table a reader sees.
            cells = [_plain(cell) for cell in line.strip("|").split("|")]
            row = " | ".join(cell for cell in cells if cell)
            if row:
                blocks.append(Block(text=row, source="table", links=links))
            continue
        bold = MD_BOLD_LINE.match(line)
        content, is_list = split_bullet(line)
        blocks.append(Block(text=_plain(content), bold=bool(bold), list_item=is_list, links=links))
    return Extracted(blocks=tuple(b for b in blocks if b.text), file_format="markdown",
                     metadata=metadata)


def _plain(text: str) -> str:
    return MD_EMPHASIS.sub("", text).replace("\\", "").strip()
