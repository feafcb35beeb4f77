"""The match: what a posting asks for, how much it matters, and what the resume shows."""

from __future__ import annotations

from datetime import date

import pytest

from resume_helper.analysis import analyse
from resume_helper.checker import compare
from resume_helper.documents import read_text
from resume_helper.matching.demand import posting_demands
from resume_helper.matching.scoring import scoring

TODAY = date(2026, 12, 1)

POSTINGS = {
    "en": ("Customer Service Agent\nAcme Inc., Denver, CO\n\nWhat you'll do\n"
           "- Handle customer complaints\n\nWhat we're looking for\n- Experience with Zendesk\n"
           "- Salesforce is a plus\n\nWhat we offer\n- Free coffee and a patient team\n"),
    "de": ("Kundenberater (m/w/d)\nBeispiel GmbH, Berlin\n\nIhre Aufgaben\n"
           "- Beschwerdemanagement\n\nIhr Profil\n- Erfahrung mit Zendesk\n"
           "- Kenntnisse in Salesforce sind von Vorteil\n\nWir bieten\n"
           "- Ein geduldiges Team und Kaffee\n"),
    "da": ("Kundeservicemedarbejder\nEksempel A/S, Aarhus\n\nDine opgaver\n"
           "- Håndtere klager\n\nVi forventer, at du\n- har erfaring med Zendesk\n"
           "- Salesforce er en fordel\n\nVi tilbyder\n- Et tålmodigt team og kaffe\n"),
    "et": ("Klienditeenindaja\nNäide OÜ, Tallinn\n\nTööülesanded\n"
           "- Kaebuste lahendamine\n\nNõudmised kandidaadile\n- Zendeski kasutamise kogemus\n"
           "- Salesforce'i tundmine tuleb kasuks\n\nOmalt poolt pakume\n"
           "- Kannatlik meeskond ja kohv\n"),
}


@pytest.mark.parametrize("lang", sorted(POSTINGS))
def test_importance_follows_the_section(lang: str) -> None:
    posting = analyse(read_text(POSTINGS[lang], kind="posting"), "posting", lang=lang)
    demands = {d.skill.id: d.importance for d in posting_demands(posting.document,
                                                                  posting.skills)}
    assert demands["zendesk"] == "required"
    assert demands["salesforce"] == "nice_to_have"
    assert demands["complaint-handling"] == "duty"
    assert "patience" not in demands  # only named in the benefits: boilerplate


def test_weights_put_requirements_over_nice_to_haves_over_duties() -> None:
    importance = scoring()["importance"]
    assert importance["required"] > importance["nice_to_have"] > importance["duty"]
    category = scoring()["category"]
    for hard in ("hard", "tool", "certification"):
        assert category[hard] > category["soft"]


def _report(resume: str, posting: str, *, resume_lang: str | None = None):
    return compare(analyse(read_text(resume, kind="resume"), "resume", lang=resume_lang),
                   analyse(read_text(posting, kind="posting"), "posting"), today=TODAY)


GERMAN_POSTING = ("Kundenberater (m/w/d)\nBeispiel GmbH, Berlin\n\nIhre Aufgaben\n"
                  "- Beschwerdemanagement und Beratung am Telefon\n\nIhr Profil\n"
                  "- Erfahrung mit Zendesk\n- Sehr gute Englischkenntnisse (C1)\n"
                  "- Abgeschlossene Berufsausbildung\n")


def test_same_words_match_other_words_are_partial_absent_is_missing() -> None:
    resume = ("Anna Beispiel\nanna@example.com\nBerufserfahrung\n"
              "01/2020 – heute Kundenberaterin, Muster AG\n"
              "• Reklamationsbearbeitung im Ticketsystem\nKenntnisse\nZendesk")
    report = _report(resume, GERMAN_POSTING)
    status = {s.id: s.status for s in report.skills}
    assert status["zendesk"] == "matched"
    assert status["complaint-handling"] == "partial"
    assert status["telephone-skills"] == "missing"
    partial = next(s for s in report.skills if s.id == "complaint-handling")
    assert partial.resume_evidence == ("Reklamationsbearbeitung",)
    assert "Beschwerdemanagement" in partial.advice


def test_the_score_falls_when_a_required_skill_goes() -> None:
    base = ("Anna Beispiel\nanna@example.com\nBerufserfahrung\n"
            "01/2020 – heute Kundenberaterin, Muster AG\n• Beschwerdemanagement am Telefon\n"
            "Kenntnisse\n{tools}\nSprachen\nEnglisch (C1)\n")
    with_tool = _report(base.format(tools="Zendesk, SAP"), GERMAN_POSTING)
    without = _report(base.format(tools="SAP"), GERMAN_POSTING)
    assert with_tool.score > without.score
    assert with_tool.keywords_found == without.keywords_found + 1


def test_language_levels_are_compared() -> None:
    base = "Anna Beispiel\nBerufserfahrung\n2020 – heute Beraterin, Muster AG\nSprachen\n{x}\n"
    lower = _report(base.format(x="Englisch (B1)"), GERMAN_POSTING)
    equal = _report(base.format(x="Englisch (C1)"), GERMAN_POSTING)
    none = _report(base.format(x="Französisch (C1)"), GERMAN_POSTING)
    low, same, absent = (next(s for s in r.skills if s.id == "lang-english")
                         for r in (lower, equal, none))
    assert low.status == "partial"
    assert (low.level_found, low.level_required) == ("B1", "C1")
    assert same.status == "matched"
    assert absent.status == "missing"


def test_a_higher_education_meets_a_lower_requirement() -> None:
    report = _report("Anna Beispiel\nAusbildung\n2015–2019 Bachelor of Arts, Universität Kiel",
                     GERMAN_POSTING)
    education = next(p for p in report.parts if p.name == "education")
    assert education.value == 1.0


def test_a_german_resume_matches_an_english_posting_by_concept() -> None:
    posting = ("Customer Service Agent\nAcme Inc., Denver, CO\n\nWhat we're looking for\n"
               "- Experience in complaint handling\n- Patience\n")
    report = _report("Anna Beispiel\nProfil\nGeduldige Beraterin mit Erfahrung im "
                     "Beschwerdemanagement.", posting)
    assert report.languages == {"resume": "de", "posting": "en"}
    status = {s.id: s.status for s in report.skills}
    assert status["complaint-handling"] == status["patience"] == "matched"


def test_every_part_explains_itself_and_the_score_is_their_weighted_mean() -> None:
    report = _report("Anna Beispiel\nBerufserfahrung\n01/2020 – heute Beraterin, Muster AG\n"
                     "• Beschwerdemanagement\nKenntnisse\nZendesk", GERMAN_POSTING)
    assert {p.name for p in report.parts} >= {"skills", "title", "education", "languages"}
    for part in report.parts:
        assert part.explanation
        assert 0 <= part.value <= 1
    total = sum(p.weight for p in report.parts)
    assert report.score == round(100 * sum(p.weight * p.value for p in report.parts) / total)


def test_years_of_experience_from_dates_count_overlaps_once() -> None:
    posting = ("Customer Service Agent\nAcme Inc., Denver, CO\n\nWhat we're looking for\n"
               "- 3+ years of customer service experience\n")
    resume = ("Sam Doe\nExperience\nCustomer Service Agent, Acme Inc. | Jan 2020 - Dec 2021\n"
              "Call Center Agent, Phone LLC | Jan 2021 - Dec 2021\n")
    report = _report(resume, posting)
    experience = next(p for p in report.parts if p.name == "experience")
    assert experience.value == pytest.approx(2 / 3)


@pytest.mark.parametrize(("lang", "posting", "resume", "transferable"), [
    ("en", "Customer Service Agent\nAcme Inc., Denver, CO\n\nWhat we're looking for\n"
           "- 2+ years of experience in customer service or a call center\n",
     "Sam Doe\nExperience\nCustomer Service Agent, Acme Inc. | Jan 2024 - Dec 2024\n"
     "Forklift Operator, Depot LLC | Jan 2018 - Dec 2023\n- Trained new hires\n",
     "Forklift Operator"),
    ("de", "Kundenberater (m/w/d)\nBeispiel GmbH, Berlin\n\nIhr Profil\n"
           "- Mindestens 2 Jahre Berufserfahrung im Kundenservice oder Callcenter\n",
     "Anna Beispiel\nBerufserfahrung\n01/2024 – 12/2024 Kundenberaterin, Muster AG\n"
     "01/2018 – 12/2023 Lageristin, Depot GmbH\n",
     "Lageristin"),
    ("da", "Kundeservicemedarbejder\nEksempel A/S, Aarhus\n\nVi forventer, at du\n"
           "- har mindst 2 års erfaring med kundeservice eller fra et callcenter\n",
     "Mette Eksempel\nErhvervserfaring\n01/2024 – 12/2024 Kundeservicemedarbejder, Muster A/S\n"
     "01/2018 – 12/2023 Tømrer, Byg ApS\n",
     "Tømrer"),
    ("et", "Klienditeenindaja\nNäide OÜ, Tallinn\n\nNõudmised kandidaadile\n"
           "- Vähemalt 2-aastane töökogemus klienditeeninduses või kõnekeskuses\n",
     "Kadri Näide\nTöökogemus\n01.2024 – 12.2024 Klienditeenindaja, Näide AS\n"
     "01.2018 – 12.2023 Keevitaja, Metall OÜ\n",
     "Keevitaja"),
])
def test_years_count_the_roles_the_posting_asks_for(lang: str, posting: str, resume: str,
                                                     transferable: str) -> None:
    """Six years as a forklift operator are not customer-service years: shown as
    transferable, not counted."""
    report = _report(resume, posting)
    experience = next(p for p in report.parts if p.name == "experience")
    assert experience.value == pytest.approx(0.5, abs=0.05)
    assert transferable in experience.explanation


def test_the_education_part_names_both_degrees_in_the_report_language() -> None:
    posting = ("Customer Service Agent\nAcme Inc., Denver, CO\n\nWhat we're looking for\n"
               "- High school diploma or GED\n- Patience\n")
    resume = analyse(read_text("Anna Beispiel\nProfil\nGeduldige Beraterin.\nAusbildung\n"
                               "2015–2018 Abgeschlossene Berufsausbildung, Berufsschule Kiel",
                               kind="resume"), "resume")
    report = compare(resume, analyse(read_text(posting, kind="posting"), "posting"), lang="en",
                     today=TODAY)
    education = next(p for p in report.parts if p.name == "education")
    assert "Berufsausbildung" not in education.explanation
    assert "Vocational training" in education.explanation


def test_what_if_gains_and_the_keyword_table() -> None:
    """Each missing skill says how many points it would add if truthfully shown; a required
    one adds more than a duty. The keyword table counts the posting's and the resume's use."""
    from resume_helper.report.layout import keyword_rows

    posting = ("Customer Service Agent\nAcme Inc., Denver, CO\n\nWhat you'll do\n"
               "- Upsell where it helps the customer\n\nWhat we're looking for\n"
               "- Experience with Zendesk\n- Patience\n")
    report = _report("Sam Doe\nExperience\nAgent, Shop LLC | 2020 - 2024\n- Patient with every "
                     "caller, patience on every call\n", posting)
    gains = {s.id: s.gain for s in report.skills}
    assert gains["zendesk"] > gains["upselling"] > 0
    assert gains["patience"] == 0  # already shown
    rows = {term.lower(): (in_posting, in_resume) for term, in_posting, in_resume
            in keyword_rows(report)}
    assert rows["zendesk"] == (1, 0)
    assert rows["patience"][1] == 2
