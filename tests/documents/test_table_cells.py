"""Label | content rows of PDF tables: the label stays out of the content, and a content
cell that wraps is read as one line ("Microsoft" / "Office" is "Microsoft Office")."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_helper.documents import read_document
from resume_helper.documents.layout import Char, page_lines
from resume_helper.documents.pdf import _blocks

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
WIDTH = 612.0


def _chars(x: float, y: float, text: str, size: float = 10.5) -> list[Char]:
    """``text`` set from ``x`` on baseline ``y``, every glyph half the size wide."""
    out = []
    for ch in text:
        out.append(Char(ch, x, x + size * 0.5, y, size, "DejaVuSerif"))
        x += size * 0.5
    return out


def _right(x1: float, y: float, text: str, size: float = 10.5) -> list[Char]:
    return _chars(x1 - len(text) * size * 0.5, y, text, size)


def _read(chars: list[Char]) -> list[str]:
    return [b.text for b in _blocks(page_lines(chars, page=0, width=WIDTH))]


# --- moderncv: a label set flush right, one em before the content column ---------------------

@pytest.mark.parametrize(("name", "skills", "levels"), [
    ("resume_da_moderncv.pdf", ("Zendesk", "Salesforce", "Microsoft Office"),
     {"da": "native", "en": "C1", "de": "A2"}),
    ("resume_en_moderncv.pdf", ("Zendesk", "Salesforce", "Microsoft Office"),
     {"en": "native", "fr": "B1"}),
    ("resume_de_moderncv.pdf", ("SAP SD", "Zendesk", "Microsoft Office"),
     {"de": "native", "en": "C1"}),
    ("resume_et_moderncv.pdf", ("Zendesk", "Salesforce", "Microsoft Office"),
     {"et": "native", "en": "B2"}),
])
def test_moderncv_label_is_not_part_of_the_first_item(name: str, skills: tuple, levels: dict
                                                      ) -> None:
    resume = read_document(FIXTURES / name)
    assert resume.skills == skills
    assert {x.code: x.level for x in resume.languages} == levels
    assert len(resume.experience) == 2
    assert all(job.dates is not None and job.dates.parsed for job in resume.experience)


def _moderncv_page(rows: list[tuple[str, str]], heading: str) -> list[Char]:
    chars = _chars(156, 720, heading, 14)
    y = 700.0
    for label, content in rows:
        chars += _right(145, y, label) + _chars(156, y, content)
        y -= 19
    for text in ("Some closing line of text here", "and one more line below it"):
        chars += _chars(156, y, text, 9.5)
        y -= 13
    return chars


@pytest.mark.parametrize(("heading", "rows"), [
    ("EDV-Kenntnisse", [("Werkzeuge", "SAP SD, Zendesk"), ("Sprachen", "Deutsch, Englisch")]),
    ("IT-kompetencer", [("Værktøjer", "Zendesk, Salesforce"), ("Sprog", "Dansk, Engelsk")]),
])
def test_label_beside_a_column_start_is_its_own_cell(heading: str, rows: list) -> None:
    lines = _read(_moderncv_page(rows, heading))
    for label, content in rows:
        assert f"{label}\t{content}" in lines


def test_a_bullet_before_a_hanging_indent_stays_on_its_line() -> None:
    # "•" one em before text that begins where the wrapped lines begin: a list item
    chars = _chars(156, 720, "Erfahrung", 14)
    for y in (700.0, 681.0, 662.0):
        chars += _chars(140, y, "•") + _chars(156, y, "Beratung von Kunden am Telefon")
    lines = _read(chars)
    assert "\t" not in "".join(lines)


# --- a Europass content cell that wraps --------------------------------------------------

def _europass_page(label: str, first: str, rest: str, *, pitch: float) -> list[Char]:
    # the content column runs from 306 to the margin at 504; a row of the whole width
    # (the CEFR levels' note) shows where the margin is
    chars = _chars(90, 720, "Stufe A1 und A2: Elementare Sprachverwendung, B1 und B2: "
                            "Selbstständige", 11)
    chars += _right(295, 690, label, 8.5) + _chars(306, 690, first, 11)
    chars += _chars(306, 690 - pitch, rest, 11)
    chars += _right(295, 650, "Führerschein", 8.5) + _chars(306, 650, "B", 11)
    return chars


@pytest.mark.parametrize(("label", "first", "rest"), [
    ("Digital competence", "Salesforce, Genesys Cloud, Microsoft", "Office"),
    ("Digitale Kompetenz", "SAP SD, Zendesk, Genesys, Microsoft", "Teams"),
])
def test_wrapped_content_cell_goes_on(label: str, first: str, rest: str) -> None:
    lines = _read(_europass_page(label, first, rest, pitch=15))
    assert f"{label}\t{first} {rest}" in lines


@pytest.mark.parametrize(("label", "first", "rest"), [
    ("seit 03/2021", "Kundenbetreuerin im Innendienst", "Neckar Versand GmbH"),
    ("Oct 2018 – present", "Customer Service Advisor at large", "Liffey Energy Ltd"),
])
def test_cell_paragraph_below_is_its_own_line(label: str, first: str, rest: str) -> None:
    # the cell's next paragraph sits lower than a wrapped line would
    lines = _read(_europass_page(label, first, rest, pitch=27))
    assert f"{label}\t{first}" in lines
    assert rest in lines


def test_short_cell_line_is_not_wrapped() -> None:
    # "Zendesk" would have fitted after "MS Office": the line ended on purpose
    lines = _read(_europass_page("Digital competence", "MS Office", "Zendesk", pitch=15))
    assert "Digital competence\tMS Office" in lines
    assert "Zendesk" in lines


def test_europass_pdf_reads_the_wrapped_product_name_whole() -> None:
    skills = read_document(FIXTURES / "resume_en_europass.pdf").skills
    assert "Microsoft Office" in skills
    assert "Office" not in skills
    assert "Microsoft" not in skills
