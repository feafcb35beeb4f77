"""Tell a file's format from its content, never from its name."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from resume_helper.documents.encoding import decode_text
from resume_helper.documents.errors import EncryptedDocumentError, UnknownFileTypeError
from resume_helper.documents.safety import open_zip, read_member

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# What the content is, as a message key under errors.unknown_type.
OTHER_MAGIC = (
    (b"{\\rtf", "rtf"),
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"\x1f\x8b", "gzip"),
    (b"Rar!", "rar"),
    (b"7z\xbc\xaf", "7zip"),
    (b"\x7fELF", "program"),
    (b"MZ", "windows_program"),
    (b"%!PS", "postscript"),
)
WORD_CONTENT_TYPES = (
    b"wordprocessingml.document.main+xml",
    b"wordprocessingml.template.main+xml",
    b"ms-word.document.macroEnabled.main+xml",
    b"ms-word.template.macroEnabledTemplate.main+xml",
)
OTHER_OFFICE = (
    (b"spreadsheetml", "excel"),
    (b"presentationml", "powerpoint"),
)
JSON_RESUME_KEYS = {"basics", "work", "education", "skills", "languages", "volunteer",
                    "certificates", "projects"}
HTML_OPENING = re.compile(r"<(!doctype\s+html|html|head|body)\b", re.I)
SPACE = re.compile(r"\s*")
HTML_TAGS = re.compile(r"<(p|div|h[1-6]|ul|ol|li|br|section|article|table)\b[^>]*>", re.I)
MARKDOWN = re.compile(
    r"^(?:#{1,6}\s|\*\*[^*]+\*\*|=+\s*$)|\]\(https?://"
    r"|\A\ufeff?\s*---[ \t]*\n[A-Za-z_][\w -]*:",  # front matter
    re.M,
)


@dataclass(frozen=True)
class Sniffed:
    """A detected format, and the decoded text for the text-based ones."""

    file_format: str
    text: str | None = None


def sniff(data: bytes, name: str) -> Sniffed:
    """The format of ``data``: "docx", "pdf", "jsonresume", "html", "markdown" or "text".

    Raises :class:`UnknownFileTypeError` naming what the content is when we can tell, and
    :class:`EncryptedDocumentError` for OLE files (encrypted .docx, legacy .doc).
    """
    if data.startswith(OLE_MAGIC):
        raise EncryptedDocumentError(key="word_encrypted", name=name)
    if b"%PDF-" in data[:1024]:
        return Sniffed("pdf")
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return Sniffed(_zip_format(data, name))
    for magic, what in OTHER_MAGIC:
        if data.startswith(magic):
            raise UnknownFileTypeError(key=f"unknown_type.{what}", name=name)
    text = decode_text(data, name)
    return Sniffed(text_format(text, name), text)


def text_format(text: str, name: str) -> str:
    """The format of decoded text: "jsonresume", "html", "markdown" or "text"."""
    head = text.lstrip()[:4000]
    if head.startswith(("{", "[")):
        try:
            value = json.loads(text)
        except RecursionError as exc:  # json's parser recurses once per level of nesting
            raise UnknownFileTypeError(key="unknown_type.json_nested", name=name) from exc
        except ValueError:
            value = None
        if isinstance(value, dict) and JSON_RESUME_KEYS & value.keys():
            return "jsonresume"
        if value is not None:
            raise UnknownFileTypeError(key="unknown_type.json", name=name)
    if _opens_as_html(text) or (head.startswith("<") and len(HTML_TAGS.findall(head)) >= 2):
        return "html"
    if MARKDOWN.search(text[:20_000]):
        return "markdown"
    return "text"


def _opens_as_html(text: str) -> bool:
    """Whether ``text`` starts as an HTML page does, after any comments.

    Why a loop: ``(<!--.*?-->\\s*)*`` in a pattern backtracks exponentially on a run of
    comments.
    """
    position = SPACE.match(text).end()
    while text.startswith("<!--", position):
        end = text.find("-->", position + 4)
        if end < 0:
            return False
        position = SPACE.match(text, end + 3).end()
    return HTML_OPENING.match(text, position) is not None


def _zip_format(data: bytes, name: str) -> str:
    archive = open_zip(data, name)
    names = set(archive.namelist())
    if "[Content_Types].xml" in names:
        types = read_member(archive, "[Content_Types].xml", name)
        if any(t in types for t in WORD_CONTENT_TYPES):
            return "docx"
        for marker, what in OTHER_OFFICE:
            if marker in types:
                raise UnknownFileTypeError(key=f"unknown_type.{what}", name=name)
    if "mimetype" in names and b"opendocument" in read_member(archive, "mimetype", name):
        raise UnknownFileTypeError(key="unknown_type.opendocument", name=name)
    raise UnknownFileTypeError(key="unknown_type.zip", name=name)
