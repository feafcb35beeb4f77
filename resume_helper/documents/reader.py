"""Read any supported file or string into a Resume, CoverLetter or Posting."""

from __future__ import annotations

from dataclasses import replace
from os import PathLike, fspath

from resume_helper.documents.detect import sniff, text_format
from resume_helper.documents.errors import DocumentError, NoTextError
from resume_helper.documents.model import CoverLetter, Extracted, Kind, Posting, Resume
from resume_helper.documents.safety import (
    MAX_MARKUP_CHARS,
    MAX_TEXT_CHARS,
    check_text_length,
    read_limited,
)

KINDS = ("resume", "letter", "posting")


def read_document(
    source: str | PathLike[str] | bytes, *, kind: Kind | None = None, name: str | None = None
) -> Resume | CoverLetter | Posting:
    """Read a resume, cover letter or posting from a path or the file's bytes.

    The format is told by content (DOCX, PDF, HTML, Markdown, text, JSON Resume), not by the
    file name; ``kind`` None guesses it. ``name`` is used in messages (default: the path, or
    "the input" for bytes).

    >>> read_document(b"Mari Tamm\\nKeeled\\neesti keel - emakeel").languages[0].level
    'native'
    """
    _check_kind(kind)
    label = name or (fspath(source) if not isinstance(source, bytes | bytearray) else "the input")
    data = read_limited(source, label)
    sniffed = sniff(data, label)
    if sniffed.file_format == "docx":
        from resume_helper.documents.docx import read_docx

        extracted = read_docx(data, label)
    elif sniffed.file_format == "pdf":
        from resume_helper.documents.pdf import read_pdf

        extracted = read_pdf(data, label)
    else:
        assert sniffed.text is not None
        return _from_text(sniffed.text, sniffed.file_format, kind=kind, name=label)
    return build(extracted, kind=kind, name=label)


def read_text(
    text: str, *, kind: Kind | None = None, name: str = "the text"
) -> Resume | CoverLetter | Posting:
    """Read a document given as a string (pasted or from standard input): text, Markdown,
    HTML or JSON Resume, told apart by content.

    >>> read_text("Kundenservice (m/w/d)\\nIhre Aufgaben\\n- Beratung am Telefon").responsibilities
    ('Beratung am Telefon',)
    """
    _check_kind(kind)
    if not text.strip():
        raise DocumentError(key="empty", name=name)
    return _from_text(text, text_format(text, name), kind=kind, name=name)


def _check_kind(kind: str | None) -> None:
    if kind is not None and kind not in KINDS:
        raise DocumentError(key="unknown_kind", kind=repr(kind), kinds=", ".join(KINDS))


def _from_text(text: str, file_format: str, *, kind: Kind | None, name: str
               ) -> Resume | CoverLetter | Posting:
    check_text_length(text, name, limit=MAX_MARKUP_CHARS if file_format == "html" else
                      MAX_TEXT_CHARS)
    if file_format in ("text", "markdown"):
        from resume_helper.documents.email import unwrap_email

        unwrapped = unwrap_email(text)
        if unwrapped != text:
            text, file_format = unwrapped, text_format(unwrapped, name)
    if file_format == "jsonresume":
        if kind not in (None, "resume"):
            raise DocumentError(key=f"json_not_{kind}", name=name)
        from resume_helper.documents.jsonresume import read_json_resume

        return read_json_resume(text, name=name)
    if file_format == "html":
        from resume_helper.documents.html import read_html

        extracted = read_html(text)
    elif file_format == "markdown":
        from resume_helper.documents.text import read_markdown

        extracted = read_markdown(text)
    else:
        from resume_helper.documents.text import read_plain

        extracted = read_plain(text)
    return build(extracted, kind=kind, name=name)


def build(extracted: Extracted, *, kind: Kind | None, name: str) -> Resume | CoverLetter | Posting:
    """The structure of ``extracted`` as ``kind`` (guessed when None)."""
    from resume_helper.documents.cleanup import clean_extracted
    from resume_helper.documents.fonts import families

    extracted = replace(clean_extracted(extracted), fonts=families(extracted.fonts))
    if not extracted.blocks:
        raise NoTextError(key="no_text", name=name)
    check_text_length("\n".join(b.text for b in extracted.blocks), name)
    if kind is None:
        from resume_helper.documents.kinds import guess_kind

        kind = guess_kind(extracted.blocks)
    if kind == "letter":
        from resume_helper.documents.letter import build_letter

        return build_letter(extracted, name=name)
    if kind == "posting":
        from resume_helper.documents.posting import build_posting

        return build_posting(extracted, name=name)
    from resume_helper.documents.resume import build_resume

    return build_resume(extracted, name=name)

