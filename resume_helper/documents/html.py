"""Reduce an HTML job page to blocks: block elements become paragraphs, list items lines."""

from __future__ import annotations

from html.parser import HTMLParser

from resume_helper.documents.model import Block, Extracted
from resume_helper.documents.text import split_bullet

DROPPED = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object",
           "canvas", "button", "form", "select", "nav"}
BLOCKS = {"p", "div", "section", "article", "header", "footer", "main", "aside", "ul", "ol",
          "li", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "pre", "br", "hr",
          "h1", "h2", "h3", "h4", "h5", "h6", "address", "figure", "figcaption", "body", "html"}
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
        self.stack: list[str] = []
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
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED:
            if tag not in VOID:
                self.skip = max(0, self.skip - 1)
            return
        if tag in BLOCKS:
            self._flush()
        if tag in {"b", "strong"}:
            self.bold = max(0, self.bold - 1)
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass

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
        level = next((int(t[1]) for t in reversed(self.stack) if t in
                      {"h1", "h2", "h3", "h4", "h5", "h6"}), None)
        in_list = "li" in self.stack
        content, bulleted = split_bullet(text)
        source = "table" if "table" in self.stack else "body"
        self.blocks.append(Block(text=content, heading_level=level, list_item=in_list or bulleted,
                                 bold=bold_text == text, links=links, source=source))


def read_html(text: str) -> Extracted:
    """Blocks of an HTML page; scripts, styles, navigation and forms are dropped."""
    reader = _Reader()
    reader.feed(text)
    reader.close()
    reader._flush()
    return Extracted(blocks=tuple(reader.blocks), file_format="html")
