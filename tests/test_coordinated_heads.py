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
