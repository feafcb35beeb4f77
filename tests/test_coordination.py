"""Words a list's members share (issue 12, coordination; issue 14, statuses on real postings).

A list said once for several members still means each member with the shared words: "by email,
chat and phone" is also "by phone", "per E-Mail, Chat und Telefon" also "per Telefon". The member
gets the governing preposition (resume_helper/nlp/data/coordination.yaml) as a borrowed piece, so
the skill is found on the member's own word, and a borrowed word alone is never evidence.

Sentences are invented in the style of real ads and job profiles, e.g.
https://www.torchora.com/job-specification/inbound-customer-service-representative ("Answer high
volumes of inbound phone calls, emails, and chat requests", "contacting the company by phone,
email, or chat"), https://gehalt.de/beruf/kundendienst ("per Telefon oder im persönlichen
Gespräch", "die Bearbeitung von Beschwerden und Reklamationen"), https://jobzoo.dk/kundeservice
("besvarelse af kundehenvendelser via telefon, e-mail eller chat"),
https://selgitatud.com/mida-teeb-klienditeenindagent ("lahendada probleeme, käsitleda kaebusi ja
menetleda tagastusi").
"""

from __future__ import annotations

import pytest

from resume_helper import extract_skills


def evidence(text: str, lang: str, concept: str) -> list[str]:
    """The words of ``text`` that evidence ``concept``."""
    return [text[start:end] for skill in extract_skills(text, lang=lang) if skill.id == concept
            for start, end in skill.spans]


@pytest.mark.parametrize(
    ("lang", "text", "concept", "member"),
    [
        # A preposition naming the channel before the list governs every member.
        ("en", "Help customers by email, chat and phone with bookings and changes.",
         "telephone-skills", "phone"),
        ("en", "Support our members via chat, email or phone.", "telephone-skills", "phone"),
        ("de", "Sie betreuen unsere Kunden per E-Mail, Chat und Telefon.",
         "telephone-skills", "Telefon"),
        ("de", "Sie beraten unsere Kundinnen und Kunden per Chat, E-Mail oder Telefon.",
         "telephone-skills", "Telefon"),
        ("da", "Du hjælper vores kunder på telefon, mail og chat.",
         "written-customer-correspondence", "mail"),
        ("da", "Du besvarer henvendelser via chat, mail og telefon.",
         "written-customer-correspondence", "mail"),
    ],
)
def test_members_share_the_words_before_the_list(
    lang: str, text: str, concept: str, member: str
) -> None:
    assert member in evidence(text, lang, concept)


@pytest.mark.parametrize(
    ("lang", "text", "concept"),
    [
        # Two members without a preposition before them are often one phrase: the verb's
        # particle at the clause end must still meet the whole object.
        ("de", "Sie arbeiten neue Kolleginnen und Kollegen ein.", "training-others"),
        # Members that share a head ("Hard- und Software") borrow nothing from before the list.
        ("de", "1st-Level-Support bei Hard- und Softwareproblemen, Ticketbearbeitung in ServiceNow",
         "it-infrastructure"),
    ],
)
def test_lists_that_share_a_head_or_make_one_phrase_keep_their_reading(
    lang: str, text: str, concept: str
) -> None:
    assert evidence(text, lang, concept)


@pytest.mark.parametrize(
    ("lang", "text", "concept"),
    [
        # The borrowed verb helps the member's own word only: no "call customers" made of the
        # first member's words ("Answer inbound customer calls" is not outbound calling).
        ("en", "Answer inbound customer calls, emails and chats.", "outbound-calls"),
        # Two clauses joined by "and" are no list: "find" does not borrow "Handle".
        ("en", "Handle orders and find fair solutions for our travellers.", "complaint-handling"),
        # A list of verbs after their subject borrows nothing: the subject governs no member.
        ("en", "Stevedores sort, handle, load and unload freight.", "complaint-handling"),
        # Estonian says the channel with a postposition after the list ("telefoni, e-posti ja
        # vestluse teel"): no word before the list is borrowed.
        ("et", "Nõustad kliente telefoni, e-posti ja vestluse teel.", "complaint-handling"),
    ],
)
def test_no_skill_from_borrowed_words_alone(lang: str, text: str, concept: str) -> None:
    assert evidence(text, lang, concept) == []
