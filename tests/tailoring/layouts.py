"""Resumes in the layouts people really send, in all four languages, with postings and letters.

The people, employers, numbers and e-mails are invented. What each language's resume holds
and in which order follows that country's conventions, modelled on:
- en: https://resumegeni.com/job-descriptions/customer-service-representative-job-description
  and https://correctresume.com/tools/resume-format-selector/customer-service-representative
  (summary, skills block with CRM tools, reverse-chronological jobs with metrics);
- de: https://www.jobfinder.de/lebenslauf-wie-gestalten/ and
  http://initiativbewerbungen.com/artikel/der-lebenslauf-inhalt-und-aufbau/ (tabellarischer
  Lebenslauf: Persönliche Daten with Geburtsdatum and Familienstand, dates on the left);
- da: https://www.stepstone.dk/om-jobsoegning/karrierecenter/jobguide/cv/opbygning-af-cv and
  https://www.pro-org.dk/udvikling-og-karriere/karrierevaerktoejer/cv-og-ansoegning/cv/opbygning-af-cv
  (personlige data with fødselsdato and civilstand, profil, kompetencer);
- et: https://www.cv.ee/content/index.php?id=674&gr=1 and https://capitale.ee/cv-koostamine/
  (isikuandmed with sünniaeg and perekonnaseis, haridus, töökogemus, arvutioskus).

Layouts: ``plain`` (headings and bullets), ``skills_table`` (the skills in a two-column
table), ``two_column`` (the whole resume in a one-row table: contact, skills and languages
on the left, the rest on the right), ``header_contact`` (name and contact in the page
header, the photo note in a text box), ``skills_textbox`` (the skills heading and line in a
text box beside the body, as design templates place a sidebar).
"""

from __future__ import annotations

import io
from typing import Any

LAYOUTS = ("plain", "skills_table", "two_column", "header_contact", "skills_textbox")

PEOPLE: dict[str, dict[str, Any]] = {
    "en": {
        "name": "Renee Okafor",
        "contact": ["1418 Alder Street, Spokane, WA 99201", "(509) 555-0187",
                    "renee.okafor@example.com"],
        "personal": [],
        "headings": {"summary": "Professional Summary", "experience": "Work Experience",
                     "education": "Education", "skills": "Skills", "languages": "Languages"},
        "summary": "Customer service representative with six years in retail and telecom "
                   "support. Resolved 60 calls a day with a 94% satisfaction score.",
        "jobs": [
            ("Customer Service Representative", "Cascade Wireless Inc.", "Spokane, WA",
             "Mar 2021 – Present",
             ["Answered 60 inbound calls a day about billing and plan changes",
              "Logged every case in Salesforce and kept a 94% satisfaction score",
              "Handled escalated complaints and issued credits up to $150"]),
            ("Sales Associate", "Pine Ridge Outfitters", "Coeur d'Alene, ID",
             "Jun 2018 – Feb 2021",
             ["Advised customers on outdoor gear and processed returns",
              "Trained 5 new associates on the point-of-sale system"]),
        ],
        "education": ["Associate of Applied Science, Business, Spokane Falls Community "
                      "College, 2018"],
        "skills": ["Salesforce", "conflict resolution", "Microsoft Office", "data entry",
                   "empathy", "active listening"],
        "languages": ["English (native)", "Spanish (conversational)"],
        "posting": """Customer Support Specialist
Evergreen Home Energy, Seattle, WA

About the role
You will help our customers by phone, email and chat.

Responsibilities
- Resolve customer complaints with patience and empathy
- Document every interaction in our CRM
- Process refunds and billing adjustments

Requirements
- 2+ years of customer service experience
- Experience with a CRM (Salesforce Service Cloud preferred)
- Active listening skills and a calm manner
- Proficiency in Microsoft Office

Questions? Contact our recruiter, Ms. Dana Whitfield, at jobs@evergreen-energy.example.
""",
        "letter": """Renee Okafor
1418 Alder Street, Spokane, WA 99201
(509) 555-0187 | renee.okafor@example.com

Dear Ms. Whitfield,

I am excited to apply for the Customer Support Specialist opening at Evergreen Home Energy.
At Cascade Wireless I answer 60 calls a day and keep a 94% satisfaction score.

I would welcome a conversation about how I can help your customers.

Sincerely,
Renee Okafor
""",
    },
    "de": {
        "name": "Sabine Hoffmann",
        "contact": ["Kastanienallee 18, 10435 Berlin", "Tel.: 0170 4482 1937",
                    "sabine.hoffmann@example.de"],
        "personal": ["Geburtsdatum: 14.05.1991 in Potsdam", "Familienstand: verheiratet"],
        "headings": {"summary": "Kurzprofil", "experience": "Berufserfahrung",
                     "education": "Ausbildung", "skills": "Kenntnisse",
                     "languages": "Sprachkenntnisse"},
        "summary": "Kundenberaterin mit sieben Jahren Erfahrung im telefonischen "
                   "Kundenservice eines Energieversorgers.",
        "jobs": [
            ("Kundenberaterin", "Spree Stadtwerke GmbH", "Berlin", "04/2020 – heute",
             ["Beratung von Privatkunden zu Tarifen und Abschlägen (ca. 55 Gespräche pro Tag)",
              "Bearbeitung von Reklamationen im CRM-System Salesforce",
              "Einarbeitung von 4 neuen Kolleginnen"]),
            ("Servicemitarbeiterin", "Havel Versand AG", "Potsdam", "08/2017 – 03/2020",
             ["Annahme von Bestellungen und Retouren am Telefon",
              "Pflege der Kundendaten in SAP"]),
        ],
        "education": ["09/2014 – 07/2017 Ausbildung zur Kauffrau für Dialogmarketing, "
                      "IHK Potsdam", "2008 – 2014 Mittlere Reife, Voltaire-Schule Potsdam"],
        "skills": ["Reklamationsbearbeitung", "Salesforce", "SAP", "MS Office", "Geduld",
                   "Teamfähigkeit"],
        "languages": ["Deutsch – Muttersprache", "Englisch – gut (B2)"],
        "posting": """Kundenberater (m/w/d) im Kundenservice
Nordlicht Energie GmbH, Hamburg

Ihre Aufgaben
- Sie beraten unsere Kundinnen und Kunden am Telefon und per E-Mail
- Sie übernehmen das Beschwerdemanagement
- Sie pflegen Kundendaten im CRM-System

Ihr Profil
- Abgeschlossene kaufmännische Ausbildung
- Erfahrung im Kundenservice
- Erfahrung mit Salesforce Service Cloud von Vorteil
- Sicherer Umgang mit MS Office
- Geduld und Teamfähigkeit

Ihre Ansprechpartnerin: Frau Julia Brandt
""",
        "letter": """Sabine Hoffmann
Kastanienallee 18, 10435 Berlin
Tel.: 0170 4482 1937 · sabine.hoffmann@example.de

Nordlicht Energie GmbH
Frau Julia Brandt
Hamburg

Berlin, 1. Dezember 2026

Bewerbung als Kundenberaterin

Sehr geehrte Frau Brandt,

seit 2020 berate ich bei der Spree Stadtwerke GmbH Privatkunden am Telefon.
Ich freue mich auf ein persönliches Gespräch.

Mit freundlichen Grüßen

Sabine Hoffmann
""",
    },
    "da": {
        "name": "Mette Kjærgaard",
        "contact": ["Skovvej 12, 8000 Aarhus C", "Tlf. 28 91 45 63",
                    "mette.kjaergaard@example.dk"],
        "personal": ["Født: 3. marts 1990", "Civilstand: gift, to børn"],
        "headings": {"summary": "Profil", "experience": "Erhvervserfaring",
                     "education": "Uddannelse", "skills": "Kompetencer",
                     "languages": "Sprog"},
        "summary": "Kundeservicemedarbejder med seks års erfaring fra forsikring og "
                   "telefonsupport.",
        "jobs": [
            ("Kundeservicemedarbejder", "Midtjysk Forsikring A/S", "Aarhus", "2020 – nu",
             ["Besvarede 50 opkald om dagen om skader og policer",
              "Registrerede alle sager i Salesforce",
              "Oplærte 3 nye kolleger"]),
            ("Butiksassistent", "Kattegat Boligudstyr ApS", "Randers", "2017 – 2020",
             ["Rådgav kunder og behandlede returvarer"]),
        ],
        "education": ["2014 – 2017 Kontoruddannelse, Aarhus Business College",
                      "2011 – 2014 HHX, Aarhus Handelsgymnasium"],
        "skills": ["klagehåndtering", "Salesforce", "Microsoft Office", "tålmodighed",
                   "samarbejde"],
        "languages": ["Dansk – modersmål", "Engelsk – flydende"],
        "posting": """Kundeservicemedarbejder
Nordsø Energi A/S, Esbjerg

Dine opgaver
- Besvare henvendelser via telefon og e-mail
- Hjælpe, når kunden er utilfreds, og håndtere klager
- Registrere sager i vores CRM-system

Vi forventer, at du
- har erfaring med kundeservice
- er tålmodig og serviceminded
- er fortrolig med Microsoft Office
- gerne har kendskab til Salesforce Service Cloud

Kontakt: Lise Holm, rekrutteringsansvarlig.
""",
        "letter": """Mette Kjærgaard
Skovvej 12, 8000 Aarhus C
Tlf. 28 91 45 63 · mette.kjaergaard@example.dk

Kære Lise Holm

Jeg søger stillingen som kundeservicemedarbejder hos Nordsø Energi A/S.
I dag besvarer jeg 50 opkald om dagen hos Midtjysk Forsikring A/S.

Jeg ser frem til at høre fra jer.

Med venlig hilsen
Mette Kjærgaard
""",
    },
    "et": {
        "name": "Kadri Lepik",
        "contact": ["Kalda tee 7, 10915 Tallinn", "Tel +372 5544 8812",
                    "kadri.lepik@example.ee"],
        "personal": ["Sünniaeg: 22.09.1993", "Perekonnaseis: abielus"],
        "headings": {"summary": "Minust", "experience": "Töökogemus",
                     "education": "Haridus", "skills": "Oskused", "languages": "Keeleoskus"},
        "summary": "Klienditeenindaja, kellel on viieaastane kogemus kõnekeskuses ja "
                   "e-poe klienditoes.",
        "jobs": [
            ("Klienditeenindaja", "Põhjala Telekom AS", "Tallinn", "03.2021 – praegu",
             ["Vastasin päevas 45 kõnele ja e-kirjale",
              "Pretensioonide lahendamine ja arvete selgitamine",
              "Andmete sisestamine Salesforce'i"]),
            ("Müüja", "Mere Kaubamaja OÜ", "Tallinn", "2018 – 2021",
             ["Klientide nõustamine ja kassatöö"]),
        ],
        "education": ["2015–2018 Tallinna Teeninduskool, klienditeeninduse eriala",
                      "2003–2015 Tallinna Kesklinna Gümnaasium, keskharidus"],
        "skills": ["Salesforce", "MS Office", "meeskonnatöö", "kannatlikkus",
                   "pretensioonide käsitlemine"],
        "languages": ["eesti keel – emakeel", "inglise keel – B2", "vene keel – B1"],
        "posting": """Klienditeenindaja
Lõuna Energia AS, Tartu

Tööülesanded
- Klientide päringutele vastamine telefoni ja e-posti teel
- Kaebuste lahendamine
- Andmete sisestamine CRM-süsteemi

Nõudmised kandidaadile
- Klienditeeninduse kogemus
- Kannatlikkus ja hea suhtlemisoskus
- MS Office'i oskus
- Salesforce Service Cloudi kogemus tuleb kasuks

Kontaktisik: Triin Saar
""",
        "letter": """Kadri Lepik
Kalda tee 7, 10915 Tallinn
Tel +372 5544 8812 · kadri.lepik@example.ee

Lugupeetud Triin Saar!

Soovin kandideerida klienditeenindaja ametikohale ettevõttes Lõuna Energia AS.
Praegu töötan Põhjala Telekomis, kus vastan päevas 45 kõnele ja lahendan klientide
pretensioone. Olen rahulik ka siis, kui klient on pahane, ning selgitan arveid lihtsate
sõnadega.

Tänan Teid aja eest ja ootan võimalust kohtuda.

Lugupidamisega
Kadri Lepik
""",
    },
}


SCHOOL = {"de": ("Schulbildung", "2008 – 2014 Mittlere Reife, Voltaire-Schule Potsdam"),
          "da": ("Skolegang", "2001 – 2011 Folkeskole, Skovvangskolen Aarhus"),
          "en": ("Education and training", "2012 – 2016 Lewis and Clark High School, Spokane"),
          "et": ("Haridus", "1999 – 2012 Tallinna Kesklinna Põhikool")}
SIGNED = {"de": "Berlin, 01.12.2026", "da": "Aarhus, 1. december 2026",
          "en": "Spokane, 12/01/2026", "et": "Tallinn, 01.12.2026"}


def build_resume(lang: str, layout: str, *, photo_note: bool = True,
                 signed: bool = False, person: dict[str, Any] | None = None) -> bytes:
    """The person of ``lang`` (or ``person``, with the same keys) as a Word resume in
    ``layout``; ``signed`` adds a second education section (school) and the place, date and
    name that close many European resumes."""
    from docx import Document

    person = person or PEOPLE[lang]
    document = Document()
    if layout == "two_column":
        table = document.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        _contact(left, person, in_cell=True)
        _skills(left, person, table_skills=False)
        _languages(left, person)
        _main(right, person)
    else:
        if layout == "header_contact":
            header = document.sections[0].header
            header.paragraphs[0].text = person["name"]
            for line in person["contact"]:
                header.add_paragraph(line)
            if photo_note and person["personal"]:
                _textbox(document.add_paragraph(), person["personal"])
        else:
            _contact(document, person, in_cell=False)
        _main(document, person)
        if layout == "skills_textbox":
            _textbox(document.add_paragraph(), [person["headings"]["skills"],
                                                ", ".join(person["skills"])])
        else:
            _skills(document, person, table_skills=layout == "skills_table")
        _languages(document, person)
        if signed:
            heading, line = SCHOOL[lang]
            document.add_paragraph(heading, style="Heading 1")
            document.add_paragraph(line)
            document.add_paragraph(SIGNED[lang])
            document.add_paragraph(person["name"])
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _first(container: Any, text: str, style: str | None = None) -> Any:
    """A cell's first (empty) paragraph, else a new one."""
    paragraphs = getattr(container, "paragraphs", [])
    if hasattr(container, "_tc") and len(paragraphs) == 1 and not paragraphs[0].text:
        paragraph = paragraphs[0]
        paragraph.text = text
        if style:
            paragraph.style = style
        return paragraph
    return container.add_paragraph(text, style=style)


def _contact(container: Any, person: dict, *, in_cell: bool) -> None:
    _first(container, person["name"], "Title")
    for line in person["contact"]:
        container.add_paragraph(line)
    for line in person["personal"]:
        container.add_paragraph(line)


def _main(container: Any, person: dict) -> None:
    headings = person["headings"]
    _first(container, headings["summary"], "Heading 1")
    container.add_paragraph(person["summary"])
    container.add_paragraph(headings["experience"], style="Heading 1")
    for title, employer, city, dates, bullets in person["jobs"]:
        container.add_paragraph(f"{dates}\t{title}")
        container.add_paragraph(f"{employer}, {city}")
        for bullet in bullets:
            container.add_paragraph(bullet, style="List Bullet")
    container.add_paragraph(headings["education"], style="Heading 1")
    for line in person["education"]:
        container.add_paragraph(line)


def _skills(container: Any, person: dict, *, table_skills: bool) -> None:
    container.add_paragraph(person["headings"]["skills"], style="Heading 1")
    skills = person["skills"]
    if not table_skills:
        container.add_paragraph(", ".join(skills))
        return
    half = (len(skills) + 1) // 2
    table = container.add_table(rows=half, cols=2)
    for n, skill in enumerate(skills):
        cell = table.rows[n % half].cells[n // half]
        cell.paragraphs[0].text = skill


def _languages(container: Any, person: dict) -> None:
    container.add_paragraph(person["headings"]["languages"], style="Heading 1")
    for line in person["languages"]:
        container.add_paragraph(line)


def _textbox(paragraph: Any, lines: list[str]) -> None:
    """A floating text box (VML fallback only, as older Word versions write it)."""
    from docx.oxml import parse_xml

    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>'
                   for line in lines)
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:200pt;'
           f'height:60pt"><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox>'
           '</v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))
