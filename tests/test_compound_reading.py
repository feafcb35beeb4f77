"""How a word is read into parts before skill terms meet it (issue 12, mechanism classes).

Each class is tested in German, where it was found, and in one other language where the same
mechanism runs. The sentences are invented in the style of real ads and job profiles:
- German duty lists: https://refa.de/berufe/projektkoordinator ("terminiert Abläufe", "Aufbau
  … eines Bauwerks", "Kommunikation zwischen den … Mitarbeitern") and
  https://www.pharmajobs.com/stellenangebote/qualit%C3%A4tssicherung-medizin ("Kontrolle von
  Hygieneabläufen, Überwachung der …"); German requirement lists with shared heads:
  https://de.readkong.com/page/handreichung-zur-abschlussprufung-industriekaufmann-frau-7715194
  ("Kommunikations- und Teamfähigkeit");
- Danish industry job profiles: http://docplayer.dk/2449294-Uu-overfladebehandlingsindustri-2010.html
  ("Kvalitetsmedarbejder", quality control in production); Danish language requirements:
  https://www.tv2fyn.dk/fyn/darlige-tysk-kundskaber-koster-job-i-danmark.
"""

from __future__ import annotations

import pytest

from resume_helper import extract_skills
from resume_helper.nlp.analysis import analyzer


def found(text: str, lang: str) -> dict[str, list[str]]:
    return {s.id: s.evidence(text) for s in extract_skills(text, lang=lang)}


# A compound part reads as a word that looks like it: never through a suppletive verb form
# ("war", "bin" of sein) or a pronoun ("sich"); a noun a term writes capitalised keeps its noun
# lemma; a derived noun keeps its own lemma where its base means something else.
@pytest.mark.parametrize(
    ("word", "not_read_as"),
    [
        ("hardware", "sein"),  # hard|war|e
        ("kundenbindung", "sein"),  # kunden|bin|dung
        ("sicherstellen", "sich"),  # sich|erstellen
        ("sicherstellung", "sich"),
        ("aufgaben", "aufgeben"),  # Aufgaben are tasks, not giving up
        ("sprachen", "sprechen"),  # Sprachen are languages
        ("qualität", "qual"),  # Qualität is no torment
        ("offenheit", "offen"),  # openness, not every "offene Stelle"
        ("gelassenheit", "lassen"),
    ],
)
def test_german_words_are_not_read_through_unrelated_forms(word: str, not_read_as: str) -> None:
    assert not_read_as not in analyzer("de").parts(word)


@pytest.mark.parametrize(
    ("lang", "text", "concept"),
    [
        # nominal style meets the verb a term states (Koordination ↔ koordinieren, …)
        ("de", "Koordination von Terminen mit Kunden und Handwerkern", "appointment-booking"),
        ("de", "Kontrolle der Qualität in der laufenden Fertigung", "quality-awareness"),
        ("de", "Aufbau von langfristigen Kundenbeziehungen", "customer-rapport"),
        ("de", "Präsentation der Ergebnisse vor der Geschäftsleitung", "statistical-reporting"),
        # a part of a compound derives as the word alone does
        ("de", "Einrichtung und Wartung von Telekommunikationsgeräten", "communication-devices"),
        ("da", "Du står for kvalitetskontrollen i produktionen.", "quality-awareness"),
        ("da", "Du overholder sundheds- og sikkerhedsforanstaltningerne.", "health-and-safety"),
        ("en", "Negotiation of contracts with suppliers", "negotiation"),
        # a trait noun is found as itself
        ("de", "Sie bringen Gelassenheit und Offenheit mit.", "emotional-self-control"),
        ("de", "Sie bringen Gelassenheit und Offenheit mit.", "open-mindedness"),
    ],
)
def test_a_skill_said_as_a_derived_noun_or_compound_is_found(
    lang: str, text: str, concept: str
) -> None:
    assert concept in found(text, lang)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Wir haben offene Stellen in der Produktion.", "open-mindedness"),
        ("Die Einzelheiten werden vorerst offen gelassen.", "emotional-self-control"),
        ("Unsere Programme richten sich an Schulen.", "basic-programming"),
        ("Neue Medien gehören zu unserem Alltag.", "mediation"),
    ],
)
def test_german_look_alike_forms_are_no_evidence(text: str, concept: str) -> None:
    assert concept not in found(text, "de")


def test_a_german_noun_does_not_borrow_the_head_of_the_next_list_member() -> None:
    text = "Abitur oder abgeschlossene Berufsausbildung"
    evidence = found(text, "de")
    assert evidence["edu-upper-secondary"] == ["Abitur"]
    assert "Abitur" not in evidence["edu-vocational"]
    # "Interviews" does not become "Interviewsverhandlungen": they hold interviews and attend
    # negotiations, they conduct none ("Verhandlungen führen")
    text = "Sie führen Interviews und besuchen Vertragsverhandlungen."
    assert found(text, "de")["negotiation"] == ["Vertragsverhandlungen"]


@pytest.mark.parametrize(
    ("lang", "text", "concepts"),
    [
        # a member ending in a hyphen still shares the head
        ("de", "Sehr gute Deutsch- und Englischkenntnisse", {"lang-german", "lang-english"}),
        # languages that write the shared head as a word of its own keep sharing it
        ("da", "Du taler dansk, engelsk og tysk sprog.", {"lang-danish", "lang-english",
                                                          "lang-german"}),
        ("et", "Valdad eesti, vene ja inglise keelt.", {"lang-estonian", "lang-russian",
                                                        "lang-english"}),
    ],
)
def test_shared_heads_still_reach_every_member(lang: str, text: str, concepts: set[str]) -> None:
    assert concepts <= set(found(text, lang))


# A content word that is also a frequent function word must be found by a loose match: German
# "sich" puts a reflexive term ("sich austauschen") after the verb in a main clause, English
# "customer" tells customer problems from any problem. Modelled on ESCO's German occupation
# texts ("tauschen sich mit Fachkollegen/-kolleginnen aus") and the duty list of
# https://refa.de/berufe/projektkoordinator ("stimmt … ab").
@pytest.mark.parametrize(
    ("lang", "text", "concept", "present"),
    [
        ("de", "Sie tauschen sich regelmäßig mit Kolleginnen und Kollegen aus.", "teamwork", True),
        ("de", "Sie stimmen sich eng mit dem Vertrieb ab.", "teamwork", True),
        ("de", "Sie passen sich schnell an neue Situationen an.", "adaptability", True),
        ("de", "Wir tauschen defekte Teile aus.", "teamwork", False),
        ("en", "They resolve customer problems quickly.", "customer-issue-resolution", True),
        ("en", "They resolve problems in the production line quickly.",
         "customer-issue-resolution", False),
    ],
)
def test_frequent_content_words_count_in_loose_matches(
    lang: str, text: str, concept: str, present: bool
) -> None:
    assert (concept in found(text, lang)) is present
