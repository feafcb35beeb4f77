"""Reduce an HTML job page to blocks: block elements become paragraphs, list items lines."""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

from resume_helper.documents.model import Block, Extracted
from resume_helper.documents.text import split_bullet

DROPPED = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object",
           "canvas", "button", "form", "select", "nav"}
BLOCKS = {"p", "div", "section", "article", "header", "footer", "main", "aside", "ul", "ol",
          "li", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "pre", "br", "hr",
          "h1", "h2", "h3", "h4", "h5", "h6", "address", "figure", "figcaption", "body", "html"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source",
        "track", "wbr", "param"}


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.bold_parts: list[str] = []
        self.links: list[str] = []
        self.skip = 0
        # Why counts beside the stack: asking "inside a list?" of a 20,000-deep stack at every
        # paragraph made deeply nested pages quadratic.
        self.stack: list[str] = []
        self.open: Counter[str] = Counter()
        self.headings: list[int] = []
        self.bold = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED:
            if tag not in VOID:
                self.skip += 1
            return
        if tag in BLOCKS:
            self._flush()
        if tag in {"b", "strong"}:
            self.bold += 1
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if href.startswith(("http://", "https://", "mailto:")):
                self.links.append(href.removeprefix("mailto:"))
        if tag not in VOID:
            self._push(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED:
            if tag not in VOID:
                self.skip = max(0, self.skip - 1)
            return
        if tag in BLOCKS:
            self._flush()
        if tag in {"b", "strong"}:
            self.bold = max(0, self.bold - 1)
        if self.open[tag]:
            while self._pop() != tag:
                pass

    def _push(self, tag: str) -> None:
        self.stack.append(tag)
        self.open[tag] += 1
        if tag in HEADINGS:
            self.headings.append(int(tag[1]))

    def _pop(self) -> str:
        tag = self.stack.pop()
        self.open[tag] -= 1
        if tag in HEADINGS:
            self.headings.pop()
        return tag

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        self.parts.append(data)
        if self.bold:
            self.bold_parts.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self.parts).split())
        bold_text = " ".join("".join(self.bold_parts).split())
        links, self.parts, self.bold_parts, self.links = tuple(self.links), [], [], []
        if not text:
            return
        level = self.headings[-1] if self.headings else None
        in_list = self.open["li"] > 0
        content, bulleted = split_bullet(text)
        source = "table" if self.open["table"] else "body"
        self.blocks.append(Block(text=content, heading_level=level, list_item=in_list or bulleted,
                                 bold=bold_text == text, links=links, source=source))


def read_html(text: str) -> Extracted:
    """Blocks of an HTML page; scripts, styles, navigation and forms are dropped."""
    reader = _Reader()
    reader.feed(text)
    reader.close()
    reader._flush()
    return Extracted(blocks=tuple(reader.blocks), file_format="html")
