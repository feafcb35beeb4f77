"""Estonian word forms the lexicon must read as their word (issue 12, round 6): the plural stem
of -mine nouns ("läbirääkimistel") and a dictionary word whose inflected form hides a term
("stantside" holds "tantsi", dancing), with the same classes in another language.

Sentences invented in the style of Estonian duty lists, modelled on
http://ametid.rajaleidja.ee/Muugiesindaja-1 ("peab läbirääkimisi tellimuste müügimahus ja
valikus", "sõlmib klientidega lepinguid") and on metalworking ads for press operators
("stantside vahetus ja seadistamine"); the Danish one on a flooring fitter's ad
("lægning af parketstave og plankegulve").
"""

from __future__ import annotations

import pytest

from resume_helper import extract_skills
from resume_helper.nlp.analysis import analyzer


def ids(text: str, lang: str = "et") -> set[str]:
    return {s.id for s in extract_skills(text, lang=lang)}


@pytest.mark.parametrize(
    ("word", "base"),
    [
        # -mine nouns take their plural cases on the stem -miste-: each reads as the verb,
        # like the singular ("läbirääkimine", "läbirääkimisel") already did
        ("läbirääkimistel", "läbirääkimine"),
        ("hinnaläbirääkimiste", "läbirääkimine"),
        ("koolitamistel", "koolitamine"),
        ("suhtlemistes", "suhtlemine"),
    ],
)
def test_the_plural_stem_of_a_mine_noun_reads_as_its_verb(word: str, base: str) -> None:
    et = analyzer("et")
    assert et.parts(word)[-len(et.parts(base)):] == et.parts(base)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Osalen hinnaläbirääkimistel tarnijate ja klientidega.", "et"),
        ("Vastutan lepinguläbirääkimiste ettevalmistamise eest.", "et"),
        ("Kogemus läbirääkimistel suurklientidega.", "et"),
        ("Sie führen Preisverhandlungen mit Lieferanten und Kunden.", "de"),
    ],
)
def test_negotiations_in_the_plural_are_negotiation(text: str, lang: str) -> None:
    assert "negotiation" in ids(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        # stants (a press die) is no dance: "tõmbes|tantside" read the die as tantsima
        ("Vahetad ja seadistad tõmbestantside komplekte.", "et", "artistic-expression"),
        ("Lõikestantsid paigaldatakse pressi vastavalt joonisele.", "et", "artistic-expression"),
        ("Kontrollid stantside kulumist enne vahetuse algust.", "et", "artistic-expression"),
        # parquet staves are no spelling ("stave", to spell, read inside "parket|stave")
        ("Du lægger parketstave og plankegulve i private hjem.", "da", "written-reporting"),
    ],
)
def test_a_word_whose_form_hides_a_term_is_no_evidence(text: str, lang: str, concept: str) -> None:
    assert concept not in ids(text, lang)


def test_dancing_still_counts() -> None:
    assert "artistic-expression" in ids("Vabal ajal tegelen tantsimise ja kooris laulmisega.")


# A bullet of an Estonian resume starts with a capital, and a capital single letter before a
# hyphen reads as an abbreviation ("E-" as in "B-kategooria"): the capitalised spelling is a term
# of its own, as "E-kaubandus" is. Modelled on CV Keskus resumes' duty bullets
# ("E-posti teel suhtlemine klientidega", "E-kirjadele vastamine") and German ads' duty lists.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("E-posti teel suhtlemine klientidega.", "et"),
        ("E-posti kaudu päringutele vastamine.", "et"),
        ("E-kirjadele vastamine ja kliendipäringute registreerimine.", "et"),
        ("Per E-Mail und Telefon beantworten Sie Kundenanfragen.", "de"),
    ],
)
def test_a_bullet_on_e_mail_is_written_correspondence(text: str, lang: str) -> None:
    assert "written-customer-correspondence" in ids(text, lang)
