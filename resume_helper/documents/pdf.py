"""Read PDFs that have a text layer; scanned ones are refused with a clear message.

Why pdfminer.six: it hands over every character with its position, size and font, which
:mod:`resume_helper.documents.layout` needs to rebuild lines from one-word runs, read two
columns in order, undo letter-spacing and join LaTeX accents. pypdf's plain mode follows
the content stream (one word per line for Google Docs PDFs) and its layout mode pads columns
side by side; benchmarks/reading_quality.py measures the three.
"""

from __future__ import annotations

import logging
import re
import statistics
from dataclasses import replace
from functools import cache
from typing import Any

from resume_helper.documents.dates import find_date_range
from resume_helper.documents.errors import DocumentError, EncryptedDocumentError, NoTextError
from resume_helper.documents.layout import Char, Line, drop_page_furniture, page_lines
from resume_helper.documents.model import Block, Extracted
from resume_helper.documents.safety import (
    MAX_TEXT_CHARS,
    bounded_pdf_parser,
    bounded_pdf_reader,
)
from resume_helper.documents.text import ends_open, split_bullet

MAX_PAGES = 50
SCAN_WORDS = 10       # fewer words than this on image pages: a scan, not a document
SCAN_PIXELS = 60_000  # an image this large (in pixels) fills a scanned page
SENTENCE_END = re.compile(r"[.:!?;]\s*$")
POSTCODE_END = re.compile(r",\s+(?:[A-Z]{1,2}-)?\d{4,5}$")
FONT_SUBSET = re.compile(r"^[A-Z]{6}\+")
HEADING_SIZE = 1.15   # a short line this much larger than the body text is a heading
MAX_HEADING_WORDS = 6
WRAP_SHARE = 0.75     # a line filling this share of its column's width may wrap on
FULL_SHARE = 0.75     # … and one filling this much, with PROSE_WORDS words, is running prose
PROSE_WORDS = 6
CELL_LINE = 1.6       # of the type size: a wrapped cell's next line sits no lower than this
CUT_ADDRESS = re.compile(r"(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)*|https?://\S+|www\.\S+)[.@/-]?$")
ADDRESS_REST = re.compile(r"^[.@/-]?[\w-]*\.[a-z]{2,}(?:/\S*)?$|^\.[a-z]{2,}$|^/\S+$", re.I)
# The rest of an address that a narrow box broke where it ran out of room, anywhere in the
# address ("taylor.brennan@example.co" / "m", "www.linkedin.com/in/taylor-" / "brennan-"):
# lower-case letters, digits and an address's punctuation, maybe a label after it
# ("hughes-4b7c21 (LinkedIn)").
ADDRESS_PIECE = re.compile(r"^(?!www\.|https?:)[a-z0-9._~%/@#?=&+-]+(?=\s|$)")
# A line that is an e-mail or web address and nothing else (maybe a label in brackets): a
# contact line of its own, never the wrapped end of the line above.
ADDRESS_LINE = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+)"
                          r"(?:\s+\(\w+\))?$")


def read_pdf(data: bytes, name: str) -> Extracted:
    """Blocks of a PDF's text layer, one per line in reading order, wrapped prose joined."""
    pages, height, fonts, unmapped = _characters(data, name)
    lines_per_page = [page_lines(chars, page=number, width=width)
                      for number, (chars, width) in enumerate(pages)]
    lines = drop_page_furniture(lines_per_page, height)
    words = sum(len(line.text.split()) for line in lines)
    if words < SCAN_WORDS and (words == 0 or _scanned_pages(data) * 2 >= len(pages)):
        # a scan: its pages are images, and the only text is a scanner app's stamp
        # ("Scanned with CamScanner") or the page numbers, if any
        unmapped = unmapped and not any(line.text.strip() for page in lines_per_page
                                        for line in page)
        raise NoTextError(key="pdf_unmapped_fonts" if unmapped else "pdf_no_text_layer",
                          name=name)
    # Text read column after column is what applicant tracking systems often mix up.
    layout = ("columns",) if any(line.group[2] for line in lines) else ()
    return Extracted(blocks=tuple(_blocks(lines)), file_format="pdf",
                     fonts=tuple(sorted(fonts)), pages=len(pages), layout=layout)


def _characters(data: bytes, name: str
                ) -> tuple[list[tuple[list[Char], float]], float, set[str], int]:
    """Each page's characters and width, the page height, the fonts of letters, and how many
    glyphs had no character behind them ("(cid:36)": a font exported without a character
    map, which no reader can turn into letters)."""
    from pdfminer.layout import LTContainer
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.psexceptions import PSException

    # Why: pdfminer logs every odd object it repairs; a user's slightly broken PDF is not
    # worth a screen of warnings when the text comes out fine.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    pages: list[tuple[list[Char], float]] = []
    fonts: set[str] = set()
    height = 842.0
    total = 0
    try:
        document = PDFDocument(bounded_pdf_parser(data))
        page_list = list(PDFPage.create_pages(document))
        if len(page_list) > MAX_PAGES:
            raise DocumentError(key="pdf_pages", name=name, pages=len(page_list),
                                limit=MAX_PAGES)
        manager = PDFResourceManager(caching=True)
        unmapped = 0

        def keep(item: Any) -> Char | None:
            nonlocal unmapped
            char = _char(item)
            if char is None and item.get_text().startswith("(cid:"):
                unmapped += 1
            return char

        device, interpreter = bounded_pdf_reader(manager, name, keep_char=keep)
        for page in page_list:
            interpreter.process_page(page)
            layout = device.get_result()
            height = layout.height or height
            chars: list[Char] = []
            stack = [layout]
            while stack:
                for item in stack.pop():
                    if isinstance(item, Char):
                        if item.text.isalnum():
                            fonts.add(item.font)
                        chars.append(item)
                    elif isinstance(item, LTContainer):
                        stack.append(item)
            total += len(chars)
            if total > MAX_TEXT_CHARS:
                raise DocumentError(key="too_much_text", name=name, limit=MAX_TEXT_CHARS)
            pages.append((chars, layout.width))
    except DocumentError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise EncryptedDocumentError(key="pdf_encrypted", name=name) from exc
    except (PSException, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError, ZeroDivisionError, RecursionError, OSError) as exc:
        raise DocumentError(key="pdf_damaged", name=name, detail=type(exc).__name__) from exc
    return pages, height, fonts, unmapped


def _scanned_pages(data: bytes) -> int:
    """How many pages show a page-sized image (looked for in the page's resources and one
    form deep), as a scanner writes each page."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1

    def has_image(resources: Any, depth: int = 0) -> bool:
        objects = resolve1((resolve1(resources) or {}).get("XObject")) or {}
        for value in list(objects.values())[:50]:
            stream = resolve1(value)
            attrs = getattr(stream, "attrs", {})
            kind = getattr(resolve1(attrs.get("Subtype")), "name", None)
            if kind == "Image":
                size = (resolve1(attrs.get("Width")) or 0) * (resolve1(attrs.get("Height")) or 0)
                if isinstance(size, int | float) and size >= SCAN_PIXELS:
                    return True
            elif kind == "Form" and depth < 1 and has_image(attrs.get("Resources"), depth + 1):
                return True
        return False

    try:
        document = PDFDocument(bounded_pdf_parser(data))
        return sum(1 for page in list(PDFPage.create_pages(document))[:MAX_PAGES]
                   if has_image(page.resources))
    except Exception:  # noqa: BLE001 - only a hint for the message; the text was read already
        return 0


def _char(item: Any) -> Char | None:
    """What the reader keeps of a character pdfminer drew (an ``LTChar``): upright glyphs
    with a known text, the font's name without its subset tag."""
    if not item.upright:
        return None
    text = item.get_text()
    if text.startswith("(cid:"):
        return None
    return Char(text, item.x0, item.x1, item.matrix[5], item.size,
                FONT_SUBSET.sub("", item.fontname))


def _blocks(lines: list[Line]) -> list[Block]:
    """One block per line; a line continues the previous one when that was wrapped prose."""
    body = statistics.median([line.size for line in lines]) if lines else 0.0
    widths: dict[tuple[int, int, int], float] = {}
    edges: dict[tuple[int, int, int], float] = {}
    starts: dict[tuple[int, int, int], float] = {}
    rights: dict[tuple[int, int], float] = {}  # each page column's right margin
    for line in lines:
        column = (line.page, line.group[2])
        rights[column] = max(rights.get(column, 0.0), line.x1)
        if "\t" not in line.text:
            # a row of a label table ("seit 03/2021<tab>Kundenbetreuerin") is wider than
            # the column its content wraps in
            widths[line.group] = max(widths.get(line.group, 0.0), line.x1 - line.x0)
            edges[line.group] = max(edges.get(line.group, 0.0), line.x1)
        starts[line.group] = min(starts.get(line.group, line.x0), line.x0)
    blocks: list[Block] = []
    previous: Line | None = None
    for line in lines:
        content, is_list = split_bullet(line.text.strip())
        if not content:
            continue
        wrapped = (
            blocks and previous is not None
            and previous.group == line.group
            and previous.bold == line.bold and abs(previous.size - line.size) < 0.5
            # a line ending in "in der" goes on even when short: the next word was too long
            # to fit (checked below), as in narrow columns
            and (previous.x1 - previous.x0 >= WRAP_SHARE * widths.get(line.group, 0.0)
                 or ends_open(previous.text) or _open_bracket(previous.text)
                 or POSTCODE_END.search(previous.text))
            and "\t" not in previous.text
            and not SENTENCE_END.search(previous.text)
            and not is_list
            and (not ADDRESS_LINE.match(content) or ends_open(previous.text))
            and not _would_have_fit(previous, content, edges.get(line.group, previous.x1))
            # wrapped text goes on where its line began (right-aligned and centred lines
            # begin elsewhere each); a list item's hanging indent is the exception below
            and (abs(line.x0 - previous.x0) <= 2 or blocks[-1].list_item)
            and (content[:1].islower() or previous.text.rstrip().endswith((",", "-"))
                 # "Neckar Versand GmbH, Stuttgart" / "(Deutschland)": a bracket goes on
                 or (content[:1] == "(" and find_date_range(content) is None)
                 or ends_open(previous.text)
                 # "Spanish (Professional" / "Working)": a bracket left open goes on
                 or _open_bracket(previous.text)
                 # "Eppendorfer Weg 12, 20259" / "Hamburg": an address broken after its
                 # postcode in a narrow box
                 or POSTCODE_END.search(previous.text)
                 or (content[:1].isdigit() and find_date_range(content) is None)
                 # German nouns start upper-case: a full line of prose goes on regardless
                 or (len(previous.text.split()) >= PROSE_WORDS
                     and previous.x0 <= starts[line.group] + 2  # indented: list items
                     and previous.x1 - previous.x0 >= FULL_SHARE * widths.get(line.group, 0.0)
                     and find_date_range(content) is None)
                 # a list item's hanging indent: the next line starts right of its bullet
                 or (blocks[-1].list_item and line.x0 > previous.x0 + 2))
        )
        wrapped = wrapped or (
            blocks and previous is not None and not is_list
            and _cell_wrapped(previous, line, content,
                              rights.get((line.page, line.group[2]), previous.x1)))
        wrapped = wrapped or (
            blocks and previous is not None and not is_list and body
            and _large_wrapped(previous, line, content, body,
                               widths.get(line.group, 0.0), edges.get(line.group, previous.x1)))
        if blocks and previous is not None and previous.group == line.group \
                and CUT_ADDRESS.search(blocks[-1].text) and (
                    ADDRESS_REST.match(content) or _address_goes_on(
                        previous, content, edges.get(line.group, previous.x1))):
            # "soeren.hoejgaard@example" / ".com": an address broken in a narrow box
            blocks[-1] = replace(blocks[-1], text=f"{blocks[-1].text}{content}")
        elif wrapped:
            # a wrapped heading or name stays one (bold, set large)
            blocks[-1] = replace(blocks[-1], text=_joined(blocks[-1].text, content))
        else:
            large = body and line.size >= HEADING_SIZE * body
            heading = 1 if large and len(content.split()) <= MAX_HEADING_WORDS else None
            blocks.append(Block(text=content, list_item=is_list, bold=line.bold,
                                heading_level=heading))
        previous = line
    return blocks


def _large_wrapped(previous: Line, line: Line, content: str, body: float, width: float,
                   edge: float) -> bool:
    """Whether ``line`` goes on with a name or title set large that the column broke ("Camilla
    Østergaard" / "Juhl", "Grete Kõiv-" / "Laanemets"): the same large type, the same start,
    a line's height below, the line above full (or ending in a hyphen), and the next word
    had no room there; a short line above ("Anna Berg" over "Kundenberaterin") was ended on
    purpose."""
    if line.size < HEADING_SIZE * body or previous.group != line.group:
        return False
    if abs(previous.size - line.size) >= 0.5 or previous.bold != line.bold:
        return False
    if abs(line.x0 - previous.x0) > 2 or not 0 < previous.y - line.y <= CELL_LINE * line.size:
        return False
    if len(f"{previous.text} {content}".split()) > MAX_HEADING_WORDS:
        return False
    full = previous.text.endswith("-") or previous.x1 - previous.x0 >= WRAP_SHARE * width
    return full and find_date_range(content) is None and not _would_have_fit(
        previous, content, edge)


def _cell_wrapped(previous: Line, line: Line, content: str, edge: float) -> bool:
    """Whether ``line`` goes on with the content cell of the table row ``previous``
    ("Digital competence<tab>Salesforce, Genesys Cloud, Microsoft" / "Office"): it begins
    where that cell began, the cell's text filled the column to its margin, and the next
    word had no room there, whatever its case (a product name's second word), and it sits
    a line's height below (a cell's next paragraph, "Neckar Versand GmbH", sits lower).
    """
    if previous.group != line.group or "\t" not in previous.text or "\t" in line.text:
        return False
    if previous.bold != line.bold or abs(previous.size - line.size) >= 0.5:
        return False
    if abs(line.x0 - previous.cell_x0) > 2 or SENTENCE_END.search(previous.text):
        return False
    if not 0 < previous.y - line.y <= CELL_LINE * max(previous.size, line.size):
        return False
    if find_date_range(content) is not None:
        return False
    cell = previous.text.rsplit("\t", 1)[1]
    width = previous.x1 - previous.cell_x0
    if width < WRAP_SHARE * (edge - previous.cell_x0):
        return False
    first = content.split()[0] if content.split() else ""
    return (len(first) + 1) * width / max(len(cell), 1) >= edge - previous.x1


def _joined(text: str, content: str) -> str:
    """``text`` and the wrapped line ``content`` after it, as one: a word hyphenated at the
    line's end is whole again ("Kunden-" / "service", "te-" / "lekommunikatsiooni"), a
    compound's own hyphen stays ("E-" / "Mail", "Ein-" / "und Verkauf"), and a soft hyphen
    goes."""
    if text.endswith("\u00ad"):
        return f"{text[:-1]}{content}"
    if len(text) >= 2 and text.endswith("-") and text[-2].isalpha():
        first = content.split()[0] if content.split() else ""
        if first[:1].isupper() or first[:1].isdigit():
            return f"{text}{content}"
        if first[:1].islower() and first.lower().strip(",.;") not in _conjunctions():
            return f"{text[:-1]}{content}"
    return f"{text} {content}"


@cache
def _conjunctions() -> frozenset[str]:
    """Words after a compound's own hyphen ("Ein- und Verkauf", "for- og bagside")."""
    from resume_helper.documents import lexicon

    return frozenset(lexicon.words("hyphen_conjunctions"))


def _open_bracket(text: str) -> bool:
    """Whether ``text`` leaves a bracket open ("Tysk (Begrænset" / "arbejdsfærdighed)")."""
    return text.count("(") > text.count(")")


def _address_goes_on(previous: Line, content: str, edge: float) -> bool:
    """Whether ``content`` begins with the rest of the address that ends ``previous``, broken
    mid-word where the box ran out ("www.linkedin.com/in/mette-" / "ostergaard-2c9d44
    (LinkedIn)"): the line held the address alone, and the piece had no room at its end."""
    piece = ADDRESS_PIECE.match(content)
    return piece is not None and " " not in previous.text.strip() \
        and not ("@" in piece.group(0) and "@" in previous.text) \
        and not _would_have_fit(previous, content, edge)


def _would_have_fit(previous: Line, content: str, edge: float) -> bool:
    """Whether the first word of ``content`` had room at the end of ``previous``: then the
    line was ended on purpose (the next list item, an address line), not wrapped."""
    width = (previous.x1 - previous.x0) / max(len(previous.text), 1)
    first = content.split()[0] if content.split() else ""
    return (len(first) + 1) * width < edge - previous.x1
