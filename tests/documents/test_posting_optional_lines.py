"""A requirement line is a nice-to-have as a whole only when its first clause says so;
"Gute Kenntnisse in MS Office, idealerweise Erfahrung mit DATEV" still asks for MS Office.
Lines as Arbeitsagentur and Jobindex ads write them
(https://www.fsgu-akademie.de/job-karriere/debitoren-kreditorenbuchhalter/,
https://jobzoo.dk/kundeservicemedarbejder)."""

from __future__ import annotations

import pytest

from resume_helper.documents import read_text


@pytest.mark.parametrize(("heading", "must", "nice"), [
    ("Ihr Profil", "Gute Kenntnisse in MS Office, idealerweise Erfahrung mit DATEV",
     "Führerschein Klasse B wünschenswert"),
    ("Ihr Profil", "Sehr gute Deutschkenntnisse, Englischkenntnisse von Vorteil",
     "Erfahrung mit SAP FI von Vorteil"),
    ("Vi forventer", "Du har erfaring med e-conomic, gerne også Navision",
     "Det er en fordel, hvis du taler svensk"),
])
def test_first_clause_decides_a_nice_to_have_line(heading: str, must: str, nice: str) -> None:
    posting = read_text(f"Stilling\n\n{heading}\n- {must}\n- {nice}\n", kind="posting")
    assert posting.requirements == (must,)
    assert posting.nice_to_haves == (nice,)
