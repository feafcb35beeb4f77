"""The advice quotes the posting's own word in its base form, never a shorter word of
another class it starts with ("ausus", not "aus"; "tålmodighed", not "tålmodig"); a short
word and its derived noun are the same words ("aus" / "ausus"); a language the resume lists
is shown as listed ("eesti – emakeel"). Ads modelled on
https://korteriyhistu.net/firmast/toopakkumised/kaugraamatupidaja (Estonian) and
https://jobzoo.dk/kundeservicemedarbejder (Danish)."""

from __future__ import annotations

import pytest

from resume_helper.analysis import analyse
from resume_helper.checker import compare
from resume_helper.documents import read_text

POSTINGS = {
    "et": ("Raamatupidaja\nKaseküla Haldus OÜ, Tartu\n\nNõudmised\n"
           "- Korrektsus, täpsus ja ausus\n- Eesti keele väga hea oskus\n"),
    "da": ("Kundeservicemedarbejder\nNordlys Energi A/S, Aarhus\n\nVi forventer\n"
           "- Du har tålmodighed og et godt overblik\n- Du taler flydende dansk\n"),
}
RESUMES = {
    "et": ("Kadri Põldsaar\nkadri@example.ee · +372 5123 4567\n\nTöökogemus\n"
           "Raamatupidaja, Emajõe Kinnisvara OÜ\n03.2019 – praeguseni\n"
           "- Arvete sisestamine Merit Aktivas\n\nKeeleoskus\n| Keel | Tase |\n|---|---|\n"
           "| eesti | emakeel |\n\nIsikuomadused\n{quality}\n"),
    "da": ("Mads Kjærgaard\nmads@example.dk · 22 33 44 55\n\nErhvervserfaring\n"
           "Kundeservicemedarbejder, Fjordnet ApS\n2020 – nu\n- Besvarede opkald fra kunder\n\n"
           "Sprog\nDansk – modersmål\n\nPersonlige kompetencer\n{quality}\n"),
}
QUALITY = {"et": ("aus ja täpne", "ausus", "trustworthiness"),
           "da": ("tålmodig og rolig", "tålmodighed", "patience")}


def _report(lang: str, quality: str):
    resume = analyse(read_text(RESUMES[lang].format(quality=quality), kind="resume"),
                     "resume", lang=lang)
    posting = analyse(read_text(POSTINGS[lang], kind="posting"), "posting", lang=lang)
    return compare(resume, posting, lang=lang)


@pytest.mark.parametrize("lang", ["et", "da"])
def test_derived_noun_is_the_same_word_and_advice_quotes_it(lang: str) -> None:
    adjective, noun, concept = QUALITY[lang]
    stated = next(s for s in _report(lang, adjective).skills if s.id == concept)
    assert stated.status == "matched"
    absent = next(s for s in _report(lang, "Punktlig." if lang == "da" else "Kiire.").skills
                  if s.id == concept)
    assert absent.status == "missing"
    assert f"{noun}" in absent.advice
    assert f"„{adjective.split()[0]}“" not in absent.advice
    assert f"»{adjective.split()[0]}«" not in absent.advice


@pytest.mark.parametrize(("lang", "evidence"), [("et", "eesti – emakeel"),
                                                 ("da", "Dansk – modersmål")])
def test_a_listed_language_is_shown_as_listed(lang: str, evidence: str) -> None:
    report = _report(lang, QUALITY[lang][0])
    language = next(s for s in report.skills if s.category == "language")
    assert language.resume_evidence == (evidence,)


@pytest.mark.parametrize(("lang", "posting", "concept", "term"), [
    ("de", "Kundenberater (m/w/d)\nNordWind Energie GmbH, Hamburg\n\nIhre Aufgaben\n"
           "- Sie übernehmen das Beschwerdemanagement und finden kundenorientierte Lösungen\n",
     "customer-issue-resolution", "kundenorientierte Lösungen finden"),
    ("et", "Klienditeenindaja\nElisa Eesti AS, Tallinn\n\nÜlesanded\n"
           "- nõustad kliente telefoni teel\n", "advising", "kliente nõustama"),
])
def test_a_mention_in_sentence_order_is_quoted_verb_last(lang: str, posting: str, concept: str,
                                                         term: str) -> None:
    """German and Estonian name a skill with the verb last; the advice quotes the posting's
    words in that order, the verb as the taxonomy names it, not the sentence's fragment."""
    resume = analyse(read_text("Anna Test\nanna@example.com\n\nErfahrung\n2020 – 2024\n"
                               "Lagerist, Beispiel GmbH\n- Kommissionierung\n", kind="resume"),
                     "resume", lang=lang)
    ad = analyse(read_text(posting, kind="posting"), "posting", lang=lang)
    skill = next(s for s in compare(resume, ad, lang=lang).skills if s.id == concept)
    assert skill.term == term
    assert term in skill.advice


@pytest.mark.parametrize(("lang", "posting", "term"), [
    ("et", "Klienditeenindaja\nElisa Eesti AS, Tallinn\n\nÜlesanded\n"
           "- klientide nõustamine telefoni teel\n", "telefoni teel"),
])
def test_another_small_word_is_another_wording(lang: str, posting: str, term: str) -> None:
    """The posting's "telefoni teel" is quoted as it stands, not as the taxonomy's "telefoni
    kaudu" (the engine finds no English mention that only a small word sets apart)."""
    resume = analyse(read_text("Sam Doe\nsam@example.com\n\nExperience\n2020 – 2024\n"
                               "Warehouse Associate, Acme LLC\n- Picked orders\n", kind="resume"),
                     "resume", lang=lang)
    ad = analyse(read_text(posting, kind="posting"), "posting", lang=lang)
    skill = next(s for s in compare(resume, ad, lang=lang).skills if s.id == "telephone-skills")
    assert skill.term == term
