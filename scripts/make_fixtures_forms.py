"""Round 6 reading fixtures: document makes that the older fixtures do not cover.

LinkedIn's "Save to PDF" profile, design-tool (Canva-style) PDFs, image-only (scanned) PDFs,
postings saved as HTML from job boards, postings pasted from e-mail, and text in legacy
encodings, each in en/de/da/et. Every name, employer, address and number is invented.

    python scripts/make_fixtures_forms.py            # all
    python scripts/make_fixtures_forms.py resume_de_linkedin.pdf   # one file
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_fixtures import FIXTURES, SANS, SANS_BOLD, _fonts  # noqa: E402

LETTER_W, LETTER_H = 612.0, 792.0
SYMBOLS = ("OpenSymbol", "/usr/share/fonts/truetype/libreoffice/opens___.ttf")

# --- LinkedIn "Save to PDF" ------------------------------------------------------------------
# LinkedIn's profile PDF (More → Save to PDF): US Letter, a grey sidebar on the left with
# "Contact", "Top Skills", "Languages" and "Certifications", the main column with the name,
# headline and place, then "Summary", "Experience" (company, title, "January 2019 - Present
# (5 years 11 months)", place, description) and "Education" ("Degree, Field · (2012 - 2015)").
# The profile address wraps in the narrow sidebar ("www.linkedin.com/in/name-" / "1a2b3c
# (LinkedIn)"), the phone carries "(Mobile)", and every page ends with "Page 1 of 2". The
# interface language sets the labels; LinkedIn offers no Estonian interface, so an Estonian
# profile has English labels around Estonian text.
# Modelled on the LinkedIn PDF profile described at
# https://www.smprotips.com/what-is-the-difference-between-application-view-and-resume-downloaded-on-linkedin/
# and the profile sections listed at https://www.jobscan.co/linkedin-profile-writing-guide

LINKEDIN = {
    "resume_en_linkedin.pdf": dict(
        labels=("Contact", "Top Skills", "Languages", "Certifications", "Summary",
                "Experience", "Education", "Page {n} of {total}"),
        name="Taylor Brennan-Hughes", headline="Customer Success Manager at Northwind Cloud",
        place="Denver, Colorado, United States",
        contact=("(720) 555-0134 (Mobile)", "taylor.brennan@example.com",
                 "www.linkedin.com/in/taylor-brennan-hughes-4b7c21 (LinkedIn)"),
        skills=("Customer Retention", "Salesforce.com", "Onboarding"),
        languages=("English (Native or Bilingual)", "Spanish (Professional Working)"),
        certs=("Certified Customer Success Manager",),
        summary=("Customer success manager with eight years in B2B software. I look after "
                 "a book of 60 mid-market accounts, run onboarding and quarterly business "
                 "reviews, and work closely with sales and support to keep renewals above "
                 "target."),
        jobs=(("Northwind Cloud", "Customer Success Manager",
               "March 2020 - Present (4 years 10 months)", "Denver, Colorado, United States",
               ("Own renewals and expansion for 60 mid-market accounts.",
                "Built the onboarding playbook used by the whole team.")),
              ("Bluestem Software", "Account Manager",
               "June 2016 - February 2020 (3 years 9 months)", "Boulder, Colorado",
               ("Handled 120 small-business accounts by phone and e-mail.",))),
        school=(("University of Colorado Boulder",
                 "Bachelor of Arts - BA, Communication · (2012 - 2016)"),),
        levels={"en": "native", "es": "C1"},
        periods=(((2020, 3), "now"), ((2016, 6), (2020, 2)), ((2012, None), (2016, None))),
        phone="+17205550134", email="taylor.brennan@example.com"),
    "resume_de_linkedin.pdf": dict(
        labels=("Kontakt", "Top-Kenntnisse", "Sprachen", "Zertifikate", "Zusammenfassung",
                "Berufserfahrung", "Ausbildung", "Seite {n} von {total}"),
        name="Annika Brüggemann", headline="Teamleiterin Kundenservice bei Elbstrom AG",
        place="Hamburg, Deutschland",
        contact=("0176 23456789 (Mobil)", "annika.brueggemann@example.de",
                 "www.linkedin.com/in/annika-brueggemann-7f3a91 (LinkedIn)"),
        skills=("Kundenbetreuung", "SAP CRM", "Teamführung"),
        languages=("Deutsch (Muttersprache oder zweisprachig)", "Englisch (Verhandlungssicher)",
                   "Französisch (Grundkenntnisse)"),
        certs=("Ausbildereignungsprüfung (AEVO)",),
        summary=("Seit neun Jahren im Kundenservice von Energieversorgern, davon vier Jahre "
                 "als Teamleiterin. Ich führe ein Team von zwölf Mitarbeitenden, verantworte "
                 "Schichtplanung und Qualitätssicherung und arbeite eng mit dem "
                 "Forderungsmanagement zusammen."),
        jobs=(("Elbstrom AG", "Teamleiterin Kundenservice",
               "April 2020 - Heute (4 Jahre 9 Monate)", "Hamburg, Deutschland",
               ("Führung von zwölf Mitarbeitenden im telefonischen Kundenservice.",
                "Einführung eines Qualitätsmonitorings für Telefonate und E-Mails.")),
              ("Nordwerk Energie GmbH", "Kundenberaterin",
               "August 2015 - März 2020 (4 Jahre 8 Monate)", "Lübeck",
               ("Beratung zu Tarifen, Abschlägen und Umzügen.",))),
        school=(("Berufsschule Hamburg-Harburg",
                 "Kauffrau für Büromanagement, Ausbildung · (2012 - 2015)"),),
        levels={"de": "native", "en": "C1", "fr": "A2"},
        periods=(((2020, 4), "now"), ((2015, 8), (2020, 3)), ((2012, None), (2015, None))),
        phone="+4917623456789", email="annika.brueggemann@example.de"),
    "resume_da_linkedin.pdf": dict(
        labels=("Kontakt", "Topkompetencer", "Sprog", "Certificeringer", "Resumé", "Erfaring",
                "Uddannelse", "Side {n} af {total}"),
        name="Mette Kragh Østergaard", headline="Kundeserviceansvarlig hos Vestkyst Forsyning",
        place="Esbjerg, Syddanmark, Danmark",
        contact=("26 45 78 12 (Mobil)", "mette.ostergaard@example.dk",
                 "www.linkedin.com/in/mette-kragh-ostergaard-2c9d44 (LinkedIn)"),
        skills=("Kundeservice", "Navision", "Klagesagsbehandling"),
        languages=("Dansk (Modersmål eller tosproget)",
                   "Engelsk (Fuld professionel færdighed)", "Tysk (Begrænset arbejdsfærdighed)"),
        certs=("Projektledelse PRINCE2 Foundation",),
        summary=("Kundeserviceansvarlig med ti års erfaring fra forsyning og telekom. Jeg "
                 "leder et team på otte medarbejdere, holder styr på vagtplaner og "
                 "servicemål og tager selv de svære klagesager."),
        jobs=(("Vestkyst Forsyning A/S", "Kundeserviceansvarlig",
               "maj 2019 - nu (5 år 8 måneder)", "Esbjerg, Danmark",
               ("Ledelse af otte medarbejdere i kundeservice.",
                "Opfølgning på servicemål og klager.")),
              ("Telia Danmark", "Kundeservicemedarbejder",
               "september 2014 - april 2019 (4 år 8 måneder)", "Kolding",
               ("Besvarelse af opkald og mails om abonnementer og regninger.",))),
        school=(("Erhvervsakademi SydVest",
                 "Serviceøkonom, Service, turisme og hotel · (2012 - 2014)"),),
        levels={"da": "native", "en": "C1", "de": "B1"},
        periods=(((2019, 5), "now"), ((2014, 9), (2019, 4)), ((2012, None), (2014, None))),
        phone="+4526457812", email="mette.ostergaard@example.dk"),
    "resume_et_linkedin.pdf": dict(
        labels=("Contact", "Top Skills", "Languages", "Certifications", "Summary",
                "Experience", "Education", "Page {n} of {total}"),
        name="Kärt Lõhmus-Ilves", headline="Klienditeeninduse juht ettevõttes Saare Energia",
        place="Tallinn, Harjumaa, Eesti",
        contact=("+372 5123 4567 (Mobile)", "kart.lohmus@example.ee",
                 "www.linkedin.com/in/kart-lohmus-ilves-5e21b8 (LinkedIn)"),
        skills=("Klienditeenindus", "Meeskonna juhtimine", "Microsoft Dynamics"),
        languages=("Eesti (Native or Bilingual)", "English (Full Professional)",
                   "Russian (Limited Working)"),
        certs=("ITIL 4 Foundation",),
        summary=("Olen klienditeeninduse juht, kellel on üheksa aastat kogemust energeetika "
                 "ja telekommunikatsiooni valdkonnas. Juhin kümneliikmelist meeskonda ning "
                 "vastutan teeninduskvaliteedi ja vahetuste planeerimise eest."),
        jobs=(("Saare Energia AS", "Klienditeeninduse juht",
               "February 2019 - Present (5 years 11 months)", "Tallinn, Harjumaa, Eesti",
               ("Kümneliikmelise meeskonna juhtimine ja koolitamine.",
                "Teeninduskvaliteedi mõõtmine ja parendamine.")),
              ("Elisa Eesti AS", "Klienditeenindaja",
               "September 2015 - January 2019 (3 years 5 months)", "Tallinn",
               ("Klientide nõustamine telefoni ja e-posti teel.",))),
        school=(("Tallinna Tehnikaülikool",
                 "Bakalaureusekraad, Ärikorraldus · (2011 - 2015)"),),
        levels={"et": "native", "en": "C1", "ru": "B1"},
        periods=(((2019, 2), "now"), ((2015, 9), (2019, 1)), ((2011, None), (2015, None))),
        phone="+37251234567", email="kart.lohmus@example.ee"),
}


def linkedin_pdf(path: Path, spec: dict) -> None:
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    _fonts()
    pdf = canvas.Canvas(str(path), pagesize=(LETTER_W, LETTER_H), pageCompression=0,
                        invariant=1)
    pdf.setTitle("Resume")
    pdf.setCreator("LinkedIn")
    contact_h, skills_h, langs_h, certs_h, summary_h, exp_h, edu_h, footer = spec["labels"]
    pages: list[list[tuple]] = [[]]  # each op: (x, y, text, size, bold, grey)

    def put(x, y, text, size=10.5, bold=False, grey=False):
        pages[-1].append((x, y, text, size, bold, grey))

    # sidebar
    y = 740.0
    for heading, items in ((contact_h, spec["contact"]), (skills_h, spec["skills"]),
                           (langs_h, spec["languages"]), (certs_h, spec["certs"])):
        put(36, y, heading, 13, True)
        y -= 20
        for item in items:
            for part in _wrap(item, 10.5, 150):
                put(36, y, part, 10.5)
                y -= 15
        y -= 14
    # main column
    x = 216.0
    y = 740.0
    put(x, y, spec["name"], 26)
    y -= 24
    put(x, y, spec["headline"], 12)
    y -= 16
    put(x, y, spec["place"], 11, grey=True)
    y -= 34

    def main_lines(lines, size=10.5, bold=False, grey=False, gap=14.0):
        nonlocal y
        for line in lines:
            if y < 70:
                pages.append([])
                y = 740.0
            put(x, y, line, size, bold, grey)
            y -= gap

    main_lines([summary_h], 15.75, gap=22)
    main_lines(simpleSplit(spec["summary"], SANS[0], 10.5, LETTER_W - x - 40))
    y -= 18
    main_lines([exp_h], 15.75, gap=22)
    for company, title, dates, place, bullets in spec["jobs"]:
        main_lines([company], 12, gap=15)
        main_lines([title], 11.5, gap=14)
        main_lines([dates, place], 10.5, grey=True)
        for bullet in bullets:
            main_lines(simpleSplit(bullet, SANS[0], 10.5, LETTER_W - x - 40))
        y -= 12
    # LinkedIn starts education on a new page when little room is left
    pages.append([])
    y = 740.0
    main_lines([edu_h], 15.75, gap=22)
    for school, degree in spec["school"]:
        main_lines([school], 12, gap=15)
        main_lines([degree], 10.5, grey=True)
    total = len(pages)
    for number, ops in enumerate(pages, start=1):
        if number == 1:
            pdf.setFillColorRGB(0.95, 0.95, 0.95)
            pdf.rect(0, 0, 200, LETTER_H, stroke=0, fill=1)
        for px, py, text, size, bold, grey in ops:
            pdf.setFillColorRGB(*((0.45, 0.45, 0.45) if grey else (0.1, 0.1, 0.1)))
            pdf.setFont(SANS_BOLD[0] if bold else SANS[0], size)
            pdf.drawString(px, py, text)
        pdf.setFillColorRGB(0.55, 0.55, 0.55)
        pdf.setFont(SANS[0], 9)
        pdf.drawCentredString(LETTER_W / 2 + 100, 30, footer.format(n=number, total=total))
        pdf.showPage()
    pdf.save()


def _wrap(text: str, size: float, width: float) -> list[str]:
    """Lines as a narrow box breaks them: at spaces, and inside a word too long for a line
    (a profile address), where the box runs out."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for line in simpleSplit(text, SANS[0], size, width):
        while stringWidth(line, SANS[0], size) > width:
            cut = max(i for i in range(1, len(line) + 1)
                      if stringWidth(line[:i], SANS[0], size) <= width)
            lines.append(line[:cut])
            line = line[cut:]
        lines.append(line)
    return lines


BUILDERS = {name: (lambda path, spec=spec: linkedin_pdf(path, spec))
            for name, spec in LINKEDIN.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only these files (default: all)")
    args = parser.parse_args()
    for name, build in BUILDERS.items():
        if args.names and name not in args.names:
            continue
        build(FIXTURES / name)
        print(f"wrote {name}")


if __name__ == "__main__":
    main()
