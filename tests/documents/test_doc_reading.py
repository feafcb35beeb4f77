"""Reading as a person reads (issue 13): PDF layout, repaired text, dates, names, phones,
language levels, fonts and posting metadata. Each class has a fixture written by
scripts/make_fixtures.py in the language where it shows and in one other."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from resume_helper.documents import read_document, read_text
from resume_helper.documents.cleanup import clean_text
from resume_helper.documents.contacts import normalize_phone
from resume_helper.documents.dates import find_date_range, strip_duration
from resume_helper.documents.fonts import families, family
from resume_helper.documents.layout import Char, page_lines

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
GDOCS = ("resume_de_gdocs.pdf", "resume_et_gdocs.pdf")
CHROME = ("resume_da_chrome.pdf", "resume_en_chrome.pdf")
LATEX = ("resume_de_latex.pdf", "resume_da_latex.pdf")
BROKEN = re.compile(r"[\x00-\x08\x0b-\x1f\ufb00-\ufb06¨˚´ˆ˜ˇ¸]|(?:\b\w\b ){3,}")


def _texts(name: str) -> list[str]:
    return [p.text for p in read_document(FIXTURES / name).paragraphs]


# --- PDF text as a reader sees it ---------------------------------------------------------

@pytest.mark.parametrize("name", GDOCS + LATEX + CHROME)
def test_pdf_lines_are_whole_and_clean(name: str) -> None:
    resume = read_document(FIXTURES / name)
    texts = [p.text for p in resume.paragraphs]
    headings = {s.heading for s in resume.sections}
    one_word = [t for t in texts if len(t.split()) == 1 and t not in headings and "@" not in t]
    # Headings, e-mail addresses and one-word skills only; read run by run, nearly every
    # paragraph of these files was a single word.
    assert len(one_word) <= 0.2 * len(texts), one_word
    assert not [t for t in texts if BROKEN.search(t)]


def test_two_columns_are_read_one_after_the_other() -> None:
    texts = _texts("resume_de_gdocs.pdf")
    sidebar = texts.index("Lindenstraße 12")
    assert texts[sidebar:sidebar + 4] == ["Lindenstraße 12", "04109 Leipzig",
                                          "Tel.: 0341 2345 678", "katrin.vogelsang@example.de"]
    assert texts.index("MS Office") < texts.index("PERSÖNLICHKEIT") < texts.index(
        "Berufserfahrung")
    assert read_document(FIXTURES / "resume_de_gdocs.pdf").layout == ("columns",)
    assert read_document(FIXTURES / "resume_de_latex.pdf").layout == ()
    assert "Freundliche und belastbare Kundenberaterin mit sechs Jahren Erfahrung im " \
           "telefonischen Kundenservice eines Energieversorgers." in texts


@pytest.mark.parametrize(("name", "expected"), [
    ("resume_de_gdocs.pdf", ["SPRACHEN", "PERSÖNLICHKEIT", "September 2017 – September 2018"]),
    ("resume_et_gdocs.pdf", ["kertu.saarmets@example.com", "TÖÖKOGEMUS", "KEELTEOSKUS"]),
])
def test_letter_spacing_is_joined(name: str, expected: list[str]) -> None:
    texts = _texts(name)
    for text in expected:
        assert text in texts


@pytest.mark.parametrize(("name", "expected"), [
    ("resume_de_latex.pdf", ["Jörg Müller-Lüdenscheid", "Qualifikation neuer Kollegen",
                             "finanzielle Beratung", "03/2019 – heute", "fließend"]),
    ("resume_da_latex.pdf", ["Åse Lindholm Sørensen", "fokus på løsninger", "fleksibel",
                             "2020 – nu", "offentlig administration", "flydende"]),
])
def test_latex_accents_ligatures_and_control_characters(name: str, expected: list[str]) -> None:
    text = read_document(FIXTURES / name).text
    for part in expected:
        assert part in text


@pytest.mark.parametrize("name", GDOCS + CHROME)
def test_page_headers_footers_and_numbers_are_dropped(name: str) -> None:
    texts = _texts(name)
    assert not [t for t in texts if "lebenslauf.pdf" in t or re.fullmatch(r"\d{1,2}", t)
                or "cv.md" in t or "file:" in t or re.search(r"\d+/\d+$|\d:\d\d", t)]


@pytest.mark.parametrize("stem", ["resume_de_table", "resume_et", "resume_en",
                                  "resume_da_textbox"])
def test_same_resume_as_docx_and_pdf_reads_the_same(stem: str) -> None:
    docx = read_document(FIXTURES / f"{stem}.docx")
    pdf = read_document(FIXTURES / f"{stem}.pdf")
    body = sorted(s.kind for s in docx.sections if s.kind not in ("contact", "other"))
    assert sorted(s.kind for s in pdf.sections if s.kind not in ("contact", "other")) == body
    assert pdf.experience == docx.experience
    assert pdf.languages == docx.languages
    assert pdf.skills == docx.skills
    if stem != "resume_da_textbox":   # there the box's narrow line breaks an institution
        assert pdf.education == docx.education
    assert "Courier" not in docx.fonts   # a style of Word's template that no paragraph uses
    assert (pdf.contact.name, pdf.contact.email, pdf.contact.phone) == (
        docx.contact.name, docx.contact.email, docx.contact.phone)


def test_layout_keeps_a_date_beside_its_job_and_splits_columns() -> None:
    def word(text: str, x: float, y: float) -> list[Char]:
        return [Char(ch, x + 6 * i, x + 6 * i + 5.5, y, 10.0) for i, ch in enumerate(text)]

    chars: list[Char] = []
    for row in range(8):   # a sidebar at x=40 and a main column at x=300, rows not aligned
        chars += word(f"Skill{row}", 40, 700 - row * 14)
        chars += word(f"Main{row}", 300, 695 - row * 14)
    lines = [line.text for line in page_lines(chars, page=0, width=595)]
    assert lines == [f"Skill{r}" for r in range(8)] + [f"Main{r}" for r in range(8)]
    dated = word("Kundenberater", 40, 700) + word("2019", 400, 700)
    assert [line.text for line in page_lines(dated, page=0, width=595)] == [
        "Kundenberater\t2019"]
    placed: list[Char] = []   # places after a right tab stop stay on their job's line
    for row, (job, town) in enumerate([("Kundenberater", "Berlin"), ("Verkäufer", "Köln"),
                                       ("Kassierer", "Hamburg"), ("Fahrer", "Bonn"),
                                       ("Koch", "Leipzig"), ("Pfleger", "Jena")]):
        placed += word(job, 40, 700 - row * 28) + word(town, 555 - 6 * len(town), 700 - row * 28)
        placed += word("Kundenkontakt", 40, 686 - row * 28)
    lines = [line.text for line in page_lines(placed, page=0, width=595)]
    assert lines[:3] == ["Kundenberater\tBerlin", "Kundenkontakt", "Verkäufer\tKöln"]


@pytest.mark.parametrize(("raw", "clean"), [
    ("J¨org f¨ur p˚a Caf´e", "Jörg für på Café"),
    ("Qualiﬁkation, ﬂießend, Oﬀice", "Qualifikation, fließend, Office"),
    ("2016 \x15 2018, Kunden \x1cnanzen", "2016 – 2018, Kunden finanzen"),
    ("P E R S Ö N L I C H K E I T", "PERSÖNLICHKEIT"),
    ("S e p t e m b e r 2 0 1 7", "September 2017"),
    ("t o n i s . l u s m a g i @ e x a m p l e . c o m", "tonis.lusmagi@example.com"),
    ("Klienditeenindaja (3 a ja 3 k)", "Klienditeenindaja (3 a ja 3 k)"),
    ("don´t", "don´t"),
])
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


# --- Structure --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "start", "end", "present"), [
    ("04.01.2016 – 08.01.2016", (2016, 1), (2016, 1), False),
    ("01/10/2018–andauernd", (2018, 10), None, True),
    ("2019‒2020", (2019, None), (2020, None), False),
    ("2019—2020", (2019, None), (2020, None), False),
    ("marts 2019 − nu", (2019, 3), None, True),
    ("Jan 2020 ‐ Present", (2020, 1), None, True),
])
def test_date_ranges(text: str, start: tuple, end: tuple | None, present: bool) -> None:
    found = find_date_range(text)
    assert found is not None
    dates = found[0]
    assert (dates.start, dates.end, dates.present, dates.parsed) == (start, end, present, True)


@pytest.mark.parametrize(("text", "bare"), [
    ("Klienditeenindaja (3 a ja 3 k)", "Klienditeenindaja"),
    ("Kundenberaterin (2 Jahre, 3 Monate)", "Kundenberaterin"),
    ("Butiksassistent (2 år 3 mdr.)", "Butiksassistent"),
    ("Sales Associate · 2 yrs 3 mos", "Sales Associate"),
])
def test_durations_are_never_part_of_a_title(text: str, bare: str) -> None:
    assert strip_duration(text) == bare


@pytest.mark.parametrize(("name", "jobs"), [
    ("resume_et_gdocs.pdf", [("Klienditeenindaja", "Emajõe Side AS", (2010, 9), True),
                             ("Müüja", "Lõunakeskuse Kaubamaja OÜ", (2008, 6), False)]),
    ("resume_et_table.md", [("Klienditeenindaja", "Tartu Veevärk AS", (2010, 9), True)]),
    ("resume_de_gdocs.pdf", [
        ("Kundenberaterin", "Stadtwerke Muldental GmbH", (2018, 10), True),
        ("Servicemitarbeiterin im Kundendialog", "Mitteldeutsche Reisen AG", (2017, 9), False),
        ("Praktikantin Kundenservice", "Leipziger Verkehrsbetriebe GmbH", (2016, 1), False)]),
    ("resume_de_labels.txt", [
        ("Kundenberaterin", "Wiener Stadtwerke Service GmbH", (2018, 10), True),
        ("Praktikantin im Kundenservice", "Donau Reisen AG", (2016, 1), False)]),
    ("resume_en_labels.txt", [
        ("Customer Support Specialist", "Cascade Outdoor Supply Inc.", (2021, 3), True),
        ("Sales Associate", "Rose City Books LLC", (2018, None), False)]),
    ("resume_en_datecells.docx", [
        ("Call Center Agent", "Puget Sound Energy Services Inc.", (2020, 9), True),
        ("Cashier", "Harbor Grocers LLC", (2017, 6), False)]),
    ("resume_da_datecells.docx", [
        ("Kundeservicemedarbejder", "Nordjysk Forsikring A/S", (2021, 3), True),
        ("Salgsassistent", "Limfjordens Cykler ApS", (2018, None), False)]),
    ("resume_da_chrome.pdf", [
        ("Kundeservicemedarbejder", "Fyns Forsyning A/S", (2020, 2), True),
        ("Butiksassistent", "Odense Boghandel ApS", (2016, None), False)]),
    ("resume_en_chrome.pdf", [
        ("Technical Support Agent", "Hill Country Internet LLC", (2021, 3), True),
        ("Bookseller", "Congress Avenue Books Inc.", (2018, None), False)]),
])
def test_jobs_with_their_dates(name: str, jobs: list[tuple]) -> None:
    resume = read_document(FIXTURES / name)
    assert [(j.title, j.employer, j.dates.start if j.dates else None,
             j.dates.present if j.dates else None) for j in resume.experience] == jobs
    assert all(j.bullets for j in resume.experience if name.endswith("datecells.docx"))
    assert not [s.heading for s in resume.sections if s.heading and find_date_range(s.heading)]


@pytest.mark.parametrize(("name", "headings"), [
    ("resume_de_labels.txt", [("experience", "Erfahrung"), ("languages", "SPRACHEN")]),
    ("resume_en_labels.txt", [("experience", "EXPERIENCE"), ("languages", "LANGUAGES")]),
])
def test_headings_with_rules_and_letter_spacing(name: str, headings: list) -> None:
    resume = read_document(FIXTURES / name)
    assert [(s.kind, s.heading) for s in resume.sections if s.heading] == headings


@pytest.mark.parametrize(("name", "contact"), [
    ("resume_de_gdocs.pdf", ("Katrin Vogelsang", "katrin.vogelsang@example.de", "+493412345678")),
    ("resume_et_gdocs.pdf", ("Kertu Saarmets", "kertu.saarmets@example.com", "+37251234567")),
    ("resume_de_latex.pdf", ("Jörg Müller-Lüdenscheid", "joerg.mueller@example.org",
                             "+493012345678")),
    ("resume_da_latex.pdf", ("Åse Lindholm Sørensen", "ase.sorensen@example.dk", "+4528456190")),
    ("resume_de_labels.txt", ("Theresa Pichler", "theresa.pichler@example.at", "+436641234567")),
    ("resume_en_labels.txt", ("Jordan Whitaker", "jordan.whitaker@example.com", "+15035550187")),
    ("resume_et_table.md", ("Liisa Kaasik", "liisa.kaasik@example.com", "+37255678901")),
    ("resume_da_chrome.pdf", ("Freja Lauridsen", "freja.lauridsen@example.dk", "+4561234578")),
    ("resume_en_chrome.pdf", ("Riley Carmichael", "riley.carmichael@example.com",
                              "+15125550163")),
])
def test_name_email_and_phone(name: str, contact: tuple[str, str, str]) -> None:
    found = read_document(FIXTURES / name).contact
    assert (found.name, found.email, found.phone.e164 if found.phone else None) == contact


@pytest.mark.parametrize(("text", "name"), [
    ("NAME\nKatrin Vogelsang\nTel. 0341 2345 678", "Katrin Vogelsang"),
    ("Name: Katrin Vogelsang", "Katrin Vogelsang"),
    ("Lebenslauf\nKATRIN\nVOGELSANG\nTel. 0341 2345 678", "KATRIN VOGELSANG"),
    ("Curriculum Vitae – Dana Morales\n(503) 555-0142", "Dana Morales"),
    ("Mari Tamm – CV\nTel 5123 4567", "Mari Tamm"),
    ("Navn: Søren Højgaard\nTlf. 23 45 67 89", "Søren Højgaard"),
    ("Berufserfahrung\nNordWind Energie GmbH\n2019 – heute Kundenberater", None),
])
def test_names_without_labels(text: str, name: str | None) -> None:
    assert read_text(text, kind="resume").contact.name == name


@pytest.mark.parametrize(("raw", "region", "e164"), [
    ("+49 (0)30 1234 5678", None, "+493012345678"),
    ("0151 2345 6789", "DE", "+4915123456789"),
    ("0664 123 4567", "AT", "+436641234567"),
    ("28 45 61 90", "DK", "+4528456190"),
    ("28456190", "DK", "+4528456190"),
    ("(123) 456-7890", "US", None),     # 123 is no US area code: not a number we can call
    ("(503) 456-7890", "US", "+15034567890"),
    ("503–456–7890", "US", "+15034567890"),
    ("5123 4567", "EE", "+37251234567"),
    # An English resume's number with a trunk 0 is British first (a UK CV's header gives "name,
    # phone, email, location", https://www.cvcraftclassroom.com/cv-format-uk; mobiles dial 07…,
    # London 020 …), a German one only when it cannot be British.
    ("07911 123456", "US", "+447911123456"),
    ("020 7946 0958", "US", "+442079460958"),
    ("0151 2345 6789", "US", "+4915123456789"),
    ("07911 123456", "DE", "+497911123456"),  # a German resume keeps reading it as German
])
def test_phones_in_the_documents_country(raw: str, region: str | None, e164: str | None) -> None:
    assert normalize_phone(raw, region=region).e164 == e164


@pytest.mark.parametrize(("name", "levels"), [
    ("resume_et_table.md", [("et", "native"), ("ru", "B2"), ("fi", None)]),
    ("resume_de_gdocs.pdf", [("de", "native"), ("en", "B2"), ("pl", None)]),
    ("resume_de_labels.txt", [("de", "native"), ("en", None)]),
])
def test_language_levels_as_stated(name: str, levels: list) -> None:
    resume = read_document(FIXTURES / name)
    assert [(x.code, x.level) for x in resume.languages] == levels


def test_font_families() -> None:
    assert [family(n) for n in ("ArialMT", "Arial-BoldMT", "TimesNewRomanPSMT",
                                "ABCDEF+Calibri-Bold", "DejaVuSans-Bold")] == [
        "Arial", "Arial", "Times New Roman", "Calibri", "DejaVu Sans"]
    assert families(["ArialMT", "Symbol", "Wingdings-Regular", "ZapfDingbats"]) == ("Arial",)
    assert read_document(FIXTURES / "resume_de_gdocs.pdf").fonts == ("DejaVu Sans",)


# --- Postings ---------------------------------------------------------------------------------

def test_front_matter_comments_placeholders_and_links() -> None:
    posting = read_document(FIXTURES / "posting_de_frontmatter.md")
    assert posting.kind == "posting"
    assert (posting.title, posting.company, posting.location) == (
        "Kundenservice-Mitarbeiter (m/w/d) in Teilzeit", None, "Potsdam")
    assert not [p for p in posting.paragraphs if "<!--" in p.text or p.text.startswith("title:")]
    assert any("Karriereportalund werde Teil des Teams" in p.text for p in posting.paragraphs)
    assert "Erste Erfahrung im Kundenservice" in posting.requirements


def test_placeholder_is_never_the_company() -> None:
    posting = read_document(FIXTURES / "posting_et_placeholder.md")
    assert (posting.title, posting.company) == ("Klienditeenindaja", None)
    assert "Eelnevat kogemust klienditeeninduses" in posting.requirements


@pytest.mark.parametrize("heading", ["Qualifikation", "Dein Profil", "Ihr Profil",
                                     "Das bringst du mit", "Vi forventer", "Din profil",
                                     "Kvalifikationer", "Ootame sinult", "Nõuded",
                                     "What we expect"])
def test_requirement_headings_as_ads_write_them(heading: str) -> None:
    posting = read_text(f"Kundenservice (m/w/d)\n\n{heading}:\n- Erfahrung im Kundenservice\n",
                        kind="posting")
    assert posting.requirements == ("Erfahrung im Kundenservice",)


@pytest.mark.parametrize("line", ["04.01.2016 – 08.01.2016", "und bei uns bewerben,",
                                  "<ORGANIZATION>", "[Firmenname]"])
def test_title_is_left_empty_when_not_confident(line: str) -> None:
    posting = read_text(f"{line}\n\nIhre Aufgaben\n- Beratung am Telefon\n", kind="posting")
    assert posting.title is None
    assert posting.company is None


# --- Language ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "lang"), [
    ("Klienditeenindaja (3 a ja 3 k)\nMüüja (2 a ja 2 k)\nKassapidaja (1 a ja 5 k)\n"
     "Tartu Kaubamaja AS\nMS Office, Zendesk", "et"),
    ("P E R S Ö N L I C H K E I T\nTeamfähig, belastbar\nS p r a c h e n\nDeutsch", "de"),
])
def test_one_letter_words_do_not_make_a_text_portuguese(text: str, lang: str) -> None:
    from resume_helper.nlp.langdetect import detect_language

    assert detect_language(text) == lang


def test_letter_spacing_is_undone_before_the_language_is_told() -> None:
    from resume_helper.nlp.langdetect import detect_language

    text = "Mari Tamm\nK E E L T E O S K U S\ne e s t i  k e e l – emakeel\nvene keel – B2"
    resume = read_text(text, kind="resume")
    assert "eesti keel – emakeel" in resume.text
    assert detect_language(resume.text) == "et"


@pytest.mark.parametrize(("name", "lang"), [
    ("resume_de_gdocs.pdf", "de"), ("resume_et_gdocs.pdf", "et"), ("resume_et_table.md", "et"),
    ("resume_da_latex.pdf", "da"), ("resume_de_latex.pdf", "de"),
])
def test_read_documents_are_told_their_language(name: str, lang: str) -> None:
    from resume_helper.nlp.langdetect import detect_language

    assert detect_language(read_document(FIXTURES / name).text) == lang


@pytest.mark.parametrize(("name", "bullets"), [
    ("resume_da_chrome.pdf", ["Besvarelse af op til 70 opkald om dagen om regninger og flytning",
                              "Registrering af sager i Zendesk"]),
    ("resume_en_chrome.pdf", ["Solve 40 connection and billing cases a day in Freshdesk with a "
                              "94% satisfaction score",
                              "Train new agents on the escalation process"]),
])
def test_list_items_drawn_without_a_bullet_glyph_stay_apart(name: str, bullets: list) -> None:
    assert list(read_document(FIXTURES / name).experience[0].bullets) == bullets


@pytest.mark.parametrize("text", [
    "Jana Novak\n\n# Experience\n\n## 2019 – 2021\nAgent, Acme Inc.\n\n## 2017 – 2019\nClerk",
    "Jana Novak\n\nBerufserfahrung\n\n**03/2019 – heute**\nKundenberaterin, Nord GmbH",
])
def test_a_period_is_never_a_heading(text: str) -> None:
    resume = read_text(text, kind="resume")
    assert [s.kind for s in resume.sections if s.heading] == ["experience"]
    assert all(job.dates and job.dates.parsed for job in resume.experience)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.docx")))
def test_docx_paragraph_elements_stay_in_step_with_the_paragraphs(name: str) -> None:
    """Tailoring edits a DOCX paragraph by its index: reordering a row's cells or repairing
    text must not shift that index."""
    from resume_helper.documents.docx import open_docx

    data = (FIXTURES / name).read_bytes()
    _, _, origins = open_docx(data, name)
    document = read_document(data)
    tag = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"
    assert len(origins) == len(document.paragraphs)
    for origin, paragraph in zip(origins, document.paragraphs, strict=True):
        written = "".join(t.text or "" for t in origin.iter(tag))
        assert paragraph.text.split()[-1] in written


@pytest.mark.parametrize(("name", "facts", "requirement"), [
    ("posting_de_jsonld.html", ("Kundenberater (m/w/d) im Energievertrieb",
                                "Elbstrom Versorgung GmbH", "Dresden"),
     "Erfahrung im Kundenservice"),
    ("posting_da_jsonld.html", ("Gæsteservicemedarbejder til vores besøgscenter",
                                "Vejle Oplevelsescenter A/S", "Vejle"),
     "Du har erfaring med kundeservice"),
])
def test_job_board_structured_data(name: str, facts: tuple, requirement: str) -> None:
    posting = read_document(FIXTURES / name)
    assert posting.kind == "posting"
    assert (posting.title, posting.company, posting.location) == facts
    assert requirement in posting.requirements


def test_flush_right_lines_are_read_where_they_stand() -> None:
    """A letter's sender block and date set flush right are no second column."""
    def word(text: str, x: float, y: float) -> list[Char]:
        return [Char(ch, x + 6 * i, x + 6 * i + 5.5, y, 10.0) for i, ch in enumerate(text)]

    def right(text: str, y: float) -> list[Char]:
        return word(text, 555 - 6 * len(text), y)

    chars = right("Katrin Vogelsang", 780) + right("Lindenstraße 12", 767)
    chars += right("04109 Leipzig", 754) + right("katrin@example.de", 741)
    for number, text in enumerate(["Stadtwerke Leipzig GmbH", "Frau Petra Lange",
                                   "Augustusplatz 7", "04109 Leipzig"]):
        chars += word(text, 70, 680 - 13 * number)
    chars += right("Leipzig, 3. März 2025", 600) + word("Sehr geehrte Frau Lange,", 70, 560)
    lines = [line.text for line in page_lines(chars, page=0, width=595)]
    assert lines == ["Katrin Vogelsang", "Lindenstraße 12", "04109 Leipzig",
                     "katrin@example.de", "Stadtwerke Leipzig GmbH", "Frau Petra Lange",
                     "Augustusplatz 7", "04109 Leipzig", "Leipzig, 3. März 2025",
                     "Sehr geehrte Frau Lange,"]


# Words pasted from a web page or a PDF keep their soft hyphens (U+00AD) in Word and in text;
# a reader sees the word whole (https://en.wikipedia.org/wiki/Soft_hyphen).
@pytest.mark.parametrize(("line", "word"), [
    ("Improved customer satis\u00adfaction by 12%", "satisfaction"),
    ("Steigerung der Kunden\u00adzufriedenheit um 12 %", "Kundenzufriedenheit"),
    ("Øgede kunde\u00adtilfredsheden med 12 %", "kundetilfredsheden"),
    ("Tõstsin kliendi\u00adrahulolu 12%", "kliendirahulolu"),
])
def test_a_soft_hyphen_is_no_part_of_the_word(line: str, word: str) -> None:
    document = read_document(f"Anna Berg\nanna@example.com\n\n{line}\n".encode(), name="cv.txt")
    assert word in document.text
    assert "\u00ad" not in document.text
