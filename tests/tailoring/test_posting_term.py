"""`terms.posting_term`: the posting's name for a skill, as the taxonomy writes it.

The name must be a noun phrase (it stands in a skills list or a parenthesis), and the skill
engine must read the whole name as the skill in the posting's words; otherwise writing it
earns nothing in the match and only adds words.
"""

from __future__ import annotations

import pytest

from resume_helper.analysis import analyse
from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.matching.wording import any_same_wording
from resume_helper.skills import extract_skills
from resume_helper.tailoring.terms import nominal, posting_term
from tests.tailoring.layouts import PEOPLE


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_every_name_is_a_noun_phrase_the_engine_reads_whole_in_the_posting_s_words(
        lang: str) -> None:
    posting = analyse(PEOPLE[lang]["posting"].encode(), "posting", name="posting.txt")
    named = 0
    for skill in posting.skills:
        name = posting_term(skill.id, skill.forms, lang)
        if name is None:
            continue
        named += 1
        assert nominal(name, lang), name
        whole = [s for s in extract_skills(name, lang=lang)
                 if s.id == skill.id and s.spans == ((0, len(name)),)]
        assert whole, (skill.id, name)
        assert any_same_wording(skill.forms, whole[0].forms, lang), (skill.id, name)
    assert named, f"{lang}: no skill of the posting has a name in its words"


@pytest.mark.parametrize(("lang", "concept", "forms", "expected"), [
    # the shortest noun phrase among the names that say the posting's words
    ("en", "complaint-handling", ["complaint customer resolve"], "complaint resolution"),
    ("da", "inbound-calls", ["besvare henvendelse telefon via"], "telefonbesvarelse"),
    ("et", "complaint-handling", ["kaebus lahendamine"], "kaebuste lahendamine"),
])
def test_the_shortest_noun_phrase_in_the_posting_s_words(lang: str, concept: str,
                                                         forms: list[str], expected: str
                                                         ) -> None:
    assert (posting_term(concept, forms, lang) or "").lower() == expected  # a label's capital


@pytest.mark.parametrize(("lang", "concept", "forms"), [
    ("en", "complaint-handling", []),  # the posting does not ask for it
    ("en", "customer-inquiries", ["chat inquiry"]),  # every name in its words is a verb phrase
    ("de", "complaint-handling", ["", ""]),
])
def test_no_name_without_one_in_the_posting_s_words(lang: str, concept: str,
                                                    forms: list[str]) -> None:
    assert posting_term(concept, forms, lang) is None
