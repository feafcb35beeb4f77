"""A one-word term said as a phrase takes each part from a word of its own.

"Anfragen von Kunden" is "Kundenanfragen" and "henvendelser fra vores kunder" is
"kundehenvendelser"; but the first part of another compound is no word of its own:
"kundenorientierte" beside "Beschwerdemanagement" is no "Kundenmanagement", "Kundenservice"
beside "Erfahrung" no "Kundenerfahrung", "kundeservice" beside "oplevelsesøkonomi" no
"kundeoplevelse". Sentences modelled on ads at stepstone.de (Kundenservice, Reklamationen,
Beschwerdemanagement), jobindex.dk (kundeservicemedarbejder) and cv.ee (klienditeenindaja).
"""

from __future__ import annotations

import pytest

from resume_helper import extract_skills


def _found(text: str, lang: str) -> set[str]:
    return {skill.id for skill in extract_skills(text, lang=lang)}


@pytest.mark.parametrize(("lang", "text", "concept"), [
    ("de", "Sie bearbeiten Reklamationen im Rahmen des Beschwerdemanagements und finden "
           "kundenorientierte Lösungen.", "customer-relationship-management"),
    ("de", "Teamleiter im Kundenservice mit Erfahrung im Vertriebsinnendienst",
     "customer-experience"),
    ("de", "Erfahrung in der Kundenbetreuung und im Servicebereich", "customer-experience"),
    ("da", "Erfaring med kundeservice og oplevelsesøkonomi", "customer-experience"),
])
def test_a_first_part_of_another_compound_is_no_part_of_the_term(lang: str, text: str,
                                                                 concept: str) -> None:
    assert concept not in _found(text, lang)


@pytest.mark.parametrize(("lang", "text", "concept"), [
    ("de", "Bearbeitung von Anfragen von Kunden per Telefon", "customer-inquiries"),
    ("da", "Du besvarer henvendelser fra vores kunder.", "customer-inquiries"),
    ("et", "Tagame isikuandmete kaitse.", "data-protection"),  # a compound's head is free
])
def test_a_term_said_as_a_phrase_still_matches(lang: str, text: str, concept: str) -> None:
    assert concept in _found(text, lang)
