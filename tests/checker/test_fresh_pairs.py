"""Round 6: pairs nobody tuned on (tests/checker/fresh_pairs) and the misjudgements reading
them as a recruiter found, each class in every language.

The pairs are held to the targets of issue 14 (strong >= 70, weak <= 35, statuses right for
at least 90 % of what the report lists). The class tests below each failed before round 6:
- years of experience count the roles of the field asked ("customer service or a contact
  centre": a Contact Centre Agent counts by title), not a shop or hotel job whose bullet
  names the field (customer contact there transfers);
- a wish on a line of a skills or languages list ("Ziel: Wechsel in den Kundenservice") is no
  evidence;
- a posting's "Beschwerden und Reklamationen" is met in its own words by "Gästebeschwerden";
- a finished apprenticeship listed as a job is an education, compared by field;
- a language the resume is only written in is not "named without a level".
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from resume_helper.matching.evaluation import (
    STRONG_MIN,
    WEAK_MAX,
    PairResult,
    listed_accuracy,
    load_pairs,
    run,
)
from resume_helper.messages import Messages

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_recruiter import HEAD, PERSON, _report, _skill  # noqa: E402

FRESH = Path(__file__).resolve().parent / "fresh_pairs"
LANGS = ("en", "de", "da", "et")
ALL = load_pairs(FRESH)
STATUS_TARGET = 0.90


@pytest.fixture(scope="module")
def results() -> dict[str, PairResult]:
    return {r.pair.id: r for r in run(ALL)}


def test_every_language_has_a_strong_a_changer_and_a_weak_pair() -> None:
    for lang in LANGS:
        kinds = {p.kind for p in ALL if p.group == lang}
        assert {"strong", "weak", "career-changer"} <= kinds, lang


@pytest.mark.parametrize("pair_id", [p.id for p in ALL if p.kind in ("strong", "weak")])
def test_fresh_strong_score_high_and_weak_low(pair_id: str,
                                              results: dict[str, PairResult]) -> None:
    result = results[pair_id]
    if result.pair.kind == "strong":
        assert result.score >= STRONG_MIN, result.wrong
    else:
        assert result.score <= WEAK_MAX, result.wrong


@pytest.mark.parametrize("lang", LANGS)
def test_fresh_statuses_are_a_recruiters(lang: str, results: dict[str, PairResult]) -> None:
    mine = [r for r in results.values() if r.pair.group == lang]
    assert listed_accuracy(mine) >= STATUS_TARGET, {r.pair.id: r.wrong for r in mine}


def test_fresh_order_strong_changer_weak(results: dict[str, PairResult]) -> None:
    by_posting: dict[Path, dict[str, list[int]]] = {}
    for result in results.values():
        by_posting.setdefault(result.pair.posting, {}).setdefault(
            result.pair.kind, []).append(result.score)
    for posting, kinds in by_posting.items():
        if "strong" in kinds and "weak" in kinds:
            assert min(kinds["strong"]) > max(kinds["weak"]) + 30, posting.name
        if "career-changer" in kinds:
            assert min(kinds["strong"]) > max(kinds["career-changer"]) > max(kinds["weak"])


def _experience(report) -> str:
    return next(p for p in report.parts if p.name == "experience").explanation


def _pair_report(pair_id: str):
    from resume_helper.checker import check
    from resume_helper.matching.evaluation import TODAY

    pair = next(p for p in ALL if p.id == pair_id)
    return check(pair.resume, pair.posting, today=TODAY)


# (years asked, a role of the field named only by a word the skill engine has no concept
# for, a customer-facing role of another field whose bullet names customer service)
YEARS = {
    "en": ("- At least 2 years of experience in customer service or a contact centre\n",
           "Contact Centre Agent, Northline Energy\n- Answered calls about bills and meter "
           "readings", "Sales Assistant, Boots\n- Served customers at the till"),
    "de": ("- Mindestens zwei Jahre Berufserfahrung im Kundenservice oder in einem Callcenter\n",
           "Agentin im Inbound-Callcenter, Dialog GmbH\n- Annahme von Anrufen zu Rechnungen",
           "Verkäuferin, Drogeriemarkt Kranz\n- Kundenservice an der Kasse"),
    "da": ("- Du har mindst 2 års erfaring med kundeservice eller fra et callcenter\n",
           "Agent i callcenter, Telefonservice ApS\n- Besvarede opkald om regninger",
           "Butiksassistent, Matas\n- Kundeservice ved kassen"),
    "et": ("- Vähemalt 2-aastane töökogemus klienditeeninduses või kõnekeskuses\n",
           "Kõnekeskuse operaator, Eesti Energia (näidis)\n- Kõnede vastuvõtmine "
           "arveküsimustes", "Müüja-kassapidaja, Rimi (näidis)\n- Klienditeenindus kassas"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_years_count_the_roles_of_the_field_asked(lang: str) -> None:
    asked, field_role, other_role = YEARS[lang]
    report = _report(PERSON[lang] + f"2019 – 2023 {field_role}\n2015 – 2019 {other_role}\n",
                     HEAD[lang] + asked)
    explanation = _experience(report)
    counted, transferable = explanation.split(".", 1)[0], explanation.split(".", 1)[1]
    assert "(1)" in counted  # one role counted ...
    assert field_role.split(",")[0] not in transferable  # ... the call-centre one
    assert other_role.split(",")[0] in transferable


def test_a_contact_centre_agent_counts_and_a_sales_assistant_transfers() -> None:
    explanation = _experience(_pair_report("fresh-en-strong"))
    assert "Contact Centre Agent" not in explanation
    assert "Sales Assistant" in explanation
    assert "about 6.0 years" in explanation  # 2022–today and 2021–2022, not the shop years


def test_a_shop_job_with_a_customer_service_desk_is_not_customer_service_years() -> None:
    report = _pair_report("fresh-da-changer")
    part = next(p for p in report.parts if p.name == "experience")
    assert part.value == 0.0
    assert "Butiksassistent" in part.explanation


WISH = {
    "en": ("Skills\nMicrosoft Office, Excel\nGoal: moving into customer service in a contact "
           "centre\n", "- Experience in customer service\n", "Receptionist, Grand Hotel"),
    "de": ("Kenntnisse\nMS Office, Excel\nZiel: Wechsel in den Kundenservice\n",
           "- Erfahrung im Kundenservice\n", "Rezeptionistin, Hotel Krone"),
    "da": ("Kompetencer\nMicrosoft Office, Excel\nJeg vil gerne arbejde med kundeservice\n",
           "- Erfaring med kundeservice\n", "Receptionist, Hotel Ny"),
    "et": ("Keeled\neesti keel – emakeel\nSoovin liikuda klienditeeninduse valdkonda.\n",
           "- Kogemus klienditeeninduses\n", "Administraator, Hotell Meri"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_wish_on_a_list_line_is_no_evidence(lang: str) -> None:
    listed, asked, job = WISH[lang]
    report = _report(PERSON[lang] + f"2019 – 2023 {job}\n" + listed, HEAD[lang] + asked)
    skill = _skill(report, "customer-service")
    assert skill.status == "partial"  # by the receptionist's title, not by the wish
    assert skill.resume_evidence == (job.split(",")[0],)


def test_a_wish_word_inside_a_skill_is_a_fact() -> None:
    report = _report(PERSON["en"] + "2019 – 2023 Receptionist, Grand Hotel\nSkills\n"
                     "Solution-seeking, customer service\n",
                     HEAD["en"] + "- Experience in customer service\n")
    assert _skill(report, "customer-service").status == "matched"


def test_the_changers_wishes_in_the_fresh_pairs_are_no_evidence() -> None:
    et = _skill(_pair_report("fresh-et-changer"), "customer-service")
    assert "klienditeeninduse" not in et.resume_evidence
    de = _pair_report("fresh-de-changer")
    assert all("Ziel" not in e for e in _skill(de, "customer-service").resume_evidence)


@pytest.mark.parametrize(("lang", "asked", "shown"), [
    ("de", "- Sie bearbeiten Beschwerden und Reklamationen\n",
     "- Bearbeitung von Gästebeschwerden\n"),
    ("en", "- Handle complaints and returns\n", "- Handled guest complaints at the front desk\n"),
    ("da", "- Du håndterer klager og reklamationer\n", "- Håndtering af kundeklager\n"),
    ("et", "- Kaebuste ja pretensioonide lahendamine\n", "- Klientide kaebuste lahendamine\n"),
])
def test_one_of_two_joined_words_is_the_postings_words(lang: str, asked: str,
                                                       shown: str) -> None:
    report = _report(PERSON[lang] + "2019 – 2023 " + HEAD[lang].split("\n")[0] + "\n" + shown,
                     HEAD[lang] + asked)
    assert _skill(report, "complaint-handling").status == "matched"


@pytest.mark.parametrize(("lang", "asked", "training"), [
    ("de", "- Abgeschlossene kaufmännische Ausbildung\n",
     "2015 – 2018 Ausbildung zum Kfz-Mechatroniker, Autohaus Kessler"),
    ("en", "- A completed apprenticeship in business administration\n",
     "2014 – 2017 Apprenticeship as an electrician, Sparks Ltd"),
    ("da", "- Du har en kontoruddannelse\n",
     "2012 – 2016 Erhvervsuddannelse som tømrer, Byg & Tag ApS"),
    ("et", "- Kutseharidus ärikorralduse erialal\n",
     "2014 – 2017 Kutseõpe, kokk, Kopli Ametikool"),
])
def test_an_apprenticeship_listed_as_a_job_is_an_education_of_its_field(
        lang: str, asked: str, training: str) -> None:
    jobs = {"en": "Receptionist, Grand Hotel", "de": "Rezeptionistin, Hotel Krone",
            "da": "Receptionist, Hotel Ny", "et": "Administraator, Hotell Meri"}
    report = _report(PERSON[lang] + f"2019 – 2023 {jobs[lang]}\n{training}\n",
                     HEAD[lang] + asked)
    education = _skill(report, "edu-vocational")
    assert education.status == "partial"  # the level, in another field
    assert education.resume_evidence


def test_a_training_still_under_way_or_led_is_no_education() -> None:
    from resume_helper.analysis import analyse
    from resume_helper.documents import read_text

    resume = analyse(read_text(PERSON["de"] + "2019 – heute Ausbildung zur Kauffrau für "
                               "Büromanagement, Stadtwerke\n2015 – 2019 Leiter Ausbildung, "
                               "Autohaus Kessler\n", kind="resume"), "resume")
    assert resume.schooling == ()


LANGUAGE_ASKED = {"en": "- Fluent English (C1)\n", "de": "- Sehr gute Deutschkenntnisse (C1)\n",
                  "da": "- Du taler og skriver flydende dansk\n",
                  "et": "- Eesti keele oskus emakeelena\n"}


@pytest.mark.parametrize("lang", LANGS)
def test_a_language_the_resume_is_only_written_in_is_not_named_without_a_level(
        lang: str) -> None:
    report = _report(PERSON[lang] + "2019 – 2023 " + HEAD[lang].split("\n")[0] + "\n"
                     + YEARS[lang][1].split("\n")[1] + "\n", HEAD[lang] + LANGUAGE_ASKED[lang])
    skill = next(s for s in report.skills if s.category == "language")
    assert skill.status == "partial"
    assert skill.level_found is None
    messages = Messages(lang)
    assert skill.advice == messages.text("advice.language_implied",
                                         required=messages.level(skill.level_required))


# (posting title, a resume title of another occupation of the same field, the field's name)
KIN_TITLES = {
    "en": ("Customer Service Representative", "Call Centre Agent", "Customer service"),
    "de": ("Kundenberater (m/w/d)", "Callcenter-Agentin", "Kundenservice"),
    "da": ("Kundeserviceassistent", "Kundeservicemedarbejder", "Kundeservice"),
    "et": ("Klienditoe teenindaja", "Klienditeenindaja", "Klienditeenindus"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_title_of_another_occupation_of_the_field_counts_most(lang: str) -> None:
    title, held, field = KIN_TITLES[lang]
    posting = title + "\n" + HEAD[lang].split("\n", 1)[1] + "- " + YEARS[lang][0][2:]
    report = _report(PERSON[lang] + f"2019 – 2023 {held}, Firma\n"
                     + YEARS[lang][1].split("\n")[1] + "\n", posting)
    part = next(p for p in report.parts if p.name == "title")
    assert part.value == 0.75
    assert held in part.explanation
    assert field in part.explanation


@pytest.mark.parametrize(("lang", "title", "held"), [
    ("de", "Sachbearbeiter Kundenservice E-Commerce", "Kundenservicemitarbeiterin Versand"),
    ("da", "Kundeservice", "Kundeservicekonsulent"),
    ("et", "Klienditoe tiimijuht", "Klienditoekonsultant"),
])
def test_a_title_word_inside_a_compound_title_is_shared(lang: str, title: str,
                                                        held: str) -> None:
    from resume_helper.matching.factors import covered, title_words

    wanted, have = title_words(title, lang), title_words(held, lang)
    assert sum(covered(w, have, lang) for w in wanted) >= 1


def test_years_in_sales_count_where_the_posting_accepts_sales() -> None:
    explanation = _experience(_pair_report("fresh-et-b-strong-ownwords"))
    assert "(2)" in explanation  # customer support and the shop job: "klienditoes või müügis"
    assert "ülekantav" not in explanation


EMPLOYED = {"en": "2019 – 2023 Customer Service Agent, Firm\n",
            "de": "2019 – 2023 Kundenberaterin, Firma GmbH\n",
            "da": "2019 – 2023 Kundeservicemedarbejder, Firma A/S\n",
            "et": "2019 – 2023 Klienditeenindaja, Firma OÜ\n"}


@pytest.mark.parametrize(("lang", "asked", "shown", "concept"), [
    ("da", "- Du har en kontoruddannelse, HHX eller tilsvarende\n",
     "Uddannelse\n2015 – 2018 HHX, Aarhus Handelsgymnasium\n", "edu-vocational"),
    ("de", "- Abgeschlossene kaufmännische Ausbildung, Abitur oder eine vergleichbare "
     "Qualifikation\n", "Schulbildung\n2012 – 2015 Abitur, Goethe-Gymnasium Kassel\n",
     "edu-vocational"),
    ("en", "- Experience with Zendesk, Freshdesk or a similar helpdesk tool\n",
     "- Answered tickets in Freshdesk\n", "zendesk"),
    ("et", "- Zendeski, Freshdeski või mõne muu klienditoe tarkvara kasutamise kogemus\n",
     "- Pöördumiste lahendamine Freshdeskis\n", "zendesk"),
])
def test_a_list_ending_in_or_something_else_offers_alternatives(
        lang: str, asked: str, shown: str, concept: str) -> None:
    """"X, Y eller tilsvarende": the last "or" leads to no concept, yet X and Y are
    alternatives, and a resume showing Y meets X."""
    skill = _skill(_report(PERSON[lang] + EMPLOYED[lang] + shown, HEAD[lang] + asked), concept)
    assert skill.status == "matched"
    assert skill.basis == "alternative"


def test_the_cross_pairs_education_alternative_is_met_by_hhx() -> None:
    report = _pair_report("fresh-cross-en-da-strong")
    assert _skill(report, "edu-vocational").status == "matched"


@pytest.mark.parametrize(("lang", "asked", "concept", "quoted"), [
    ("et", "- Keskharidust\n", "edu-upper-secondary", "„keskharidus“"),
    ("et", "- Vene keele oskust suhtlustasandil\n", "lang-russian", "„vene keele oskus“"),
    ("de", "- Abgeschlossene kaufmännische Ausbildung\n", "edu-vocational",
     "„Abgeschlossene kaufmännische Ausbildung“"),
    ("da", "- Du har gode engelskkundskaber\n", "lang-english", "»engelskkundskaber«"),
])
def test_a_degree_or_language_is_quoted_in_its_base_form(lang: str, asked: str, concept: str,
                                                          quoted: str) -> None:
    """Estonian inflects a noun phrase's last word only: the advice names "keskharidus", not
    the partitive the ad uses; other languages quote the ad's words as they stand."""
    resume = PERSON[lang] + "2019 – 2023 " + HEAD[lang].split("\n")[0] + "\n" + \
        YEARS[lang][2].split("\n")[1] + "\n"
    skill = _skill(_report(resume, HEAD[lang] + asked), concept)
    assert skill.status == "missing"
    assert quoted.lower() in skill.advice.lower()


def test_no_nice_to_have_weighs_as_much_as_any_requirement() -> None:
    from resume_helper.matching.scoring import scoring

    data = scoring()
    nice = max(data["importance"]["nice_to_have"] * w for w in data["category"].values())
    required = min(data["importance"]["required"] * w for w in data["category"].values())
    assert nice < required


def test_a_missing_nice_to_have_tool_adds_no_more_than_a_missing_requirement() -> None:
    report = _pair_report("fresh-de-changer")  # SAP "wünschenswert", Geduld required
    assert _skill(report, "sap").importance == "nice_to_have"
    assert _skill(report, "patience").importance == "required"
    from resume_helper.matching.score import skill_weight

    assert skill_weight(_skill(report, "sap")) < skill_weight(_skill(report, "patience"))
    assert _skill(report, "sap").gain <= _skill(report, "patience").gain  # whole points


@pytest.mark.parametrize(("lang", "asked", "held"), [
    ("en", "- GCSEs in English and Maths (grade 4/C or above)\n",
     "Education\nAllerton High School, 9 GCSEs including English (6) and Maths (5), 2016\n"),
    ("de", "- Mindestens ein Hauptschulabschluss\n",
     "Schulbildung\n2016 Qualifizierender Hauptschulabschluss, Mittelschule Heuchelhof\n"),
    ("da", "- Du har gennemført folkeskolen\n",
     "Uddannelse\n2016 Folkeskolens afgangsprøve, Skovvangskolen\n"),
    ("et", "- Vähemalt põhiharidus\n", "Haridus\n2016 Tartu Kesklinna Kool, põhiharidus\n"),
])
def test_each_countrys_school_leaving_certificate_is_read_as_its_level(
        lang: str, asked: str, held: str) -> None:
    """GCSEs are the UK's lower-secondary qualification, as Hauptschulabschluss, folkeskolens
    afgangsprøve and põhiharidus are elsewhere: asked and held, they are compared by level."""
    report = _report(PERSON[lang] + EMPLOYED[lang] + held, HEAD[lang] + asked)
    assert _skill(report, "edu-lower-secondary").status == "matched"


def test_a_shop_job_does_not_count_when_the_years_ask_for_two_concepts() -> None:
    from resume_helper.analysis import Role
    from resume_helper.matching.factors import _counts

    shop = Role(title="Sales Assistant", dates=None, concepts=frozenset({"customer-service"}))
    asked = frozenset({"customer-service", "inbound-calls"})
    assert not _counts(shop, asked, [], "en", frozenset({"customer-service"}))
    calls = Role(title="Sales Assistant", dates=None,
                 concepts=frozenset({"customer-service", "inbound-calls"}))
    assert _counts(calls, asked, [], "en", frozenset({"customer-service"}))


# The years a recruiter counts for each fresh pair (None: no role of the field asked).
# en strong: the advisor and contact-centre jobs, not the Boots till; et strong: the
# call-centre operator too; da changer: a shop job with a customer-service desk is none.
YEARS_COUNTED = {
    "fresh-en-strong": "6.0", "fresh-en-changer": None, "fresh-en-weak": None,
    "fresh-en-b-strong-ownwords": "6.4", "fresh-en-b-weak": None,
    "fresh-de-strong": "7,3", "fresh-de-changer": None, "fresh-de-weak": None,
    "fresh-da-strong": "7,0", "fresh-da-changer": None, "fresh-da-weak": None,
    "fresh-et-strong": "7,3", "fresh-et-changer": None, "fresh-et-weak": None,
    "fresh-et-b-strong-ownwords": "8,3", "fresh-et-b-weak": None,
    "fresh-cross-en-da-strong": "5.3", "fresh-cross-en-da-weak": None,
}


@pytest.mark.parametrize("pair_id", sorted(YEARS_COUNTED))
def test_each_fresh_pair_counts_the_years_a_recruiter_counts(pair_id: str) -> None:
    part = next(p for p in _pair_report(pair_id).parts if p.name == "experience")
    years = YEARS_COUNTED[pair_id]
    if years is None:
        assert part.value == 0.0, part.explanation
    else:
        assert f" {years} " in part.explanation, part.explanation


def test_or_something_else_after_tools_of_different_kinds_offers_no_alternative() -> None:
    """"MS Office, SAP oder vergleichbare Systeme" asks for Office and for SAP or the like:
    SAP does not stand in for Office."""
    report = _report(PERSON["de"] + "2019 – 2023 Kundenberaterin, Firma GmbH\n- Buchungen in "
                     "SAP\n", HEAD["de"] + "- Sicherer Umgang mit MS Office, SAP oder "
                     "vergleichbaren Systemen\n")
    assert _skill(report, "microsoft-office").status == "missing"
    assert _skill(report, "microsoft-office").alternatives == ()


@pytest.mark.parametrize(("lang", "title", "held"), [
    ("de", "Mitarbeiter Kundenservice", "Lagermitarbeiter"),
    ("da", "Medarbejder til kundeservice", "Lagermedarbejder"),
    ("et", "Klienditoe spetsialist", "Laospetsialist"),
])
def test_a_generic_head_inside_another_jobs_compound_is_not_shared(lang: str, title: str,
                                                                   held: str) -> None:
    from resume_helper.matching.factors import covered, title_words

    have = title_words(held, lang)
    assert not any(covered(w, have, lang) for w in title_words(title, lang))
