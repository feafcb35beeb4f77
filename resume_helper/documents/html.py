"""Reduce an HTML job page to blocks: block elements become paragraphs, list items lines."""

from __future__ import annotations

import json
import re
from collections import Counter
from html import unescape
from html.parser import HTMLParser
from typing import Any

from resume_helper.documents.model import Block, Extracted
from resume_helper.documents.text import split_bullet

DROPPED = {"script", "style", "noscript", "template", "svg", "head", "iframe", "object",
           "canvas", "button", "form", "select", "nav"}
BLOCKS = {"p", "div", "section", "article", "header", "footer", "main", "aside", "ul", "ol",
          "li", "dl", "dt", "dd", "table", "tr", "td", "th", "blockquote", "pre", "br", "hr",
          "h1", "h2", "h3", "h4", "h5", "h6", "address", "figure", "figcaption", "body", "html"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
MAX_STRUCTURED = 200_000   # characters of JSON-LD read per script
MAX_SCRIPTS = 50
TAG = re.compile(r"<[^>]{0,200}>")
# Cookie and consent banners job pages show above the ad (OneTrust, Cookiebot, a site's
# own): told by their element's id or class, dropped with everything inside.
BANNER = re.compile(r"cookie|consent|gdpr|onetrust|cookiebot|usercentrics|privacy-banner", re.I)
# A job board's own frame around the ad, told by an element's class or id: menus, breadcrumbs,
# "similar jobs" and "recommended" lists, share buttons, the site's footer. Matched as whole
# words of the name ("jobsearch-RelatedLinks", "user-menu"), so "vacancy-header" stays.
CHROME_WORDS = frozenset({"breadcrumb", "breadcrumbs", "menu", "navbar", "gnav", "footer",
                          "similar", "related", "relatedlinks", "recommended",
                          "recommendations", "share", "social", "sitemap"})
NAME_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# Elements that hold a page's frame when they stand outside the ad (<main>, <article>): their
# lines are dropped when the element closes, unless it held the page's <h1> (a job header).
FRAME = {"header", "footer", "aside"}
TITLE_SPLIT = re.compile(r"\s+[-–—|·]\s+")
MIN_DESCRIPTION_WORDS = 25
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
        self.data_script: list[str] | None = None
        self.structured: list[str] = []
        self.banners: list[int] = []  # stack depths of open cookie banners
        self.frames: list[tuple[str, int, bool]] = []  # open frame: tag, blocks before, h1
        self.title: list[str] | None = None
        self.page_title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title" and not self.page_title:
            self.title = []
        if tag == "script" and (dict(attrs).get("type") or "").lower() == "application/ld+json":
            self.data_script = []
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
            # a page's frame may carry a banner's name as a state ("body.cookie-shown")
            if tag not in ("html", "body", "main", "article") and (
                    self._banner(attrs) or self._chrome(attrs)):
                self.banners.append(len(self.stack))
            if tag in FRAME and not (self.open["main"] or self.open["article"]):
                self.frames.append((tag, len(self.blocks), False))
            if tag == "h1" and self.frames:
                self.frames = [(t, n, True) for t, n, _ in self.frames]

    @staticmethod
    def _chrome(attrs: list[tuple[str, str | None]]) -> bool:
        for name, value in attrs:
            if name in ("id", "class") and value:
                words = {w.lower() for w in NAME_WORDS.findall(value[:200])}
                words |= {w.lower() for w in re.split(r"[\s_-]+", value[:200])}
                if words & CHROME_WORDS:
                    return True
        return False

    @staticmethod
    def _banner(attrs: list[tuple[str, str | None]]) -> bool:
        return any(name in ("id", "class", "aria-label") and value and BANNER.search(value[:200])
                   for name, value in attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title is not None:
            self.page_title = " ".join("".join(self.title).split())
            self.title = None
        if tag == "script" and self.data_script is not None:
            self.structured.append("".join(self.data_script))
            self.data_script = None
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
            while self.banners and len(self.stack) < self.banners[-1]:
                self.banners.pop()
        if tag in FRAME and self.frames and self.frames[-1][0] == tag:
            _, before, has_title = self.frames.pop()
            if not has_title:
                self._flush()
                del self.blocks[before:]

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
        if self.title is not None:
            self.title.append(data)
        if self.data_script is not None and sum(map(len, self.data_script)) < MAX_STRUCTURED:
            self.data_script.append(data)
        if self.skip or self.banners:
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
    """Blocks of an HTML page; scripts, styles, navigation and forms are dropped.

    A job board's schema.org JobPosting (JSON-LD) gives the title, company and place as
    metadata, and its description is the ad: the board's own copy of it, preferred to the
    page around it unless the page shows much more (a description cut short). Without one,
    the page's <title> ("Title - Company - Place | Board") names the company and place
    when the page shows them as lines of their own. The board's frame (menus, breadcrumbs,
    "similar jobs", footers) is dropped.
    """
    blocks, structured, page_title = _blocks(text)
    metadata, description = _job_posting(structured)
    if description:
        if "<" not in description and "&lt;" in description:
            description = unescape(description)  # some boards escape the HTML once more
        if "<" not in description:
            # a plain-text description keeps its lines
            description = "".join(f"<p>{line}</p>" for line in description.splitlines())
        shown = sum(len(b.text.split()) for b in blocks)
        extra, _, _ = _blocks(description)
        words = sum(len(b.text.split()) for b in extra)
        if words >= MIN_DESCRIPTION_WORDS and words >= 0.6 * shown:
            blocks = extra
        elif shown < 0.5 * words:
            blocks += extra
    if not metadata:
        metadata = _title_facts(page_title, blocks)
    return Extracted(blocks=tuple(blocks), file_format="html", metadata=metadata)


def _blocks(text: str) -> tuple[list[Block], list[str], str]:
    reader = _Reader()
    reader.feed(text)
    reader.close()
    reader._flush()
    return reader.blocks, reader.structured, reader.page_title


def _title_facts(page_title: str, blocks: list[Block]) -> tuple[tuple[str, str], ...]:
    """Company and place from a board's page title, "Customer Service Representative -
    Prairie State Utilities - Springfield, IL - Jobs": its first piece is the page's main
    heading, and a piece counts only where a line of the page starts with it."""
    pieces = [p.strip() for p in TITLE_SPLIT.split(page_title) if p.strip()]
    heading = next((b.text for b in blocks if b.heading_level == 1), None)
    if len(pieces) < 3 or heading is None or pieces[0] != heading:
        return ()
    lines = [b.text for b in blocks if not b.list_item]

    def shown(piece: str) -> bool:
        return any(line == piece or line.startswith((f"{piece},", f"{piece} ·"))
                   for line in lines)

    facts = []
    if shown(pieces[1]):
        facts.append(("company", pieces[1]))
        if len(pieces) >= 4 and shown(pieces[2]):
            facts.append(("location", pieces[2]))
    return tuple(facts)


def _job_posting(scripts: list[str]) -> tuple[tuple[tuple[str, str], ...], str | None]:
    """(title, company and place, the description) from a page's schema.org JobPosting,
    which job boards add for search engines: surer than guessing from the page's headings."""
    for script in scripts[:MAX_SCRIPTS]:
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):
            continue
        for item in _items(data):
            if "jobposting" not in str(item.get("@type", "")).lower():
                continue
            found = {"title": _plain(item.get("title")),
                     "company": _plain(_field(item.get("hiringOrganization"), "name")),
                     "location": _plain(_place(item.get("jobLocation")))}
            description = item.get("description")
            return (tuple((key, value) for key, value in found.items() if value),
                    description[:MAX_STRUCTURED] if isinstance(description, str) else None)
    return (), None


def _items(data: Any) -> list[dict[str, Any]]:
    """The objects of a JSON-LD document: itself, a list of them, or its "@graph"."""
    items = data if isinstance(data, list) else [data]
    found: list[dict[str, Any]] = []
    for item in items[:MAX_SCRIPTS]:
        if isinstance(item, dict):
            found.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                found += [g for g in graph[:MAX_SCRIPTS] if isinstance(g, dict)]
    return found


def _field(value: Any, key: str) -> Any:
    if isinstance(value, list):
        value = value[0] if value else None
    return value.get(key) if isinstance(value, dict) else value


def _place(location: Any) -> str | None:
    address = _field(_field(location, "address"), "addressLocality")
    return address if isinstance(address, str) else None


def _plain(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(TAG.sub(" ", unescape(value)).split())
    return text[:200] or None
