"""A bare product name ("Word", "Teams", "Outlook") counts in a list of its siblings, also
when the list is written one item per line, as skills tables and bulleted skills parts are
(read row by row, a two-column table puts other items between "Excel" and "Word"); never
as part of a compound or inside a sentence. Skills parts modelled on resumes at
europass.europa.eu (de, da, et examples) and indeed.com/career-advice (en skills tables).
"""

from __future__ import annotations

import pytest

from resume_helper import extract_skills


def _found(text: str, lang: str) -> set[str]:
    return {skill.id for skill in extract_skills(text, lang=lang)}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Skills\nZendesk\ngood listener\nExcel\npatient with upset customers\nWord\n"
           "typing 60 wpm"),
    ("de", "Kenntnisse\nSAP\nBelastbarkeit\nExcel\nfreundliches Auftreten\nWord"),
    ("da", "Kompetencer\nExcel\nsamarbejdsvillig\nWord\nkørekort B"),
    ("et", "Oskused\nExcel\nkannatlikkus\nWord\nB-kategooria juhiluba"),
])
def test_a_product_alone_on_its_line_counts_in_a_list_of_lines(lang: str, text: str) -> None:
    assert {"microsoft-excel", "microsoft-word"} <= _found(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Skills\nExcel\nI wrote every Word of the manual myself."),
    ("en", "Skills\nExcel\nOutlook\nWord of mouth brought us most of our customers."),
])
def test_a_product_name_in_a_sentence_is_no_list_member(lang: str, text: str) -> None:
    assert "microsoft-word" not in _found(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Kenntnisse: Teamfähigkeit, Excel, Word"),
    ("de", "Kenntnisse\nTeamfähigkeit\nExcel"),
    ("en", "Skills: Teamsport coaching, Excel, Word"),
])
def test_a_compound_holding_a_product_name_is_no_product(lang: str, text: str) -> None:
    assert "microsoft-teams" not in _found(text, lang)
