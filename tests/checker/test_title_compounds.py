"""A posting's compound title word is met by the resume's two words ("Sachbearbeiter
Debitorenbuchhaltung" ← "Buchhalterin Debitoren"; "Kreditorbogholder" ← "Bogholder
(kreditorer)"). Titles as StepStone and Jobindex ads write them
(https://stellenanzeigen.de/jobs/debitorenbuchhalter-in,
https://www.randstad.dk/job-soger/jobprofiler/kreditor/)."""

from __future__ import annotations

import pytest

from resume_helper.analysis import analyse
from resume_helper.checker import compare
from resume_helper.documents import read_text

CASES = {
    "de": ("Sachbearbeiter Debitorenbuchhaltung (m/w/d)\nNordhafen Logistik GmbH, Bremen\n\n"
           "Ihr Profil\n- Erfahrung im Mahnwesen\n- Sicherer Umgang mit MS Excel\n",
           "Melanie Brinkhoff\nm.brinkhoff@example.de · 0421 5566789\n\nBerufserfahrung\n"
           "04/2021 – heute\nBuchhalterin Debitoren, Weserland Handels GmbH\n"
           "- Mahnwesen und Klärung offener Posten\n", 0.5),
    "da": ("Kreditorbogholder\nVesterhavs Fisk A/S, Esbjerg\n\nVi forventer\n"
           "- Erfaring med e-conomic\n- Du er struktureret\n",
           "Lise Damgaard\nlise@example.dk · 28 44 19 07\n\nErhvervserfaring\n"
           "2019 – nu\nBogholder (kreditorer)\nRibe Tømmerhandel ApS, Ribe\n"
           "- Bogføring af leverandørfakturaer i e-conomic\n", 1.0),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_compound_title_word_is_met_by_two_words(lang: str) -> None:
    posting_text, resume_text, share = CASES[lang]
    posting = analyse(read_text(posting_text, kind="posting"), "posting", lang=lang)
    resume = analyse(read_text(resume_text, kind="resume"), "resume", lang=lang)
    title = next(p for p in compare(resume, posting, lang=lang).parts if p.name == "title")
    assert title.value >= share
