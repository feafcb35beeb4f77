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

from make_fixtures import (  # noqa: E402
    FIXTURES,
    SANS,
    SANS_BOLD,
    SERIF,
    Page,
    _fonts,
    _shade,
    print_to_pdf,
    to_pdf,
)
from make_fixtures import bullet as list_bullet  # noqa: E402

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
                 "Bachelor of Arts - BA, Communication · (2012 - 2016)"),)),
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
                 "Kauffrau für Büromanagement, Ausbildung · (2012 - 2015)"),)),
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
                 "Serviceøkonom, Service, turisme og hotel · (2012 - 2014)"),)),
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
                 "Bakalaureusekraad, Ärikorraldus · (2011 - 2015)"),)),
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


# --- Design-tool (Canva-style) PDFs ------------------------------------------------------------
# A template from an online design tool, exported as PDF: every glyph placed on its own, the
# name and the headings letter-spaced wide ("E R F A H R U N G"), a coloured sidebar with
# contact lines behind icons drawn from a symbol font (private-use code points), language
# levels as rows of dots and skills as bars, and the period of a job on its own line under
# the employer. Modelled on the Canva CVs described at
# https://sulat.com/p/your-beautiful-resume-is-being-rejected and
# https://www.candidate.so/glossary/resume-template ("multi-column, icon-heavy, with skill
# rating bars"), and Estonian advice to use canva.com at
# https://arileht.delfi.ee/artikkel/120029528/napunaiteid-kaasaegse-cv-koostamiseks-linkedini-profiil-kui-tanapaeva-cv-ja-voimaluste-voti

CANVA = {
    "resume_de_canva.pdf": dict(
        name="LENA HOFFMANN", role="KUNDENBERATERIN",
        heads=("KONTAKT", "SPRACHEN", "KENNTNISSE", "PROFIL", "BERUFSERFAHRUNG", "AUSBILDUNG"),
        contact=("+49 170 2345678", "lena.hoffmann@example.de",
                 "Eppendorfer Weg 12, 20259 Hamburg"),
        languages=(("Deutsch", 5), ("Englisch", 4), ("Spanisch", 2)),
        skills=("SAP CRM", "MS Office", "Beschwerdemanagement"),
        profile=("Freundliche und belastbare Kundenberaterin mit sechs Jahren Erfahrung im "
                 "telefonischen Kundenservice eines Energieversorgers."),
        jobs=(("Kundenberaterin", "Hansa Energie GmbH | Hamburg", "03/2020 – heute",
               ("Beratung von Privatkunden zu Tarifen und Rechnungen",
                "Bearbeitung von Beschwerden per Telefon und E-Mail")),
              ("Servicemitarbeiterin", "Nordlicht Telekom AG | Kiel", "08/2017 – 02/2020",
               ("Annahme von Störungsmeldungen",))),
        school=(("Kauffrau für Büromanagement", "Handelsschule Hamburg", "2014 – 2017"),),),
    "resume_da_canva.pdf": dict(
        name="SOFIE BACH", role="KUNDESERVICEMEDARBEJDER",
        heads=("KONTAKT", "SPROG", "KOMPETENCER", "PROFIL", "ERHVERVSERFARING", "UDDANNELSE"),
        contact=("+45 22 33 44 55", "sofie.bach@example.dk", "Nørregade 4, 8000 Aarhus C"),
        languages=(("Dansk", 5), ("Engelsk", 4), ("Tysk", 2)),
        skills=("Zendesk", "Navision", "Klagehåndtering"),
        profile=("Positiv og struktureret kundeservicemedarbejder med fem års erfaring fra "
                 "telefon, mail og chat."),
        jobs=(("Kundeservicemedarbejder", "Aarhus Vand A/S | Aarhus", "04/2021 – nu",
               ("Besvarelse af opkald om regninger og flytning",
                "Registrering af henvendelser i Navision")),
              ("Butiksassistent", "Bog & Idé ApS | Randers", "06/2018 – 03/2021",
               ("Kundebetjening og kasse",))),
        school=(("Kontoruddannelse (EUD)", "Aarhus Business College", "2015 – 2018"),),),
    "resume_et_canva.pdf": dict(
        name="KERLI TAMM", role="KLIENDITEENINDAJA",
        heads=("KONTAKT", "KEELED", "OSKUSED", "PROFIIL", "TÖÖKOGEMUS", "HARIDUS"),
        contact=("+372 5512 3456", "kerli.tamm@example.ee", "Tartu mnt 24, Tallinn"),
        languages=(("Eesti keel", 5), ("Inglise keel", 4), ("Vene keel", 3)),
        skills=("Microsoft Dynamics", "MS Office", "Kaebuste lahendamine"),
        profile=("Sõbralik ja kohusetundlik klienditeenindaja, kellel on neli aastat kogemust "
                 "telefoni ja e-posti teel teenindamisel."),
        jobs=(("Klienditeenindaja", "Eesti Energia AS | Tallinn", "05/2021 – praegu",
               ("Klientide nõustamine arvete ja lepingute küsimustes",
                "Kaebuste registreerimine ja lahendamine")),
              ("Müüja-klienditeenindaja", "Rimi Eesti Food AS | Tallinn", "09/2019 – 04/2021",
               ("Klientide teenindamine kassas",))),
        school=(("Ärikorraldus, rakenduskõrgharidus", "Tallinna Majanduskool", "2016 – 2019"),),),
    "resume_en_canva.pdf": dict(
        name="JESSICA PARK", role="CUSTOMER SERVICE REPRESENTATIVE",
        heads=("CONTACT", "LANGUAGES", "SKILLS", "PROFILE", "EXPERIENCE", "EDUCATION"),
        contact=("(503) 555-0171", "jessica.park@example.com", "Portland, OR"),
        languages=(("English", 5), ("Korean", 4), ("Spanish", 2)),
        skills=("Salesforce", "Zendesk", "De-escalation"),
        profile=("Friendly customer service representative with five years of phone, chat "
                 "and e-mail support for a regional bank and a retailer."),
        jobs=(("Customer Service Representative", "Cascade Credit Union | Portland, OR",
               "Jun 2021 – Present",
               ("Answer 70 member calls a day about accounts and cards",
                "Resolve disputes and escalate fraud cases")),
              ("Sales Associate", "Evergreen Outfitters | Beaverton, OR", "Aug 2019 – May 2021",
               ("Helped customers at the register and on the floor",))),
        school=(("Associate of Arts", "Portland Community College", "2017 – 2019"),),),
}
ICONS = ("\ue00a", "\ue00b", "\ue00c")  # phone, envelope, pin: an icon font's private-use codes


def canva_pdf(path: Path, spec: dict) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    _fonts()
    if SYMBOLS[0] not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(*SYMBOLS))
    pdf = canvas.Canvas(str(path), pagesize=(595.0, 842.0), pageCompression=0, invariant=1)
    pdf.setTitle(f"CV {spec['name'].title()}")
    pdf.setCreator("Canva")
    pdf.setProducer("Canva")

    def glyphs(x: float, y: float, text: str, size: float, *, bold: bool = False,
               tracking: float = 0.0, font: str | None = None) -> float:
        face = font or (SANS_BOLD[0] if bold else SANS[0])
        pdf.setFont(face, size)
        for char in text:
            if char != " ":
                pdf.drawString(x, y, char)
            x += stringWidth(char, face, size) + tracking
        return x

    # sidebar: a coloured panel with contact lines behind icons, dots for levels, bars
    pdf.setFillColorRGB(0.16, 0.27, 0.33)
    pdf.rect(0, 0, 200, 842, stroke=0, fill=1)
    pdf.setFillColorRGB(0.85, 0.85, 0.85)
    pdf.circle(100, 760, 48, stroke=0, fill=1)  # the photo's frame
    pdf.setFillColorRGB(1, 1, 1)
    y = 670.0
    kontakt, sprachen, kenntnisse, profil, erfahrung, ausbildung = spec["heads"]
    glyphs(28, y, kontakt, 11, bold=True, tracking=4.0)
    y -= 24
    for icon, line in zip(ICONS, spec["contact"], strict=True):
        glyphs(28, y, icon, 9, font=SYMBOLS[0])
        for part in _wrap(line, 8.5, 140):
            glyphs(44, y, part, 8.5)
            y -= 13
        y -= 4
    y -= 18
    glyphs(28, y, sprachen, 11, bold=True, tracking=4.0)
    y -= 22
    for language, dots in spec["languages"]:
        glyphs(28, y, language, 9)
        for n in range(5):
            pdf.circle(120 + 11 * n, y + 3, 3.5, stroke=1, fill=1 if n < dots else 0)
        y -= 17
    y -= 18
    glyphs(28, y, kenntnisse, 11, bold=True, tracking=4.0)
    y -= 22
    for skill in spec["skills"]:
        glyphs(28, y, skill, 9)
        pdf.rect(28, y - 8, 140, 3, stroke=0, fill=1)
        y -= 24
    # main column
    pdf.setFillColorRGB(0.12, 0.12, 0.12)
    glyphs(225, 780, spec["name"], 26, bold=True, tracking=6.0)
    glyphs(225, 756, spec["role"], 10, tracking=3.0)
    pdf.rect(225, 740, 330, 0.8, stroke=0, fill=1)
    y = 712.0
    glyphs(225, y, profil, 12, bold=True, tracking=4.0)
    y -= 20
    for part in _wrap(spec["profile"], 9.5, 320):
        glyphs(225, y, part, 9.5)
        y -= 13
    y -= 20
    glyphs(225, y, erfahrung, 12, bold=True, tracking=4.0)
    y -= 22
    for title, employer, period, bullets in spec["jobs"]:
        glyphs(225, y, title, 10.5, bold=True)
        y -= 14
        glyphs(225, y, employer, 9.5)
        y -= 13
        glyphs(225, y, period, 9)
        y -= 15
        for bullet in bullets:
            glyphs(230, y, "•", 9)
            glyphs(240, y, bullet, 9)
            y -= 13
        y -= 12
    y -= 8
    glyphs(225, y, ausbildung, 12, bold=True, tracking=4.0)
    y -= 22
    for degree, school, period in spec["school"]:
        glyphs(225, y, degree, 10.5, bold=True)
        y -= 14
        glyphs(225, y, school, 9.5)
        y -= 13
        glyphs(225, y, period, 9)
        y -= 15
    pdf.save()


BUILDERS |= {name: (lambda path, spec=spec: canva_pdf(path, spec)) for name, spec in CANVA.items()}


# --- LaTeX with hyphenation --------------------------------------------------------------------
# A CV typeset by LaTeX (article class, justified text): words hyphenated at line ends
# ("Re-" / "klamationsbearbeitung", "telekommuni-" / "katsiooni"), ligature glyphs (ﬁ, ﬃ)
# and accents drawn over the letter. (A compound's own hyphen at a line end, "E-" / "Mail",
# "Ein-" / "und Verkauf", is tested on lines in tests/documents/test_doc_makes.py.)
# Modelled on the LaTeX CV templates discussed at https://www.overleaf.com/gallery/tagged/cv
# (justified paragraphs are TeX's default) and the moderncv fixtures of round 4.

HYPHENATED = {
    # "|" marks where TeX may hyphenate a word; a word's own hyphen may end a line too
    "resume_de_hyphen.pdf": dict(
        name="Jonas Brückner", contact="jonas.brueckner@example.de · 0151 23456789 · Kassel",
        heads=("Profil", "Berufserfahrung", "Sprachen"),
        profile=("Erfahrener Sachbearbeiter im Kun|den|ser|vice mit Schwer|punkt Re|kla|ma|ti|ons"
                 "|be|ar|bei|tung und der Qua|li|fi|ka|ti|on neuer Kol|le|gen. Ich bearbeite "
                 "Anfragen per E-Mail und Telefon und bin verantwortlich für Ein- und Verkauf "
                 "von Zu|be|hör sowie für die Ab|stim|mung mit der Buch|hal|tung."),
        job="2019–heute  Sachbearbeiter Kundenservice, Fulda Versand GmbH",
        bullets=("Bearbeitung von Rückfragen zu Lie|fe|run|gen, Gut|schrif|ten und Rech|nun|gen "
                 "unserer Ge|schäfts|kun|den",),
        languages=("Deutsch: Muttersprache", "Englisch: verhandlungssicher (C1)")),
    "resume_da_hyphen.pdf": dict(
        name="Rasmus Højer", contact="rasmus.hojer@example.dk · 28 45 61 90 · Odense",
        heads=("Profil", "Erhvervserfaring", "Sprog"),
        profile=("Kun|de|ser|vi|ce|med|ar|bej|der med seks års erfaring fra for|sik|ring og "
                 "te|le|kom. Jeg er god til at finde løs|nin|ger, og jeg bevarer over|blik|ket "
                 "i travle pe|ri|o|der med mange hen|ven|del|ser."),
        job="2019–nu  Kundeservicemedarbejder, Fynbo Forsikring A/S",
        bullets=("Besvarelse af hen|ven|del|ser om ska|der, po|li|ce|æn|drin|ger og reg|nin|ger "
                 "fra pri|va|te kunder",),
        languages=("Dansk: modersmål", "Engelsk: flydende")),
    "resume_et_hyphen.pdf": dict(
        name="Mart Põder", contact="mart.poder@example.ee · +372 5123 4567 · Tartu",
        heads=("Profiil", "Töökogemus", "Keeled"),
        profile=("Ko|hu|se|tund|lik klien|di|tee|nin|da|ja, kellel on kogemus te|le|kom|mu|ni|"
                 "kat|sioo|ni ja ener|gee|ti|ka vald|kon|nas ning oskus la|hen|da|da kee|ru|li|"
                 "si olu|kor|di rahulikult ja kiiresti."),
        job="2020–praegu  Klienditeenindaja, Emajõe Energia OÜ",
        bullets=("Klientide nõus|ta|mi|ne arvete, le|pin|gute ja mõõ|dik|na|üdu|de "
                 "kü|si|mus|tes",),
        languages=("Eesti keel: emakeel", "Inglise keel: B2")),
    "resume_en_hyphen.pdf": dict(
        name="Owen Fitzgerald",
        contact="owen.fitzgerald@example.com · (617) 555-0193 · Boston, MA",
        heads=("Profile", "Experience", "Languages"),
        profile=("Customer service specialist with six years of experience in fi|nan|cial "
                 "ser|vices; con|fi|dent with complex cases and well-known for calm "
                 "de-escalation, clear writing and a steady hand with dif|fi|cult "
                 "con|ver|sa|tions."),
        job="2019–present  Customer Service Specialist, Harborview Bank",
        bullets=("Resolved billing and card dis|putes for small-business cus|tom|ers and "
                 "ex|plained fees and re|funds",),
        languages=("English: native", "French: conversational")),
}
TEXT_WIDTH = 360.0  # the job lines fit it, as every line fits \\textwidth
LIGATURE_GLYPHS = {"ffi": "\ufb03", "ffl": "\ufb04", "fi": "\ufb01", "fl": "\ufb02"}


def _tex_lines(text: str, size: float, width: float) -> list[str]:
    """Lines as TeX breaks a paragraph: fill a line, hyphenate the word that does not fit at
    its last break point ("|") that still fits (or at its own hyphen), else move it down."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def fits(line: str) -> bool:
        return stringWidth(line, SERIF[0], size) <= width

    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word.replace('|', '')}".strip()
        if fits(candidate):
            line = candidate
            continue
        points = [i for i, ch in enumerate(word) if ch in "|-"]
        for point in reversed(points):
            head = word[:point].replace("|", "") + "-"
            if fits(f"{line} {head}".strip()):
                lines.append(f"{line} {head}".strip())
                word = word[point + 1:]
                break
        else:
            lines.append(line)
        line = word.replace("|", "")
    lines.append(line)
    return [line for line in lines if line]


def _ligatures(text: str) -> str:
    for letters, glyph in LIGATURE_GLYPHS.items():
        text = text.replace(letters, glyph)
    return text


def hyphen_pdf(path: Path, spec: dict) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    _fonts()
    pdf = canvas.Canvas(str(path), pagesize=(595.0, 842.0), pageCompression=0, invariant=1)
    pdf.setTitle("CV")
    pdf.setCreator("LaTeX with hyperref")
    pdf.setProducer("pdfTeX-1.40.25")
    page = Page(pdf, SERIF[0])

    def paragraph(x: float, y: float, text: str, width: float, size: float = 10.5) -> float:
        """Justified lines, the last one ragged; returns the next free y."""
        lines = _tex_lines(text, size, width)
        for number, line in enumerate(lines):
            words = _ligatures(line).split(" ")
            natural = sum(stringWidth(w, SERIF[0], size) for w in words)
            last = number == len(lines) - 1
            gap = (stringWidth(" ", SERIF[0], size) if last or len(words) == 1
                   else (width - natural) / (len(words) - 1))
            at = x
            for word in words:
                page.latex(at, y, word, size)
                at += stringWidth(word, SERIF[0], size) + gap
            y -= 13
        return y

    page.latex(72, 770, spec["name"], 20)
    page.latex(72, 750, spec["contact"], 9.5)
    profile, experience, languages = spec["heads"]
    y = 716.0
    page.latex(72, y, profile, 13)
    y = paragraph(72, y - 20, spec["profile"], TEXT_WIDTH) - 14
    page.latex(72, y, experience, 13)
    y -= 20
    page.latex(72, y, spec["job"], 10.5)
    y -= 14
    for bullet in spec["bullets"]:
        page.latex(80, y, "•", 10.5)
        y = paragraph(92, y, bullet, TEXT_WIDTH - 20)
    y -= 14
    page.latex(72, y, languages, 13)
    y -= 20
    for line in spec["languages"]:
        page.latex(72, y, line, 10.5)
        y -= 13
    page.latex(290, 40, "1", 10)
    pdf.save()


BUILDERS |= {name: (lambda path, spec=spec: hyphen_pdf(path, spec))
             for name, spec in HYPHENATED.items()}


# --- Postings saved from job boards (File → Save page as, HTML only) ------------------------
# The ad sits among the board's chrome: a header with the board's menu and login, a cookie
# banner, breadcrumbs, "similar jobs" lists after the ad, a footer; boards that add a
# schema.org JobPosting (JSON-LD) for search engines carry the whole ad there as well.

def _jsonld(title: str, company: str, place: str, description: str) -> str:
    import json

    return ('<script type="application/ld+json">' + json.dumps({
        "@context": "https://schema.org", "@type": "JobPosting", "title": title,
        "datePosted": "2025-05-12", "employmentType": "FULL_TIME",
        "hiringOrganization": {"@type": "Organization", "name": company},
        "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress",
                                                      "addressLocality": place}},
        "description": description}, ensure_ascii=False) + "</script>")


# A German board's ad page: the StepStone-like frame around the ad (menu, breadcrumb list,
# the ad in <article>, "Ähnliche Jobs" after it, footer links), the ad in JSON-LD as well.
# Modelled on the listing of ads with "Deine Aufgaben / Dein Profil / Benefits" and other
# ads below at
# http://www.stellenmarkt-direkt.de/gs/Hamburg/Commis+(Koch%2FK%C3%B6chin)?page=430
DE_AD = ("<h2>Ihre Aufgaben</h2><ul><li>Sie beraten unsere Privatkunden telefonisch und "
         "schriftlich zu Verträgen und Rechnungen</li><li>Sie bearbeiten Zählerstände, "
         "Umzüge und Ratenpläne in SAP IS-U</li></ul><h2>Ihr Profil</h2><ul><li>Abgeschlossene "
         "kaufmännische Ausbildung</li><li>Erfahrung im Kundenservice, idealerweise bei einem "
         "Energieversorger</li><li>Sehr gute Deutschkenntnisse in Wort und Schrift</li></ul>"
         "<h2>Wir bieten</h2><ul><li>30 Tage Urlaub und Gleitzeit</li><li>Deutschlandticket "
         "als Jobticket</li></ul>")
POSTING_DE_BOARD = f"""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Sachbearbeiter Kundenservice (m/w/d) - Weserstrom GmbH - Bremen | Jobbörse</title>
{_jsonld("Sachbearbeiter Kundenservice (m/w/d)", "Weserstrom GmbH", "Bremen", DE_AD)}
</head><body>
<div id="cookie-consent" class="cc-banner"><p>Wir verwenden Cookies, um Ihnen das beste
Nutzererlebnis zu bieten.</p><a href="/datenschutz">Mehr erfahren</a></div>
<header class="site-header"><a class="logo" href="/">Jobbörse</a>
<ul class="menu"><li><a href="/jobs">Jobs finden</a></li><li><a href="/firmen">Unternehmen</a>
</li><li><a href="/login">Anmelden</a></li></ul></header>
<ol class="breadcrumb"><li><a href="/">Startseite</a></li><li><a href="/jobs/bremen">Jobs in
Bremen</a></li><li>Sachbearbeiter Kundenservice (m/w/d)</li></ol>
<main><article class="job-ad">
<h1>Sachbearbeiter Kundenservice (m/w/d)</h1>
<div class="company">Weserstrom GmbH</div><div class="meta">Bremen · Vollzeit · Feste
Anstellung · vor 3 Tagen</div>
<p>Die Weserstrom GmbH versorgt 180.000 Haushalte in Bremen und umzu mit Strom und Gas.</p>
{DE_AD}
<p><a class="apply" href="/bewerben/123">Jetzt bewerben</a></p>
</article>
<section class="similar-jobs"><h2>Ähnliche Jobs</h2><ul>
<li><a href="/job/1">Kundenberater Energie (m/w/d)</a><span>Hansewerk Vertrieb GmbH</span>
<span>Bremen</span></li>
<li><a href="/job/2">Mitarbeiter Forderungsmanagement (m/w/d)</a><span>Nordsee Inkasso AG</span>
<span>Oldenburg</span></li>
<li><a href="/job/3">Teamleiter Kundenservice SAP (m/w/d)</a><span>Deichstrom AG</span>
<span>Bremerhaven</span></li></ul></section>
</main>
<footer class="site-footer"><ul><li><a href="/impressum">Impressum</a></li><li><a
href="/datenschutz">Datenschutz</a></li><li><a href="/agb">AGB</a></li></ul>
<p>© 2025 Jobbörse GmbH</p></footer>
</body></html>
"""

# A Danish ad saved from a Jobindex-like board, without JSON-LD: the board's header with its
# menu, the ad in its own <div>, "Lignende job" after it, and the footer.
# Modelled on the board page https://jobzoo.dk/kundeservicemedarbejder and the Danish ad
# headings of posting_da (Jobindex).
POSTING_DA_BOARD = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8">
<title>Kundeservicemedarbejder til vores kundecenter - Fynsk Vand A/S - Jobbørs</title>
</head><body>
<div id="header" class="header"><a href="/">Jobbørs</a>
<div class="menu"><a href="/find-job">Find job</a> <a href="/virksomheder">Virksomheder</a>
<a href="/log-ind">Log ind</a> <a href="/opret">Opret profil</a></div></div>
<div class="jobad">
<h1>Kundeservicemedarbejder til vores kundecenter</h1>
<p><b>Fynsk Vand A/S</b>, Odense</p>
<p>Vil du hjælpe vores kunder med svar på spørgsmål om vand, afregning og flytning?</p>
<h3>Dine opgaver</h3><ul><li>Besvare opkald og mails fra private kunder</li>
<li>Registrere aflæsninger og flytninger i vores kundesystem</li></ul>
<h3>Vi forventer</h3><ul><li>Du har erfaring med kundeservice</li><li>Du taler og skriver
dansk og engelsk</li><li>Du er fortrolig med Office-pakken</li></ul>
<h3>Vi tilbyder</h3><ul><li>Fleksible arbejdstider og frokostordning</li></ul>
<p>Søg senest 15. juni 2025.</p>
</div>
<div class="related-jobs"><h3>Lignende job</h3><ul>
<li><a href="/job/11">Kundeservicemedarbejder til forsikring</a> – Tryg Nord A/S, Odense</li>
<li><a href="/job/12">Elev i kundeservice</a> – Fjordvarme A/S, Kolding</li>
<li><a href="/job/13">Salgskonsulent med SAP-erfaring</a> – Telenord ApS, Vejle</li></ul></div>
<div class="footer"><p>Om os · Kontakt · Cookiepolitik · Persondatapolitik</p>
<p>© 2025 Jobbørs ApS</p></div>
</body></html>
"""

# An Estonian ad page of a CV Keskus-like board: the page shows the title, company and a short
# teaser, the whole ad is in the JSON-LD JobPosting; "Sarnased tööpakkumised" and the board's
# menu around it. Modelled on the board at https://www.cvkeskus.ee/agreement.php?noclose=0&no_buttons=1&type=2
# (CV Keskus' own terms: ads, CVs and the board's services) and the Estonian ad parts at
# https://www.opiq.ee/kit/284/chapter/15934
ET_AD = ("<p>Otsime oma Tartu kontorisse klienditeenindajat.</p><p><strong>Tööülesanded"
         "</strong></p><ul><li>Klientide nõustamine telefoni ja e-posti teel</li><li>Arvete "
         "ja lepingute selgitamine</li></ul><p><strong>Ootame sinult</strong></p><ul><li>Eesti "
         "keele väga head oskust ning vene keele oskust suhtlustasandil</li><li>Varasemat "
         "kogemust klienditeeninduses</li><li>Arvuti head kasutusoskust</li></ul><p><strong>"
         "Omalt poolt pakume</strong></p><ul><li>Põhjalikku sisseelamiskoolitust</li><li>"
         "Spordikompensatsiooni</li></ul>")
POSTING_ET_BOARD = f"""<!DOCTYPE html>
<html lang="et"><head><meta charset="utf-8">
<title>Klienditeenindaja - Emajõe Energia OÜ | Tööpakkumised</title>
{_jsonld("Klienditeenindaja", "Emajõe Energia OÜ", "Tartu", ET_AD)}
</head><body>
<nav class="top"><a href="/">Avaleht</a> <a href="/toopakkumised">Tööpakkumised</a></nav>
<div class="user-menu"><a href="/logi-sisse">Logi sisse</a>
<a href="/registreeru">Registreeru</a></div>
<div class="vacancy-header"><h1>Klienditeenindaja</h1><p>Emajõe Energia OÜ · Tartu</p>
<p>Otsime oma Tartu kontorisse klienditeenindajat.</p>
<a class="btn" href="/kandideeri">Kandideeri</a></div>
<aside class="similar"><h2>Sarnased tööpakkumised</h2><ul>
<li><a href="/v/1">Müügikonsultant</a> Tartu Kaubamaja AS</li>
<li><a href="/v/2">Klienditoe spetsialist (SAP)</a> Elektrum Eesti OÜ</li></ul></aside>
<footer><p>© 2025 Tööportaal OÜ · Privaatsuspoliitika · Küpsised</p></footer>
</body></html>
"""

# An American ad saved from an Indeed-like board: the job in "jobDescriptionText", the
# board's header, "Similar jobs" and "People also searched" lists, the footer.
# Modelled on the Indeed pages around job descriptions at
# https://www.indeed.com/hire/job-description/customer-service-representative?co=US&hl=en
POSTING_EN_BOARD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Customer Service Representative - Prairie State Utilities - Springfield, IL - Jobs</title>
</head><body>
<header class="gnav"><a href="/">Jobs</a> <a href="/companies">Company reviews</a>
<a href="/salaries">Salary guide</a> <a href="/account/login">Sign in</a>
<a href="/hire">Employers / Post Job</a></header>
<div class="jobsearch-JobInfoHeader"><h1>Customer Service Representative</h1>
<div class="company"><a href="/cmp/prairie">Prairie State Utilities</a></div>
<div class="location">Springfield, IL</div><div>$18 - $21 an hour · Full-time</div></div>
<div id="jobDescriptionText">
<p>Prairie State Utilities serves 90,000 homes in central Illinois.</p>
<p><b>Responsibilities</b></p><ul><li>Answer inbound calls about billing, payments and service
starts</li><li>Set up payment plans in our billing system</li></ul>
<p><b>Qualifications</b></p><ul><li>High school diploma or equivalent</li><li>1+ year of
customer service experience</li><li>Comfortable with Microsoft Excel</li></ul>
<p><b>Benefits</b></p><ul><li>401(k) matching</li><li>Paid time off</li></ul>
</div>
<div class="jobsearch-RelatedLinks"><h2>Similar jobs</h2><ul>
<li><a href="/j/1">Call Center Agent</a> Heartland Bank - Decatur, IL</li>
<li><a href="/j/2">Billing Specialist (SQL)</a> Illini Gas Co. - Champaign, IL</li></ul>
<h2>People also searched:</h2><ul><li>customer service</li><li>call center</li>
<li>remote data entry</li></ul></div>
<footer><p>© 2025 Jobs Inc. · Cookies, Privacy and Terms · Do Not Sell My Personal Information</p>
</footer>
</body></html>
"""
# --- Postings that came by e-mail, and text in legacy encodings -----------------------------

# A job alert saved as a message (.eml): headers, an encoded-word subject, a Windows-1252 body
# in quoted-printable with soft line breaks. Modelled on the job alerts ("Stellen-Gesuch …
# zeigt Ihnen passende Stellen-Angebote") of the Bundesagentur's JOBBÖRSE described at
# https://www.arbeitsagentur.de/leichte-sprache/leichte-sprache/stellen-angebote-fuer-arbeit-und-ausbildung
POSTING_DE_EML = """Return-Path: <jobagent@example-jobboerse.de>
Received: from mx.example-jobboerse.de (mx.example-jobboerse.de [192.0.2.17])
 by mail.example.de with ESMTP id 4Bx2k; Mon, 12 May 2025 08:14:05 +0200
From: "Jobagent" <jobagent@example-jobboerse.de>
To: katrin.vogel@example.de
Subject: =?windows-1252?Q?Neues_Stellenangebot_f=FCr_Sie:_Sachbearbeiterin_Kundenservice?=
Date: Mon, 12 May 2025 08:14:03 +0200
Message-ID: <20250512081403.4711@example-jobboerse.de>
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

Sachbearbeiterin Kundenservice (m/w/d)
Weserstrom GmbH =96 Bremen

Ihre Aufgaben
- Sie beraten unsere Privatkunden telefonisch und schriftlich zu Vertr=E4gen =
und Rechnungen
- Sie bearbeiten Z=E4hlerst=E4nde, Umz=FCge und Ratenpl=E4ne in SAP IS-U

Ihr Profil
- Abgeschlossene kaufm=E4nnische Ausbildung
- Erfahrung im Kundenservice, idealerweise bei einem Energieversorger
- Sehr gute Deutschkenntnisse in Wort und Schrift

Wir bieten
- 30 Tage Urlaub und Gleitzeit

Sie erhalten diese E-Mail, weil Sie einen Jobagenten angelegt haben.
"""

# A reply that quotes the ad, pasted as it stands ("> " before every line, the quote's
# introduction "Den … skrev …:", a greeting and a closing), saved as Latin-1 text.
# Modelled on the Danish ad headings of https://jobzoo.dk/kundeservicemedarbejder
POSTING_DA_REPLY = """Hej Mette

Se nedenfor, er det ikke noget for dig?

Den 12. maj 2025 kl. 08.14 skrev Jens Holm <jens.holm@example.dk>:
> Hej Mette
>
> Her er opslaget, vi talte om. Skriv, hvis du har spørgsmål.
>
> Kundeservicemedarbejder til vores kundecenter
> Fynsk Vand A/S, Odense
>
> Dine opgaver
> - Besvare opkald og mails fra private kunder
> - Registrere aflæsninger og flytninger i vores kundesystem
>
> Vi forventer
> - Du har erfaring med kundeservice
> - Du taler og skriver dansk og engelsk
>
> Vi tilbyder
> - Fleksible arbejdstider og frokostordning
>
> Venlig hilsen
> Jens Holm
"""

# A forwarded ad (Outlook's header block in Estonian), saved from Notepad as "Unicode"
# (UTF-16 LE with a byte order mark). Modelled on the ad parts listed at
# https://www.opiq.ee/kit/284/chapter/15934
POSTING_ET_FORWARD = """Tere, Kärt!

Saadan edasi pakkumise, millest rääkisime.

---------- Edastatud kiri ----------
Saatja: Liis Mägi <liis.magi@example.ee>
Saadetud: esmaspäev, 12. mai 2025 08:14
Adressaat: Kärt Lõhmus <kart.lohmus@example.ee>
Teema: Klienditeenindaja (Tartu)

Klienditeenindaja
Emajõe Energia OÜ, Tartu

Tööülesanded
- Klientide nõustamine telefoni ja e-posti teel
- Arvete ja lepingute selgitamine

Ootame sinult
- Eesti keele väga head oskust ning vene keele oskust suhtlustasandil
- Varasemat kogemust klienditeeninduses

Omalt poolt pakume
- Põhjalikku sisseelamiskoolitust
"""

# An ad copied from a mail program's "show original" view: the body still in
# quoted-printable (UTF-8 codes, "=" at each soft line break). Modelled on the "Email this
# job" messages described at
# https://docs.oracle.com/cd/F88037_01/hcm92pbr48/eng/hcm/hert/UsingFluidCandidateGatewayToEmailJobPostings.html
POSTING_EN_QP = """Customer Service Representative =E2=80=93 Prairie State Utilities, Springfi=
eld, IL

Responsibilities
- Answer inbound calls about billing, payments and service starts for our resi=
dential customers
- Set up payment plans in our billing system

Qualifications
- High school diploma or equivalent
- 1+ year of customer service experience
- You=E2=80=99re comfortable with Microsoft Excel

Benefits
- 401(k) matching and paid time off
"""
# --- Word sidebar templates with a photo ----------------------------------------------------
# A CV from a Word template: one table row, the left cell shaded as a sidebar with the photo
# at its top, "Kontakt", the contact lines, skills and languages; the right cell with the name
# set large, the job title, the profile and the jobs (period, title, employer). Saved as DOCX
# and, through LibreOffice, as PDF. Modelled on the sidebar-with-photo layout of the German
# Lebenslauf described at https://www.richtigbewerben.de/lebenslauf/europass-der-europaeische-lebenslauf/
# and the Danish personal-data-first CV at
# https://www.stepstone.dk/om-jobsoegning/karrierecenter/jobguide/cv/opbygning-af-cv

SIDEBAR = {
    "resume_de_sidebar": dict(
        name="Miriam Yılmaz-Schäfer", title="Kundenservice-Mitarbeiterin",
        heads=("Kontakt", "Kenntnisse", "Sprachen", "Profil", "Berufserfahrung", "Ausbildung"),
        contact=("Lindenstraße 5", "50674 Köln", "0176 34567890", "miriam.yilmaz@example.de"),
        skills=("Salesforce", "MS Office", "Zehnfingersystem"),
        languages=("Deutsch – Muttersprache", "Türkisch – Muttersprache",
                   "Englisch – gute Kenntnisse (B2)"),
        profile="Geduldige Kundenservice-Mitarbeiterin mit fünf Jahren Erfahrung am Telefon "
                "und im Chat.",
        jobs=(("seit 02/2021", "Kundenservice-Mitarbeiterin", "Rheinland Versicherung AG, Köln",
               ("Beratung zu Verträgen und Schadensmeldungen",)),
              ("09/2018 – 01/2021", "Verkäuferin", "Drogerie Sonnenschein GmbH, Köln",
               ("Kundenberatung und Kasse",))),
        school=("2015 – 2018", "Kauffrau im Einzelhandel", "Berufskolleg Köln")),
    "resume_da_sidebar": dict(
        name="Camilla Østergaard Juhl", title="Kundeservicemedarbejder",
        heads=("Kontakt", "Kompetencer", "Sprog", "Profil", "Erhvervserfaring", "Uddannelse"),
        contact=("Vestergade 18", "5000 Odense C", "+45 31 42 53 64", "camilla.juhl@example.dk"),
        skills=("Zendesk", "Dynamics 365", "Office 365"),
        languages=("Dansk – modersmål", "Engelsk – flydende", "Tysk – gode kundskaber"),
        profile="Udadvendt kundeservicemedarbejder med fire års erfaring fra telefon, chat og "
                "butik.",
        jobs=(("marts 2021 – nu", "Kundeservicemedarbejder", "Fyns Energi A/S, Odense",
               ("Rådgivning om regninger og flytning",)),
              ("aug. 2018 – feb. 2021", "Salgsassistent", "Elgiganten Odense ApS",
               ("Salg og reklamationer",))),
        school=("2015 – 2018", "Kontoruddannelse (EUD)", "Tietgen Business, Odense")),
    "resume_et_sidebar": dict(
        name="Grete Kõiv-Laanemets", title="Klienditeenindaja",
        heads=("Kontakt", "Oskused", "Keeled", "Profiil", "Töökogemus", "Haridus"),
        contact=("Riia 15", "51010 Tartu", "+372 5345 6789", "grete.koiv@example.ee"),
        skills=("Microsoft Dynamics", "MS Office", "Kaebuste lahendamine"),
        languages=("eesti keel – emakeel", "inglise keel – B2", "vene keel – B1"),
        profile="Rõõmsameelne klienditeenindaja, kellel on neli aastat kogemust telefoni ja "
                "e-posti teel teenindamisel.",
        jobs=(("03/2021 – praegu", "Klienditeenindaja", "Tartu Veevärk AS, Tartu",
               ("Klientide nõustamine arvete küsimustes",)),
              ("09/2018 – 02/2021", "Müüja", "Apollo Raamatud OÜ, Tartu",
               ("Klientide teenindamine",))),
        school=("2015 – 2018", "Ärikorraldus", "Tartu Kutsehariduskeskus")),
    "resume_en_sidebar": dict(
        name="Aaliyah Thompson", title="Customer Service Representative",
        heads=("Contact", "Skills", "Languages", "Profile", "Experience", "Education"),
        contact=("412 Elm Street", "Columbus, OH 43215", "(614) 555-0128",
                 "aaliyah.thompson@example.com"),
        skills=("Salesforce", "Zendesk", "Microsoft Excel"),
        languages=("English – native", "Spanish – conversational"),
        profile="Patient customer service representative with four years of phone and chat "
                "support.",
        jobs=(("Mar 2021 – Present", "Customer Service Representative",
               "Buckeye Mutual Insurance, Columbus, OH", ("Handled 60 policy calls a day",)),
              ("Aug 2018 – Feb 2021", "Sales Associate", "Target, Columbus, OH",
               ("Helped guests at the service desk",))),
        school=("2016 – 2018", "Associate of Applied Business", "Columbus State Community "
                "College")),
}


def _png(width: int, height: int) -> bytes:
    """A grey portrait placeholder as PNG (no image library needed)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    rows = b"".join(b"\x00" + bytes(150 + (x * y) % 60 for x in range(width))
                    for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0,
                                                              0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def sidebar_docx(path: Path, spec: dict) -> None:
    import io

    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    table = doc.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.width, right.width = Cm(6), Cm(11)
    _shade(left, "DCE6F0")
    left.paragraphs[0].add_run().add_picture(io.BytesIO(_png(90, 110)), width=Cm(3))
    kontakt, kenntnisse, sprachen, profil, erfahrung, ausbildung = spec["heads"]

    def head(cell, text: str) -> None:
        paragraph = cell.add_paragraph()
        run = paragraph.add_run(text.upper())
        run.bold = True
        run.font.size = Pt(12)

    head(left, kontakt)
    for line in spec["contact"]:
        left.add_paragraph(line)
    head(left, kenntnisse)
    for item in spec["skills"]:
        list_bullet(left, item)
    head(left, sprachen)
    for item in spec["languages"]:
        left.add_paragraph(item)
    name = right.paragraphs[0].add_run(spec["name"])
    name.bold = True
    name.font.size = Pt(24)
    right.add_paragraph(spec["title"]).runs[0].font.size = Pt(13)
    head(right, profil)
    right.add_paragraph(spec["profile"])
    head(right, erfahrung)
    for period, title, employer, bullets in spec["jobs"]:
        right.add_paragraph(period)
        right.add_paragraph().add_run(title).bold = True
        right.add_paragraph(employer)
        for item in bullets:
            list_bullet(right, item)
    head(right, ausbildung)
    period, degree, school = spec["school"]
    right.add_paragraph(period)
    right.add_paragraph().add_run(degree).bold = True
    right.add_paragraph(school)
    doc.core_properties.author = ""
    doc.save(path)


# --- PDFs without a readable text layer ---------------------------------------------------
# A phone scanner app's PDF: each page one grey-scale image, sometimes with the app's
# watermark as the only text ("Scanned with CamScanner") or with page numbers; and a
# design-tool PDF whose text is drawn in a font without a character map (every glyph an
# anonymous code, "(cid:36)"). Written by hand: a scan is an image XObject, which reportlab
# draws only through Pillow (not installed). Modelled on the image-only CVs described at
# https://knowledge-base.cezannehr.com/guidelines-for-candidate-cv-formatting.- ("the content
# may be saved as an image embedded in the file, with no text that can be extracted") and
# the Canva CVs at https://sulat.com/p/your-beautiful-resume-is-being-rejected


def _scan_image(seed: int, width: int = 300, height: int = 424) -> bytes:
    """A page as a low-resolution grey scan: paper noise and dark bars where lines were."""
    import random

    rng = random.Random(seed)
    rows = []
    line_rows = {y for top in range(40, height - 40, 14) for y in range(top, top + 5)}
    for y in range(height):
        row = bytearray([240]) * width
        for _ in range(3):  # specks of dust on the glass
            row[rng.randrange(width)] = 200
        if y in line_rows:
            x = 30
            while x < width - 30:
                word = rng.randint(8, 40)
                for i in range(x, min(x + word, width - 30)):
                    row[i] = 60
                x += word + rng.randint(4, 8)
        rows.append(bytes(row))
    return b"".join(rows)


def _pdf_objects(objects: list[bytes]) -> bytes:
    """A PDF file of numbered objects (object 1 the catalog), with its cross-reference."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _stream(data: bytes, extra: bytes = b"") -> bytes:
    import zlib

    packed = zlib.compress(data, 9)
    return (b"<< /Length %d /Filter /FlateDecode " % len(packed) + extra + b">>\nstream\n"
            + packed + b"\nendstream")


def scan_pdf(path: Path, pages: int, texts: list[bytes], *, producer: bytes) -> None:
    """Image-only pages; ``texts`` holds each page's own text operators (may be empty)."""
    kids = " ".join(f"{3 + 3 * n} 0 R" for n in range(pages)).encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages]
    font = 3 + 3 * pages
    for number in range(pages):
        content, image = 4 + 3 * number, 5 + 3 * number
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /XObject << /Im0 %d 0 R >> /Font << /F1 %d 0 R >> >> >>"
            % (content, image, font))
        objects.append(_stream(b"q 595 0 0 842 0 0 cm /Im0 Do Q\n" + texts[number]))
        objects.append(_stream(_scan_image(number + len(texts)),
                               b"/Type /XObject /Subtype /Image /Width 300 /Height 424 "
                               b"/ColorSpace /DeviceGray /BitsPerComponent 8 "))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    objects.append(b"<< /Producer (" + producer + b") >>")
    path.write_bytes(_pdf_objects(objects))


def unmapped_pdf(path: Path) -> None:
    """One page of text in a composite font with no ToUnicode map and no encoding a reader
    can use: two-byte glyph codes only, as some design tools export."""
    codes = b"".join(b"%04X" % (36 + ord(c) % 60) for c in "Kadi Kuusk CV Klienditeenindaja")
    content = b"BT /F1 14 Tf 60 760 Td <" + codes + b"> Tj ET\n" + b"".join(
        b"BT /F1 10 Tf 60 %d Td <" % (730 - 16 * n) + codes[: 4 * (12 + n)] + b"> Tj ET\n"
        for n in range(20))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               _stream(content),
               b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Montserrat-Regular "
               b"/Encoding /Identity-H /DescendantFonts [6 0 R] >>",
               b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Montserrat-Regular "
               b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
               b"/DW 600 >>"]
    path.write_bytes(_pdf_objects(objects))


SCANS = {
    # two image pages, no text at all (a flatbed scan saved as PDF)
    "resume_de_scan.pdf": (2, [b"", b""], b"HP Scan"),
    # the scanner app's watermark is the only text
    "resume_en_scan.pdf": (1, [b"BT /F1 7 Tf 250 14 Td (Scanned with CamScanner) Tj ET\n"],
                           b"intsig.com pdf producer"),
    # page numbers are the only text
    "resume_da_scan.pdf": (2, [b"BT /F1 8 Tf 280 20 Td (Side 1 af 2) Tj ET\n",
                               b"BT /F1 8 Tf 280 20 Td (Side 2 af 2) Tj ET\n"], b"Skanner"),
}


# Resumes saved as plain text in a country's legacy code page: Estonian Windows' "ANSI"
# (Windows-1257, where š and ž sit where Windows-1252 has ð and þ), a German text from an old
# Mac (Mac Roman), a Danish DOS export (code page 865) and an American Notepad file
# (Windows-1252 with curly quotes). Modelled on the CV parts recommended at
# https://www.tootukassa.ee/eng/node/81 (et), https://capitale.ee/cv-koostamine/ (et),
# https://www.kalaidos-fh.ch/de-CH/Blog/Posts/Archiv/hrl-1256-CV-versus-LinkedIn (de),
# https://jobzoo.dk/kundeservicemedarbejder (da) and
# https://www.candidate.so/glossary/resume-template (en).
RESUME_ET_1257 = """Kristiina Šmidt-Žukova
kristiina.smidt@example.ee
+372 5234 5678
Pärnu mnt 41, Tallinn

Töökogemus
03/2020 – praegu  Klienditeenindaja, Tallinna Sadam AS
- Reisijate nõustamine piletite ja sõiduplaanide küsimustes
09/2017 – 02/2020  Müüja, Kaubamaja AS

Haridus
2014 – 2017  Tallinna Teeninduskool, turismikorraldus

Keeled
eesti keel – emakeel
vene keel – väga hea
inglise keel – B2
"""
RESUME_DE_MAC = """Jürgen Weißenbäcker
Mühlenstraße 3, 79098 Freiburg
Tel. 0761 2345678 · juergen.weissenbaecker@example.de

Berufserfahrung
04/2019 – heute  Kundenberater, Schwarzwald Energie GmbH
- Beratung zu Tarifen, Abschlägen und Zählerständen
08/2015 – 03/2019  Kaufmann im Einzelhandel, Müller Drogeriemarkt GmbH

Ausbildung
2012 – 2015  Kaufmann im Einzelhandel, IHK Südlicher Oberrhein

Sprachen
Deutsch – Muttersprache
Französisch – fließend
"""
RESUME_DA_DOS = """Søren Ærbø Kjær
Østergade 12, 9000 Aalborg
Tlf. 98 76 54 32
soeren.kjaer@example.dk

Erhvervserfaring
2018 - nu  Kundeservicemedarbejder, Nordjysk Forsyning A/S
- Besvarelse af henvendelser om måleraflæsning og regninger
2014 - 2018  Salgsassistent, Føtex Aalborg

Uddannelse
2011 - 2014  Kontoruddannelse, Aalborg Handelsskole

Sprog
Dansk - modersmål
Engelsk - flydende
"""
RESUME_EN_1252 = """Renée O’Sullivan
renee.osullivan@example.com • (312) 555-0147 • Chicago, IL

Experience
Customer Service Representative – Lakeshore Mutual, Chicago, IL
Jun 2020 – Present
- Handled 70 calls a day; “Agent of the Quarter” twice
Cashier – Corner Café, Evanston, IL
Aug 2017 – May 2020

Education
2015 – 2017  Associate of Arts, Harold Washington College

Languages
English – native
Spanish – conversational
"""
ENCODED = {"posting_de_jobagent.eml": (POSTING_DE_EML, "ascii"),
           "resume_et_cp1257.txt": (RESUME_ET_1257, "cp1257"),
           "resume_de_macroman.txt": (RESUME_DE_MAC, "mac_roman"),
           "resume_da_cp865.txt": (RESUME_DA_DOS, "cp865"),
           "resume_en_cp1252.txt": (RESUME_EN_1252, "cp1252"),
           "posting_da_reply.txt": (POSTING_DA_REPLY, "latin-1"),
           "posting_et_forward.txt": (POSTING_ET_FORWARD, "utf-16"),
           "posting_en_qp.txt": (POSTING_EN_QP, "utf-8")}
TEXTS = {"posting_de_board.html": POSTING_DE_BOARD, "posting_da_board.html": POSTING_DA_BOARD,
         "posting_et_board.html": POSTING_ET_BOARD, "posting_en_board.html": POSTING_EN_BOARD}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="only these files (default: all)")
    args = parser.parse_args()
    for name, text in TEXTS.items():
        if not args.names or name in args.names:
            (FIXTURES / name).write_text(text, encoding="utf-8")
            print(f"wrote {name}")
    for name, (text, encoding) in ENCODED.items():
        if not args.names or name in args.names:
            (FIXTURES / name).write_bytes(text.encode(encoding))
            print(f"wrote {name}")
    builders = dict(BUILDERS)
    builders |= {name: (lambda path, a=args_: scan_pdf(path, a[0], a[1], producer=a[2]))
                 for name, args_ in SCANS.items()}
    builders["resume_et_unmapped.pdf"] = unmapped_pdf
    for stem, spec in SIDEBAR.items():
        builders[f"{stem}.docx"] = (lambda path, spec=spec: sidebar_docx(path, spec))
    for name, build in builders.items():
        if args.names and name not in args.names:
            continue
        build(FIXTURES / name)
        print(f"wrote {name}")
    for name in TEXTS:  # the board pages printed to PDF
        printed = name.replace("_board.html", "_board_print.pdf")
        if (not args.names or printed in args.names) and print_to_pdf(FIXTURES / name,
                                                                      FIXTURES / printed):
            print(f"wrote {printed}")
    for stem in SIDEBAR:  # the PDF as LibreOffice saves the DOCX
        if (not args.names or f"{stem}.pdf" in args.names) and to_pdf(
                FIXTURES / f"{stem}.docx", FIXTURES / f"{stem}.pdf"):
            print(f"wrote {stem}.pdf")


if __name__ == "__main__":
    main()
