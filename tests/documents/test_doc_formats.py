"""Each format's reader: DOCX parts and formatting, PDF, encodings, HTML, Markdown, JSON."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from resume_helper.documents import Resume, read_document, read_text, to_json_resume

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_docx_reading_order_header_table_footer() -> None:
    resume = read_document(FIXTURES / "resume_de_table.docx")
    sources = [p.source for p in resume.paragraphs]
    assert sources[0] == "header"
    assert sources[-1] == "footer"
    texts = [p.text for p in resume.paragraphs]
    # Left cell before right cell: the table is read row by row, cell by cell.
    assert texts.index("Kenntnisse") < texts.index("Sprachen") < texts.index("Berufserfahrung")
    assert {p.source for p in resume.paragraphs if p.text == "Berufserfahrung"} == {"table"}
    assert resume.contact.found_in == ("header",)
    assert resume.contact.links == ("https://www.linkedin.com/in/juergen-weiss-beispiel",)


def test_docx_formatting_is_remembered() -> None:
    resume = read_document(FIXTURES / "resume_de_table.docx")
    by_text = {p.text: p for p in resume.paragraphs}
    assert by_text["Berufserfahrung"].style == "Heading 2"
    assert by_text["Berufserfahrung"].heading_level == 2
    assert by_text["Kundenberater"].bold
    assert by_text["Zendesk"].list_item
    assert not by_text["03/2021 – heute"].list_item
    assert "Calibri" in resume.fonts


def test_docx_text_boxes_are_read_once_where_anchored() -> None:
    resume = read_document(FIXTURES / "resume_da_textbox.docx")
    texts = [p.text for p in resume.paragraphs]
    assert texts.count("soeren.hoejgaard@example.com") == 1  # not again from the VML fallback
    assert texts.index("Søren Højgaard") + 1 == texts.index("Kontakt")
    assert {p.source for p in resume.paragraphs if p.text.startswith("Dansk")} == {"textbox"}
    assert resume.contact.found_in == ("textbox",)
    assert "Georgia" in resume.fonts
    assert [x.code for x in resume.languages] == ["da", "en"]


def test_docx_hyperlink_and_soft_break() -> None:
    resume = read_document(FIXTURES / "resume_en.docx")
    assert resume.contact.email == "dana.morales@example.com"
    assert "Arial" in resume.fonts
    letter = read_document(FIXTURES / "letter_de.docx")
    assert letter.closing == "Mit freundlichen Grüßen"
    assert letter.signature == "Jürgen Weiß"


def test_docm_macros_are_ignored_and_noted(tmp_path: Path) -> None:
    source = zipfile.ZipFile(FIXTURES / "resume_en.docx")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml",
                )
            out.writestr(item, data)
        out.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0" + b"Sub AutoOpen()" * 10)
    path = tmp_path / "resume.docm"
    path.write_bytes(buffer.getvalue())
    resume = read_document(path)
    assert resume.contact.name == "Dana Morales"
    assert any("macros" in note for note in resume.notes)


def test_pdf_made_from_docx_has_the_same_structure() -> None:
    from_pdf = read_document(FIXTURES / "resume_et.pdf")
    from_docx = read_document(FIXTURES / "resume_et.docx")
    assert from_pdf.file_format == "pdf"
    assert from_pdf.contact == from_docx.contact
    assert from_pdf.languages == from_docx.languages
    assert [j.dates for j in from_pdf.experience] == [j.dates for j in from_docx.experience]
    assert from_pdf.fonts


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"]


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("fixture", ["resume_de.txt", "resume_da.txt", "letter_de.txt"])
def test_plain_text_in_any_common_encoding(fixture: str, encoding: str, tmp_path: Path) -> None:
    text = (FIXTURES / fixture).read_text(encoding="utf-8")
    if encoding == "latin-1":  # no dashes or bullets in Latin-1
        text = text.translate(str.maketrans({"–": "-", "•": "*", "·": "|"}))
    encoded = tmp_path / fixture
    encoded.write_bytes(text.encode(encoding))
    assert read_document(encoded).text == read_text(text).text


def test_estonian_text_in_a_baltic_code_page(tmp_path: Path) -> None:
    text = (FIXTURES / "resume_et.txt").read_text(encoding="utf-8").replace("„", '"')
    text = text.replace("“", '"').replace("–", "-").replace("•", "*")
    path = tmp_path / "cv.txt"
    path.write_bytes(text.encode("cp1257"))
    assert "Läänemere Side OÜ" in read_document(path).text


def test_html_drops_scripts_styles_and_navigation() -> None:
    posting = read_document(FIXTURES / "posting_de.html")
    assert "dataLayer" not in posting.text
    assert "font-family" not in posting.text
    assert "Startseite" not in posting.text
    assert posting.paragraphs[0].heading_level == 1
    assert all(p.list_item for p in posting.paragraphs if p.section == "benefits"
               and p.text != "Wir bieten")


def test_markdown_markup_is_removed() -> None:
    posting = read_document(FIXTURES / "posting_en.md")
    assert "**" not in posting.text
    assert "#" not in posting.text
    assert posting.company == "Lakeside Outfitters Inc."


def test_json_resume_is_read() -> None:
    resume = read_document(FIXTURES / "resume_en.json")
    assert isinstance(resume, Resume)
    assert resume.contact.name == "Dana Morales"
    assert resume.contact.phone is not None
    assert resume.contact.phone.e164 == "+15035550142"
    assert resume.experience[0].dates is not None
    assert resume.experience[0].dates.present
    assert resume.experience[1].dates is not None
    assert resume.experience[1].dates.end == (2019, 12)
    assert [(x.code, x.level) for x in resume.languages] == [("en", "native"), ("es", "C1")]
    assert "Salesforce" in resume.skills


@pytest.mark.parametrize("fixture", ["resume_en.json", "resume_de.txt", "resume_da_textbox.docx"])
def test_json_resume_writer_round_trips(fixture: str) -> None:
    resume = read_document(FIXTURES / fixture)
    written = to_json_resume(resume)
    json.dumps(written)
    again = read_text(json.dumps(written), name="written.json")
    assert isinstance(again, Resume)
    assert again.contact.name == resume.contact.name
    assert again.contact.email == resume.contact.email
    assert [(j.title, j.employer) for j in again.experience] == [
        (j.title, j.employer) for j in resume.experience
    ]
    assert [j.dates.start if j.dates else None for j in again.experience] == [
        j.dates.start if j.dates else None for j in resume.experience
    ]
    assert [x.level for x in again.languages] == [x.level for x in resume.languages]


def test_posting_from_a_string_such_as_standard_input() -> None:
    text = (FIXTURES / "posting_et.txt").read_text(encoding="utf-8")
    posting = read_text(text, name="standard input")
    assert posting.kind == "posting"
    assert posting.name == "standard input"
    posting_bytes = read_document(text.encode("utf-16"), name="standard input")
    assert posting_bytes.text == posting.text
