"""The format is told by content, not by the file name."""

from __future__ import annotations

import io
import json
import shutil
import zipfile
from pathlib import Path

import pytest

from resume_helper.documents import UnknownFileTypeError, read_document, read_text
from resume_helper.documents.detect import sniff

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("resume_de_table.docx", "docx"),
        ("resume_et.pdf", "pdf"),
        ("posting_de.html", "html"),
        ("posting_en.md", "markdown"),
        ("resume_da.txt", "text"),
        ("resume_en.json", "jsonresume"),
    ],
)
def test_format_is_told_by_content_whatever_the_extension(
    fixture: str, expected: str, tmp_path: Path
) -> None:
    misnamed = tmp_path / "upload.bin"
    shutil.copy(FIXTURES / fixture, misnamed)
    assert sniff(misnamed.read_bytes(), "upload.bin").file_format == expected
    assert read_document(misnamed).file_format == expected


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "a PNG image"),
        (b"{\\rtf1\\ansi Hello}", "RTF"),
        (_zip({"mimetype": b"application/vnd.oasis.opendocument.text"}), "OpenDocument"),
        (_zip({"[Content_Types].xml": b"<Types>spreadsheetml</Types>"}), "Excel"),
        (_zip({"photo.jpg": b"\xff\xd8\xff"}), "ZIP archive"),
        (json.dumps({"name": "not a resume"}).encode(), "JSON that is not a JSON Resume"),
    ],
)
def test_unknown_types_are_named(content: bytes, what: str, tmp_path: Path) -> None:
    path = tmp_path / "mystery.docx"
    path.write_bytes(content)
    with pytest.raises(UnknownFileTypeError, match="unknown file type") as caught:
        read_document(path)
    assert what in str(caught.value)
    assert str(path) in str(caught.value)


def test_html_given_as_a_string_is_reduced_to_text() -> None:
    posting = read_text("<html><body><h1>Klienditeenindaja</h1><h2>Tööülesanded</h2>"
                        "<ul><li>klientide nõustamine</li></ul></body></html>", kind="posting")
    assert posting.file_format == "html"
    assert posting.title == "Klienditeenindaja"
    assert posting.responsibilities == ("klientide nõustamine",)


@pytest.mark.parametrize(
    ("fixture", "kind"),
    [(f"resume_{lang}.txt", "resume") for lang in ("de", "en", "da", "et")]
    + [(f"letter_{lang}.txt", "letter") for lang in ("de", "en", "da", "et")]
    + [("posting_de.html", "posting"), ("posting_en.md", "posting"),
       ("posting_da.txt", "posting"), ("posting_et.txt", "posting"),
       ("resume_de_table.docx", "resume"), ("letter_de.docx", "letter"),
       ("posting_da.pdf", "posting"), ("resume_en.json", "resume")],
)
def test_kind_is_guessed_from_content(fixture: str, kind: str) -> None:
    assert read_document(FIXTURES / fixture).kind == kind


def test_kind_can_be_forced() -> None:
    assert read_document(FIXTURES / "resume_de.txt", kind="posting").kind == "posting"
