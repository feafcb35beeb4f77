"""Regenerate the sample resumes that ``resume-helper demo`` uses, one per language, in
resume_helper/samples/{en,de,da,et}/resume.docx (with python-docx).

    python scripts/make_samples.py

Each resume is the kind a careful applicant makes in Word: the name in the built-in "Title"
style, section headings in "Heading 1" (worded as resume_helper/documents/headings/ lists
them), bullets in "List Bullet", contact details in the body, one font (Calibri 11) and the
country's paper size and margins. About two pages and 550-750 words each; they double as the
two-page DOCX resume of the speed benchmark. The output is deterministic (fixed core
properties and zip timestamps), so rerunning the script leaves the committed files unchanged.
Check the result with ``resume-helper parse`` and ``resume-helper skills``.

The job postings and cover letters beside the resumes are plain text written by hand. Every
person, employer, address and number is fictional.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.oxml.shared import OxmlElement
from docx.shared import Cm, Inches, Length, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

SAMPLES = Path(__file__).resolve().parent.parent / "resume_helper" / "samples"
FONT = "Calibri"
AUTHOR = "resume-helper samples"
STAMP = datetime(2026, 3, 1, 9, 0, 0)
ZIP_STAMP = (2026, 3, 1, 9, 0, 0)
HEADING_COLOR = RGBColor(0x1F, 0x3A, 0x5F)
# Every sample fills two A4 or Letter pages in Calibri 11 (checked by converting with
# LibreOffice, which lays Calibri out with the metric-compatible Carlito).
PAGES = 2
UNUSED_STYLES = ("macro", "Macro Text Char")  # Courier, never used here


@dataclass(frozen=True)
class Entry:
    """One job or course of study: when, what, where, and its bullet points."""

    dates: str
    title: str
    place: str
    bullets: Sequence[str] = ()


@dataclass(frozen=True)
class Page:
    """Paper size and margins: the "Normal" preset of Word in the country."""

    width: Length
    height: Length
    top: Length
    bottom: Length
    left: Length
    right: Length


LETTER = Page(Inches(8.5), Inches(11), Inches(1), Inches(1), Inches(1), Inches(1))
A4_DE = Page(Cm(21), Cm(29.7), Cm(2.5), Cm(2), Cm(2.5), Cm(2.5))
A4_DA = Page(Cm(21), Cm(29.7), Cm(3), Cm(3), Cm(2), Cm(2))
A4_ET = Page(Cm(21), Cm(29.7), Cm(2.5), Cm(2.5), Cm(2.5), Cm(2.5))


# --- Document set-up -----------------------------------------------------------------------

def _set_fonts(style: ParagraphStyle, size: float | None = None) -> None:
    """Calibri on every script of a style, replacing the theme font references."""
    style.font.name = FONT
    if size is not None:
        style.font.size = Pt(size)
    rfonts = style.element.rPr.find(qn("w:rFonts"))
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attribute), None)
    rfonts.set(qn("w:cs"), FONT)
    rfonts.set(qn("w:eastAsia"), FONT)


def _set_defaults(document: DocumentObject, language: str) -> None:
    """Document-wide default font and proofing language (docDefaults in styles.xml)."""
    rpr = document.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(
        qn("w:rPr"))
    rfonts = rpr.find(qn("w:rFonts"))
    for attribute in list(rfonts.attrib):
        del rfonts.attrib[attribute]
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attribute), FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)


def new_document(language: str, page: Page) -> DocumentObject:
    """An empty document in Calibri 11 with quiet heading styles and the given page set-up."""
    document = Document()
    _set_defaults(document, language)
    styles = document.styles
    for name in UNUSED_STYLES:
        styles.element.remove(styles[name].element)
    _set_fonts(styles["Normal"], 11)
    styles["Normal"].paragraph_format.space_after = Pt(2)
    styles["Normal"].paragraph_format.line_spacing = 1.0
    title = styles["Title"]
    _set_fonts(title, 22)
    title.font.color.rgb = HEADING_COLOR
    title.paragraph_format.space_after = Pt(2)
    section_heading = styles["Heading 1"]
    _set_fonts(section_heading, 13)
    section_heading.font.color.rgb = HEADING_COLOR
    section_heading.paragraph_format.space_before = Pt(9)
    section_heading.paragraph_format.space_after = Pt(2)
    _set_fonts(styles["List Bullet"])
    section = document.sections[0]
    section.page_width, section.page_height = page.width, page.height
    section.top_margin, section.bottom_margin = page.top, page.bottom
    section.left_margin, section.right_margin = page.left, page.right
    return document


def _app_properties(document: DocumentObject, pages: int) -> bytes:
    """docProps/app.xml with the statistics Word keeps there; the template's are stale."""
    texts = [p.text for p in document.paragraphs if p.text.strip()]
    words = sum(len(t.split()) for t in texts)
    with_spaces = sum(len(t) for t in texts)
    without_spaces = sum(len("".join(t.split())) for t in texts)
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        'extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>0</TotalTime>'
        f"<Pages>{pages}</Pages><Words>{words}</Words><Characters>{without_spaces}</Characters>"
        "<Application>python-docx</Application><DocSecurity>0</DocSecurity>"
        f"<Paragraphs>{len(texts)}</Paragraphs><ScaleCrop>false</ScaleCrop><Company/>"
        "<LinksUpToDate>false</LinksUpToDate>"
        f"<CharactersWithSpaces>{with_spaces}</CharactersWithSpaces><SharedDoc>false</SharedDoc>"
        "<HyperlinksChanged>false</HyperlinksChanged></Properties>"
    ).encode()


def save(document: DocumentObject, path: Path, *, title: str, language: str) -> None:
    """Save with fixed core properties and zip timestamps, so the bytes are reproducible.

    The template's thumbnail (a blank page) is dropped and docProps/app.xml is rewritten
    with this document's statistics.
    """
    package = document.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rid)
    core = document.core_properties
    core.author = AUTHOR
    core.last_modified_by = AUTHOR
    core.title = title
    core.subject = ""
    core.keywords = ""
    core.comments = ""
    core.category = ""
    core.language = language
    core.created = STAMP
    core.modified = STAMP
    core.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(
        path, "w", compression=zipfile.ZIP_DEFLATED
    ) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_STAMP)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            content = source.read(info.filename)
            if info.filename == "docProps/app.xml":
                content = _app_properties(document, PAGES)
            target.writestr(fixed, content)


# --- Building blocks -----------------------------------------------------------------------

def name_and_contact(document: DocumentObject, name: str, contact: str) -> None:
    document.add_paragraph(name, style="Title")
    document.add_paragraph(contact).paragraph_format.space_after = Pt(6)


def heading(document: DocumentObject, text: str) -> None:
    document.add_paragraph(text, style="Heading 1")


def bullet(document: DocumentObject, text: str, *, indent: Length | None = None) -> Paragraph:
    """A "List Bullet" paragraph; ``indent`` moves it into the text column of a
    tabellarischer Lebenslauf."""
    paragraph = document.add_paragraph(text, style="List Bullet")
    if indent is not None:
        paragraph.paragraph_format.left_indent = Length(indent + Cm(0.5))
        paragraph.paragraph_format.first_line_indent = Cm(-0.5)
    return paragraph


def text(document: DocumentObject, content: str, *, bold: bool = False,
         italic: bool = False) -> Paragraph:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(content)
    run.bold = bold or None
    run.italic = italic or None
    return paragraph


def keep_together(*paragraphs: Paragraph) -> None:
    """An entry's head lines stay on the page of its first bullet."""
    for paragraph in paragraphs:
        paragraph.paragraph_format.keep_with_next = True


def entries_us(document: DocumentObject, entries: Sequence[Entry], page: Page) -> None:
    """US layout: bold title with the dates right-aligned, employer and place in italics."""
    right = Length(page.width - page.left - page.right)
    for entry in entries:
        line = document.add_paragraph()
        line.paragraph_format.space_before = Pt(6)
        line.paragraph_format.tab_stops.add_tab_stop(right, WD_TAB_ALIGNMENT.RIGHT)
        line.add_run(entry.title).bold = True
        line.add_run(f"\t{entry.dates}")
        keep_together(line, text(document, entry.place, italic=True))
        for item in entry.bullets:
            bullet(document, item)


COLUMN = Cm(3.5)


def dated_line(document: DocumentObject, dates: str, content: str, *,
               bold: bool = False) -> Paragraph:
    """One line of a tabellarischer Lebenslauf: the dates, a tab, and the text in a column
    kept by a hanging indent."""
    paragraph = document.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.left_indent, fmt.first_line_indent = COLUMN, -COLUMN
    fmt.tab_stops.add_tab_stop(COLUMN)
    paragraph.add_run(f"{dates}\t")
    paragraph.add_run(content).bold = bold or None
    return paragraph


def entries_tabular(document: DocumentObject, entries: Sequence[Entry]) -> None:
    """German tabellarischer Lebenslauf: dates in the left column, the rest beside them."""
    for entry in entries:
        first = dated_line(document, entry.dates, entry.title, bold=True)
        first.paragraph_format.space_before = Pt(6)
        place = document.add_paragraph(entry.place)
        place.paragraph_format.left_indent = COLUMN
        keep_together(first, place)
        for item in entry.bullets:
            bullet(document, item, indent=COLUMN)


def entries_stacked(document: DocumentObject, entries: Sequence[Entry]) -> None:
    """Danish and Estonian layout: the period on its own line, then "Title, Employer, Place"."""
    for entry in entries:
        period = document.add_paragraph(entry.dates)
        period.paragraph_format.space_before = Pt(6)
        keep_together(period, text(document, f"{entry.title}, {entry.place}", bold=True))
        for item in entry.bullets:
            bullet(document, item)


# --- English (US) --------------------------------------------------------------------------

def resume_en(path: Path) -> None:
    """US resume: Kendra Whitfield, customer care in Columbus, Ohio."""
    document = new_document("en-US", LETTER)
    name_and_contact(document, "Kendra Whitfield",
                     "Westerville, OH 43081 | (614) 555-0163 | kendra.whitfield@example.com")
    heading(document, "Professional Summary")
    document.add_paragraph(
        "Customer service representative with six years of contact center experience, most "
        "recently supporting online shoppers for a home furnishings retailer by phone, email "
        "and live chat. Calm with frustrated callers, quick to learn new systems, and "
        "comfortable switching between billing, order and delivery questions in the same "
        "shift. A dependable team player who enjoys helping new hires find their feet and is "
        "happy to work evenings and weekends.")
    heading(document, "Work Experience")
    entries_us(document, [
        Entry("Aug 2022 – Present", "Customer Care Associate",
              "Maple Ridge Home Co., Columbus, OH", [
            "Answer 60–70 inbound calls, emails and live chat messages per shift about orders, "
            "deliveries, product care and billing",
            "Issue refunds and return labels in Zendesk and note every contact in the order "
            "history so customers never have to repeat their story",
            "Keep a 94% customer satisfaction score against a team goal of 90%, with quality "
            "scores above 95% in monthly call reviews",
            "Work with the warehouse and carrier teams to trace lost shipments, cutting open "
            "delivery tickets from 180 to 95 in four months",
            "Train new hires on Zendesk macros and chat etiquette; mentored six associates "
            "since 2023 and wrote 12 help center articles on returns",
        ]),
        Entry("Mar 2020 – Jul 2022", "Customer Service Representative",
              "Harborlight Energy Co., Columbus, OH", [
            "Took 50+ calls a day on billing questions, payment arrangements and starting or "
            "stopping service in a 120-seat call center",
            "Handled complaints about high bills and estimated meter readings, explaining "
            "charges line by line until the customer was satisfied",
            "Set up payment plans for customers in hardship programs, helping cut "
            "disconnections on assigned accounts by 18% in one year",
            "Kept accurate records of payment promises, service orders and callbacks in the "
            "billing system",
            "Transferred complex billing disputes to the escalations team with complete notes "
            "and covered the outage line during storm season",
        ]),
        Entry("Jun 2017 – Feb 2020", "Sales Associate",
              "Cornerstone Hardware & Garden, Westerville, OH", [
            "Greeted customers, helped them find products and answered questions about home "
            "and garden projects",
            "Processed returns and exchanges at the service desk and looked up special orders "
            "for pickup",
            "Ran the register and balanced the cash drawer at the end of each shift",
            "Built seasonal displays and restocked shelves on evening and weekend shifts, and "
            "helped with the yearly inventory count",
        ]),
        Entry("May 2015 – Aug 2016", "Part-Time Crew Member",
              "Scoops & Shakes Ice Cream, Westerville, OH", [
            "Took orders at the counter and drive-through window on busy summer evenings",
            "Kept the counter and dining area clean and stocked during rushes",
            "Promoted to opening shift lead in the second summer",
        ]),
    ], LETTER)
    heading(document, "Education")
    entries_us(document, [
        Entry("2017", "High School Diploma", "Maplewood Heights High School, Westerville, OH",
              ["Business and marketing coursework; managed the school store in senior year "
               "(inventory, cash and scheduling)"]),
    ], LETTER)
    heading(document, "Skills")
    for item in (
        "Customer care: billing and payment plans, order tracking, returns and exchanges, "
        "calming upset customers, clear written replies",
        "Systems: Zendesk, Microsoft Office (advanced Excel), utility billing software",
        "Personal strengths: good listener, empathy, patience, reliable attendance",
    ):
        bullet(document, item)
    heading(document, "Languages")
    for item in ("English – native", "Spanish – conversational"):
        document.add_paragraph(item)
    heading(document, "Certifications and Training")
    for item in (
        "De-escalation and Difficult Conversations, in-house training, Harborlight Energy Co., "
        "2021",
        "Microsoft Excel: Intermediate Skills, Riverside Adult Learning Center, 2021",
        "Customer Service Foundations (six-week evening course), Riverside Adult Learning "
        "Center, 2020",
    ):
        bullet(document, item)
    heading(document, "Awards")
    document.add_paragraph("Representative of the Quarter, Harborlight Energy Co. (Q3 2021 "
                           "and Q1 2022)")
    heading(document, "Volunteer Experience")
    document.add_paragraph(
        "Front desk volunteer, Northside Neighbors Food Pantry, Westerville, OH (2019 – "
        "present): check in about 40 households every other Saturday, answer questions about "
        "eligibility and show new volunteers how intake works.")
    save(document, path, title="Resume – Kendra Whitfield", language="en-US")


# --- German ----------------------------------------------------------------------------------

def resume_de(path: Path) -> None:
    """Tabellarischer Lebenslauf: Katharina Lehmann, Kundenservice in Hamburg."""
    document = new_document("de-DE", A4_DE)
    name_and_contact(document, "Katharina Lehmann",
                     "Rübenkamp 41 · 22307 Hamburg · 0151 2389 4417 · "
                     "katharina.lehmann@example.com")
    heading(document, "Kurzprofil")
    document.add_paragraph(
        "Kauffrau für Büromanagement mit über acht Jahren Erfahrung in Kundenservice und "
        "Sachbearbeitung, zuletzt im Inbound eines Hamburger Telekommunikationsanbieters mit "
        "rund 400.000 Privatkunden. "
        "Ich bleibe auch in schwierigen Gesprächen ruhig, erkläre Tarife und Rechnungen "
        "verständlich und arbeite mich schnell in neue Systeme ein. Besonders gern kläre ich "
        "verfahrene Fälle, bei denen jemand schon mehrmals anrufen musste, und mein Wissen "
        "gebe ich gern an neue Kolleginnen und Kollegen weiter. Teamfähig, zuverlässig und "
        "belastbar.")
    heading(document, "Berufserfahrung")
    entries_tabular(document, [
        Entry("04/2022 – heute", "Kundenberaterin im Inbound",
              "HanseWelle Telekommunikation GmbH, Hamburg", [
            "Bearbeitung von Kundenanfragen per Telefon, E-Mail und Chat zu Verträgen, "
            "Rechnungen, Umzügen und Störungen (ca. 60 Kontakte pro Tag, davon etwa ein Drittel "
            "im Chat)",
            "Bearbeitung von Reklamationen und Erstellung von Gutschriften; Erstlösungsquote "
            "von 83 % bei einem Teamdurchschnitt von 76 %",
            "Beratung von Privatkundinnen und -kunden zu Tarifwechseln, "
            "Vertragsverlängerungen und Rufnummernmitnahmen, auch bei angekündigter Kündigung",
            "Pflege der Kundendaten und Dokumentation aller Gespräche im CRM-System "
            "(Microsoft Dynamics 365)",
            "Einarbeitung neuer Kolleginnen und Kollegen als Patin (bisher acht Personen) und "
            "Mitarbeit am internen Wissensportal",
        ]),
        Entry("08/2019 – 03/2022", "Sachbearbeiterin Kundenservice",
              "Elbufer Versicherung AG, Hamburg", [
            "Annahme eingehender Anrufe zu Schadenmeldungen, Vertragsänderungen und "
            "Beitragsrechnungen (durchschnittlich 45 Gespräche pro Tag)",
            "Aufnahme von Schäden in der Hausrat- und Haftpflichtversicherung, Anforderung "
            "fehlender Unterlagen und Weiterleitung an die Fachabteilung",
            "Schriftliche Korrespondenz mit Versicherungsnehmerinnen und -nehmern per E-Mail "
            "und Brief, einschließlich Zahlungserinnerungen",
            "Verkürzung der Bearbeitungszeit für einfache Schadenfälle von fünf auf drei "
            "Werktage durch neue Textbausteine (gemeinsam mit zwei Kolleginnen)",
            "Vertretung der Teamleitung bei der Erstellung des Wochendienstplans und bei der "
            "Urlaubsplanung im zwölfköpfigen Team",
        ]),
        Entry("07/2017 – 07/2019", "Sachbearbeiterin Auftragsbearbeitung",
              "Nordkap Versandhandel GmbH, Hamburg", [
            "Erfassung telefonischer und schriftlicher Bestellungen im Warenwirtschaftssystem, "
            "auch für Geschäftskunden",
            "Bearbeitung von Retouren und Umtauschwünschen sowie Klärung von "
            "Lieferverzögerungen mit den Paketdienstleistern",
            "Telefonische Auskunft zu Lieferterminen, Zahlungsarten und offenen Rechnungen",
            "Prüfung von Zahlungseingängen und Freigabe von Vorkassebestellungen",
            "Pflege der Artikelstammdaten für das Frühjahrs- und Herbstsortiment",
        ]),
        Entry("09/2015 – 06/2017", "Verkaufsaushilfe auf Minijob-Basis",
              "Backstube Hinrichsen GmbH, Hamburg", [
            "Bedienung und Beratung der Kundschaft an der Theke, Kassieren und "
            "Kassenabschluss",
            "Annahme von Vorbestellungen für Feiern und Firmenkunden",
            "Warenannahme am frühen Morgen und Vorbereitung der Auslage vor Ladenöffnung",
        ]),
    ])
    heading(document, "Ausbildung")
    entries_tabular(document, [
        Entry("08/2014 – 06/2017", "Ausbildung zur Kauffrau für Büromanagement",
              "Möbelhaus Petersen GmbH & Co. KG, Hamburg",
              ["IHK-Abschluss mit der Note 2,1; Einsatz in Kundendienst, Auftragsbearbeitung "
               "und Buchhaltung"]),
        Entry("08/2008 – 06/2014", "Mittlerer Schulabschluss",
              "Stadtteilschule Am Osterbekkanal, Hamburg",
              ["Wahlpflichtfach Wirtschaft, zweiwöchiges Praktikum im Einzelhandel"]),
    ])
    heading(document, "Weiterbildung")
    for dates, item in (
        ("11/2023", "Seminar „Deeskalation am Telefon“, Hamburger Bildungswerk für "
                    "Dialogberufe e. V. (2 Tage)"),
        ("05/2022", "Produktschulung Glasfaser und Mobilfunk (intern, HanseWelle "
                    "Telekommunikation GmbH, 3 Tage)"),
        ("09/2021", "Online-Seminar „Kundenkommunikation im Chat“ (4 Stunden)"),
        ("03/2021", "Schreibwerkstatt „Kundenbriefe verständlich formulieren“ (intern, "
                    "Elbufer Versicherung AG)"),
        ("02/2018", "Excel-Aufbaukurs an der Volkshochschule (Abendkurs, 8 Termine)"),
    ):
        dated_line(document, dates, item)
    heading(document, "Kenntnisse")
    for item in (
        "Fachwissen: Schadenaufnahme, Gutschriften und Ratenzahlungen, Tarif- und "
        "Vertragsberatung, Reklamationsbearbeitung, Auftrags- und Retourenbearbeitung, "
        "Grundkenntnisse in der Debitorenbuchhaltung",
        "EDV: Microsoft Dynamics 365, Zendesk, MS Office (sehr gute Excel-Kenntnisse), "
        "Warenwirtschaftssysteme, 10-Finger-System",
        "Persönlich: Kundenorientierung, Geduld, freundliches Auftreten, strukturierte und "
        "lösungsorientierte Arbeitsweise",
        "Sonstiges: Führerschein Klasse B, Erste-Hilfe-Kurs (2022)",
    ):
        bullet(document, item)
    heading(document, "Sprachen")
    for item in ("Deutsch – Muttersprache",
                 "Englisch – gut (B2), im Kundenkontakt regelmäßig genutzt",
                 "Spanisch – Grundkenntnisse (A2), Volkshochschulkurs seit 2023"):
        document.add_paragraph(item)
    heading(document, "Ehrenamtliches Engagement")
    dated_line(document, "seit 2019",
               "Jugendtrainerin im Ruderclub Osterbek von 1921 e. V.: zweimal pro Woche "
               "Training der 12- bis 15-Jährigen, Begleitung zu Wettkämpfen und "
               "Mitorganisation der jährlichen Vereinsregatta mit rund 200 Teilnehmenden")
    heading(document, "Hobbys")
    document.add_paragraph("Rudern, Kochen für Freunde, Radtouren an der Elbe und "
                           "skandinavische Krimis")
    save(document, path, title="Lebenslauf Katharina Lehmann", language="de-DE")


# --- Danish ----------------------------------------------------------------------------------

def resume_da(path: Path) -> None:
    """Dansk CV: Camilla Østergaard, kundeservice i Aarhus."""
    document = new_document("da-DK", A4_DA)
    name_and_contact(document, "Camilla Østergaard",
                     "Frederiks Allé 112, 2. th. · 8000 Aarhus C · Tlf. 28 41 67 93 · "
                     "camilla.oestergaard@example.com")
    heading(document, "Profil")
    document.add_paragraph(
        "Serviceminded og tålmodig kundeservicemedarbejder med otte års erfaring fra "
        "telefonisk kundeservice i tele- og energibranchen. Jeg er god til at forklare "
        "tingene, så kunden forstår dem, og jeg tager ejerskab for sagen, indtil den er løst. "
        "Jeg trives med mange bolde i luften og lærer hurtigt nye systemer. Jeg har også "
        "erfaring med at oplære nye kolleger og komme med forslag til bedre arbejdsgange. "
        "Mine kolleger "
        "kender mig som en rigtig teamplayer, der giver en hånd med, når der er travlt.")
    heading(document, "Erhvervserfaring")
    entries_stacked(document, [
        Entry("august 2021 – nu", "Kundeservicemedarbejder", "Skovbakke Energi A/S, Aarhus", [
            "Besvarer i gennemsnit 55 opkald om dagen om elregninger, flytninger, "
            "måleraflæsninger og betalingsaftaler",
            "Behandler skriftlige henvendelser og svarer kunderne på mail inden for 24 timer, "
            "også i de travle perioder omkring årsopgørelsen",
            "Tager mig af reklamationer over fejlafregninger og aftaler afdragsordninger med "
            "kunder i restance",
            "Registrerer alle sager og aftaler i CRM-systemet (Salesforce), så en kollega kan "
            "tage over, hvis kunden ringer igen",
            "Var med til at nedbringe den gennemsnitlige ventetid i telefonkøen fra 6 til 3 "
            "minutter ved at foreslå en ny vagtplan med flere på telefonerne om morgenen",
        ]),
        Entry("marts 2018 – juli 2021", "Kundeservicemedarbejder i callcenter",
              "Havblik Telecom ApS, Aarhus", [
            "Besvarede henvendelser fra privatkunder om mobil- og bredbåndsabonnementer, "
            "regninger og leveringer",
            "Fejlsøgte bredbånd og tv-bokse sammen med kunden over telefonen og bestilte "
            "teknikerbesøg",
            "Tog mig af utilfredse kunder, som blev stillet videre fra førstelinjen, og fulgte "
            "op på sagerne, til de var afsluttet",
            "Opnåede 91 % kundetilfredshed i de kvartalsvise målinger (teamets mål var 85 %)",
            "Oplærte fem nye kolleger i systemer og samtaleteknik",
        ]),
        Entry("august 2015 – februar 2018", "Salgsassistent",
              "Tekstilhuset Vestergade ApS, Aarhus", [
            "Betjente kunder i butikken og rådgav om gardiner, sengetøj og metervarer, herunder "
            "opmåling og bestilling af gardiner på mål",
            "Stod for kasse, ombytning og returvarer og lukkede butikken alene to aftener om "
            "ugen",
            "Havde ansvaret for den ugentlige varebestilling hos tre faste leverandører",
        ]),
        Entry("august 2013 – juli 2015", "Detailhandelselev",
              "Tekstilhuset Vestergade ApS, Aarhus", [
            "Lærte alle butikkens opgaver fra varemodtagelse til kundebetjening og kasseopgør",
            "Var med til at planlægge udsalg og skifte vinduesudstillinger hver måned",
            "Fik ansvaret for butikkens opslag på sociale medier i andet læreår",
        ]),
    ])
    heading(document, "Uddannelse")
    entries_stacked(document, [
        Entry("2013 – 2015", "Detailhandelsuddannelse med speciale i salg (EUD)",
              "Erhvervsskolen Østjylland, Aarhus", ["Svendeprøve bestået med karakteren 10"]),
        Entry("2012 – 2013", "Handelsskolens grundforløb (HG)",
              "Erhvervsskolen Østjylland, Aarhus"),
    ])
    heading(document, "Kompetencer")
    for item in (
        "Forklaring af regninger og aftaler om afdragsordninger",
        "Reklamationsbehandling",
        "Fejlsøgning på bredbånd og tv",
        "Oplæring af nye kolleger",
        "Godt overblik i travle perioder",
        "Klar og venlig skriftlig kommunikation",
        "Salesforce, Zendesk, Microsoft Office",
    ):
        bullet(document, item)
    heading(document, "Sprog")
    for item in ("Dansk – modersmål", "Engelsk – flydende i skrift og tale",
                 "Tysk – grundlæggende, kan klare en enkel samtale"):
        document.add_paragraph(item)
    heading(document, "Kurser")
    for item in (
        "2023 Konflikthåndtering og svære samtaler, 2 dage (internt, Skovbakke Energi A/S)",
        "2020 Klart sprog i skriftlig kundekommunikation, e-læring (Havblik Telecom ApS)",
        "2019 Den gode telefonsamtale (internt, Havblik Telecom ApS)",
    ):
        bullet(document, item)
    heading(document, "Fritid")
    document.add_paragraph(
        "Jeg spiller håndbold og er træner for et U11-pigehold i den lokale klub i Viby. Det "
        "har lært mig meget om at få en flok med vidt forskellige behov til at trække i samme "
        "retning. Derudover laver jeg gerne mad til venner og familie og går lange ture med "
        "vores hund.")
    heading(document, "Frivilligt arbejde")
    document.add_paragraph(
        "Siden 2020 frivillig ekspedient hver anden lørdag i en genbrugsbutik i Viby, hvor "
        "overskuddet går til lokale børne- og ungdomsprojekter.")
    heading(document, "Referencer")
    document.add_paragraph("Referencer oplyses gerne.")
    save(document, path, title="CV – Camilla Østergaard", language="da-DK")


# --- Estonian --------------------------------------------------------------------------------

def resume_et(path: Path) -> None:
    """Eesti CV: Kristiina Mägi, klienditeenindus Tallinnas."""
    document = new_document("et-EE", A4_ET)
    name_and_contact(document, "Kristiina Mägi",
                     "Sõpruse pst 187-24, 13424 Tallinn · +372 5561 2847 · "
                     "kristiina.magi@example.com")
    heading(document, "Minust")
    document.add_paragraph(
        "Olen rõõmsameelne ja kannatlik klienditeenindaja ning hea suhtleja. Mul on ligi "
        "kümne aasta kogemus klientide teenindamisel nii kaupluses kui ka telefoni teel. "
        "Viimased seitse aastat olen töötanud kõnekeskuses ja energiaettevõtte klienditoes, "
        "kus suhtlen iga päev klientidega eesti ja vene keeles. Olen hea meeskonnamängija "
        "ning tulen toime ka kiire töötempoga. Pean oluliseks, et klient saaks oma murele "
        "lahenduse juba esimese pöördumisega ega peaks sama asja mitu korda selgitama. "
        "Soovin edasi areneda klienditeeninduse valdkonnas ja võtta rohkem vastutust, "
        "näiteks uute kolleegide juhendamisel.")
    heading(document, "Töökogemus")
    entries_stacked(document, [
        Entry("märts 2021 – praegu", "Klienditeenindaja", "Tuulik Energia AS, Tallinn", [
            "Kõnedele ja e-kirjadele vastamine elektri- ja gaasilepingute, arvete, "
            "mõõtjanäitude ning kolimisega seotud küsimustes, keskmiselt 50 kõnet päevas",
            "Pretensioonide käsitlemine ja arvevaidluste lahendamine koostöös "
            "arveldusosakonnaga, sh maksegraafikute koostamine võlgnevusega klientidele",
            "Klientide nõustamine sobiva hinnapaketi valikul ning lepingutingimuste ja "
            "hinnamuutuste selgitamine",
            "Kliendiandmete uuendamine ja pöördumiste dokumenteerimine "
            "kliendihaldussüsteemis (Microsoft Dynamics 365), et kolleeg saaks vajaduse korral "
            "juhtumiga jätkata",
            "Klientide rahuloluhinnang minu tööle 4,7 palli viiest (meeskonna keskmine 4,4)",
        ]),
        Entry("september 2018 – veebruar 2021", "Klienditeenindaja (kõnekeskus)",
              "Baltikõne OÜ, Tallinn", [
            "Interneti-, tele- ja mobiilsideteenuste klientide sissetulevate kõnede "
            "teenindamine eesti ja vene keeles, päevas kuni 70 kõnet",
            "Klientide päringutele vastamine e-posti ja vestlusakna kaudu, sh arvete ja "
            "lepingute küsimustes",
            "Rikete esmane diagnoosimine telefoni teel ja tehniku väljakutsete "
            "registreerimine",
            "Uute kolleegide juhendamine esimestel töönädalatel ja juhendmaterjalide "
            "täiendamine",
            "Kvartali parim klienditeenindaja 2019. aasta IV kvartalis (klientide tagasiside "
            "ja kvaliteedihinnangute põhjal)",
        ]),
        Entry("juuni 2016 – august 2018", "Müüja-klienditeenindaja",
              "Kännu Kodukaubad OÜ, Tallinn", [
            "Klientide teenindamine ja nõustamine kaupluses kodutekstiili, nõude ja "
            "väikeste kodumasinate valikul",
            "Kassatöö ning kauba tagastuste ja vahetuste vormistamine",
            "Eritellimuste vormistamine ja klientide teavitamine kauba saabumisest",
            "Kauba vastuvõtmine ja väljapaneku korrastamine",
            "Kauplusejuhataja asendamine tema puhkuse ajal 2017. ja 2018. aasta suvel, sh "
            "kassaaruannete ja töögraafikute koostamine",
        ]),
        Entry("juuni 2015 – august 2015", "Teenindaja (suvetöö)",
              "Rannakohvik Lainehari OÜ, Tallinn", [
            "Klientide teenindamine letis ja terrassil, kassatöö",
            "Kohviku avamine ja sulgemine koos vahetusevanemaga",
            "Kassa kokkuvõtete tegemine päeva lõpus",
        ]),
    ])
    heading(document, "Haridus")
    entries_stacked(document, [
        Entry("2016 – 2017", "Turunduse eriala (õpingud katkestatud)",
              "Põhja-Eesti Rakenduskõrgkool, Tallinn",
              ["Läbitud esimese kursuse ained, sh turunduse alused ja ärisuhtlus"]),
        Entry("2013 – 2016", "Üldkeskharidus", "Tallinna Männiku Gümnaasium, Tallinn",
              ["Majandusõppe suund, 12. klassis õpilasfirma juhatuse liige; lõpetasin "
               "hõbemedaliga"]),
    ])
    heading(document, "Oskused")
    for item in (
        "Arveldusküsimuste selgitamine ja maksegraafikute koostamine",
        "Pretensioonide käsitlemine",
        "Rikete esmane diagnoosimine",
        "Hea arvutioskus: MS Office, Microsoft Dynamics 365, Zendesk",
        "Kiire ja täpne andmesisestus, pimesi trükkimine",
        "Kohusetundlik, täpne ja abivalmis",
        "Kiire kohanemine uute infosüsteemidega",
        "Klientide nõustamine nii eesti kui ka vene keeles",
        "B-kategooria juhiluba",
    ):
        bullet(document, item)
    heading(document, "Keeled")
    for item in ("eesti keel – emakeel", "vene keel – väga hea kõnes ja kirjas (C1)",
                 "inglise keel – hea (B2), igapäevane suhtlus klientidega",
                 "soome keel – algtase, saan aru lihtsamast kõnest"):
        document.add_paragraph(item)
    heading(document, "Koolitused")
    for item in (
        "2023 „Keeruliste klienditeenindusolukordade lahendamine“ (8 tundi), Tuulik "
        "Energia AS sisekoolitus",
        "2022 Exceli kesktaseme koolitus (16 tundi): valemid, filtrid ja liigendtabelid",
        "2021 Esmaabi koolitus (16 tundi)",
        "2020 „Kliendikeskne suhtlemine telefonis“, Baltikõne OÜ sisekoolitus",
        "2018 Kolmepäevane klienditeeninduse põhikoolitus uutele töötajatele, Baltikõne OÜ",
    ):
        bullet(document, item)
    heading(document, "Huvid")
    document.add_paragraph(
        "Tantsin rahvatantsurühmas ja käin vabal ajal matkamas, kõige rohkem meeldivad mulle "
        "Eesti rabad. 2019. aastal tantsisin oma rühmaga üldtantsupeol. Kaks korda nädalas "
        "käin jooksmas. Loen palju, "
        "peamiselt eesti autorite romaane. Mulle meeldib ka küpsetada ja uusi retsepte proovida.")
    heading(document, "Vabatahtlik töö")
    document.add_paragraph(
        "Alates 2020. aastast käin kord nädalas vabatahtlikuna loomade varjupaigas koeri "
        "jalutamas ja aitan korraldada annetuste kogumise päevi. Olen aidanud korraldada ka "
        "varjupaiga lahtiste uste päeva. Vabatahtlik töö on õpetanud mind rahulikult suhtlema "
        "ka ärevil inimestega.")
    heading(document, "Soovitajad")
    for item in ("Marko Lepp, klienditoe meeskonnajuht, Tuulik Energia AS",
                 "Jelena Ivanova, kõnekeskuse vahetusevanem, Baltikõne OÜ",
                 "Kontaktandmed esitan soovi korral."):
        document.add_paragraph(item)
    save(document, path, title="CV – Kristiina Mägi", language="et-EE")


def main() -> None:
    builders = {"en": resume_en, "de": resume_de, "da": resume_da, "et": resume_et}
    for language, build in builders.items():
        target = SAMPLES / language / "resume.docx"
        build(target)
        print(f"wrote {target.relative_to(SAMPLES.parent.parent)}")


if __name__ == "__main__":
    main()
