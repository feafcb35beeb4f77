"""Forms of issue 13's classes the first fixtures did not cover (round 4): a Europass CV
from Word and LibreOffice with its CEFR grid, an awesome-cv LaTeX resume, a sidebar CV saved
as PDF by Word glyph by glyph, a Swiss CV printed from a browser, a portal's text export,
and postings whose facts are labelled lines or sit behind a cookie banner. Every fixture is
written by scripts/make_fixtures.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_helper.documents import read_document, read_text
from resume_helper.documents.contacts import find_email
from resume_helper.documents.dates import find_date_range
from resume_helper.documents.langskills import language_skills

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NOW = "now"


@pytest.mark.parametrize(("name", "contact"), [
    ("resume_de_europass.docx", ("Friederike von Arnim-Stetten", "friederike.arnim@example.de",
                                 "+491712345678")),
    ("resume_de_europass.pdf", ("Friederike von Arnim-Stetten", "friederike.arnim@example.de",
                                "+491712345678")),
    ("resume_de_chrome.pdf", ("Nicole Zürcher-Baumann", "nicole.zuercher@example.ch",
                              "+41791234567")),
    ("resume_en_awesome.pdf", ("Mary-Kate O'Donnell", "mk.odonnell@example.com",
                               "+16175550148")),
    ("resume_da_word.pdf", ("Kasper Bøgh-Andersen", "kasper.bogh@example.dk", "+4531245678")),
    ("resume_et_labels.txt", ("Kadri-Ann Põldmaa", "kadri-ann.poldmaa@example.ee",
                              "+37251234567")),
    ("resume_et_europass.docx", ("Triin Kask-Lepik", "triin.kask@example.ee", "+37251234567")),
    ("resume_et_europass.pdf", ("Triin Kask-Lepik", "triin.kask@example.ee", "+37251234567")),
    ("resume_da_moderncv.pdf", ("Anders Kjærgaard Holm", "anders.holm@example.dk",
                                "+4528914563")),
    ("resume_en_europass.docx", ("Siobhán Ní Bhriain", "siobhan.nibhriain@example.ie",
                                 "+353871234567")),
    ("resume_en_europass.pdf", ("Siobhán Ní Bhriain", "siobhan.nibhriain@example.ie",
                                "+353871234567")),
])
def test_name_email_and_phone_in_new_forms(name: str, contact: tuple[str, str, str]) -> None:
    found = read_document(FIXTURES / name).contact
    assert (found.name, found.email, found.phone.e164 if found.phone else None) == contact


@pytest.mark.parametrize(("name", "periods"), [
    ("resume_de_europass.docx", [((2021, 3), NOW), ((2017, 9), (2021, 2)),
                                 ((2014, 9), (2017, 7))]),
    ("resume_de_europass.pdf", [((2021, 3), NOW), ((2017, 9), (2021, 2)),
                                ((2014, 9), (2017, 7))]),
    ("resume_de_chrome.pdf", [((2021, None), NOW), ((2017, None), (2021, None)),
                              ((2015, None), (2017, None))]),
    ("resume_en_awesome.pdf", [((2020, 9), NOW), ((2016, 6), (2020, 8)),
                               ((2012, None), (2016, None))]),
    ("resume_da_word.pdf", [((2019, 1), NOW), ((2016, 9), (2018, 12)),
                            ((2013, None), (2016, None))]),
    ("resume_et_labels.txt", [((2020, 9), NOW), ((2017, 3), (2020, 8)),
                              ((2013, None), (2016, None))]),
    ("resume_et_europass.docx", [((2019, 3), NOW), ((2015, 9), (2019, 2)), ((2012, 9), (2015, 6))]),
    ("resume_et_europass.pdf", [((2019, 3), NOW), ((2015, 9), (2019, 2)), ((2012, 9), (2015, 6))]),
    ("resume_da_moderncv.pdf", [((2019, None), NOW), ((2015, None), (2019, None)),
                                ((2012, None), (2015, None))]),
])
def test_every_period_is_read(name: str, periods: list) -> None:
    resume = read_document(FIXTURES / name)
    entries = (*resume.experience, *resume.education)
    assert [(e.dates.start, NOW if e.dates.present else e.dates.end) for e in entries
            if e.dates] == periods
    assert all(e.dates is not None for e in entries)
    assert not [s.heading for s in resume.sections if s.heading and find_date_range(s.heading)]


@pytest.mark.parametrize(("name", "jobs"), [
    ("resume_de_europass.docx", [("Kundenbetreuerin im Innendienst", "Neckar Versand GmbH"),
                                 ("Servicekraft im Kundencenter", "Stadtwerke Esslingen AG")]),
    ("resume_de_europass.pdf", [("Kundenbetreuerin im Innendienst", "Neckar Versand GmbH"),
                                ("Servicekraft im Kundencenter", "Stadtwerke Esslingen AG")]),
    ("resume_en_awesome.pdf", [("Customer Success Specialist", "Harborview Software Inc."),
                               ("Support Representative", "Crème Bakery Supply LLC")]),
    ("resume_da_word.pdf", [("Kundeservicemedarbejder", "Roskilde Forsyning A/S"),
                            ("Salgsassistent", "Elgiganten Roskilde ApS")]),
    ("resume_et_labels.txt", [("Klienditeenindaja", "Emajõe Pank AS"),
                              ("Müügikonsultant", "Tartu Kaubamaja AS")]),
    ("resume_et_europass.pdf", [("Klienditeenindaja", "Tartu Veevärk AS"),
                                ("Müüja-kassapidaja", "Rimi Eesti Food AS")]),
    ("resume_da_moderncv.pdf", [("Kundeservicemedarbejder", "Nordlys Forsikring A/S"),
                                ("Butiksassistent", "Salling Aarhus A/S")]),
])
def test_titles_and_employers(name: str, jobs: list[tuple[str, str]]) -> None:
    resume = read_document(FIXTURES / name)
    assert [(e.title, e.employer) for e in resume.experience] == jobs


@pytest.mark.parametrize("name", ["resume_de_europass.pdf", "resume_et_europass.pdf",
                                  "resume_en_europass.pdf"])
def test_a_label_table_is_no_two_columns(name: str) -> None:
    resume = read_document(FIXTURES / name)
    assert resume.layout == ()
    assert resume.sections[0].heading in ("PERSÖNLICHE INFORMATIONEN", "ISIKUANDMED",
                                          "PERSONAL INFORMATION")
    # the grid's legend, wrapped, is one paragraph and no language
    assert resume.languages
    assert all(x.code for x in resume.languages)


def test_a_place_set_flush_right_is_the_place_not_the_title() -> None:
    job = read_document(FIXTURES / "resume_en_awesome.pdf").experience[0]
    assert job.location == "Boston, MA"


@pytest.mark.parametrize(("name", "levels"), [
    ("resume_de_europass.docx", {"de": "native", "en": "B2", "fr": "A2"}),
    ("resume_de_europass.pdf", {"de": "native", "en": "B2", "fr": "A2"}),
    ("resume_de_chrome.pdf", {"de": "native", "fr": "B2", "en": "B2"}),
    ("resume_en_awesome.pdf", {"en": "native", "es": "B2"}),
    ("resume_da_word.pdf", {"da": "native", "en": "C1", "de": "B2"}),
    ("resume_et_labels.txt", {"et": "native", "en": "B2", "ru": "B1"}),
    ("resume_et_europass.docx", {"et": "native", "en": "B2", "ru": "B1"}),
    ("resume_et_europass.pdf", {"et": "native", "en": "B2", "ru": "B1"}),
    ("resume_da_moderncv.pdf", {"da": "native", "en": "C1", "de": "A2"}),
    ("resume_en_europass.docx", {"en": "native", "ga": "native", "fr": "B1", "pl": "A2"}),
    ("resume_en_europass.pdf", {"en": "native", "ga": "native", "fr": "B1", "pl": "A2"}),
])
def test_language_levels_in_grids_tables_and_labels(name: str, levels: dict) -> None:
    languages = read_document(FIXTURES / name).languages
    assert {x.code: x.level for x in languages} == levels
    assert all(x.code for x in languages), [x.language for x in languages]


@pytest.mark.parametrize(("lines", "heading", "levels"), [
    # a Word table read cell by cell: the level cells follow their language
    (["Englisch", "B2", "C1", "B2", "Französisch", "A2"], "Weitere Sprache(n)",
     [("Englisch", "B2"), ("Französisch", "A2")]),
    (["eesti"], "Emakeel(ed)", [("eesti", "native")]),
    (["Modersmål", "dansk", "Andre sprog", "engelsk", "B1"], None,
     [("dansk", "native"), ("engelsk", "B1")]),
    (["Mother tongue(s)", "English", "Other language(s)", "Understanding", "Speaking",
      "Writing", "German", "A2"], None, [("English", "native"), ("German", "A2")]),
    (["Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user",
      "Spanish"], None, [("Spanish", None)]),
])
def test_language_grid_cells(lines: list[str], heading: str | None, levels: list) -> None:
    found = language_skills(lines, heading=heading)
    assert [(x.language, x.level) for x in found] == levels


@pytest.mark.parametrize(("text", "address"), [
    ("E-mail: kasper.bogh (at) example.dk", "kasper.bogh@example.dk"),
    ("E-post: kadri-ann.poldmaa [at] example.ee", "kadri-ann.poldmaa@example.ee"),
    ("E-Mail: j.meier(ät)example(punkt)de", "j.meier@example.de"),
    ("Email: jo.ruiz [at] example [dot] com", "jo.ruiz@example.com"),
    ("Wir sind (at) home", None),
])
def test_e_mail_written_against_harvesters(text: str, address: str | None) -> None:
    assert find_email(text) == address


@pytest.mark.parametrize(("name", "facts"), [
    ("posting_de_labels.txt", ("Sachbearbeiter Kundenservice (m/w/d)",
                               "Alstertal Versicherungsdienst GmbH", "22391 Hamburg")),
    ("posting_da_labels.md", ("Kundeservicemedarbejder til energirådgivning", "Fjordvarme A/S",
                              "Kolding")),
    ("posting_et_labels.txt", ("Klienditeenindaja (infoliin)", "Peipsi Energia OÜ", "Tartu")),
    ("posting_en_cookie.html", ("Customer Care Representative", "Lakeview Mutual Insurance",
                                "Madison")),
])
def test_labelled_posting_facts(name: str, facts: tuple[str, str, str]) -> None:
    posting = read_document(FIXTURES / name)
    assert posting.kind == "posting"
    assert (posting.title, posting.company, posting.location) == facts
    assert posting.requirements
    assert posting.responsibilities


@pytest.mark.parametrize(("name", "requirement", "nice"), [
    ("posting_de_labels.txt", "Mindestens zwei Jahre Erfahrung im Kundenservice", None),
    ("posting_da_labels.md", "Du taler og skriver dansk og engelsk", "Har kendskab til Navision"),
    ("posting_et_labels.txt", "Vähemalt keskharidus",
     "Varasem kogemus klienditeeninduses tuleb kasuks"),
    ("posting_en_cookie.html", "2+ years of customer service experience",
     "Bilingual English/Spanish is a plus"),
])
def test_requirement_headings_of_these_ads(name: str, requirement: str, nice: str | None) -> None:
    posting = read_document(FIXTURES / name)
    assert requirement in posting.requirements
    if nice:
        assert nice in posting.nice_to_haves


def test_cookie_banner_is_no_part_of_the_ad() -> None:
    posting = read_document(FIXTURES / "posting_en_cookie.html")
    assert not [p.text for p in posting.paragraphs if "cookie" in p.text.lower()]


def test_a_banner_name_on_the_page_frame_keeps_the_page() -> None:
    page = ('<html><body class="cookie-consent-shown"><h1>Kundenberater (m/w/d)</h1>'
            "<h2>Ihre Aufgaben</h2><ul><li>Beratung am Telefon</li></ul></body></html>")
    assert read_text(page).responsibilities == ("Beratung am Telefon",)


@pytest.mark.parametrize(("text", "start"), [
    ("sept 2020 – …", (2020, 9)), ("jan. 2019 – nu", (2019, 1)),
    ("2018 – dags dato", (2018, None)), ("seit 03/2021", (2021, 3)),
    ("03/2021 – heute", (2021, 3)), ("2020-03 – …", (2020, 3)),
])
def test_open_periods(text: str, start: tuple) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found[0].start, found[0].present) == (start, True)


def test_glyph_by_glyph_pdf_reads_as_lines() -> None:
    texts = [p.text for p in read_document(FIXTURES / "resume_da_word.pdf").paragraphs]
    assert "Rolig og løsningsorienteret kundeservicemedarbejder med syv års erfaring fra " \
           "telefon, chat og mail i forsyning og detailhandel." in texts
    assert texts.index("Office 365") < texts.index("Profil")  # the sidebar first


def test_letter_saved_by_word_glyph_by_glyph() -> None:
    letter = read_document(FIXTURES / "letter_da_word.pdf")
    assert letter.kind == "letter"
    assert letter.sender[0] == "Kasper Bøgh-Andersen"
    assert letter.date == "Roskilde, den 3. juni 2025"
    assert letter.recipient == ("Fjordvarme A/S", "Att.: Mette Kjær", "Havnegade 4",
                                "6000 Kolding")
    assert letter.subject == "Ansøgning som kundeservicemedarbejder til energirådgivning"
    assert (letter.greeting, letter.closing, letter.signature) == (
        "Kære Mette Kjær", "Med venlig hilsen", "Kasper Bøgh-Andersen")
    assert len(letter.body) == 3


@pytest.mark.parametrize(("text", "must", "nice"), [
    ("Customer Service Advisor\nMain duties\n- Answer calls\nEssential criteria\n"
     "- Two years in a contact centre\nDesirable\n- Irish language",
     "Two years in a contact centre", "Irish language"),
    ("Kundenberater (m/w/d)\nDein Job\n- Beratung am Telefon\nIhre Qualifikation\n"
     "- Kaufmännische Ausbildung", "Kaufmännische Ausbildung", None),
    ("Kundeservicemedarbejder\nDine ansvarsområder\n- Besvare opkald\n"
     "Vi forestiller os, at du\n- Har erfaring med kundeservice\nDet er en fordel, hvis du\n"
     "- Kender Navision", "Har erfaring med kundeservice", "Kender Navision"),
    ("Klienditeenindaja\nSinu igapäevased ülesanded\n- Klientide nõustamine\n"
     "Sobid meile, kui\n- Sul on klienditeeninduse kogemus\nEeliseks loeme\n- Soome keele oskust",
     "Sul on klienditeeninduse kogemus", "Soome keele oskust"),
])
def test_more_requirement_headings_as_ads_write_them(text: str, must: str, nice: str | None
                                                       ) -> None:
    posting = read_text(text, kind="posting")
    assert must in posting.requirements
    assert len(posting.responsibilities) == 1
    if nice:
        assert nice in posting.nice_to_haves


def test_who_a_markdown_resume_is_about_from_its_front_matter() -> None:
    resume = read_document(FIXTURES / "resume_da_frontmatter.md")
    contact = resume.contact
    assert (contact.name, contact.email, contact.phone.e164 if contact.phone else None) == (
        "Lene Thorsager", "lene.thorsager@example.dk", "+4522334455")
    assert [(e.title, e.employer) for e in resume.experience] == [
        ("Kundeservicemedarbejder", "Fyns Forsyning A/S"), ("Butiksassistent",
                                                            "Odense Boghandel ApS")]


@pytest.mark.parametrize(("text", "facts"), [
    ("Job Title: Customer Support Specialist\nCompany: Brightwater Home Goods\n"
     "Location: Columbus, OH\n\nResponsibilities\n- Answer calls\nRequirements\n- Patience",
     ("Customer Support Specialist", "Brightwater Home Goods", "Columbus, OH")),
    ("Position: Kundenberater (m/w/d)\nFirma: Nordlicht Energie GmbH\nStandort: Kiel\n\n"
     "Ihre Aufgaben\n- Beratung\nIhr Profil\n- Ausbildung",
     ("Kundenberater (m/w/d)", "Nordlicht Energie GmbH", "Kiel")),
    ("Stilling: Kundeservicemedarbejder\nArbejdsgiver: Fyns Forsyning A/S\n"
     "Arbejdssted: Odense\n\nDine opgaver\n- Besvare opkald\nDin profil\n- Erfaring",
     ("Kundeservicemedarbejder", "Fyns Forsyning A/S", "Odense")),
    ("Ametinimetus: Klienditeenindaja\nEttevõte: Emajõe Side AS\nAsukoht: Tartu\n\n"
     "Tööülesanded\n- Nõustamine\nNõudmised\n- Keskharidus",
     ("Klienditeenindaja", "Emajõe Side AS", "Tartu")),
])
def test_labelled_title_company_and_place(text: str, facts: tuple[str, str, str]) -> None:
    posting = read_text(text)
    assert (posting.title, posting.company, posting.location) == facts


@pytest.mark.parametrize(("text", "start", "end"), [
    ("1. januar 2019 – 31. marts 2021", (2019, 1), (2021, 3)),
    ("15. März 2018 – 30. Juni 2020", (2018, 3), (2020, 6)),
    ("1. jaanuar 2019 – 31. märts 2021", (2019, 1), (2021, 3)),
    ("1 March 2019 – 30 June 2021", (2019, 3), (2021, 6)),
    ("March 1, 2019 – June 30, 2021", (2019, 3), (2021, 6)),
])
def test_periods_with_the_day_beside_the_month_name(text: str, start: tuple, end: tuple) -> None:
    found = find_date_range(text)
    assert found is not None
    assert (found[0].start, found[0].end, found[0].raw) == (start, end, text)


@pytest.mark.parametrize(("lines", "name"), [
    (["Lebenslauf", "Dr. Anna-Lena von der Heide", "Hauptstraße 1, 80331 München"],
     "Dr. Anna-Lena von der Heide"),
    (["Jean-Luc de la Fontaine", "Customer Service Representative"], "Jean-Luc de la Fontaine"),
    (["CV", "Ursula van den Berg", "Algade 3, 4000 Roskilde"], "Ursula van den Berg"),
    (["Nimi", "Mari-Liis Kask"], "Mari-Liis Kask"),
    (["de la Cruz"], None),
])
def test_names_with_particles(lines: list[str], name: str | None) -> None:
    from resume_helper.documents.contacts import find_name
    from resume_helper.documents.model import Block

    assert find_name([Block(text=line) for line in lines]) == name


@pytest.mark.parametrize(("lines", "levels"), [
    (["English — Native or bilingual proficiency", "Spanish — Limited working proficiency",
      "French — Full professional proficiency"], [("en", "native"), ("es", "B1"), ("fr", "C1")]),
    (["Fluent: Spanish, Portuguese"], [("es", "C1"), ("pt", "C1")]),
    (["Muttersprache: Deutsch, Türkisch"], [("de", "native"), ("tr", "native")]),
    (["Englisch und Französisch (fließend)"], [("en", "C1"), ("fr", "C1")]),
    (["Flydende: engelsk og svensk"], [("en", "C1"), ("sv", "C1")]),
    (["inglise ja vene keel – B2"], [("en", "B2"), ("ru", "B2")]),
])
def test_one_level_for_several_languages(lines: list[str], levels: list) -> None:
    assert [(x.code, x.level) for x in language_skills(lines)] == levels


@pytest.mark.parametrize(("line", "title", "employer", "place"), [
    ("Harbor Books, Portland — Bookseller", "Bookseller", "Harbor Books", "Portland"),
    ("Nordlicht Reisen, Kiel — Kundenberaterin", "Kundenberaterin", "Nordlicht Reisen", "Kiel"),
    ("Odense Boghandel, Odense — Butiksassistent", "Butiksassistent", "Odense Boghandel",
     "Odense"),
    ("Emajõe Side, Tartu — Klienditeenindaja", "Klienditeenindaja", "Emajõe Side", "Tartu"),
    ("Kundenberater — NordWind Energie GmbH, Hamburg", "Kundenberater", "NordWind Energie GmbH",
     "Hamburg"),
])
def test_company_and_town_before_the_title(line: str, title: str, employer: str,
                                           place: str) -> None:
    resume = read_text(f"Jordan Lee\n\nExperience\n{line}\n03/2019 – 12/2021\n- Kunden")
    job = resume.experience[0]
    assert (job.title, job.employer, job.location) == (title, employer, place)


def test_google_docs_template_resume() -> None:
    resume = read_document(FIXTURES / "resume_en_gdocs.pdf")
    assert [(e.title, e.employer, e.location) for e in resume.experience] == [
        ("Bookseller", "Harbor Books", "Portland"),
        ("Customer Support Representative", "Cascade Telecom", "Salem")]
    assert resume.contact.phone is not None


@pytest.mark.parametrize(("text", "furniture"), [
    ("Side 1 af 2", True), ("1 (2)", True), ("Leht 1 (2)", True), ("Seite 2 von 3", True),
    ("Page 1 of 2", True), ("Tartu (Eesti)", False), ("2019", False),
])
def test_page_numbers_as_each_country_writes_them(text: str, furniture: bool) -> None:
    from resume_helper.documents.layout import PAGE_NUMBER

    assert bool(PAGE_NUMBER.search(text)) == furniture


@pytest.mark.parametrize("stem", ["resume_de_europass", "resume_et_europass", "resume_en_europass"])
def test_europass_as_docx_and_as_pdf_reads_the_same(stem: str) -> None:
    docx = read_document(FIXTURES / f"{stem}.docx")
    pdf = read_document(FIXTURES / f"{stem}.pdf")
    assert pdf.experience == docx.experience
    assert [(e.degree, e.institution, e.dates) for e in pdf.education] == [
        (e.degree, e.institution, e.dates) for e in docx.education]
    assert [(x.code, x.level) for x in pdf.languages] == [(x.code, x.level)
                                                         for x in docx.languages]
    assert pdf.contact.location == docx.contact.location


# A stated CEFR code is the level; a level word beside it is its gloss (Europass and
# German "Sprachkenntnisse" lines write both, e.g. https://europass.europa.eu/en/create-europass-cv).
@pytest.mark.parametrize(("lines", "levels"), [
    (["Englisch – gute Kenntnisse (B1)"], [("en", "B1")]),
    (["Engelsk: godt (B1)"], [("en", "B1")]),
    (["Inglise keel – hea (B1)"], [("en", "B1")]),
    (["English – good (B1)"], [("en", "B1")]),
    (["Deutsch: Muttersprache (C2)"], [("de", "native")]),
])
def test_a_cefr_code_beside_a_level_word_is_the_level(lines: list[str], levels: list) -> None:
    assert [(x.code, x.level) for x in language_skills(lines)] == levels
