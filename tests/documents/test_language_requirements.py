"""A posting's language requirements: each language judged in its own clause.

The level of one language never leaks to the next ("Sehr gute Deutschkenntnisse,
Englischkenntnisse von Vorteil" asks for German at C1 and English with no level, nice to
have); "bilingual" asks for both languages at a professional level, not as mother tongues.
Lines modelled on requirement lists of real ads:
https://jobsgarden.hu/a0fp9000005knjfmas (German and English, one line),
https://www.torchora.com/job-specification/bilingual-customer-service (bilingual),
https://jobzoo.dk/kundeservicemedarbejder (Danish customer service),
http://www.postimees.ee/?id=320929 (Estonian ads asking for Estonian and English).
"""

from __future__ import annotations

import pytest

from resume_helper.documents.reader import read_text

ADS = {
    "de": ("Sachbearbeiter Debitorenbuchhaltung (m/w/d)\n\nIhr Profil\n"
           "- Abgeschlossene kaufmännische Ausbildung\n"
           "- Sehr gute Deutschkenntnisse in Wort und Schrift, Englischkenntnisse von Vorteil\n"
           "- Sicherer Umgang mit MS Office\n"),
    "en": ("Bilingual Customer Service Representative\n\nRequirements\n"
           "- Bilingual English/Spanish (spoken and written)\n"
           "- 2 years of customer service experience\n"
           "- Portuguese a plus\n"),
    "da": ("Kundeservicemedarbejder til vores team i Aarhus\n\nVi forventer, at du\n"
           "- taler og skriver flydende dansk, engelsk er en fordel\n"
           "- har erfaring med kundeservice\n"),
    "et": ("Klienditeenindaja\n\nOotame sinult\n"
           "- eesti keele väga hea oskus, inglise keel kasuks\n"
           "- kliendikeskset mõtlemist\n"),
}
EXPECTED = {
    "de": [("de", "C1", True), ("en", None, False)],
    "en": [("en", "C1", True), ("es", "C1", True), ("pt", None, False)],
    "da": [("da", "C1", True), ("en", None, False)],
    "et": [("et", "C1", True), ("en", None, False)],
}


@pytest.mark.parametrize("lang", sorted(ADS))
def test_level_stays_with_its_language(lang: str) -> None:
    posting = read_text(ADS[lang], kind="posting")
    assert [(x.code, x.level, x.required) for x in posting.language_requirements] == \
        EXPECTED[lang]


@pytest.mark.parametrize(("line", "expected"), [
    ("Sehr gute Deutsch- und Englischkenntnisse", [("de", "C1"), ("en", "C1")]),
    ("Fluent English, French a plus", [("en", "C1"), ("fr", None)]),
    ("Deutsch fließend, Englisch gut", [("de", "C1"), ("en", "B2")]),
    ("inglise ja vene keele oskus suhtlustasandil", [("en", "B1"), ("ru", "B1")]),
    ("Du taler flydende dansk og godt engelsk", [("da", "C1"), ("en", "B2")]),
])
def test_shared_and_separate_levels(line: str, expected: list[tuple[str, str | None]]) -> None:
    posting = read_text(f"Stilling\n\nKrav\n- {line}\n- Erfaring\n", kind="posting")
    assert [(x.code, x.level) for x in posting.language_requirements] == expected


@pytest.mark.parametrize(("lang", "expected"), [
    ("et", "eesti (C1), inglise (?, kasuks tuleb)"),
    ("de", "Deutsch (C1), Englisch (?, von Vorteil)"),
])
def test_parse_names_asked_languages_not_their_inflected_words(lang: str, expected: str) -> None:
    """"Eesti keele väga hea oskus" asks for Estonian: parse names the language, not the
    genitive it found."""
    from resume_helper.documents.output import format_document
    from resume_helper.messages import Messages

    text = format_document(read_text(ADS[lang], kind="posting"), Messages(lang))
    assert expected in text
