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
# Tokens one PDF object may hold while it is parsed. Why a bound: in a file whose object never
# closes (a damaged or duplicated chunk), pdfminer gathered every token up to the end of the
# file: a million tokens, 120 MB and 3 s for a 4 MB file, before it gave up. The objects of
# real resumes hold under twenty on the parser's stack; a page tree or a width array some
# thousands.
MAX_PDF_OBJECT_TOKENS = 100_000


def bounded_pdf_parser(data: bytes) -> Any:
    """pdfminer's parser over ``data``; an object of more than :data:`MAX_PDF_OBJECT_TOKENS`
    tokens raises pdfminer's ``PSSyntaxError``, read as a damaged PDF like any other."""
    from pdfminer.pdfparser import PDFParser
    from pdfminer.psexceptions import PSSyntaxError

    class BoundedParser(PDFParser):
        def push(self, *objs: Any) -> None:
            super().push(*objs)
            if len(self.curstack) > MAX_PDF_OBJECT_TOKENS:
                raise PSSyntaxError(f"an object of over {MAX_PDF_OBJECT_TOKENS} tokens")

    return BoundedParser(io.BytesIO(data))


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
