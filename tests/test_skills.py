from __future__ import annotations

import pytest

from resume_helper import ResumeHelperError, extract_skills
from resume_helper.nlp.langdetect import LanguageError, detect_language


def ids(text: str, lang: str | None = None) -> set[str]:
    return {s.id for s in extract_skills(text, lang=lang)}


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("Sie bearbeiten Kundenanfragen.", "de", "customer-inquiries"),
        ("Erfahrung im Beschwerdemanagement", "de", "complaint-handling"),
        ("Erfahrung im Beschwerde-Management", "de", "complaint-handling"),
        ("Jeg har kundeserviceerfaring fra detailhandlen.", "da", "customer-service"),
        ("Mul on kolmeaastane kogemus klienditeeninduses.", "et", "customer-service"),
        ("Olen harjunud meeskonnatöös osalema.", "et", "teamwork"),
        ("Ich bin teamfähig und geduldig.", "de", "teamwork"),
        ("Du er samarbejdsvillig og tålmodig.", "da", "patience"),
        ("Olete kannatlik ja abivalmis.", "et", "patience"),
        ("A patient team player.", "en", "teamwork"),
    ],
)
def test_compounds_and_inflections_find_what_they_contain(
    text: str, lang: str, concept: str
) -> None:
    assert concept in ids(text, lang)


@pytest.mark.parametrize(
    ("lang", "inflected", "base"),
    [
        ("et", "klienditeenindajana", "klienditeenindaja"),
        ("et", "meeskonnatöös", "meeskonnatöö"),
        ("de", "kundenanfragen", "kundenanfrage"),
        ("de", "beschwerde-management", "beschwerdemanagement"),
        ("da", "kundeserviceerfaringen", "kundeserviceerfaring"),
    ],
)
def test_inflected_compounds_read_like_their_base_form(
    lang: str, inflected: str, base: str
) -> None:
    from resume_helper.nlp.analysis import analyzer

    def parts(word: str) -> tuple[str, ...]:
        return tuple(p for w in word.split("-") for p in analyzer(lang).parts(w))

    assert parts(inflected) == parts(base)


@pytest.mark.parametrize(
    ("lang", "compound"),
    [("de", "beschwerdemanagement"), ("de", "kundenanfragen"), ("da", "kundeserviceerfaring")],
)
def test_compounds_split_into_known_parts(lang: str, compound: str) -> None:
    from resume_helper.nlp.analysis import analyzer

    assert len(analyzer(lang).parts(compound)) >= 2


def test_spans_point_at_the_evidence() -> None:
    text = "Wir suchen: Geduld und Erfahrung mit Zendesk."
    skills = {s.id: s for s in extract_skills(text, lang="de")}
    assert skills["patience"].evidence(text) == ["Geduld"]
    assert skills["zendesk"].evidence(text) == ["Zendesk"]


def test_short_abbreviations_only_match_whole_capitalised_words() -> None:
    telephony = {"automatic-call-distribution", "interactive-voice-response"}
    assert telephony <= ids("Experience with ACD and IVR systems.", "en")
    assert "crm-software" in ids("Experience with CRM and IVR systems.", "en")
    assert "crm-software" not in ids("The scrmble and crm words.", "en")
    assert not ids("Acd and ivr written in lower case; acdc, ivrs.", "en") & telephony


def test_language_level_is_read_next_to_the_language() -> None:
    skills = {s.id: s for s in extract_skills("Englisch: verhandlungssicher\nDänisch (B1)", "de")}
    assert skills["lang-english"].level == "C1"
    assert skills["lang-danish"].level == "B1"


def test_the_same_sentence_yields_the_same_core_concepts_in_four_languages() -> None:
    texts = {
        "en": "You handle customer complaints by phone and are patient.",
        "de": "Sie bearbeiten Kundenbeschwerden am Telefon und sind geduldig.",
        "da": "Du håndterer kundeklager i telefonen og er tålmodig.",
        "et": "Lahendate klientide kaebusi telefoni teel ja olete kannatlik.",
    }
    found = {lang: ids(text, lang) for lang, text in texts.items()}
    for lang, concepts in found.items():
        assert {"complaint-handling", "patience"} <= concepts, lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("We are looking for a friendly customer service representative with experience.", "en"),
        ("Wir suchen eine freundliche Kundenberaterin mit Erfahrung im Kundenservice.", "de"),
        ("Vi søger en venlig kundeservicemedarbejder med erfaring fra et kundecenter.", "da"),
        ("Otsime sõbralikku klienditeenindajat, kellel on kogemus klienditeeninduses.", "et"),
    ],
)
def test_detects_the_four_languages(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_other_language_gets_a_clear_message() -> None:
    with pytest.raises(LanguageError, match="looks French"):
        extract_skills("Nous recherchons un conseiller clientèle pour notre équipe de Paris.")


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_is_refused(text: str) -> None:
    with pytest.raises(ResumeHelperError, match="empty"):
        extract_skills(text)


def test_unknown_language_code_is_refused() -> None:
    with pytest.raises(ResumeHelperError, match="unsupported language 'fr'"):
        extract_skills("Patience", lang="fr")
