"""Document makes of round 6 that the older fixtures did not cover: LinkedIn's "Save to PDF"
profile, design-tool PDFs, image-only PDFs, postings saved from job boards or pasted from
e-mail, and text in legacy encodings, in en/de/da/et. The fixtures are written by
scripts/make_fixtures_forms.py, each with the page it was modelled on."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_helper.documents import read_document, read_text
from resume_helper.documents.entries import experiences
from resume_helper.documents.model import Paragraph
from resume_helper.documents.sections import looks_like_heading

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NOW = "now"

# --- LinkedIn's profile PDF ------------------------------------------------------------------

LINKEDIN = {
    "resume_en_linkedin.pdf": dict(
        contact=("Taylor Brennan-Hughes", "taylor.brennan@example.com", "+17205550134",
                 "www.linkedin.com/in/taylor-brennan-hughes-4b7c21"),
        jobs=(("Customer Success Manager", "Northwind Cloud", "Denver, Colorado, United States",
               ((2020, 3), NOW)),
              ("Account Manager", "Bluestem Software", "Boulder, Colorado",
               ((2016, 6), (2020, 2)))),
        school=("Bachelor of Arts - BA, Communication", "University of Colorado Boulder"),
        levels={"en": "native", "es": "C1"}),
    "resume_de_linkedin.pdf": dict(
        contact=("Annika Brüggemann", "annika.brueggemann@example.de", "+4917623456789",
                 "www.linkedin.com/in/annika-brueggemann-7f3a91"),
        jobs=(("Teamleiterin Kundenservice", "Elbstrom AG", "Hamburg, Deutschland",
               ((2020, 4), NOW)),
              ("Kundenberaterin", "Nordwerk Energie GmbH", "Lübeck", ((2015, 8), (2020, 3)))),
        school=("Kauffrau für Büromanagement, Ausbildung", "Berufsschule Hamburg-Harburg"),
        levels={"de": "native", "en": "C1", "fr": "A2"}),
    "resume_da_linkedin.pdf": dict(
        contact=("Mette Kragh Østergaard", "mette.ostergaard@example.dk", "+4526457812",
                 "www.linkedin.com/in/mette-kragh-ostergaard-2c9d44"),
        jobs=(("Kundeserviceansvarlig", "Vestkyst Forsyning A/S", "Esbjerg, Danmark",
               ((2019, 5), NOW)),
              ("Kundeservicemedarbejder", "Telia Danmark", "Kolding", ((2014, 9), (2019, 4)))),
        school=("Serviceøkonom, Service, turisme og hotel", "Erhvervsakademi SydVest"),
        levels={"da": "native", "en": "C1", "de": "B1"}),
    "resume_et_linkedin.pdf": dict(
        contact=("Kärt Lõhmus-Ilves", "kart.lohmus@example.ee", "+37251234567",
                 "www.linkedin.com/in/kart-lohmus-ilves-5e21b8"),
        jobs=(("Klienditeeninduse juht", "Saare Energia AS", "Tallinn, Harjumaa, Eesti",
               ((2019, 2), NOW)),
              ("Klienditeenindaja", "Elisa Eesti AS", "Tallinn", ((2015, 9), (2019, 1)))),
        school=("Bakalaureusekraad, Ärikorraldus", "Tallinna Tehnikaülikool"),
        levels={"et": "native", "en": "C1", "ru": "B1"}),
}


@pytest.fixture(scope="module")
def linkedin() -> dict:
    return {name: read_document(FIXTURES / name) for name in LINKEDIN}


@pytest.mark.parametrize("name", LINKEDIN)
def test_linkedin_contact_name_after_the_sidebar(linkedin, name):
    """The name, set large atop the main column, comes after the sidebar in reading order;
    the e-mail and profile address broken in the narrow box are whole again, without the
    "(LinkedIn)" label, and the phone is not glued to the e-mail below it."""
    contact = linkedin[name].contact
    want_name, email, phone, link = LINKEDIN[name]["contact"]
    assert (contact.name, contact.email, contact.phone.e164) == (want_name, email, phone)
    assert link in contact.links


@pytest.mark.parametrize("name", LINKEDIN)
def test_linkedin_jobs_company_first_place_under_period(linkedin, name):
    """LinkedIn writes company, title, "January 2019 - Present (5 years 11 months)" and the
    place, in that order: the title is the title, the place is no bullet point."""
    resume = linkedin[name]
    got = tuple((j.title, j.employer, j.location,
                 (j.dates.start, NOW if j.dates.present else j.dates.end))
                for j in resume.experience)
    assert got == LINKEDIN[name]["jobs"]
    for job in resume.experience:
        assert all(job.location != bullet for bullet in job.bullets)


@pytest.mark.parametrize("name", LINKEDIN)
def test_linkedin_education_school_first(linkedin, name):
    """ "School / Degree, Field · (2012 - 2015)": the degree without the empty brackets the
    period leaves, the school as institution (also "Berufsschule", "Erhvervsakademi")."""
    (school,) = linkedin[name].education
    assert (school.degree, school.institution) == LINKEDIN[name]["school"]


@pytest.mark.parametrize("name", LINKEDIN)
def test_linkedin_sidebar_sections_and_levels(linkedin, name):
    """ "Top Skills", "Top-Kenntnisse", "Topkompetencer" are skills; a level wrapped in the
    narrow box ("Tysk (Begrænset" / "arbejdsfærdighed)") is read whole."""
    resume = linkedin[name]
    assert {x.code: x.level for x in resume.languages} == LINKEDIN[name]["levels"]
    assert resume.skills
    assert all("(" not in skill for skill in resume.skills)
    # the footer "Page 1 of 2" / "Seite 1 von 2" / "Side 1 af 2" is page furniture
    assert not any(p.text.startswith(("Page ", "Seite ", "Side ")) for p in resume.paragraphs)


def test_skills_of_acronyms_are_no_heading():
    """ "SAP CRM" in a skills list is no heading set in capitals; "BERUFSERFAHRUNG" and a
    bold "IT UND EDV" are."""
    assert not looks_like_heading(Paragraph(text="SAP CRM"))
    assert not looks_like_heading(Paragraph(text="HTML CSS SQL"))
    assert looks_like_heading(Paragraph(text="WEITERE ANGABEN"))
    assert looks_like_heading(Paragraph(text="IT UND EDV", bold=True))


def test_linkedin_order_without_legal_form_en_da():
    """The company comes first when only the second line has a title's word."""
    lines = ["Bluestem Software", "Account Manager", "June 2016 - February 2020 (3 years 9 "
             "months)", "Boulder, Colorado", "Handled 120 accounts by phone."]
    (job,) = experiences([Paragraph(text=t) for t in lines])
    assert (job.title, job.employer, job.location) == ("Account Manager", "Bluestem Software",
                                                       "Boulder, Colorado")
    lines = ["Telia Danmark", "Kundeservicemedarbejder", "september 2014 - april 2019 (4 år "
             "8 måneder)", "Kolding", "Besvarelse af opkald."]
    (job,) = experiences([Paragraph(text=t) for t in lines])
    assert (job.title, job.employer, job.location) == ("Kundeservicemedarbejder",
                                                       "Telia Danmark", "Kolding")


def test_title_first_order_unchanged():
    """A title before its employer stays so ("Sales Manager / Hansa Bank")."""
    lines = ["Kundenberaterin", "Hansa Bank", "2019 – 2021", "Beratung am Schalter."]
    (job,) = experiences([Paragraph(text=t) for t in lines])
    assert (job.title, job.employer) == ("Kundenberaterin", "Hansa Bank")


def test_read_text_unaffected_by_linkedin_rules():
    resume = read_text("Mari Tamm\nmari.tamm@example.com\n\nTöökogemus\n"
                       "Klienditeenindaja, Elisa Eesti AS\n2015 – 2019\n")
    assert resume.contact.name == "Mari Tamm"
