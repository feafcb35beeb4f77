"""A term meets a compound's head that a coordinated list shares (issue 12, shared heads).

"unter Einhaltung der Lebensmittel- und Hygienevorschriften" is "Einhaltung der
Lebensmittelvorschriften und Hygienevorschriften": the truncated member borrows the next word's
head, also when the lexicon does not know the member ("Lebensmittel-"), and the front parts of a
compound whose head a term holds ("Gesundheitsschutz|vorschriften") do not push that head out of
the term's window. Modelled on https://www.berlin.de/special/jobs-und-ausbildung/stellenangebote/
6014909-1590592-koch-jobs-in-berlin.html ("Aufräum- und Reinigungsarbeiten unter Einhaltung der
Hygienestandards nach HACCP") and the Danish kitchen duty lists found beside it
("overholdelse af fødevare- og hygiejneregler"); the sentences are invented.
"""

from __future__ import annotations

import pytest

from resume_helper import extract_skills


def ids(text: str, lang: str) -> set[str]:
    return {s.id for s in extract_skills(text, lang=lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Zu Ihren Aufgaben gehören Aufräum- und Reinigungsarbeiten unter Einhaltung der "
         "Lebensmittel- und Hygienevorschriften.", "de"),
        ("Sie entfernen Altlasten unter Einhaltung der Arbeitsschutz- und Umweltvorschriften.",
         "de"),
        ("Sie bereiten die Speisen unter Einhaltung der Lebensmittelhygienevorschriften zu.", "de"),
        ("Du sørger for overholdelse af fødevare- og hygiejneregler i køkkenet.", "da"),
        ("Du sikrer overholdelse af sundheds- og sikkerhedsregler på byggepladsen.", "da"),
        ("You prepare meals in compliance with food and hygiene regulations.", "en"),
    ],
)
def test_compliance_with_a_shared_compound_head(text: str, lang: str) -> None:
    assert "rule-compliance" in ids(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        # the head of another compound is no part of a one-word term ("Wählsystem")
        ("Sie wählen das optimale Entwässerungssystem für das Gelände.", "de",
         "call-centre-technology"),
        # a list of separate things: no rule is kept ("Lebensmittel" is no regulation)
        ("Sie kaufen Lebensmittel und Getränke ein und halten die Küche sauber.", "de",
         "rule-compliance"),
    ],
)
def test_no_shared_head_where_none_is_shared(text: str, lang: str, concept: str) -> None:
    assert concept not in ids(text, lang)


# A dictionary compound whose head is a term's noun is a kind of that noun ("Jahresbudget",
# "Golfunterricht", morphology de `noun_heads`); a word whose term fragment stands first, beside
# letters that make no word, or as an adjective head stays whole. Modelled on the duty lines of
# https://www.stepstone.de/jobs/Koch.html ("erstellt und optimiert Speisepläne", "überwacht den
# Vorrat") in the style of a golf club's and a controlling ad; sentences invented.
@pytest.mark.parametrize(
    ("text", "lang", "concept", "found"),
    [
        ("Sie planen und überwachen das Jahresbudget der Abteilung.", "de",
         "financial-literacy", True),
        ("Sie erteilen Golfunterricht für Anfänger und Fortgeschrittene.", "de",
         "training-others", True),
        ("You plan and monitor the annual budget of the department.", "en",
         "financial-literacy", True),
        ("Wir liefern nach ganz Deutschland.", "de", "lang-german", False),
        ("Die Oberfläche unserer App ist benutzerfreundlich gestaltet.", "de",
         "friendliness", False),
        ("Sie veranlassen die Reparatur der Geräte.", "de", "stress-resistance", False),
        ("Tarkvara on kasutajasõbralik ja kiire.", "et", "friendliness", False),
    ],
)
def test_a_compound_names_a_kind_of_its_last_noun(
        text: str, lang: str, concept: str, found: bool) -> None:
    assert (concept in ids(text, lang)) is found


# Two modifiers alike that share the noun after them ("nationalen und internationalen
# Rechtsvorschriften") widen no term's window (morphology de `coordinated_modifiers`); the
# modifiers stay words of their own. Modelled on the duty line of
# https://www.meinestelle.at/jobs/bauleiter ("Einhaltung von Sicherheitsvorschriften") in the
# style of ESCO's German ("im Einklang mit nationalen und internationalen Vorschriften").
@pytest.mark.parametrize(
    ("text", "lang", "concept", "found"),
    [
        ("Sie arbeiten im Einklang mit nationalen und internationalen Rechtsvorschriften.", "de",
         "rule-compliance", True),
        ("Sie handeln im Einklang mit gesetzlichen und betrieblichen Vorschriften.", "de",
         "rule-compliance", True),
        ("You work in accordance with national and international legislation.", "en",
         "rule-compliance", True),
        ("Wir suchen zuverlässige und freundliche Mitarbeiter.", "de", "reliability", True),
        ("Wir suchen zuverlässige und freundliche Mitarbeiter.", "de", "friendliness", True),
    ],
)
def test_coordinated_modifiers_share_their_noun(
        text: str, lang: str, concept: str, found: bool) -> None:
    assert (concept in ids(text, lang)) is found
