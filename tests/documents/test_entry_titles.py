"""A job title with a company word inside ("Call Center Representative", "Mitarbeiter
Service Center") stays the title; an organisation named first keeps its place. Entry lines
as Indeed and StepStone resumes write them
(https://www.woberry.com/resume-guide/ats-myths-debunked shows the "Title | Company | City |
Dates" line; German resumes write "Titel | Firma AG")."""

from __future__ import annotations

import pytest

from resume_helper.documents import read_text


@pytest.mark.parametrize(("section", "expected"), [
    ("Experience\nCall Center Representative | Valley Auto Insurance | Phoenix, AZ | "
     "Jun 2020 - Feb 2022\n- Took first notice of loss calls\n",
     ("Call Center Representative", "Valley Auto Insurance")),
    ("Experience\nValley Bank | Teller | Mesa, AZ | 2019 - 2021\n- Balanced a cash drawer\n",
     ("Teller", "Valley Bank")),
    ("Berufserfahrung\n03/2020 – heute\nMitarbeiter Service Center | Stadtwerke Kiel AG\n"
     "- Beratung von Privatkunden\n", ("Mitarbeiter Service Center", "Stadtwerke Kiel AG")),
    ("Berufserfahrung\n2019 – 2021\nHotel Alsterblick GmbH | Rezeptionistin\n- Check-in\n",
     ("Rezeptionistin", "Hotel Alsterblick GmbH")),
])
def test_title_and_organisation(section: str, expected: tuple[str, str]) -> None:
    resume = read_text(f"Gabriela Ortiz\ngabriela@example.com\n\n{section}", kind="resume")
    job = resume.experience[0]
    assert (job.title, job.employer) == expected
