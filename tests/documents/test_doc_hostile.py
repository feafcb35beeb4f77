"""Hostile and broken files, each built here, are refused quickly with a one-line message."""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from resume_helper.documents import (
    DocumentError,
    EncryptedDocumentError,
    NoTextError,
    UnknownFileTypeError,
    UnsafeDocumentError,
    read_document,
    read_text,
)
from resume_helper.documents.safety import MAX_FILE_BYTES, MAX_TEXT_CHARS
from resume_helper.errors import ResumeHelperError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">&xxe;
</Relationships>"""


def _rebuild_docx(tmp_path: Path, replace: dict[str, bytes], name: str = "cv.docx") -> Path:
    source = zipfile.ZipFile(FIXTURES / "resume_en.docx")
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            out.writestr(item, replace.get(item.filename, source.read(item)))
    return path


def _one_line_naming(error: BaseException, path: Path) -> None:
    message = str(error)
    assert "\n" not in message
    assert str(path) in message
    assert isinstance(error, ResumeHelperError)


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no real disk use
        handle.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(DocumentError, match="larger than 20 MB") as caught:
        read_document(path)
    _one_line_naming(caught.value, path)


def test_bytes_over_the_size_limit() -> None:
    with pytest.raises(DocumentError, match="larger than"):
        read_document(b"a" * (MAX_FILE_BYTES + 1), name="standard input")


def test_text_over_the_length_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Kundenservice ist toll.\n" * (MAX_TEXT_CHARS // 20), encoding="utf-8")
    with pytest.raises(DocumentError, match="characters of text") as caught:
        read_document(path)
    _one_line_naming(caught.value, path)
    with pytest.raises(DocumentError, match="characters of text"):
        read_text("x" * (MAX_TEXT_CHARS + 1))


def test_zip_bomb_is_refused_from_the_declared_sizes(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        source = zipfile.ZipFile(FIXTURES / "resume_en.docx")
        for item in source.infolist():
            out.writestr(item, source.read(item))
        with out.open("word/media/filler.bin", "w") as handle:
            for _ in range(120):  # 120 MB of zeros, about 120 kB compressed
                handle.write(chunk)
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(UnsafeDocumentError, match="zip bomb") as caught:
        read_document(path)
    _one_line_naming(caught.value, path)


def test_part_larger_than_declared_is_cut_off(tmp_path: Path) -> None:
    path = _rebuild_docx(tmp_path, {"word/document.xml": b"<x>" + b"a" * 200_000 + b"</x>"})
    data = bytearray(path.read_bytes())
    # Forge the central directory so that word/document.xml declares 100 bytes.
    central = data.find(b"word/document.xml", data.find(b"PK\x01\x02")) - 46
    assert data[central:central + 4] == b"PK\x01\x02"  # the part's central directory entry
    data[central + 24:central + 28] = (100).to_bytes(4, "little")  # its uncompressed size
    forged = tmp_path / "forged.docx"
    forged.write_bytes(bytes(data))
    with pytest.raises(DocumentError, match="corrupt|larger than it declares") as caught:
        read_document(forged)
    _one_line_naming(caught.value, forged)


@pytest.mark.parametrize(
    ("member", "content"),
    [("word/document.xml", BILLION_LAUGHS), ("word/_rels/document.xml.rels", EXTERNAL_ENTITY),
     ("word/document.xml", BILLION_LAUGHS.decode().replace('<?xml version="1.0"?>', "")
      .encode("utf-16"))],
)
def test_xml_entities_are_never_expanded(member: str, content: bytes, tmp_path: Path) -> None:
    path = _rebuild_docx(tmp_path, {member: content})
    with pytest.raises(UnsafeDocumentError, match="DOCTYPE") as caught:
        read_document(path)
    _one_line_naming(caught.value, path)


def test_encrypted_docx_or_legacy_doc(tmp_path: Path) -> None:
    path = tmp_path / "cv.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    with pytest.raises(EncryptedDocumentError, match=r"encrypted .*legacy \.doc.*\.docx") as caught:
        read_document(path)
    _one_line_naming(caught.value, path)


def _pdf(*, text: bool, password: str | None = None) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    if text:
        for page in PdfReader(FIXTURES / "resume_et.pdf").pages:
            writer.add_page(page)
    else:
        writer.add_blank_page(width=595, height=842)
    if password:
        writer.encrypt(user_password=password, owner_password=password, algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_encrypted_pdf(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(_pdf(text=True, password="geheim"))
    with pytest.raises(EncryptedDocumentError, match="password-protected PDF") as caught:
        read_document(path)
    _one_line_naming(caught.value, path)


def test_scanned_pdf_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(_pdf(text=False))
    with pytest.raises(NoTextError, match="no text layer.*OCR is not supported") as caught:
        read_document(path)
    _one_line_naming(caught.value, path)


@pytest.mark.parametrize("fixture", ["resume_de_table.docx", "resume_et.pdf"])
@pytest.mark.parametrize("keep", [0.5, 0.05])
def test_truncated_files(fixture: str, keep: float, tmp_path: Path) -> None:
    data = (FIXTURES / fixture).read_bytes()
    path = tmp_path / fixture
    path.write_bytes(data[: int(len(data) * keep)])
    with pytest.raises(DocumentError) as caught:
        read_document(path)
    _one_line_naming(caught.value, path)


def test_corrupt_docx_xml(tmp_path: Path) -> None:
    path = _rebuild_docx(tmp_path, {"word/document.xml": b"<w:document><w:body><w:p>"})
    with pytest.raises(DocumentError, match="damaged Word document") as caught:
        read_document(path)
    _one_line_naming(caught.value, path)


@pytest.mark.parametrize("content", [b"", b"   \n\t\n", "\ufeff".encode()])
def test_empty_files(content: bytes, tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match="empty|no text") as caught:
        read_document(path)
    _one_line_naming(caught.value, path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        read_document(tmp_path / "nowhere.docx")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_binary_garbage(seed: int, tmp_path: Path) -> None:
    path = tmp_path / "garbage.pdf"
    path.write_bytes(random.Random(seed).randbytes(64 * 1024))
    with pytest.raises(UnknownFileTypeError, match="unknown file type") as caught:
        read_document(path)
    _one_line_naming(caught.value, path)
