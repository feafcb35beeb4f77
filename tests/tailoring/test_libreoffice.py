"""Real clients open what tailor writes: LibreOffice converts every output DOCX to PDF and the
text, diacritics included, survives; python-docx re-reads it too."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.tailoring import tailor

pytestmark = pytest.mark.libreoffice
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
TODAY = date(2026, 12, 2)
MUST_SURVIVE = {"en": ["Brightwater"], "de": ["Beschwerdemanagement", "Grüßen", "Lehmann"],
                "da": ["Østergaard", "Med venlig hilsen"], "et": ["Mägi", "Läänemere"]}


@pytest.fixture(scope="module")
def soffice() -> str:
    if SOFFICE is None:
        pytest.fail("LibreOffice (soffice) is not installed; scripts/check.sh installs "
                    "libreoffice-writer-nogui")
    return SOFFICE


def _to_pdf(soffice: str, docx: Path, out: Path) -> str:
    profile = out / "lo-profile"
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out), str(docx)],
                   check=True, capture_output=True, timeout=180)
    pdf = out / f"{docx.stem}.pdf"
    assert pdf.is_file(), f"LibreOffice wrote no PDF for {docx.name}"
    text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    return text.replace("-\n", "-")  # "CRM-" at a line's end and "System" are one word


def _words(text: str) -> list[str]:
    return " ".join(text.split()).split()


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("ats_safe", [False, True])
def test_outputs_convert_to_pdf_with_their_text(lang: str, ats_safe: bool, soffice: str,
                                                samples, tmp_path: Path) -> None:
    paths = samples(lang)
    result = tailor(paths["resume"], paths["posting"], letter=paths["letter"], today=TODAY,
                    ats_safe=ats_safe)
    for name, data in (("resume", result.resume_docx), ("letter", result.letter_docx)):
        docx = tmp_path / f"{name}.docx"
        docx.write_bytes(data)
        paragraphs = [p.text for p in Document(io.BytesIO(data)).paragraphs if p.text.strip()]
        pdf_text = " ".join(_words(_to_pdf(soffice, docx, tmp_path)))
        for paragraph in paragraphs:
            # PDF text loses list bullets and may break lines anywhere: compare word streams.
            assert " ".join(_words(paragraph)) in pdf_text or all(
                word in pdf_text for word in _words(paragraph)), paragraph
        joined = " ".join(paragraphs)
        for word in MUST_SURVIVE[lang]:
            if word in joined:
                assert word in pdf_text


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("layout", ["skills_table", "two_column", "header_contact"])
def test_tailored_layouts_open_in_libreoffice(lang: str, layout: str, soffice: str,
                                              tmp_path: Path) -> None:
    from .layouts import PEOPLE, build_resume

    person = PEOPLE[lang]
    result = tailor(build_resume(lang, layout), person["posting"].encode(), today=TODAY,
                    accept="all")
    docx = tmp_path / "resume.docx"
    docx.write_bytes(result.resume_docx)
    pdf_text = " ".join(_words(_to_pdf(soffice, docx, tmp_path)))
    edited = [c.after for c in result.changes if c.kind in ("edited", "reordered", "added")]
    assert edited
    for text in edited:
        assert all(word in pdf_text for word in _words(text)), text


def test_a_resume_made_a_page_longer_is_reported(soffice: str) -> None:
    from resume_helper.tailoring.core import _page_change

    short = Document()
    short.add_paragraph("Dana Morales")
    long = Document()
    for n in range(80):
        long.add_paragraph(f"Line {n} of a resume that no longer fits on one page.")
    one, two = io.BytesIO(), io.BytesIO()
    short.save(one)
    long.save(two)
    change = _page_change(one.getvalue(), two.getvalue(), "en")
    assert [c.kind for c in change] == ["page_longer"]
    assert "instead of 1" in change[0].message
    assert _page_change(one.getvalue(), one.getvalue(), "en") == ()
