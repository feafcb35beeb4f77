"""Strong applicants who describe their experience in their own words, not the posting's.

Each person answers the posting of the same language in tests/tailoring/layouts.py and is
strong for it by what they have done (years in customer service, a CRM or ticket system,
complaints, billing corrections, office software, the training the posting asks for), decided
before running the tool; but like most real resumes they write "dealt with their
complaints" for "complaint handling" and "good listener" for "active listening". The
people, employers, numbers and e-mails are invented. Modelled on:
- en: https://virtualinsuranceservice.com/csr/ and
  https://jobdescription.org/jobs/customer-service/call-center-representative (what a
  representative does, in a representative's plain words);
- de: https://bewerber.jobninja.com/berufsbilder/call-center-agent-call-center-agentin.html
  (Entgegennahme von Anrufen, Klärung von Rechnungsfragen, Dokumentation im System) and
  https://www.jobfinder.de/lebenslauf-wie-gestalten/ (tabellarischer Lebenslauf);
- da: https://www.stepstone.dk/om-jobsoegning/karrierecenter/jobguide/cv/opbygning-af-cv and
  https://peopleresource.dk/et-godt-cv/ (opgaver og resultater under hver ansættelse);
- et: https://www.cv.ee/content/index.php?id=674&gr=1 and
  http://ametid.rajaleidja.ee/Klienditoe-spetsialist (peamised tööülesanded, suhtlus
  telefoni ja e-posti teel).
"""

from __future__ import annotations

from typing import Any

from tests.tailoring.layouts import PEOPLE

LAYOUTS = ("plain", "skills_table", "two_column", "skills_textbox")

OWN_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "name": "Marcus Delgado",
        "contact": ["2207 W Boone Ave, Spokane, WA 99201", "(509) 555-0142",
                    "marcus.delgado@example.com"],
        "personal": [],
        "headings": {"summary": "Summary", "experience": "Experience",
                     "education": "Education", "skills": "Skills", "languages": "Languages"},
        "summary": "Five years of looking after utility and gym customers by phone, email "
                   "and at the front desk. Stays calm with upset callers and sorts out "
                   "billing problems on the first call.",
        "jobs": [
            ("Customer Care Agent", "Inland Power & Light", "Spokane, WA",
             "Apr 2021 – Present",
             ["Took 55 calls a shift from households with questions about their bills",
              "Calmed upset callers and dealt with their complaints, most on the first call",
              "Kept notes on every conversation in Zendesk so the next agent knew the "
              "history",
              "Handled returns of faulty thermostats and corrected wrong bills of up to $200"]),
            ("Front Desk Associate", "Riverside Athletic Club", "Spokane Valley, WA",
             "Aug 2018 – Mar 2021",
             ["Answered members' questions about memberships and sorted out billing mix-ups",
              "Showed 4 new hires how to use the check-in system"]),
        ],
        "education": ["Certificate in Business Administration, Spokane Community College, "
                      "2018"],
        "skills": ["Zendesk", "Excel", "Word", "Outlook", "good listener",
                   "patient with upset customers", "typing 60 wpm"],
        "languages": ["English (native)", "Spanish (basic)"],
    },
    "de": {
        "name": "Anja Wiesner",
        "contact": ["Lindenstraße 4, 22303 Hamburg", "Mobil: 0157 3390 2841",
                    "anja.wiesner@example.de"],
        "personal": ["Geburtsdatum: 02.11.1989 in Lübeck", "Familienstand: ledig"],
        "headings": {"summary": "Profil", "experience": "Beruflicher Werdegang",
                     "education": "Ausbildung", "skills": "Kenntnisse und Fähigkeiten",
                     "languages": "Sprachen"},
        "summary": "Bürokauffrau mit acht Jahren Erfahrung in der telefonischen Betreuung "
                   "von Privatkunden, zuletzt bei einem Stromanbieter.",
        "jobs": [
            ("Mitarbeiterin Kundenbetreuung", "Elbstrom Vertrieb GmbH", "Hamburg",
             "05/2019 – heute",
             ["Entgegennahme von täglich rund 60 Anrufen zu Rechnungen, Abschlägen und "
              "Umzügen",
              "Klärung von Reklamationen unzufriedener Kunden, auch in schwierigen "
              "Gesprächen",
              "Erfassung aller Kundenkontakte in Microsoft Dynamics",
              "Erstellung von Gutschriften und Ratenvereinbarungen"]),
            ("Telefonistin im Inbound", "Hanse Direktservice GmbH", "Lübeck",
             "09/2016 – 04/2019",
             ["Annahme von Bestellungen und Rückfragen für einen Versandhändler",
              "Pflege der Stammdaten in SAP"]),
        ],
        "education": ["09/2013 – 07/2016 Ausbildung zur Bürokauffrau, IHK zu Lübeck",
                      "2000 – 2009 Realschulabschluss, Geschwister-Scholl-Schule Lübeck"],
        "skills": ["Microsoft Dynamics", "SAP", "Word", "Excel", "Outlook",
                   "ruhige und freundliche Art", "Zuverlässigkeit"],
        "languages": ["Deutsch – Muttersprache", "Englisch – Grundkenntnisse (A2)"],
    },
    "da": {
        "name": "Sofie Brandt Nielsen",
        "contact": ["Østergade 21, 2. th., 6700 Esbjerg", "Mobil: 31 72 58 04",
                    "sofie.bn@example.dk"],
        "personal": ["Født: 14. juli 1992", "Civilstand: samboende"],
        "headings": {"summary": "Profil", "experience": "Erhvervserfaring",
                     "education": "Uddannelse", "skills": "Kompetencer", "languages": "Sprog"},
        "summary": "Kundekonsulent med fem års erfaring fra telefonisk kundekontakt i et "
                   "forsyningsselskab og hos en mobiludbyder.",
        "jobs": [
            ("Kundekonsulent", "Vestkysten Forsyning A/S", "Esbjerg", "2021 – nu",
             ["Tog imod 40-50 opkald dagligt om regninger, flytninger og aflæsninger",
              "Hjalp utilfredse kunder videre og fandt løsninger på deres klager",
              "Noterede alle henvendelser i Microsoft Dynamics",
              "Svarede på kundernes mails inden for 24 timer"]),
            ("Kundeservicemedarbejder, deltid", "Nordlys Mobil ApS", "Odense", "2018 – 2021",
             ["Hjalp kunder med abonnementer og regninger pr. telefon og chat"]),
        ],
        "education": ["2015 – 2018 Kontoruddannelse med speciale i administration, "
                      "Business College Syd", "2011 – 2014 HHX, Esbjerg Handelsgymnasium"],
        "skills": ["Microsoft Dynamics", "Word", "Excel", "rolig og tålmodig",
                   "god til at lytte", "samarbejdsvillig"],
        "languages": ["Dansk – modersmål", "Engelsk – godt"],
    },
    "et": {
        "name": "Merili Tamm",
        "contact": ["Riia 15-4, 51013 Tartu", "Tel +372 5381 2290", "merili.tamm@example.ee"],
        "personal": ["Sünniaeg: 08.04.1995", "Perekonnaseis: vallaline"],
        "headings": {"summary": "Minust", "experience": "Töökogemus", "education": "Haridus",
                     "skills": "Oskused", "languages": "Keeleoskus"},
        "summary": "Viieaastase kogemusega klienditoe spetsialist, kes suhtleb rahulikult "
                   "ka pahaste klientidega.",
        "jobs": [
            ("Klienditoe spetsialist", "Emajõe Elekter AS", "Tartu", "09.2021 – praegu",
             ["Võtsin vastu keskmiselt 50 kõnet päevas arvete ja lepingute küsimustes",
              "Tegelesin rahulolematute klientide probleemidega ja leidsin neile lahendused",
              "Kõikide pöördumiste kirjapanek Microsoft Dynamicsisse",
              "Vastasin klientide e-kirjadele ühe tööpäeva jooksul"]),
            ("Teenindaja", "Raekoja Kohvik OÜ", "Tartu", "2019 – 2021",
             ["Klientide teenindamine ja kassatöö"]),
        ],
        "education": ["2016–2019 Tartu Kutsehariduskeskus, ärikorralduse eriala",
                      "2004–2016 Tartu Kivilinna Gümnaasium, keskharidus"],
        "skills": ["Microsoft Dynamics", "Word", "Excel", "rahulik ja kannatlik",
                   "meeskonnatöö"],
        "languages": ["eesti keel – emakeel", "inglise keel – B2", "vene keel – A2"],
    },
}

for _lang, _person in OWN_WORDS.items():
    _person["posting"] = PEOPLE[_lang]["posting"]
    _person["letter"] = None
