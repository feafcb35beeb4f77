"""Years asked in a field the skill engine does not know ("2 års erfaring med bogføring",
"2 Jahre Berufserfahrung in der Buchhaltung") count only roles whose title or bullets name
that field; a line that names no field ("3 years of experience") counts every role. Ads
modelled on https://www.ug.dk/job/job-fordelt-paa-erhvervsomraader/kontorregnskabfinans/bogholderiregnskab/regnskabsmedarbejder
and https://stellenanzeigen.de/jobs/debitorenbuchhalter-in."""

from __future__ import annotations

import pytest

from resume_helper.analysis import analyse
from resume_helper.checker import compare
from resume_helper.documents import read_text

POSTINGS = {
    "da": "Bogholder\nVesterhavs Fisk A/S, Esbjerg\n\nVi forventer\n"
          "- mindst 2 års erfaring med {field}\n- Du er struktureret\n",
    "de": "Buchhalter (m/w/d)\nNordhafen Logistik GmbH, Bremen\n\nIhr Profil\n"
          "- Mindestens 2 Jahre Berufserfahrung in der {field}\n- Sorgfalt\n",
}
FIELDS = {"da": ("bogføring", "havbrug"), "de": ("Buchhaltung", "Zollabwicklung")}
RESUMES = {
    "da": "Lise Damgaard\nlise@example.dk · 28 44 19 07\n\nErhvervserfaring\n2019 – 2024\n"
          "Regnskabsassistent\nSydvest Emballage A/S, Esbjerg\n"
          "- Bogføring af købsfakturaer og kontoafstemninger\n",
    "de": "Melanie Brinkhoff\nm.brinkhoff@example.de · 0421 5566789\n\nBerufserfahrung\n"
          "08/2018 – 03/2023\nKauffrau für Büromanagement, Hansekontor Steuerberatung\n"
          "- Vorbereitende Buchhaltung und Rechnungsprüfung\n",
}


def _experience(lang: str, field: str) -> float:
    posting = analyse(read_text(POSTINGS[lang].format(field=field), kind="posting"),
                      "posting", lang=lang)
    resume = analyse(read_text(RESUMES[lang], kind="resume"), "resume", lang=lang)
    part = next(p for p in compare(resume, posting, lang=lang).parts if p.name == "experience")
    return part.value


@pytest.mark.parametrize("lang", ["da", "de"])
def test_years_count_in_the_field_the_posting_names(lang: str) -> None:
    own, other = FIELDS[lang]
    assert _experience(lang, own) == 1.0
    assert _experience(lang, other) == 0.0


@pytest.mark.parametrize(("lang", "posting", "resume", "language"), [
    ("et", "Raamatupidaja\nKaseküla Haldus OÜ, Tartu\n\nNõudmised\n"
           "- Vähemalt 3-aastane töökogemus raamatupidajana\n- Eesti ja vene keele oskus\n"
           "- Klientide nõustamine telefoni teel\n",
     "Kertu Saar\nkertu@example.ee · +372 5555 1234\n\nTöökogemus\n03.2019 – praeguseni\n"
     "Klienditeenindaja (kõnekeskus), Elisa Eesti AS\n- Klientide nõustamine telefoni teel "
     "eesti ja vene keeles\n", "keel"),
    ("de", "Buchhalter (m/w/d)\nNordhafen Logistik GmbH, Bremen\n\nIhr Profil\n"
           "- Mindestens 2 Jahre Berufserfahrung in der Buchhaltung\n"
           "- Sehr gute Deutsch- und Englischkenntnisse\n- Telefonische Kundenberatung\n",
     "Jana Ott\njana@example.de · 0151 2345678\n\nBerufserfahrung\n03/2019 – heute\n"
     "Kundenberaterin, Hansa Mobil AG\n- Telefonische Kundenberatung auf Deutsch und "
     "Englisch\n", "Englisch"),
])
def test_a_transferable_role_shows_skills_not_languages(lang: str, posting: str, resume: str,
                                                         language: str) -> None:
    """A language is the person's, not a job's: the roles listed as transferable name what
    the job showed (telephone work), never the language it was done in."""
    ad = analyse(read_text(posting, kind="posting"), "posting", lang=lang)
    cv = analyse(read_text(resume, kind="resume"), "resume", lang=lang)
    part = next(p for p in compare(cv, ad, lang=lang).parts if p.name == "experience")
    assert part.value == 0.0
    transferable = part.explanation.split(":", 1)[-1]
    assert language not in transferable.split("“", 2)[-1]
