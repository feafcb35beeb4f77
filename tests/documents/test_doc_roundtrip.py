"""Nothing lost: every input paragraph lands in exactly one section, offsets hold."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from resume_helper.documents import document_to_dict, format_document, read_document
from resume_helper.documents.cleanup import clean_line
from resume_helper.documents.email import unwrap_email
from resume_helper.documents.encoding import decode_text
from resume_helper.documents.text import split_bullet
from resume_helper.messages import Messages

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
# Fixtures no reader can read (scans, a font without a character map): test_doc_makes checks
# their errors.
UNREADABLE = {"resume_de_scan.pdf", "resume_en_scan.pdf", "resume_da_scan.pdf",
              "resume_et_unmapped.pdf"}
ALL = sorted(p.name for p in FIXTURES.iterdir() if p.suffix in {
    ".txt", ".md", ".html", ".json", ".docx", ".pdf", ".eml"} and p.name not in UNREADABLE)
TEXT = [name for name in ALL if name.endswith(".txt")]


@pytest.mark.parametrize("fixture", ALL)
def test_every_paragraph_is_in_exactly_one_section(fixture: str) -> None:
    doc = read_document(FIXTURES / fixture)
    seen = [p.index for s in doc.sections for p in s.paragraphs]
    assert sorted(seen) == list(range(len(doc.paragraphs)))
    for paragraph in doc.paragraphs:
        section = doc.sections[paragraph.section_index]
        assert paragraph in section.paragraphs
        assert paragraph.section == section.kind
        assert doc.text[paragraph.start:paragraph.end] == paragraph.text


@pytest.mark.parametrize("fixture", TEXT)
def test_every_input_line_is_found_in_one_section(fixture: str) -> None:
    doc = read_document(FIXTURES / fixture)
    # What the reader repairs on purpose (letter-spacing, a typed rule after a heading) is
    # repaired in the expectation too, and so is a text taken out of the e-mail it came in
    # (quote marks, quoted-printable codes) in its own encoding; everything else must come
    # back as written.
    text = unwrap_email(decode_text((FIXTURES / fixture).read_bytes(), fixture))
    lines = [clean_line(split_bullet(line)[0]) or split_bullet(line)[0] for line in
             text.splitlines() if line.strip()]
    in_sections = [p.text for s in doc.sections for p in s.paragraphs]
    assert Counter(in_sections) == Counter(lines)


@pytest.mark.parametrize("fixture", ALL)
def test_dict_is_json_and_summary_is_text(fixture: str) -> None:
    doc = read_document(FIXTURES / fixture)
    data = document_to_dict(doc)
    assert data["kind"] == doc.kind
    assert data["text"] == doc.text
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    summary = format_document(doc)
    kind = Messages("en").text(f"kinds.{doc.kind}")  # "cover letter" for a letter
    assert summary.startswith(f"{doc.name}: {kind} (")
