"""The posting's words next to evidence written in the applicant's own words.

Strong applicants rarely write the posting's words ("dealt with their complaints" for
"Resolve customer complaints"). Tailoring may add the posting's name for a skill the resume
proves, as a noun phrase beside the evidence or leading the bullet, and the match must then
read it as the posting's words; titles, numbers and the rest of the line stay as written.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from resume_helper.documents import read_document
from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.tailoring import tailor
from resume_helper.tailoring.terms import nominal, posting_term
from tests.tailoring.layouts import PEOPLE, build_resume
from tests.tailoring.own_words import OWN_WORDS

TODAY = date(2026, 12, 2)


@pytest.fixture(scope="module", params=SUPPORTED_LANGUAGES)
def own_words(request):  # noqa: ANN201 - (lang, original bytes, Tailored)
    lang = request.param
    person = OWN_WORDS[lang]
    data = build_resume(lang, "plain", person=person)
    return lang, data, tailor(data, person["posting"].encode(), today=TODAY, accept="all")


def test_the_posting_s_words_are_written_beside_own_words_and_count(own_words) -> None:
    lang, _, result = own_words
    written = [s for s in result.plan.accepted() if s.kind in ("term", "rephrase")]
    assert written, f"{lang}: no term or rephrasing for a resume in its own words"
    statuses = {s.id: s.status for s in result.report.skills}
    text = read_document(result.resume_docx, kind="resume").text
    for suggestion in written:
        assert suggestion.after in text
        concept = next(s.id for s in result.report.skills
                       if suggestion.requirement in (s.label, *s.posting_evidence))
        assert statuses[concept] == "matched", (lang, suggestion.after)
    assert result.report.score > result.report.score_before


def test_a_term_keeps_the_line_and_its_numbers(own_words) -> None:
    from resume_helper.nlp.resources import load_compiled

    lang, _, result = own_words
    labels = {c["label"].lower() for c in load_compiled(lang)["concepts"].values()}
    for suggestion in result.plan.accepted():
        if suggestion.kind != "term":
            continue
        term = re.fullmatch(re.escape(suggestion.before) + r" \((.+)\)", suggestion.after)
        assert term, suggestion.after
        assert nominal(term.group(1), lang) or term.group(1).lower() in labels, term.group(1)
        assert re.findall(r"\d+", suggestion.after) == re.findall(r"\d+", suggestion.before)


def test_every_accepted_edit_of_a_line_is_written(own_words) -> None:
    """The posting's term inside the summary and the profile sentence added to that summary
    are both written: the later edit is written over the earlier one, not lost."""
    lang, _, result = own_words
    text = read_document(result.resume_docx, kind="resume").text
    lines = {s.paragraph for s in result.plan.accepted() if s.paragraph is not None}
    for index in lines:
        for edit in result.plan.edits_of(index):
            assert edit.after in text, (lang, edit.kind, edit.after)


def test_titles_employers_and_dates_stay_as_written(own_words) -> None:
    _, data, result = own_words
    before = read_document(data, kind="resume").experience
    after = read_document(result.resume_docx, kind="resume").experience
    assert [(j.title, j.employer, j.dates) for j in before] == \
        [(j.title, j.employer, j.dates) for j in after]


@pytest.mark.parametrize(("lang", "name", "expected"), [
    ("en", "complaint resolution", True), ("en", "resolve complaints", False),
    ("en", "document interactions", False), ("en", "answer questions", False),
    ("de", "Beschwerdemanagement", True), ("de", "Beschwerden bearbeiten", False),
    ("da", "klagehåndtering", True), ("da", "håndtere klager", False),
    ("da", "e-mailkorrespondance", True), ("da", "telefonbesvarelse", True),
    ("et", "kaebuste lahendamine", True), ("et", "kaebusi lahendama", False),
])
def test_only_a_noun_phrase_stands_beside_evidence(lang: str, name: str, expected: bool) -> None:
    assert nominal(name, lang) is expected


def test_a_sentence_of_the_posting_becomes_the_skill_s_noun() -> None:
    from resume_helper.analysis import analyse

    posting = analyse(PEOPLE["en"]["posting"].encode(), "posting", name="posting.txt")
    forms = posting.skill("complaint-handling").forms
    name = posting_term("complaint-handling", forms, "en")
    assert name is not None
    assert nominal(name, "en")
    assert name != "resolve complaints"


def test_estonian_bullets_are_led_by_the_posting_s_term_in_the_nominative() -> None:
    person = PEOPLE["et"]
    result = tailor(build_resume("et", "plain"), person["posting"].encode(), today=TODAY,
                    accept="all")
    rephrased = [s for s in result.plan.suggestions if s.kind == "rephrase"]
    assert rephrased
    for suggestion in rephrased:
        label, _, rest = suggestion.after.partition(": ")
        assert rest == suggestion.before
        assert nominal(label.lower(), "et"), label
    assert all(s.after in read_document(result.resume_docx).text for s in rephrased)


@pytest.fixture(scope="module", params=SUPPORTED_LANGUAGES)
def layout_person(request):  # noqa: ANN201 - (lang, report before, Tailored)
    from resume_helper.analysis import analyse_application
    from resume_helper.checker import compare

    lang = request.param
    data, posting = build_resume(lang, "plain"), PEOPLE[lang]["posting"].encode()
    resume, ad, _ = analyse_application(data, posting, None)
    before = compare(resume, ad, today=TODAY)
    return lang, ad, before, tailor(data, posting, today=TODAY, accept="all")


def test_every_partial_skill_the_taxonomy_can_name_is_matched_after_tailoring(
        layout_person) -> None:
    """Where the taxonomy has a noun phrase in the posting's words for a skill the resume
    shows in other words (Danish "Besvarede 50 opkald" for "Besvare henvendelser via
    telefon": "telefonbesvarelse"), accepting every suggestion makes the match read it."""
    lang, ad, before, result = layout_person
    after = {s.id: s.status for s in result.report.skills}
    named = []
    for skill in before.skills:
        if skill.status != "partial" or skill.category in ("language", "education"):
            continue
        name = posting_term(skill.id, ad.skill(skill.id).forms, lang)
        if name is not None:
            named.append(name)
            assert after[skill.id] == "matched", (lang, skill.id, name)
    assert named, f"{lang}: the layout person shows no skill in other words any more"


# A tool named in the applicant's words with its product in parentheses, as resumes write it
# ("Kundendatenbank (Microsoft Dynamics 365)"); the postings ask for a "CRM".
PRODUCT_IN_PARENTHESES = {
    "en": "Kept every caller's history in the customer database (Microsoft Dynamics 365)",
    "de": "Pflege der Kundendatenbank (Microsoft Dynamics 365) nach jedem Gespräch",
    "da": "Opdaterede kundedatabasen (Microsoft Dynamics 365) efter hvert opkald",
    "et": "Kliendiandmete uuendamine kliendihaldussüsteemis (Microsoft Dynamics 365)",
}


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_the_posting_s_term_goes_into_the_evidence_s_own_parenthesis(lang: str) -> None:
    """"customer database (CRM: Microsoft Dynamics 365)", never a second parenthesis after
    the first; where the match reads the product as the tool already, nothing is added."""
    from resume_helper.tailoring.core import suggest

    person = OWN_WORDS[lang]
    title, employer, _, dates, _ = person["jobs"][0]
    text = "\n".join([person["name"], person["contact"][2], "", person["headings"]["experience"],
                      f"{title}, {employer}, {dates}", f"- {PRODUCT_IN_PARENTHESES[lang]}", ""])
    plan = suggest(text.encode(), PEOPLE[lang]["posting"].encode(), today=TODAY)
    terms = [s for s in plan.suggestions if s.kind == "term"]
    assert all(") (" not in s.after for s in terms)
    inside = [s for s in terms if s.after.endswith(": Microsoft Dynamics 365)")]
    if lang in ("en", "de"):  # da and et read the product itself as the CRM the posting asks
        assert len(inside) == 1
        own = inside[0].before.removesuffix(" (Microsoft Dynamics 365)")
        assert re.fullmatch(re.escape(own) + r" \(CRM[\w-]*: Microsoft Dynamics 365\)",
                            inside[0].after), inside[0].after
