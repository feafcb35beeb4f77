"""Build-your-own resumes, letters and postings from realistic pieces, for property tests."""

from __future__ import annotations

import io

from docx import Document

POOLS = {
    "en": {
        "names": ["Dana Morales", "Chris Walker", "Priya Shah", "Tom Becker"],
        "contact": ["Portland, OR 97214 | (503) 555-0142 | {email}",
                    "Austin, TX 78701 | (512) 555-0199 | {email}"],
        "jobs": [("Customer Service Representative", "Lakeside Outfitters Inc.",
                  "Jan 2020 - Present"),
                 ("Call Center Agent", "Brightline Telecom LLC", "Jun 2017 - Dec 2019"),
                 ("Sales Associate", "Northwind Retail Corp.", "Mar 2015 - May 2017"),
                 ("Help Desk Agent", "Summit Health Group", "Aug 2012 - Feb 2015")],
        "bullets": ["Answered 70 calls a day about orders and returns",
                    "Handled complaints and escalated complex cases",
                    "Kept a 95% customer satisfaction score in Salesforce",
                    "Processed refunds and exchanges in Zendesk",
                    "Recommended products and upsold accessories",
                    "Trained 4 new agents in active listening",
                    "Chatted with customers on live chat"],
        "skills": ["Zendesk", "Salesforce", "conflict resolution", "typing 60 wpm",
                   "Microsoft Office", "patience", "teamwork", "data entry"],
        "headings": ("Summary", "Experience", "Skills", "Education"),
        "education": "Associate of Arts, Portland Community College, 2015 - 2017",
        "summary": ["Friendly customer service representative with retail experience.",
                    "Patient call center agent who likes solving problems."],
        "posting_head": ["Customer Service Representative\nBrightwater Home Goods, Columbus, OH",
                         "Call Center Agent\nSummit Energy LLC, Denver, CO"],
        "asks": ["Experience with Zendesk", "Salesforce experience", "Patience and empathy",
                 "Active listening skills", "High school diploma or GED",
                 "1+ years of customer service experience", "Upselling experience is a plus",
                 "Microsoft Office", "Live chat support"],
        "duties": ["Answer inbound calls and emails", "Resolve customer complaints",
                   "Process refunds and exchanges", "Keep accurate records"],
        "sections": ("What you'll do", "What we're looking for"),
        "letter": ["I am writing to apply for the Sales Associate position at Summit Health Group.",
                   "In my current job I answer 70 calls a day and stay calm with upset customers.",
                   "I would welcome the chance to talk with you."],
        "greeting": "Dear Hiring Manager,", "closing": "Sincerely,",
    },
    "de": {
        "names": ["Jürgen Weiß", "Katharina Lehmann", "Ayşe Demir", "Lars Petersen"],
        "contact": ["Mühlenweg 7 · 22089 Hamburg · Tel.: 0151 2345 6789 · {email}",
                    "Lindenstraße 12 · 04109 Leipzig · Tel.: 0176 9876 5432 · {email}"],
        "jobs": [("Kundenberater", "NordWind Energie GmbH", "03/2021 – heute"),
                 ("Servicemitarbeiter im Kundendialog", "Hansa Mobil AG", "01/2019 – 02/2021"),
                 ("Verkäufer", "Elbe Textil GmbH", "08/2016 – 12/2018"),
                 ("Sachbearbeiter", "Alster Versicherung AG", "04/2013 – 07/2016")],
        "bullets": ["Beratung von Privatkunden am Telefon und per Chat",
                    "Bearbeitung von Reklamationen im Ticketsystem (Zendesk)",
                    "Annahme von Kundenanrufen im Inbound (ca. 60 Gespräche pro Tag)",
                    "Pflege von Kundendaten in SAP",
                    "Erstlösungsquote von 85 % erreicht",
                    "Einarbeitung von 3 neuen Kolleginnen"],
        "skills": ["Zendesk", "SAP", "MS Office", "Reklamationsbearbeitung", "Zehnfingersystem",
                   "Geduld", "Teamfähigkeit"],
        "headings": ("Profil", "Berufserfahrung", "Kenntnisse", "Ausbildung"),
        "education": "2015–2018 Kaufmann für Büromanagement, Berufliche Schule Hamburg",
        "summary": ["Geduldiger Kundenberater mit Erfahrung im telefonischen Kundenservice.",
                    "Freundliche Servicekraft mit Erfahrung in der Kundenbetreuung."],
        "posting_head": ["Kundenberater (m/w/d)\nNordlicht Energie GmbH, Hamburg",
                         "Servicemitarbeiter (m/w/d) im Kundenservice\nHanse Mobil AG, Bremen"],
        "asks": ["Abgeschlossene kaufmännische Ausbildung", "Erfahrung im Kundenservice",
                 "Sicherer Umgang mit MS Office", "Geduld und Teamfähigkeit",
                 "Sehr gute Deutschkenntnisse", "Erfahrung mit SAP ist von Vorteil",
                 "Beschwerdemanagement", "Kenntnisse in Zendesk"],
        "duties": ["Sie bearbeiten Kundenanfragen per Telefon und E-Mail",
                   "Sie übernehmen das Beschwerdemanagement",
                   "Sie pflegen Kundendaten im CRM-System"],
        "sections": ("Ihre Aufgaben", "Ihr Profil"),
        "letter": ["mit großem Interesse habe ich Ihre Anzeige gelesen und bewerbe mich als "
                   "Verkäufer bei der Elbe Textil GmbH.",
                   "Seit drei Jahren berate ich Privatkunden am Telefon und im Chat.",
                   "Über eine Einladung zu einem Gespräch freue ich mich."],
        "greeting": "Sehr geehrte Damen und Herren,", "closing": "Mit freundlichen Grüßen",
    },
    "da": {
        "names": ["Camilla Østergaard", "Mikkel Sørensen", "Sofie Hansen", "Jonas Madsen"],
        "contact": ["Vestergade 4, 8000 Aarhus C · Tlf. 40 12 34 56 · {email}",
                    "Nørregade 10, 5000 Odense C · Tlf. 22 33 44 55 · {email}"],
        "jobs": [("Kundeservicemedarbejder", "Vestkyst Forsikring A/S", "2021 – nu"),
                 ("Kundekonsulent", "Nordlys Energi A/S", "2018 – 2021"),
                 ("Butiksassistent", "Havnens Boghandel ApS", "2015 – 2018"),
                 ("Receptionist", "Hotel Marselis A/S", "2012 – 2015")],
        "bullets": ["Besvarede 60 opkald om dagen fra privatkunder",
                    "Behandlede reklamationer og fandt gode løsninger",
                    "Registrerede sager i CRM-systemet",
                    "Hjalp kunder via chat og e-mail",
                    "Oplærte 3 nye kolleger"],
        "skills": ["Zendesk", "Microsoft Office", "reklamationsbehandling", "tålmodighed",
                   "samarbejde"],
        "headings": ("Profil", "Erhvervserfaring", "Kompetencer", "Uddannelse"),
        "education": "2010 – 2013  Kontoruddannelse, Business College Syd",
        "summary": ["Tålmodig kundeservicemedarbejder med erfaring fra callcenter.",
                    "Serviceminded kundekonsulent med mange års erfaring."],
        "posting_head": ["Kundeservicemedarbejder\nVestkyst Forsikring A/S, Aarhus",
                         "Kundekonsulent\nNordlys Energi A/S, Odense"],
        "asks": ["har erfaring med kundeservice", "er tålmodig og serviceminded",
                 "taler og skriver flydende dansk", "er fortrolig med Microsoft Office",
                 "erfaring med Zendesk er en fordel", "håndtere klager"],
        "duties": ["Besvare henvendelser via telefon og e-mail", "Håndtere klager",
                   "Registrere sager i CRM-systemet"],
        "sections": ("Dine opgaver", "Vi forventer, at du"),
        "letter": ["Jeg søger hermed stillingen som Butiksassistent hos Havnens Boghandel ApS.",
                   "I mit nuværende job besvarer jeg 60 opkald om dagen.",
                   "Jeg ser frem til at høre fra jer."],
        "greeting": "Kære rekrutteringsansvarlige", "closing": "Med venlig hilsen",
    },
    "et": {
        "names": ["Mari Tamm", "Kristiina Mägi", "Rasmus Kask", "Jaan Õunapuu"],
        "contact": ["Pärnu mnt 22, 10141 Tallinn · Tel +372 5123 4567 · {email}",
                    "Tartu mnt 40, 50106 Tartu · Tel +372 5234 5678 · {email}"],
        "jobs": [("Klienditeenindaja", "Läänemere Side OÜ", "jaanuar 2020 – praegu"),
                 ("Müüja-klienditeenindaja", "Põhjarannik AS", "06.2018 – 12.2019"),
                 ("Kassapidaja", "Lõuna Kaubandus OÜ", "2015 – 2018"),
                 ("Administraator", "Hotell Emajõgi AS", "2012 – 2015")],
        "bullets": ["Klientide nõustamine telefoni, e-posti ja vestlusakna kaudu",
                    "Pretensioonide lahendamine ja arvete selgitamine",
                    "Andmete sisestamine CRM-süsteemi",
                    "Vastasin päevas 50 kõnele",
                    "Koolitasin 2 uut kolleegi"],
        "skills": ["MS Office", "Zendesk", "meeskonnatöö", "kannatlikkus",
                   "pretensioonide käsitlemine"],
        "headings": ("Minust", "Töökogemus", "Oskused", "Haridus"),
        "education": "2015–2018 Tallinna Teeninduskool, klienditeeninduse eriala",
        "summary": ["Rõõmsameelne klienditeenindaja, kellel on kogemus kõnekeskuses.",
                    "Kannatlik ja kohusetundlik klienditeenindaja."],
        "posting_head": ["Klienditeenindaja\nLäänemere Telekom AS, Tallinn",
                         "Klienditeenindaja\nPõhja Energia OÜ, Tartu"],
        "asks": ["Vähemalt keskharidus", "Klienditeeninduse kogemus",
                 "Väga hea suhtlemisoskus ja kannatlikkus", "MS Office'i oskus",
                 "Zendeski kasutamise kogemus tuleb kasuks", "Kaebuste lahendamine"],
        "duties": ["Klientide päringutele vastamine telefoni ja e-posti teel",
                   "Kaebuste lahendamine", "Andmete sisestamine CRM-süsteemi"],
        "sections": ("Tööülesanded", "Nõudmised kandidaadile"),
        "letter": ["Soovin kandideerida Kassapidaja ametikohale ettevõttes Lõuna Kaubandus OÜ.",
                   "Praegu vastan päevas 50 kõnele ja lahendan klientide pretensioone.",
                   "Tänan Teid aja eest ja ootan võimalust kohtuda."],
        "greeting": "Lugupeetud värbaja", "closing": "Lugupidamisega",
    },
}


def resume_lines(lang: str, *, name: int, jobs: list[int], bullets: list[list[int]],
                 skills: list[int], summary: int | None) -> list[tuple[str, str]]:
    """(kind, text) lines of a resume: kind is "name", "text", "heading" or "bullet"."""
    pool = POOLS[lang]
    person = pool["names"][name]
    email = person.lower().replace(" ", ".").encode("ascii", "ignore").decode() + "@example.com"
    summary_heading, experience, skills_heading, education = pool["headings"]
    lines = [("name", person), ("text", pool["contact"][name % 2].format(email=email))]
    if summary is not None:
        lines += [("heading", summary_heading), ("text", pool["summary"][summary])]
    lines.append(("heading", experience))
    for job, chosen in zip(jobs, bullets, strict=True):
        title, employer, dates = pool["jobs"][job]
        lines.append(("text", f"{title}, {employer} | {dates}"))
        lines += [("bullet", pool["bullets"][b]) for b in chosen]
    lines += [("heading", education), ("text", pool["education"])]
    lines += [("heading", skills_heading), ("text", ", ".join(pool["skills"][s] for s in skills))]
    return lines


def as_text(lines: list[tuple[str, str]]) -> str:
    return "\n".join(f"• {text}" if kind == "bullet" else text for kind, text in lines) + "\n"


def as_docx(lines: list[tuple[str, str]]) -> bytes:
    document = Document()
    for kind, text in lines:
        style = {"name": "Title", "heading": "Heading 1", "bullet": "List Bullet"}.get(kind)
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def posting_text(lang: str, *, head: int, asks: list[int], duties: list[int]) -> str:
    pool = POOLS[lang]
    duty_heading, ask_heading = pool["sections"]
    lines = [pool["posting_head"][head], "", duty_heading]
    lines += [f"- {pool['duties'][d]}" for d in duties]
    lines += ["", ask_heading] + [f"- {pool['asks'][a]}" for a in asks]
    return "\n".join(lines) + "\n"


def letter_text(lang: str, *, name: int) -> str:
    pool = POOLS[lang]
    lines = [pool["names"][name], "", pool["greeting"], "", *pool["letter"], "",
             pool["closing"], pool["names"][name]]
    return "\n".join(lines) + "\n"
