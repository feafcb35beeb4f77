"""German duty and skill wording as German ads write it (issue 12, term classes).

Ads list duties in nominal style ("Überwachung der …", "Durchführung von …", "Einhaltung von …",
"Be- und Entladen …"); the lines below are invented in that style, modelled on the duty list of
https://www.meinestelle.at/jobs/bauleiter ("Überwachung der Bauausführung und Einhaltung von
Sicherheitsvorschriften", "Koordination der Termine", "Qualitätssicherung"). The second group
holds everyday German words that contain or derive from a skill term without meaning it.
"""

from __future__ import annotations

import pytest

from resume_helper import extract_skills


def ids(text: str) -> set[str]:
    return {s.id for s in extract_skills(text, lang="de")}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Überwachung der Qualität unserer Produkte", "quality-awareness"),
        ("Schulung von Mitarbeitern und Auszubildenden", "training-others"),
        ("Durchführung von Schulungen für neue Mitarbeiter", "training-others"),
        ("Einhaltung von Sicherheitsvorschriften", "rule-compliance"),
        ("Beantwortung von Fragen unserer Kunden", "customer-inquiries"),
        ("Unterstützung der Kolleginnen und Kollegen im Team", "teamwork"),
        ("Be- und Entladen von Lieferfahrzeugen", "manual-handling"),
        ("Sorgfältige und genaue Arbeitsweise", "attention-to-detail"),
        ("Kosteneffizientes Arbeiten", "efficiency"),
    ],
)
def test_nominal_duty_phrases_find_their_skill(text: str, concept: str) -> None:
    assert concept in ids(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Dann sind Sie bei uns genau richtig.", "attention-to-detail"),  # 'genau' = exactly
        ("Sie machen neue Kunden ausfindig.", "improvisation"),  # ausfindig ≠ findig
        ("Aufbau und Betreuung von Computernetzwerken", "networking"),  # Netzwerken = networks
        ("Berichterstattung an die Geschäftsführung", "refund-processing"),  # not an Erstattung
        ("Wetterfeste Arbeitskleidung wird gestellt.", "physical-stamina"),  # clothing
    ],
)
def test_words_that_only_look_like_a_skill_are_no_evidence(text: str, concept: str) -> None:
    assert concept not in ids(text)
