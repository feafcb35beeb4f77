"""Structure per language: headings, dates, contacts, languages, postings, letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_helper.documents import CoverLetter, Posting, Resume, read_document, read_text
from resume_helper.documents.contacts import normalize_phone
from resume_helper.documents.dates import parse_date_range

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

RESUMES = {
    "de": dict(name="Jürgen Weiß", email="juergen.weiss@example.com", e164="+4915123456789",
               first=("Kundenberater", "NordWind Energie GmbH", (2021, 3)),
               languages=[("de", "native"), ("en", "C1"), ("tr", "A2")]),
    "en": dict(name="DANA MORALES", email="dana.morales@example.com", e164="+15035550142",
               first=("Customer Service Representative", "Lakeside Outfitters Inc.", (2020, 1)),
               languages=[("en", "native"), ("es", "C1")]),
    "da": dict(name="Søren Højgaard", email="soeren.hoejgaard@example.com", e164="+4523456789",
               first=("Kundeservicemedarbejder", "Nordlys Forsikring A/S", (2019, 3)),
               languages=[("da", "native"), ("en", "C1"), ("de", "B2")]),
    "et": dict(name="Mari Tamm", email="mari.tamm@example.com", e164="+37251234567",
               first=("Klienditeenindaja", "Läänemere Side OÜ", (2020, 1)),
               languages=[("et", "native"), ("en", "B2"), ("ru", "B1")]),
}


@pytest.mark.parametrize("lang", RESUMES)
def test_resume_structure(lang: str) -> None:
    expected = RESUMES[lang]
    resume = read_document(FIXTURES / f"resume_{lang}.txt")
    assert isinstance(resume, Resume)
    assert resume.contact.name == expected["name"]
    assert resume.contact.email == expected["email"]
    assert resume.contact.phone is not None
    assert resume.contact.phone.e164 == expected["e164"]
    assert resume.contact.location
    kinds = [s.kind for s in resume.sections]
    for kind in ("contact", "summary", "experience", "education", "skills", "languages"):
        assert kind in kinds
    first = resume.experience[0]
    title, employer, start = expected["first"]
    assert (first.title, first.employer) == (title, employer)
    assert first.dates is not None
    assert first.dates.start == start
    assert first.dates.present
    assert len(resume.experience) == 2
    assert all(job.bullets for job in resume.experience)
    assert resume.experience[1].dates is not None
    assert not resume.experience[1].dates.present
    assert len(resume.education) == 1
    assert resume.education[0].dates is not None
    assert [(x.code, x.level) for x in resume.languages] == expected["languages"]
    assert resume.skills
    assert resume.lang is None  # filled in by the caller's language detector


@pytest.mark.parametrize(
    ("heading", "kind"),
    [("Berufserfahrung", "experience"), ("BERUFSERFAHRUNG", "experience"),
     ("Berufserfahrung:", "experience"), ("Erhvervserfaring", "experience"),
     ("Töökogemus", "experience"), ("Work history", "experience"),
     ("Ausbildung", "education"), ("Uddannelse", "education"), ("Haridus", "education"),
     ("Kenntnisse", "skills"), ("Kompetencer", "skills"), ("Oskused", "skills"),
     ("Sprachen", "languages"), ("Sprog", "languages"), ("Keeled", "languages"),
     ("LANGUAGES:", "languages")],
)
def test_headings_in_four_languages(heading: str, kind: str) -> None:
    resume = read_text(f"Mari Tamm\n{heading}\nsisu 2020")
    assert [s.kind for s in resume.sections] == ["contact", kind]


def test_unknown_heading_styled_as_heading_becomes_other_section() -> None:
    resume = read_text("# Jürgen Weiß\n## Berufserfahrung\n2019 Kundenberater\n"
                       "## Führerschein\nKlasse B")
    assert [s.kind for s in resume.sections] == ["contact", "experience", "other"]
    assert resume.other_sections[0].heading == "Führerschein"


@pytest.mark.parametrize(
    ("text", "start", "end", "present"),
    [("03/2021 – heute", (2021, 3), None, True),
     ("marts 2019 – nu", (2019, 3), None, True),
     ("2018–2021", (2018, None), (2021, None), False),
     ("Jan 2020 - Present", (2020, 1), None, True),
     ("01.2019 – 12.2020", (2019, 1), (2020, 12), False),
     ("jaanuar 2020 – praegu", (2020, 1), None, True),
     ("since 2019", (2019, None), None, True),
     ("seit 2019", (2019, None), None, True),
     ("Sep. 2017 – Aug. 2019", (2017, 9), (2019, 8), False),
     ("März 2019 bis Mai 2020", (2019, 3), (2020, 5), False),
     ("2019-03 – 2021-05", (2019, 3), (2021, 5), False)],
)
def test_dates(text: str, start: tuple, end: tuple | None, present: bool) -> None:
    found = parse_date_range(text)
    assert (found.start, found.end, found.present, found.parsed) == (start, end, present, True)
    assert found.raw == text


def test_unparseable_dates_are_kept_and_flagged() -> None:
    assert not parse_date_range("Sommer 2019 – Herbst 2020").parsed
    assert parse_date_range("Sommer 2019 – Herbst 2020").raw == "Sommer 2019 – Herbst 2020"
    resume = read_text(
        "Jürgen Weiß\nBerufserfahrung\nSommer 2019 – Herbst 2020\nAushilfe, Café Elbblick"
    )
    dates = resume.experience[0].dates
    assert dates is not None
    assert not dates.parsed
    assert dates.raw == "Sommer 2019 – Herbst 2020"


@pytest.mark.parametrize(
    ("raw", "e164", "country"),
    [("+49 151 23456789", "+4915123456789", "DE"), ("0151 23456789", "+4915123456789", "DE"),
     ("+49 (0)30 1234567", "+49301234567", "DE"), ("030 1234567", "+49301234567", "DE"),
     ("(503) 555-0142", "+15035550142", "US"), ("503-555-0142", "+15035550142", "US"),
     ("+1 503 555 0142", "+15035550142", "US"), ("23 45 67 89", "+4523456789", "DK"),
     ("+45 23 45 67 89", "+4523456789", "DK"), ("5123 4567", "+37251234567", "EE"),
     ("+372 5123 4567", "+37251234567", "EE"), ("00372 612 3456", "+3726123456", "EE")],
)
def test_phones(raw: str, e164: str, country: str) -> None:
    phone = normalize_phone(raw)
    assert (phone.e164, phone.country) == (e164, country)


POSTINGS = {
    "de": dict(file="posting_de.html", title="Kundenservicemitarbeiter (m/w/d)",
               company="NordWind Energie GmbH", location="Hamburg", years=2,
               languages=[("de", "C1", True), ("en", "B2", True)], contact="Anna Becker"),
    "en": dict(file="posting_en.md", title="Customer Service Representative",
               company="Lakeside Outfitters Inc.", location="Portland, OR", years=2,
               languages=[("en", "C1", True), ("es", None, False)], contact=None),
    "da": dict(file="posting_da.txt", title="Kundeservicemedarbejder til Nordlys Forsikring",
               company="Nordlys Forsikring A/S", location="Aarhus C", years=1,
               languages=[("da", "C1", True), ("en", "C1", True)], contact="Mette Kjær"),
    "et": dict(file="posting_et.txt", title="Klienditeenindaja", company="Läänemere Side OÜ",
               location="Tallinn", years=1,
               languages=[("et", "C1", True), ("en", "B1", True), ("ru", "B1", True)],
               contact="Tõnu Põder"),
}


@pytest.mark.parametrize("lang", POSTINGS)
def test_posting_structure(lang: str) -> None:
    expected = POSTINGS[lang]
    posting = read_document(FIXTURES / expected["file"])
    assert isinstance(posting, Posting)
    assert (posting.title, posting.company, posting.location) == (
        expected["title"], expected["company"], expected["location"])
    assert posting.responsibilities
    assert posting.requirements
    assert posting.benefits
    assert posting.nice_to_haves
    assert posting.years_of_experience == expected["years"]
    assert posting.years_evidence in posting.requirements
    assert [(x.code, x.level, x.required) for x in posting.language_requirements] == expected[
        "languages"]
    assert posting.contact_person == expected["contact"]
    kinds = {s.kind: s.boilerplate for s in posting.sections}
    assert kinds["benefits"] is True
    assert kinds["company"] is True
    assert kinds["requirements"] is False
    assert kinds["responsibilities"] is False
    assert not set(posting.benefits) & set(posting.requirements)


def test_posting_education_requirement() -> None:
    posting = read_document(FIXTURES / "posting_en.md")
    assert posting.education == ("High school diploma or GED",)


@pytest.mark.parametrize(
    ("line", "years"),
    [("mindestens 2 Jahre Berufserfahrung", 2), ("2+ years of customer service experience", 2),
     ("min. 1 års erfaring", 1), ("vähemalt 1-aastane töökogemus", 1),
     ("Berufserfahrung von mindestens drei Jahren", 3), ("at least one year in a call center", 1),
     ("3 års relevant erfaring", 3), ("töökogemus vähemalt 2 aastat", 2)],
)
def test_years_of_experience(line: str, years: int) -> None:
    posting = read_text(f"Job\nRequirements\n- {line}", kind="posting")
    assert posting.years_of_experience == years


LETTERS = {
    "de": ("Sehr geehrte Frau Becker,", "Mit freundlichen Grüßen", "Jürgen Weiß"),
    "en": ("Dear Hiring Manager,", "Sincerely,", "Dana Morales"),
    "da": ("Kære Mette Kjær", "Med venlig hilsen", "Søren Højgaard"),
    "et": ("Lugupeetud Tõnu Põder", "Lugupidamisega", "Mari Tamm"),
}


@pytest.mark.parametrize("lang", LETTERS)
def test_letter_parts(lang: str) -> None:
    letter = read_document(FIXTURES / f"letter_{lang}.txt")
    assert isinstance(letter, CoverLetter)
    greeting, closing, signature = LETTERS[lang]
    assert (letter.greeting, letter.closing, letter.signature) == (greeting, closing, signature)
    assert letter.date is not None
    assert "2024" in letter.date
    assert letter.subject
    assert len(letter.body) == 3
    assert letter.recipient
    assert letter.sender
    assert letter.sender[0] == signature


def test_short_danish_greeting() -> None:
    letter = read_text("Hej Søren\nJeg søger hermed jobbet.\nVenlig hilsen\nMette", kind="letter")
    assert (letter.greeting, letter.closing, letter.signature) == (
        "Hej Søren", "Venlig hilsen", "Mette")


# A German CV's "Sonstiges" and "EDV" blocks close the section above them (e.g. the
# "Lebenslauf Muster" of https://www.lebenslauf.de/lebenslauf-vorlagen): their lines are no
# school and no language; the same holds for Danish "Øvrige kompetencer", Estonian
# "Lisaoskused" and English "Additional skills".
@pytest.mark.parametrize(("lang_heading", "next_heading", "line"), [
    ("Schulbildung", "Sonstiges", "Führerschein Klasse B"),
    ("Sprachen", "EDV", "Zendesk, Shopware, DATEV"),
    ("Sprog", "Øvrige kompetencer", "Zendesk, Excel"),
    ("Keeled", "Lisaoskused", "Zendesk, Excel"),
    ("Languages", "Additional skills", "Zendesk, Excel"),
])
def test_an_other_skills_heading_closes_the_section_above(
    lang_heading: str, next_heading: str, line: str
) -> None:
    resume = read_text(f"Mari Tamm\n{lang_heading}\nsisu 2020\n{next_heading}\n{line}")
    assert [s.kind for s in resume.sections] == ["contact", resume.sections[1].kind, "skills"]
