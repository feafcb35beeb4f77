"""A language is evidence only where the person speaks it: not inside an employer's name, and
a word stating a level is the level, never another skill.

Job lines modelled on real pages: a Deutsche Telekom customer adviser's day
(https://publik.verdi.de/ausgabe-2012-04/arbeit-aus-dem-koffer), a Danske Bank service adviser
(https://danskebank.com/careers/life-at-danske-bank/meet-kristina); the people are invented.
"""

from __future__ import annotations

import pytest

from resume_helper import extract_skills
from resume_helper.documents.lexicon import language_levels

LANGUAGE_NAME = {"en": "English", "de": "Englisch", "da": "Engelsk", "et": "Inglise keel"}


def _ids(text: str, lang: str) -> set[str]:
    return {skill.id for skill in extract_skills(text, lang=lang)}


@pytest.mark.parametrize(("lang", "line", "name"), [
    ("de", "2019 – 2023 Kundenberaterin, Deutsche Telekom Kundenservice GmbH", "lang-german"),
    ("de", "Ausbildung zur Kauffrau für Dialogmarketing bei der Deutschen Bahn", "lang-german"),
    ("da", "2018 – 2022 Servicerådgiver, Danske Bank, København", "lang-danish"),
    ("da", "Kundeservicemedarbejder hos Dansk Supermarked", "lang-danish"),
    ("en", "2017 – 2020 Visitor Services Assistant, English Heritage, Dover", "lang-english"),
])
def test_a_language_in_an_employers_name_is_no_language(lang: str, line: str,
                                                        name: str) -> None:
    assert name not in _ids(line, lang)


@pytest.mark.parametrize(("lang", "line", "names"), [
    ("de", "Deutsch Muttersprache\nEnglisch Verhandlungssicher",
     {"lang-german", "lang-english"}),
    ("de", "Sprachen: Deutsch Englisch Französisch",
     {"lang-german", "lang-english", "lang-french"}),
    ("da", "Dansk Modersmål\nEngelsk Flydende", {"lang-danish", "lang-english"}),
    ("en", "English Fluent, German Basic", {"lang-english", "lang-german"}),
    ("en", "Native English speaker", {"lang-english"}),
    ("et", "Eesti keel emakeel, Inglise keel C1", {"lang-estonian", "lang-english"}),
])
def test_a_capitalised_language_beside_its_level_or_another_language_is_kept(
        lang: str, line: str, names: set[str]) -> None:
    assert names <= _ids(line, lang)


@pytest.mark.parametrize("lang", sorted(LANGUAGE_NAME))
def test_a_word_stating_a_level_is_no_other_skill(lang: str) -> None:
    """"Englisch verhandlungssicher" is a level of English, not negotiating; every level word
    of the reader's vocabulary is checked, so a new one that reads as a skill fails here.
    ("bilingual" is a level and also speaking several languages.)"""
    for level in language_levels(lang):
        found = _ids(f"{LANGUAGE_NAME[lang]} {level}", lang) - {"multilingualism"}
        assert {skill for skill in found if not skill.startswith("lang-")} == set(), level
