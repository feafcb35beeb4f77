"""Danish compounds and derivations read as Danish ads write them (issue 12, mechanism classes),
with the same class checked in German or Estonian.

Lines are invented in the style of real ads: the Danish teacher posting at
https://candidate.hr-manager.net/ApplicationInit.aspx?cid=5001&ProjectId=176887&DepartmentId=10351&MediaId=3878
("Vil du bidrage til at styrke danskundervisningen …", "i samarbejde med … dansklærere") and the
German language-support posting at
https://www.meetingpoint-magdeburg.de/neuigkeiten/artikel/172383-sprachfoerderung-sachsen-anhalt-sucht-50-lehrkraefte-fuer-deutsch-als-zielsprache
("Der ergänzende Sprachunterricht …").
"""

from __future__ import annotations

import pytest

from resume_helper import extract_skills


def ids(text: str, lang: str) -> set[str]:
    return {s.id for s in extract_skills(text, lang=lang)}


# A quality found only as the head of a compound on a subject or an institution names a topic.
@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("Vil du styrke danskundervisningen på vores skole?", "da", "training-others"),
        ("Kendskab til skole- og institutionssamarbejde", "da", "teamwork"),
        ("Der ergänzende Sprachunterricht findet in Gruppen statt.", "de", "training-others"),
        ("Kenntnisse in der Behördenzusammenarbeit", "de", "teamwork"),
    ],
)
def test_a_topic_compound_is_no_personal_quality(text: str, lang: str, concept: str) -> None:
    assert concept not in ids(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("Du underviser i dansk og matematik i udskolingen.", "da", "training-others"),
        ("Du samarbejder tæt med skolens dansklærere.", "da", "teamwork"),
        ("Godt kundesamarbejde er vigtigt for dig.", "da", "teamwork"),
        ("Sie unterrichten Deutsch als Zweitsprache.", "de", "training-others"),
        ("Sie arbeiten eng mit den Lehrkräften zusammen.", "de", "teamwork"),
    ],
)
def test_the_activity_itself_is_still_found(text: str, lang: str, concept: str) -> None:
    assert concept in ids(text, lang)


# An inflected form reads like its word: the definite "fællesskabet" as "fællesskab".
@pytest.mark.parametrize(
    "text",
    ["Du vil bidrage til at styrke fællesskabet i afdelingen.", "Vi har et stærkt fællesskab."],
)
def test_definite_form_meets_its_word(text: str) -> None:
    assert "teamwork" in ids(text, "da")


# A part derives inside a compound as it does alone ("sundheds-" as "sundhed").
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Du overholder gældende sundheds- og sikkerhedsstandarder.", "da"),
        ("Du sikrer sundhed og sikkerhed på arbejdspladsen.", "da"),
        ("Sie achten auf Gesundheit und Sicherheit am Arbeitsplatz.", "de"),
    ],
)
def test_health_and_safety_in_compounds(text: str, lang: str) -> None:
    assert "health-and-safety" in ids(text, lang)


# A one-word term with a short part (a prefix or preposition) is no phrase of its parts.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Du er vedholdende og har gåpåmod.", True),
        ("Vi sætter pris på din vedholdenhed.", True),
        ("Du bidrager ved at overholde reglerne for hygiejne.", False),
        ("Du står ved en holdning, når det gælder.", False),
    ],
)
def test_short_part_terms_match_as_written(text: str, found: bool) -> None:
    assert ("determination" in ids(text, "da")) is found


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Du besvarer henvendelser fra kunder.", "da"), ("Sie bearbeiten Anfragen von Kunden.", "de")],
)
def test_compound_of_whole_words_still_meets_its_phrase(text: str, lang: str) -> None:
    # "kundehenvendelser" / "Kundenanfragen" said as a phrase: parts of four letters and more
    assert "customer-inquiries" in ids(text, lang)


# A dictionary's wrong lemma for a frequent job word ("leder" as the past of "lide", to suffer)
# and Danish -else nouns (overholdelse, udarbejdelse) read like the verb the terms use.
@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Du leder personalet i butikken og fordeler opgaverne.", "leadership"),
        ("Du har ansvar for overholdelse af lovgivningen på området.", "rule-compliance"),
        ("Udarbejdelse af rapporter til ledelsen", "written-reporting"),
    ],
)
def test_danish_verb_nouns_and_lemmas(text: str, concept: str) -> None:
    assert concept in ids(text, "da")


def test_suffering_is_no_leadership() -> None:
    assert "leadership" not in ids("Du kan lide at arbejde med mennesker.", "da")


def test_german_nominalisation_meets_its_verb() -> None:
    # the same class in German: "Einhaltung" meets "einhalten" (Einhaltung von Vorschriften)
    assert "rule-compliance" in ids("Einhaltung der gesetzlichen Vorschriften", "de")


# A verb's present tense is also its agent noun ("rådgiver" advises / adviser); with a noun ending
# ("rådgivere", "lederne", "undervisere") it only names people, the way a job title does.
# Modelled on Danish finance-sector texts naming staff groups ("HR- og økonomifunktioner, ledere og
# tillidsrepræsentanter", https://finansforbundet.dk/dk/vidensbank/vidensbank-arkiv/ligelonsguide-overblik-og-anbefalinger/)
# and bank job ads ("Du rådgiver vores kunder om bolig og pension").
@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("Guiden er skrevet til HR-medarbejdere, rådgivere og tillidsrepræsentanter.", "da",
         "advising"),
        ("Lederne og underviserne mødes hver fredag.", "da", "training-others"),
        ("Vores socialrådgivere sidder i Aarhus og Odense.", "da", "advising"),
        ("Our advisers and team leaders are based in Leeds.", "en", "advising"),
    ],
)
def test_agent_noun_is_no_activity(text: str, lang: str, concept: str) -> None:
    assert concept not in ids(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("Du rådgiver vores kunder om bolig og pension.", "da", "advising"),
        ("Du underviser nye medarbejdere i vores systemer.", "da", "training-others"),
        ("Du leder personalet i afdelingen.", "da", "leadership"),
        ("You advise our customers on mortgages and pensions.", "en", "advising"),
    ],
)
def test_the_verb_itself_is_still_the_activity(text: str, lang: str, concept: str) -> None:
    assert concept in ids(text, lang)


# A Danish -ation noun meets its -ere verb, as en communication/communicate and de Kommunikation/
# kommunizieren do: "god kommunikation" is "god til at kommunikere". A "reklamation" (complaint)
# is no "reklamere" (advertise), an "organisation" no organising. Modelled on Dansk Sygeplejeråd's
# description of nurses' work across sectors ("samarbejdet er præget af mangelfuld kommunikation",
# https://dsr.dk/sygeplejersken/arkiv/ff-nr-2020-1/sygeplejersker-samarbejder-paa-tvaers).
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Du har en god kommunikation med både patienter og pårørende.", "da"),
        ("Du kommunikerer klart med patienter og pårørende.", "da"),
        ("Sie sorgen für eine klare Kommunikation mit Patienten.", "de"),
        ("Sie kommunizieren klar mit Patienten und Angehörigen.", "de"),
    ],
)
def test_ation_noun_meets_its_verb(text: str, lang: str) -> None:
    assert "communication-skills" in ids(text, lang)


@pytest.mark.parametrize(
    ("text", "concept", "found"),
    [
        ("Firmaet reklamerer for sine produkter i tv og på nettet.", "complaint-handling", False),
        ("Du behandler reklamationer fra kunderne.", "complaint-handling", True),
        ("Organisationen har 200 ansatte fordelt på fem afdelinger.", "planning-and-organising",
         False),
    ],
)
def test_ation_look_alikes(text: str, concept: str, found: bool) -> None:
    assert (concept in ids(text, "da")) is found


# A present participle used as an adjective ("imødekommende" accommodating, "lyttende") is a
# trait; the verb's other forms are an activity ("Vi imødekommer kundernes ønsker" grants a wish).
# Same class as en "caring" (trait) against "provide care". Modelled on Danish shop and hotel ads
# ("Du er imødekommende og smilende over for vores gæster").
@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Du er imødekommende og smilende over for vores gæster.", "da", True),
        ("Vi imødekommer kundernes ønsker om levering.", "da", False),
        ("You are a caring person with a warm manner.", "en", True),
    ],
)
def test_present_participle_is_a_trait(text: str, lang: str, found: bool) -> None:
    assert ("friendliness" in ids(text, lang)) is found


def test_caring_is_no_care_work() -> None:
    assert "empathy" not in ids("You provide care for elderly patients.", "en")


# "forhandle" is to negotiate; "forhandler af" / "autoriseret forhandler" is a dealer.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Du forhandler priser og vilkår med leverandørerne.", True),
        ("Vi er autoriseret forhandler af hvidevarer i hele Jylland.", False),
        ("Vi er Danmarks største forhandler af cykler.", False),
    ],
)
def test_negotiating_is_no_dealer(text: str, found: bool) -> None:
    assert ("negotiation" in ids(text, "da")) is found


# Fixed phrases whose words belong to a skill term: "på forhånd" (in advance) holds "hånd",
# "en praktisk tilgang" (a practical approach) is no "praktisk anlagt" (good with one's hands).
# Modelled on Danish craft and warehouse ads ("Du er praktisk anlagt og har godt håndelag",
# "Tak på forhånd for din ansøgning").
@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        ("Du er praktisk anlagt og har godt håndelag.", "da", True),
        ("Du bruger håndredskaber og elværktøj i værkstedet.", "da", True),
        ("Du anlægger en praktisk tilgang til opgaverne og aftaler værktøjer på forhånd.", "da",
         False),
        ("You take a practical approach to the tools you choose.", "en", False),
    ],
)
def test_fixed_phrases_are_no_manual_dexterity(text: str, lang: str, found: bool) -> None:
    assert ("manual-dexterity" in ids(text, lang)) is found
