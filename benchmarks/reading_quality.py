"""How well documents are read: the figures issue 13 asks for, over tests/fixtures/.

Prints documents read, broken text left (one-word lines, spacing accents, ligatures,
control characters, letter-spaced runs), contact accuracy (name, e-mail and phone against
the expected values below), structure (section kinds, periods, language levels) and posting
facts (title, company, place) where the expected values are written below, unparsed date
ranges, and the median parse time per document
(target <= 0.3 s). With --compare-pdf it also measures the PDF libraries on the PDF
fixtures against pdftotext (poppler-utils, used here only, never at run time).

    python benchmarks/reading_quality.py [--runs 3] [--compare-pdf]
"""

from __future__ import annotations

import argparse
import io
import re
import shutil
import statistics
import subprocess
import sys
import time
import unicodedata
from difflib import SequenceMatcher
from itertools import groupby
from pathlib import Path

from resume_helper.documents import Resume, read_document
from resume_helper.documents.dates import find_date_range

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
SUFFIXES = {".txt", ".md", ".html", ".json", ".docx", ".pdf", ".eml"}
SPACING_ACCENT = re.compile(r"[¨˚´ˆ˜ˇ¸˘˙˝]")
LIGATURE = re.compile(r"[\ufb00-\ufb06]")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
ICON = re.compile("[\ue000-\uf8ff]")  # an icon font's private-use glyph left in the text
# "Kunden- service": a word hyphenated at a line's end and left in two ("Ein- und" is right)
HYPHEN_BREAK = re.compile(r"[^\W\d]- (?!(?:und|oder|bzw|sowie|bis|and|or|to|og|eller|samt|til|"
                          r"ja|või|ning|kuni)\b)[a-zäöüõæøåšž]")
LIST_SECTIONS = {"languages", "skills", "certifications", "interests"}
LETTER_SPACED = re.compile(r"(?<!\S)(?:\w ){3,}\w(?!\S)")
# Who each resume fixture is about and how to reach them (all invented): name, e-mail,
# phone in E.164 form.
CONTACTS = {
    "resume_da.txt": ("Søren Højgaard", "soeren.hoejgaard@example.com", "+4523456789"),
    "resume_da_textbox.docx": ("Søren Højgaard", "soeren.hoejgaard@example.com", "+4523456789"),
    "resume_de.txt": ("Jürgen Weiß", "juergen.weiss@example.com", "+4915123456789"),
    "resume_de_table.docx": ("Jürgen Weiß", "juergen.weiss@example.com", "+4915123456789"),
    "resume_de_table.pdf": ("Jürgen Weiß", "juergen.weiss@example.com", "+4915123456789"),
    "resume_en.docx": ("Dana Morales", "dana.morales@example.com", "+15035550142"),
    "resume_en.pdf": ("Dana Morales", "dana.morales@example.com", "+15035550142"),
    "resume_da_textbox.pdf": ("Søren Højgaard", "soeren.hoejgaard@example.com", "+4523456789"),
    "resume_et.docx": ("Mari Tamm", "mari.tamm@example.com", "+37251234567"),
    "resume_et.pdf": ("Mari Tamm", "mari.tamm@example.com", "+37251234567"),
    "resume_de_gdocs.pdf": ("Katrin Vogelsang", "katrin.vogelsang@example.de", "+493412345678"),
    "resume_et_gdocs.pdf": ("Kertu Saarmets", "kertu.saarmets@example.com", "+37251234567"),
    "resume_de_latex.pdf": ("Jörg Müller-Lüdenscheid", "joerg.mueller@example.org",
                            "+493012345678"),
    "resume_da_latex.pdf": ("Åse Lindholm Sørensen", "ase.sorensen@example.dk", "+4528456190"),
    "resume_de_labels.txt": ("Theresa Pichler", "theresa.pichler@example.at", "+436641234567"),
    "resume_en_labels.txt": ("Jordan Whitaker", "jordan.whitaker@example.com", "+15035550187"),
    "resume_et_table.md": ("Liisa Kaasik", "liisa.kaasik@example.com", "+37255678901"),
    "resume_en_datecells.docx": ("Morgan Ellison", "morgan.ellison@example.com", "+12535550119"),
    "resume_da_datecells.docx": ("Mikkel Brandt Nielsen", "mikkel.nielsen@example.dk",
                                 "+4531425364"),
    "resume_da_chrome.pdf": ("Freja Lauridsen", "freja.lauridsen@example.dk", "+4561234578"),
    "resume_en_chrome.pdf": ("Riley Carmichael", "riley.carmichael@example.com", "+15125550163"),
    "resume_de_europass.docx": ("Friederike von Arnim-Stetten", "friederike.arnim@example.de",
                                "+491712345678"),
    "resume_de_europass.pdf": ("Friederike von Arnim-Stetten", "friederike.arnim@example.de",
                               "+491712345678"),
    "resume_de_chrome.pdf": ("Nicole Zürcher-Baumann", "nicole.zuercher@example.ch",
                             "+41791234567"),
    "resume_en_awesome.pdf": ("Mary-Kate O'Donnell", "mk.odonnell@example.com", "+16175550148"),
    "resume_da_word.pdf": ("Kasper Bøgh-Andersen", "kasper.bogh@example.dk", "+4531245678"),
    "resume_et_labels.txt": ("Kadri-Ann Põldmaa", "kadri-ann.poldmaa@example.ee", "+37251234567"),
    "resume_et_europass.docx": ("Triin Kask-Lepik", "triin.kask@example.ee", "+37251234567"),
    "resume_et_europass.pdf": ("Triin Kask-Lepik", "triin.kask@example.ee", "+37251234567"),
    "resume_da_moderncv.pdf": ("Anders Kjærgaard Holm", "anders.holm@example.dk", "+4528914563"),
    "resume_da_frontmatter.md": ("Lene Thorsager", "lene.thorsager@example.dk", "+4522334455"),
    "resume_en_gdocs.pdf": ("Jordan Lee", "jordan.lee@example.com", "+15035550199"),
    "resume_en_europass.docx": ("Siobhán Ní Bhriain", "siobhan.nibhriain@example.ie",
                                "+353871234567"),
    "resume_en_europass.pdf": ("Siobhán Ní Bhriain", "siobhan.nibhriain@example.ie",
                               "+353871234567"),
    # round 6: LinkedIn's profile PDF (name after the sidebar, addresses broken in the box)
    "resume_en_linkedin.pdf": ("Taylor Brennan-Hughes", "taylor.brennan@example.com",
                               "+17205550134"),
    "resume_de_linkedin.pdf": ("Annika Brüggemann", "annika.brueggemann@example.de",
                               "+4917623456789"),
    "resume_da_linkedin.pdf": ("Mette Kragh Østergaard", "mette.ostergaard@example.dk",
                               "+4526457812"),
    "resume_et_linkedin.pdf": ("Kärt Lõhmus-Ilves", "kart.lohmus@example.ee", "+37251234567"),
    # round 6: design-tool PDFs (letter-spaced name in capitals, icons before the contacts)
    "resume_de_canva.pdf": ("LENA HOFFMANN", "lena.hoffmann@example.de", "+491702345678"),
    "resume_da_canva.pdf": ("SOFIE BACH", "sofie.bach@example.dk", "+4522334455"),
    "resume_et_canva.pdf": ("KERLI TAMM", "kerli.tamm@example.ee", "+37255123456"),
    "resume_en_canva.pdf": ("JESSICA PARK", "jessica.park@example.com", "+15035550171"),
    # round 6: LaTeX with hyphenation and ligatures
    "resume_de_hyphen.pdf": ("Jonas Brückner", "jonas.brueckner@example.de", "+4915123456789"),
    "resume_da_hyphen.pdf": ("Rasmus Højer", "rasmus.hojer@example.dk", "+4528456190"),
    "resume_et_hyphen.pdf": ("Mart Põder", "mart.poder@example.ee", "+37251234567"),
    "resume_en_hyphen.pdf": ("Owen Fitzgerald", "owen.fitzgerald@example.com", "+16175550193"),
    # round 6: plain text in legacy code pages (Windows-1257, Mac Roman, DOS 865, Windows-1252)
    "resume_et_cp1257.txt": ("Kristiina Šmidt-Žukova", "kristiina.smidt@example.ee",
                             "+37252345678"),
    "resume_de_macroman.txt": ("Jürgen Weißenbäcker", "juergen.weissenbaecker@example.de",
                               "+497612345678"),
    "resume_da_cp865.txt": ("Søren Ærbø Kjær", "soeren.kjaer@example.dk", "+4598765432"),
    "resume_en_cp1252.txt": ("Renée O’Sullivan", "renee.osullivan@example.com", "+13125550147"),
}
# Round 6: each job's (title, employer, place) where the older figures do not look.
JOBS = {
    "resume_en_linkedin.pdf": (("Customer Success Manager", "Northwind Cloud",
                                "Denver, Colorado, United States"),
                               ("Account Manager", "Bluestem Software", "Boulder, Colorado")),
    "resume_de_linkedin.pdf": (("Teamleiterin Kundenservice", "Elbstrom AG",
                                "Hamburg, Deutschland"),
                               ("Kundenberaterin", "Nordwerk Energie GmbH", "Lübeck")),
    "resume_da_linkedin.pdf": (("Kundeserviceansvarlig", "Vestkyst Forsyning A/S",
                                "Esbjerg, Danmark"),
                               ("Kundeservicemedarbejder", "Telia Danmark", "Kolding")),
    "resume_et_linkedin.pdf": (("Klienditeeninduse juht", "Saare Energia AS",
                                "Tallinn, Harjumaa, Eesti"),
                               ("Klienditeenindaja", "Elisa Eesti AS", "Tallinn")),
    "resume_de_canva.pdf": (("Kundenberaterin", "Hansa Energie GmbH", "Hamburg"),
                            ("Servicemitarbeiterin", "Nordlicht Telekom AG", "Kiel")),
    "resume_da_canva.pdf": (("Kundeservicemedarbejder", "Aarhus Vand A/S", "Aarhus"),
                            ("Butiksassistent", "Bog & Idé ApS", "Randers")),
    "resume_et_canva.pdf": (("Klienditeenindaja", "Eesti Energia AS", "Tallinn"),
                            ("Müüja-klienditeenindaja", "Rimi Eesti Food AS", "Tallinn")),
    "resume_en_canva.pdf": (("Customer Service Representative", "Cascade Credit Union",
                             "Portland, OR"),
                            ("Sales Associate", "Evergreen Outfitters", "Beaverton, OR")),
}
NOW = "now"
# What the round-4 resumes must read besides contacts: their section kinds in order (runs of
# one kind counted once, "other" left out), every period of jobs and schooling as (start,
# end) with "now" for an open end, and each language's level.
STRUCTURE = {
    "resume_de_europass.docx": (
        ("contact", "experience", "education", "skills", "languages", "skills"),
        (((2021, 3), NOW), ((2017, 9), (2021, 2)), ((2014, 9), (2017, 7))),
        {"de": "native", "en": "B2", "fr": "A2"}),
    "resume_de_europass.pdf": (
        ("contact", "experience", "education", "skills", "languages", "skills"),
        (((2021, 3), NOW), ((2017, 9), (2021, 2)), ((2014, 9), (2017, 7))),
        {"de": "native", "en": "B2", "fr": "A2"}),
    "resume_de_chrome.pdf": (
        ("contact", "languages", "experience", "education"),
        (((2021, None), NOW), ((2017, None), (2021, None)), ((2015, None), (2017, None))),
        {"de": "native", "fr": "B2", "en": "B2"}),
    "resume_en_awesome.pdf": (
        ("contact", "summary", "experience", "education", "skills", "languages"),
        (((2020, 9), NOW), ((2016, 6), (2020, 8)), ((2012, None), (2016, None))),
        {"en": "native", "es": "B2"}),
    "resume_da_word.pdf": (
        ("contact", "languages", "skills", "summary", "experience", "education"),
        (((2019, 1), NOW), ((2016, 9), (2018, 12)), ((2013, None), (2016, None))),
        {"da": "native", "en": "C1", "de": "B2"}),
    "resume_en_europass.docx": (
        ("contact", "experience", "education", "skills", "languages", "skills"),
        (((2018, 10), NOW), ((2015, 6), (2018, 9)), ((2012, 9), (2015, 5))),
        {"en": "native", "ga": "native", "fr": "B1", "pl": "A2"}),
    "resume_en_europass.pdf": (
        ("contact", "experience", "education", "skills", "languages", "skills"),
        (((2018, 10), NOW), ((2015, 6), (2018, 9)), ((2012, 9), (2015, 5))),
        {"en": "native", "ga": "native", "fr": "B1", "pl": "A2"}),
    "resume_en_gdocs.pdf": (
        ("contact", "experience", "education", "skills"),
        (((2019, 3), NOW), ((2016, 6), (2019, 2)), ((2014, 9), (2016, 6))), {}),
    "resume_da_frontmatter.md": (
        ("experience", "education", "languages"),
        (((2020, 5), NOW), ((2017, 8), (2020, 4)), ((2014, None), (2017, None))),
        {"da": "native", "en": "C1", "de": "A2"}),
    "resume_da_moderncv.pdf": (
        ("contact", "experience", "education", "languages", "skills"),
        (((2019, None), NOW), ((2015, None), (2019, None)), ((2012, None), (2015, None))),
        {"da": "native", "en": "C1", "de": "A2"}),
    "resume_et_europass.docx": (
        ("contact", "experience", "education", "skills", "languages", "skills"),
        (((2019, 3), NOW), ((2015, 9), (2019, 2)), ((2012, 9), (2015, 6))),
        {"et": "native", "en": "B2", "ru": "B1"}),
    "resume_et_europass.pdf": (
        ("contact", "experience", "education", "skills", "languages", "skills"),
        (((2019, 3), NOW), ((2015, 9), (2019, 2)), ((2012, 9), (2015, 6))),
        {"et": "native", "en": "B2", "ru": "B1"}),
    "resume_et_labels.txt": (
        ("contact", "experience", "education", "languages"),
        (((2020, 9), NOW), ((2017, 3), (2020, 8)), ((2013, None), (2016, None))),
        {"et": "native", "en": "B2", "ru": "B1"}),
    # round 6: LinkedIn's profile PDF; its levels ("Professional Working", "Begrænset
    # arbejdsfærdighed") as the language data reads them
    "resume_en_linkedin.pdf": (
        ("contact", "skills", "languages", "certifications", "summary", "experience",
         "education"),
        (((2020, 3), NOW), ((2016, 6), (2020, 2)), ((2012, None), (2016, None))),
        {"en": "native", "es": "C1"}),
    "resume_de_linkedin.pdf": (
        ("contact", "skills", "languages", "certifications", "summary", "experience",
         "education"),
        (((2020, 4), NOW), ((2015, 8), (2020, 3)), ((2012, None), (2015, None))),
        {"de": "native", "en": "C1", "fr": "A2"}),
    "resume_da_linkedin.pdf": (
        ("contact", "skills", "languages", "certifications", "summary", "experience",
         "education"),
        (((2019, 5), NOW), ((2014, 9), (2019, 4)), ((2012, None), (2014, None))),
        {"da": "native", "en": "C1", "de": "B1"}),
    "resume_et_linkedin.pdf": (
        ("contact", "skills", "languages", "certifications", "summary", "experience",
         "education"),
        (((2019, 2), NOW), ((2015, 9), (2019, 1)), ((2011, None), (2015, None))),
        {"et": "native", "en": "C1", "ru": "B1"}),
    # round 6: design-tool PDFs; levels drawn as dots state none a reader can cite
    "resume_de_canva.pdf": (
        ("contact", "languages", "skills", "summary", "experience", "education"),
        (((2020, 3), NOW), ((2017, 8), (2020, 2)), ((2014, None), (2017, None))),
        {"de": None, "en": None, "es": None}),
    "resume_da_canva.pdf": (
        ("contact", "languages", "skills", "summary", "experience", "education"),
        (((2021, 4), NOW), ((2018, 6), (2021, 3)), ((2015, None), (2018, None))),
        {"da": None, "en": None, "de": None}),
    "resume_et_canva.pdf": (
        ("contact", "languages", "skills", "summary", "experience", "education"),
        (((2021, 5), NOW), ((2019, 9), (2021, 4)), ((2016, None), (2019, None))),
        {"et": None, "en": None, "ru": None}),
    "resume_en_canva.pdf": (
        ("contact", "languages", "skills", "summary", "experience", "education"),
        (((2021, 6), NOW), ((2019, 8), (2021, 5)), ((2017, None), (2019, None))),
        {"en": None, "ko": None, "es": None}),
}
# Files no reader can read, with the clear error each must give instead of a reading
# (round 6: scans whose only text is a scanner app's stamp or the page numbers; a font
# without a character map).
EXPECTED_ERRORS = {"resume_de_scan.pdf": "pdf_no_text_layer",
                   "resume_en_scan.pdf": "pdf_no_text_layer",
                   "resume_da_scan.pdf": "pdf_no_text_layer",
                   "resume_et_unmapped.pdf": "pdf_unmapped_fonts"}
# Round 6: Word sidebar templates with a photo, as DOCX and as the PDF LibreOffice saves; the
# two must read alike (the name set large in the right cell, after the sidebar).
SIDEBAR = {
    "de": (("Miriam Yılmaz-Schäfer", "miriam.yilmaz@example.de", "+4917634567890"),
           (((2021, 2), NOW), ((2018, 9), (2021, 1)), ((2015, None), (2018, None))),
           {"de": "native", "tr": "native", "en": "B2"},
           (("Kundenservice-Mitarbeiterin", "Rheinland Versicherung AG", "Köln"),
            ("Verkäuferin", "Drogerie Sonnenschein GmbH", "Köln"))),
    "da": (("Camilla Østergaard Juhl", "camilla.juhl@example.dk", "+4531425364"),
           (((2021, 3), NOW), ((2018, 8), (2021, 2)), ((2015, None), (2018, None))),
           {"da": "native", "en": "C1", "de": "B2"},
           (("Kundeservicemedarbejder", "Fyns Energi A/S", "Odense"),
            ("Salgsassistent", "Elgiganten Odense ApS", None))),
    "et": (("Grete Kõiv-Laanemets", "grete.koiv@example.ee", "+37253456789"),
           (((2021, 3), NOW), ((2018, 9), (2021, 2)), ((2015, None), (2018, None))),
           {"et": "native", "en": "B2", "ru": "B1"},
           (("Klienditeenindaja", "Tartu Veevärk AS", "Tartu"),
            ("Müüja", "Apollo Raamatud OÜ", "Tartu"))),
    "en": (("Aaliyah Thompson", "aaliyah.thompson@example.com", "+16145550128"),
           (((2021, 3), NOW), ((2018, 8), (2021, 2)), ((2016, None), (2018, None))),
           {"en": "native", "es": "B1"},
           (("Customer Service Representative", "Buckeye Mutual Insurance", "Columbus, OH"),
            ("Sales Associate", "Target", "Columbus, OH"))),
}
for _lang, (_contact, _periods, _levels, _jobs) in SIDEBAR.items():
    for _suffix in ("docx", "pdf"):
        CONTACTS[f"resume_{_lang}_sidebar.{_suffix}"] = _contact
        STRUCTURE[f"resume_{_lang}_sidebar.{_suffix}"] = (
            ("contact", "skills", "languages", "summary", "experience", "education"),
            _periods, _levels)
        JOBS[f"resume_{_lang}_sidebar.{_suffix}"] = _jobs
# The posting fixtures' title, company and place as a reader names them.
POSTING_FACTS = {
    "posting_de_labels.txt": ("Sachbearbeiter Kundenservice (m/w/d)",
                              "Alstertal Versicherungsdienst GmbH", "22391 Hamburg"),
    "posting_da_labels.md": ("Kundeservicemedarbejder til energirådgivning", "Fjordvarme A/S",
                             "Kolding"),
    "posting_et_labels.txt": ("Klienditeenindaja (infoliin)", "Peipsi Energia OÜ", "Tartu"),
    "posting_en_cookie.html": ("Customer Care Representative", "Lakeview Mutual Insurance",
                               "Madison"),
    # round 6: ads saved from job boards (menus, "similar jobs", JSON-LD or the page title)
    "posting_de_board.html": ("Sachbearbeiter Kundenservice (m/w/d)", "Weserstrom GmbH",
                              "Bremen"),
    "posting_da_board.html": ("Kundeservicemedarbejder til vores kundecenter", "Fynsk Vand A/S",
                              "Odense"),
    "posting_et_board.html": ("Klienditeenindaja", "Emajõe Energia OÜ", "Tartu"),
    "posting_en_board.html": ("Customer Service Representative", "Prairie State Utilities",
                              "Springfield, IL"),
    # round 6: the same board pages printed to PDF (cookie notice and menu above the ad)
    "posting_de_board_print.pdf": ("Sachbearbeiter Kundenservice (m/w/d)", "Weserstrom GmbH",
                                   "Bremen"),
    "posting_da_board_print.pdf": ("Kundeservicemedarbejder til vores kundecenter",
                                   "Fynsk Vand A/S", "Odense"),
    "posting_et_board_print.pdf": ("Klienditeenindaja", "Emajõe Energia OÜ", "Tartu"),
    "posting_en_board_print.pdf": ("Customer Service Representative", "Prairie State Utilities",
                                   "Springfield, IL"),
    # round 6: ads that came by e-mail (a saved message, a quoting reply, a forward in UTF-16,
    # a quoted-printable body pasted)
    "posting_de_jobagent.eml": ("Sachbearbeiterin Kundenservice (m/w/d)", "Weserstrom GmbH",
                                "Bremen"),
    "posting_da_reply.txt": ("Kundeservicemedarbejder til vores kundecenter", "Fynsk Vand A/S",
                             "Odense"),
    "posting_et_forward.txt": ("Klienditeenindaja", "Emajõe Energia OÜ", "Tartu"),
    "posting_en_qp.txt": ("Customer Service Representative", "Prairie State Utilities",
                          "Springfield, IL"),
}


def broken(document) -> dict[str, int]:
    """Counts of text a reader would see as broken, per kind."""
    headings = {s.heading for s in document.sections}
    counts = {"one-word lines": 0, "spacing accents": 0, "ligatures": 0,
              "control characters": 0, "letter-spaced runs": 0, "icon glyphs": 0,
              "hyphen breaks": 0}
    paragraphs = document.paragraphs
    # A Word table's cell holding one word ("B2" in a CEFR grid) is the document's own
    # text, not text a reader broke apart; so is a list written one item a line (a designed
    # CV's sidebar: "Dansk", "Engelsk", "Zendesk").
    one_word = [p for p in paragraphs if len(p.text.split()) == 1 and p.text not in headings
                and "@" not in p.text and not p.list_item and not find_date_range(p.text)
                and not (p.source == "table" and document.file_format == "docx")
                and p.section not in LIST_SECTIONS]
    # A resume has some one-word lines (skills, a town); a file read run by run has mostly.
    if len(one_word) > 0.25 * len(paragraphs):
        counts["one-word lines"] = len(one_word)
    for paragraph in paragraphs:
        counts["spacing accents"] += len(SPACING_ACCENT.findall(paragraph.text))
        counts["ligatures"] += len(LIGATURE.findall(paragraph.text))
        counts["control characters"] += len(CONTROL.findall(paragraph.text))
        counts["letter-spaced runs"] += len(LETTER_SPACED.findall(paragraph.text))
        counts["icon glyphs"] += len(ICON.findall(paragraph.text))
        counts["hyphen breaks"] += len(HYPHEN_BREAK.findall(paragraph.text))
    return counts


def _expected_error(path: Path) -> int:
    """1 when reading ``path`` gives its expected error, else 0 (printed)."""
    from resume_helper.errors import ResumeHelperError

    try:
        read_document(path)
    except ResumeHelperError as exc:
        if getattr(exc, "key", None) == EXPECTED_ERRORS[path.name]:
            return 1
        print(f"  {path.name}: expected {EXPECTED_ERRORS[path.name]}, got {exc}")
        return 0
    print(f"  {path.name}: expected {EXPECTED_ERRORS[path.name]}, read as a document")
    return 0


def unparsed_dates(document) -> int:
    """Periods in jobs and schooling that stay unparsed, and periods read as headings."""
    count = sum(1 for s in document.sections if s.heading and find_date_range(s.heading))
    if isinstance(document, Resume):
        for entry in (*document.experience, *document.education):
            if entry.dates is not None and not entry.dates.parsed:
                count += 1
    return count


def structure(document) -> tuple[tuple[str, ...], tuple, dict[str, str | None]]:
    """A resume's section kinds (runs counted once, "other" left out), periods and levels."""
    kinds = tuple(kind for kind, _ in groupby(s.kind for s in document.sections
                                              if s.kind != "other"))
    periods = tuple((e.dates.start, NOW if e.dates.present else e.dates.end)
                    for e in (*document.experience, *document.education) if e.dates)
    levels = {x.code: x.level for x in document.languages if x.code}
    return kinds, periods, levels


def posting_facts(document) -> tuple[str | None, str | None, str | None]:
    return document.title, document.company, document.location


def matches(name: str, wants: tuple, gots: tuple, *, labels: tuple[str, ...] = ()) -> int:
    """How many of ``gots`` equal ``wants``, position by position; each miss is printed."""
    right = 0
    for number, (want, got) in enumerate(zip(wants, gots, strict=True)):
        if want == got:
            right += 1
        else:
            label = labels[number] if labels else ""
            print(f"  {name}: {label}expected {want!r}, read {got!r}")
    return right


def reading(runs: int) -> None:
    files = sorted(p for p in FIXTURES.iterdir() if p.suffix in SUFFIXES)
    times: list[float] = []
    totals: dict[str, int] = {}
    failed: list[str] = []
    contact_right = contact_total = dates_left = 0
    structure_right = structure_total = facts_right = facts_total = errors_right = 0
    jobs_right = jobs_total = 0
    for path in files:
        if path.name in EXPECTED_ERRORS:
            errors_right += _expected_error(path)
            continue
        spent = []
        try:
            for _ in range(runs):
                start = time.perf_counter()
                document = read_document(path)
                spent.append(time.perf_counter() - start)
        except Exception as exc:  # noqa: BLE001 - a benchmark counts failures, it does not stop
            failed.append(f"{path.name}: {exc}")
            continue
        times.append(statistics.median(spent))
        for kind, number in broken(document).items():
            totals[kind] = totals.get(kind, 0) + number
            if number:
                print(f"  {path.name}: {number} {kind}")
        dates_left += unparsed_dates(document)
        if path.name in CONTACTS:
            contact = document.contact
            found = (contact.name, contact.email, contact.phone.e164 if contact.phone else None)
            contact_total += len(found)
            contact_right += matches(path.name, CONTACTS[path.name], found)
        if path.name in STRUCTURE:
            structure_total += len(STRUCTURE[path.name])
            structure_right += matches(path.name, STRUCTURE[path.name], structure(document),
                                       labels=("sections ", "periods ", "languages "))
        if path.name in JOBS:
            jobs_total += len(JOBS[path.name])
            found_jobs = tuple((j.title, j.employer, j.location) for j in document.experience)
            found_jobs = (found_jobs + ((None, None, None),) * len(JOBS[path.name]))[
                :len(JOBS[path.name])]
            jobs_right += matches(path.name, JOBS[path.name], found_jobs)
        if path.name in POSTING_FACTS:
            facts_total += len(POSTING_FACTS[path.name])
            facts_right += matches(path.name, POSTING_FACTS[path.name], posting_facts(document))
    print(f"documents read        {len(times)}/{len(files) - len(EXPECTED_ERRORS)}")
    print(f"clear errors right    {errors_right}/{len(EXPECTED_ERRORS)} (unreadable files "
          f"refused with the right message)")
    for message in failed:
        print(f"  failed: {message}")
    print(f"broken text left      {sum(totals.values())} "
          f"({', '.join(f'{k} {v}' for k, v in totals.items())})")
    print(f"contact accuracy      {contact_right}/{contact_total} = "
          f"{contact_right / max(contact_total, 1):.0%} (name, e-mail, phone of "
          f"{len(CONTACTS)} resumes)")
    print(f"structure right       {structure_right}/{structure_total} (section kinds, periods "
          f"and language levels of {len(STRUCTURE)} resumes)")
    print(f"jobs right            {jobs_right}/{jobs_total} (title, employer, place of the "
          f"jobs of {len(JOBS)} resumes)")
    print(f"posting facts right   {facts_right}/{facts_total} (title, company, place of "
          f"{len(POSTING_FACTS)} postings)")
    print(f"unparsed date ranges  {dates_left}")
    print(f"median parse time     {statistics.median(times):.3f} s per document "
          f"(slowest {max(times):.3f} s; target <= 0.3 s)")


def _lines(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _words(text: str) -> list[str]:
    """Words as a reader compares them: composed accents, no punctuation, lower case."""
    text = unicodedata.normalize("NFKC", text).lower()
    return re.findall(r"[^\W_]+", text)


def _pypdf(data: bytes, mode: str) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text(extraction_mode=mode) or "" for page in reader.pages)


def _pdfminer(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


def _pdfplumber(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def _ours(data: bytes) -> str:
    return read_document(data).text


def compare_pdf(runs: int) -> None:
    """Line recall against pdftotext and speed, per library, on the PDF fixtures."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        print("pdftotext not found (apt-get install poppler-utils); PDF comparison skipped")
        return
    readers = {"pypdf plain": lambda d: _pypdf(d, "plain"),
               "pypdf layout": lambda d: _pypdf(d, "layout"),
               "pdfminer.six": _pdfminer, "ours (pdfminer chars + layout)": _ours}
    try:
        import pdfplumber  # noqa: F401
        readers["pdfplumber"] = _pdfplumber
    except ImportError:
        pass
    pdfs = sorted(p for p in FIXTURES.glob("*.pdf") if p.name not in EXPECTED_ERRORS)
    print(f"\nPDF readers on {len(pdfs)} PDFs: words in pdftotext's order (similarity of the "
          f"word sequences), share of one-word lines, broken text left (spacing accents, "
          f"ligatures, control characters, letter-spaced runs), median time per file")
    for label, read in readers.items():
        recalls, one_words, times, broken_left = [], [], [], []
        for path in pdfs:
            data = path.read_bytes()
            reference = _words(subprocess.run([pdftotext, str(path), "-"], capture_output=True,
                                              text=True, check=True).stdout)
            spent = []
            for _ in range(runs):
                start = time.perf_counter()
                text = read(data)
                spent.append(time.perf_counter() - start)
            times.append(statistics.median(spent))
            lines = _lines(text)
            recalls.append(SequenceMatcher(None, reference, _words(text), autojunk=False).ratio())
            broken_left.append(sum(len(pattern.findall(text)) for pattern in (
                SPACING_ACCENT, LIGATURE, CONTROL, LETTER_SPACED, ICON, HYPHEN_BREAK)))
            one_words.append(sum(1 for line in lines if len(line.split()) == 1)
                             / max(len(lines), 1))
        print(f"  {label:32} words {statistics.mean(recalls):.0%}  one-word lines "
              f"{statistics.mean(one_words):.0%}  broken {sum(broken_left):3}  "
              f"{statistics.median(times) * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed reads per document")
    parser.add_argument("--compare-pdf", action="store_true",
                        help="also measure pypdf, pdfminer.six and pdfplumber against pdftotext")
    args = parser.parse_args()
    reading(args.runs)
    if args.compare_pdf:
        compare_pdf(args.runs)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
