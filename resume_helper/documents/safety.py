"""Limits that keep hostile or broken files from exhausting memory or time.

Why before parsing: python-docx and pypdf trust their input. A zip bomb or an XML entity
bomb must be refused from the archive's directory and raw bytes, before a parser sees it.
"""

from __future__ import annotations

import io
import lzma
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from os import PathLike
from pathlib import Path
from typing import Any

from resume_helper.documents.errors import DocumentError, UnsafeDocumentError

MAX_FILE_BYTES = 20 * 1024 * 1024
# Why 100,000: about 30 pages of text, five times the longest real resume or posting; every
# later stage is linear or close to it, so this bounds a check to seconds and the memory of
# its analysis to some 100 MB.
MAX_TEXT_CHARS = 100_000
MAX_MARKUP_CHARS = 5_000_000
MAX_ZIP_MEMBERS = 1_000
MAX_XML_ELEMENTS = 100_000  # a real Word part has at most some ten thousand
WORD_TEXT = re.compile(rb"<w:t(?:\s[^>]*)?>([^<]*)")
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_MEMBER_BYTES = 50 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024  # small parts may compress very well; only big ones are judged
CHUNK = 64 * 1024
# What a damaged archive raises from zipfile and the decompressors under it (zlib.error and
# lzma.LZMAError are not OSErrors; bz2 raises OSError or ValueError).
ZIP_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile, zlib.error, lzma.LZMAError, struct.error, OSError, ValueError, EOFError,
)
XML_MARKERS = tuple(
    marker.encode(encoding)
    for marker in ("<!DOCTYPE", "<!ENTITY", "<!doctype", "<!entity")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be")
)


def read_limited(source: str | PathLike[str] | bytes, name: str) -> bytes:
    """The bytes of ``source``, refusing anything over :data:`MAX_FILE_BYTES` or empty."""
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
    else:
        path = Path(source)
        if not path.is_file():
            raise DocumentError(key="no_such_file", name=name)
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DocumentError(key="too_large", name=name, mb=MAX_FILE_BYTES // 2**20)
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise DocumentError(key="cannot_read", name=name, reason=exc.strerror) from exc
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError(key="too_large", name=name, mb=MAX_FILE_BYTES // 2**20)
    if not data.strip():
        raise DocumentError(key="empty", name=name)
    return data


def check_text_length(text: str, name: str, *, limit: int = MAX_TEXT_CHARS) -> str:
    """``text`` unchanged, or an error when it is longer than any real resume or posting.

    ``limit`` is larger for HTML before its markup is taken off (:data:`MAX_MARKUP_CHARS`):
    a saved job page is mostly scripts and styles; its text is checked once extracted.
    """
    if len(text) > limit:
        raise DocumentError(key="too_much_text", name=name, limit=limit)
    return text


def open_zip(data: bytes, name: str) -> zipfile.ZipFile:
    """Open ``data`` as a ZIP archive, refusing bombs by the sizes it declares."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (*ZIP_ERRORS, NotImplementedError, RuntimeError) as exc:
        raise DocumentError(key="not_zip", name=name) from exc
    if len(infos) > MAX_ZIP_MEMBERS:
        raise UnsafeDocumentError(key="too_many_parts", name=name, count=len(infos))
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_MEMBER_BYTES or total > MAX_UNPACKED_BYTES or (
            info.file_size > RATIO_FLOOR and ratio > MAX_RATIO
        ):
            raise UnsafeDocumentError(key="zip_bomb", name=name)
    return archive


def read_member(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    """One part of ``archive``, read in chunks and cut off if it outgrows its declared size.

    Why: a forged directory can declare small sizes; counting while decompressing keeps the
    memory bound true whatever the directory says.
    """
    info = archive.getinfo(member)
    limit = min(info.file_size, MAX_MEMBER_BYTES)
    parts: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise UnsafeDocumentError(key="part_too_large", name=name, part=member)
                parts.append(chunk)
    except (NotImplementedError, RuntimeError) as exc:
        # zipfile: an unknown compression method, or a part encrypted with a password
        raise DocumentError(key="part_unreadable", name=name, part=member) from exc
    except ZIP_ERRORS as exc:
        raise DocumentError(key="part_corrupt", name=name, part=member) from exc
    return b"".join(parts)


def check_xml(data: bytes, member: str, name: str) -> None:
    """Refuse XML that declares a DOCTYPE or entities (billion laughs, external entities),
    that has more elements than any Word document part, or more text than any resume.

    Why before parsing: a parsed element costs hundreds of bytes in lxml and python-docx; a
    400 kB part of 40,000 empty paragraphs took 120 MB before the text limit could see it.
    """
    # every marker holds "<!" (UTF-8) or "<\0!" (UTF-16): two scans of a part instead of 12
    if (b"<!" in data or b"<\x00!" in data) and any(marker in data for marker in XML_MARKERS):
        raise UnsafeDocumentError(key="xml_entities", name=name, part=member)
    if data.count(b"<") > MAX_XML_ELEMENTS:
        raise UnsafeDocumentError(key="xml_too_large", name=name, part=member,
                                  limit=MAX_XML_ELEMENTS)
    if b"<w:t" in data and sum(len(m) for m in WORD_TEXT.findall(data)) > MAX_TEXT_CHARS:
        raise DocumentError(key="too_much_text", name=name, limit=MAX_TEXT_CHARS)



MAX_PDF_ITEMS = 60_000
MAX_PDF_OPERATORS = 150_000
MAX_PDF_CONTENT_BYTES = 2 * 1024 * 1024
# What pdfminer's parser may read outside streams: tokens in one lookup (each time it is sent
# to a place in the file: one object, the trailer, an xref stream), tokens in all lookups of a
# file, and bytes in one token. Why: a lookup whose offset points into damaged bytes reads on
# to the end of the file (an object that never closes, or pdfminer's search for the "obj"
# keyword of an offset that missed): a fuzzed 4 MB PDF read 500,000 tokens in one lookup (5 s,
# +62 MB), another a million (120 MB). A damaged file is read by scanning it for objects, each
# read whole: 1,000 copies of a chunk of objects, 400,000 tokens and 4 s. A token whose
# bracket never closes (a string, a comment) grows to the end of the file, and pdfminer
# copies it at every bracket: 31 s for a 4 MB string.
# Chosen by measuring (benchmarks/pdf_parser_bounds.py: every object of each file, read as
# the file states it and through the repair) the PDFs on this machine and pypdf's sample PDFs,
# 125 distinct files: at most 11,221 tokens in one lookup (a CID font's width array), 768
# bytes in one token, and 62,212 tokens in all of a file of at most 50 pages (a 137-page book,
# which the page limit refuses, reads a million through the repair, 19,065 in the reader
# before it is refused).
MAX_PDF_LOOKUP_TOKENS = 100_000
MAX_PDF_TOKENS = 250_000
MAX_PDF_TOKEN_BYTES = 64 * 1024
BOUND = "bound:"  # how the parser's refusals begin (pdfminer's own errors never do)


class PDFParserStats:
    """The most a :func:`bounded_pdf_parser` read in one lookup (tokens, bytes), the longest
    token and the tokens of all lookups (benchmarks/pdf_parser_bounds.py prints them)."""

    tokens = 0
    bytes = 0
    longest = 0
    total = 0


def bounded_pdf_parser(data: bytes, stats: PDFParserStats | None = None) -> Any:
    """pdfminer's parser over ``data``. More than :data:`MAX_PDF_LOOKUP_TOKENS` tokens in one
    lookup or :data:`MAX_PDF_TOKENS` in all, or a token of more than
    :data:`MAX_PDF_TOKEN_BYTES` bytes, raises pdfminer's ``PSSyntaxError``, read as a damaged
    PDF like any other. ``stats``, when given, records the most read."""
    from pdfminer.pdfparser import PDFParser
    from pdfminer.psexceptions import PSSyntaxError

    class BoundedParser(PDFParser):
        # Why counted from the last seek: pdfminer seeks to every object it reads (and past
        # every stream), so the count is what one lookup read, whatever the file's size. It
        # bounds the stack of one object too: the stack is emptied at every seek.
        tokens = 0
        total = 0
        start = 0
        tokenising = False

        def seek(self, pos: int) -> None:
            super().seek(pos)
            self.tokens = 0
            self.start = pos

        def nexttoken(self) -> Any:
            self.tokenising = True
            try:
                token = super().nexttoken()
            finally:
                self.tokenising = False
            self.tokens += 1
            self.total += 1
            if stats is not None:
                _record(stats, self.tokens, self.bufpos + self.charpos - self.start, token[1])
            if self.tokens > MAX_PDF_LOOKUP_TOKENS:
                raise PSSyntaxError(f"{BOUND} over {MAX_PDF_LOOKUP_TOKENS} tokens in one lookup")
            if self.total > MAX_PDF_TOKENS:
                raise PSSyntaxError(f"{BOUND} over {MAX_PDF_TOKENS} tokens outside streams")
            return token

        def fillbuf(self) -> bool:
            # Why here: a token as long as the file is read in one call of nexttoken, one
            # 4 kB buffer at a time; lines read by nextline (xref tables, the end of a
            # stream) are no tokens. The first test is pdfminer's own: most calls read
            # nothing.
            if self.charpos < len(self.buf):
                return False
            if self.tokenising and len(getattr(self, "_curtoken", b"")) > MAX_PDF_TOKEN_BYTES:
                raise PSSyntaxError(f"{BOUND} a token of over {MAX_PDF_TOKEN_BYTES} bytes")
            return super().fillbuf()

    return BoundedParser(io.BytesIO(data))


def _record(stats: PDFParserStats, tokens: int, read: int, token: object) -> None:
    stats.total += 1
    stats.tokens = max(stats.tokens, tokens)
    stats.bytes = max(stats.bytes, read)
    name = getattr(token, "name", token)  # a PDF name or keyword, or the token itself
    if isinstance(name, bytes | str):
        stats.longest = max(stats.longest, len(name))


def bounded_pdf_reader(manager: Any, name: str, *,
                       keep_char: Callable[[Any], object | None] | None = None
                       ) -> tuple[Any, Any]:
    """pdfminer's page aggregator and interpreter, refusing a PDF whose pages hold more than
    :data:`MAX_PDF_CONTENT_BYTES` of drawing instructions or draw more than
    :data:`MAX_PDF_ITEMS` characters, lines and images.

    Why while reading: a few kilobytes of compressed content can draw millions of characters
    (346 MB and a minute for a 35 kB file); counting them after the page is laid out comes
    too late. A real resume page holds some kilobytes and draws a few thousand.

    With ``keep_char``, the page holds what it returns for each pdfminer ``LTChar`` (nothing
    for None) and no lines, shapes or images: why, an ``LTChar`` takes about 1 kB, so the
    characters and shapes a page may draw cost 45 MB as pdfminer objects and a few as the
    reader's own.
    """
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter

    def refuse(key: str, **params: int) -> UnsafeDocumentError:
        return UnsafeDocumentError(key=key, name=name, **params)

    class BoundedAggregator(PDFPageAggregator):
        # Why counted on the device: pdfminer makes a new interpreter for every form XObject
        # it draws, but all of them draw on this one device.
        drawn = 0
        content = 0
        operators = 0

        def count(self, items: int = 1, content: int = 0, operators: int = 0) -> None:
            self.drawn += items
            self.content += content
            self.operators += operators
            if self.operators > MAX_PDF_OPERATORS:
                raise refuse("pdf_operators", limit=MAX_PDF_OPERATORS)
            if self.drawn > MAX_PDF_ITEMS:
                raise refuse("pdf_items", limit=MAX_PDF_ITEMS)
            if self.content > MAX_PDF_CONTENT_BYTES:
                raise refuse("pdf_content", mb=MAX_PDF_CONTENT_BYTES // 2**20)

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            self.count()
            if keep_char is None:
                return super().render_char(*args, **kwargs)
            page, drawn = self.cur_item, _Drawn()
            self.cur_item = drawn  # pdfminer adds the LTChar it makes to the current item
            try:
                advance = super().render_char(*args, **kwargs)
            finally:
                self.cur_item = page
            kept = keep_char(drawn.item)
            if kept is not None:
                page.add(kept)
            return advance

        def paint_path(self, *args: Any, **kwargs: Any) -> None:
            self.count()
            if keep_char is None:
                super().paint_path(*args, **kwargs)

        def render_image(self, *args: Any, **kwargs: Any) -> None:
            self.count()
            if keep_char is None:
                super().render_image(*args, **kwargs)

    class BoundedInterpreter(PDFPageInterpreter):
        def __getattribute__(self, attribute: str) -> Any:
            # Why here: pdfminer looks up one do_* method per operator it runs, and content
            # that draws nothing ("q Q" a million times) costs time all the same.
            if attribute.startswith("do_"):
                self.device.count(items=0, operators=1)
            return super().__getattribute__(attribute)

        def execute(self, streams: Any) -> None:
            for stream in streams:
                if _inflates_beyond(stream, MAX_PDF_CONTENT_BYTES - self.device.content):
                    self.device.count(items=0, content=MAX_PDF_CONTENT_BYTES + 1)
            size = sum(len(stream.get_data() or b"") for stream in streams
                       if hasattr(stream, "get_data"))
            self.device.count(items=0, content=size)
            super().execute(streams)

    device = BoundedAggregator(manager, laparams=None)
    return device, BoundedInterpreter(manager, device)


class _Drawn:
    """Stands in for the page while pdfminer draws one character: holds what it adds."""

    item: Any = None

    def add(self, item: Any) -> None:
        self.item = item


def _inflates_beyond(stream: Any, limit: int) -> bool:
    """Whether a content stream would decode to more than ``limit`` bytes, found with a
    bounded inflate before pdfminer inflates all of it at once (20 MB of compressed zeros
    would be 20 GB)."""
    raw = getattr(stream, "rawdata", None)
    if raw is None or getattr(stream, "data", None) is not None:
        return False
    if len(raw) > limit:
        return True
    filters = [str(name).strip("/'") for name, _ in stream.get_filters()]
    if getattr(stream, "decipher", None) or filters not in (["FlateDecode"], ["Fl"]):
        return False
    try:
        return len(zlib.decompressobj().decompress(raw, limit + 1)) > limit
    except zlib.error:
        return False
