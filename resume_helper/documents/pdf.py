"""Read PDFs that have a text layer; scanned ones are refused with a clear message."""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from resume_helper.documents.errors import DocumentError, EncryptedDocumentError, NoTextError
from resume_helper.documents.model import Block, Extracted
from resume_helper.documents.safety import MAX_TEXT_CHARS
from resume_helper.documents.text import split_bullet

MAX_PAGES = 50
SENTENCE_END = re.compile(r"[.:!?;]\s*$")
FONT_SUBSET = re.compile(r"^[A-Z]{6}\+")


def read_pdf(data: bytes, name: str) -> Extracted:
    """Blocks of a PDF's text layer, one per line, with wrapped prose joined back."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    # Why: pypdf logs every repaired cross-reference table; a user's slightly odd PDF is
    # not worth a screen of warnings when the text comes out fine.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise EncryptedDocumentError(
                f"{name} is a password-protected PDF; save an unprotected copy"
            )
        pages = reader.pages
        if len(pages) > MAX_PAGES:
            raise DocumentError(f"{name} has {len(pages)} pages; resumes, letters and postings "
                                f"have at most {MAX_PAGES}")
        texts: list[str] = []
        fonts: set[str] = set()
        total = 0
        for page in pages:
            text = page.extract_text() or ""
            total += len(text)
            if total > MAX_TEXT_CHARS:
                raise DocumentError(f"{name} holds more than {MAX_TEXT_CHARS:,} characters of text")
            texts.append(text)
            fonts |= _page_fonts(page)
    except DocumentError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError) as exc:
        raise DocumentError(f"{name} is a damaged or truncated PDF ({type(exc).__name__})") from exc
    if not any(t.strip() for t in texts):
        raise NoTextError(f"{name} has no text layer (a scan?); OCR is not supported")
    blocks = [block for text in texts for block in _blocks(text)]
    return Extracted(blocks=tuple(blocks), file_format="pdf", fonts=tuple(sorted(fonts)),
                     pages=len(pages))


def _blocks(text: str) -> list[Block]:
    """One block per line; a line continues the previous one when that was wrapped prose."""
    lines = [line.strip() for line in text.replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    width = max((len(line) for line in lines), default=0)
    blocks: list[Block] = []
    previous = ""
    for line in lines:
        content, is_list = split_bullet(line)
        wrapped = (
            blocks
            and len(previous) >= 0.75 * width
            and not SENTENCE_END.search(previous)
            and not is_list
            and content[:1].islower()
        )
        if wrapped:
            last = blocks[-1]
            blocks[-1] = Block(text=f"{last.text} {content}", list_item=last.list_item)
        else:
            blocks.append(Block(text=content, list_item=is_list))
        previous = line
    return blocks


def _page_fonts(page: Any) -> set[str]:
    """Font names on a page, without the six-letter subset prefix ("ABCDEF+Carlito")."""
    found: set[str] = set()
    try:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            base = str(ref.get_object().get("/BaseFont", "")).lstrip("/")
            if base:
                found.add(FONT_SUBSET.sub("", base))
    except (KeyError, TypeError, AttributeError):
        return found
    return found
