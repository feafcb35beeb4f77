"""A pronoun the verb needs after it (Danish "tager mig af") is no first-person bullet."""

from __future__ import annotations

import pytest

from resume_helper.analysis import analyse
from resume_helper.documents import read_text
from resume_helper.findings import resume_findings
from resume_helper.messages import Messages

# Modelled on the bullet style of Danish CV advice (Jobindex, "Sådan skriver du dit CV"):
# subject-less bullets, reflexive verbs kept.
DANISH = """Mette Holm
mette.holm@example.dk | 22 33 44 55 | 8000 Aarhus

Erhvervserfaring
Kundeservicemedarbejder, Fjordlys Energi A/S | 2020 – nu
- {first}
- Besvarede 60 opkald om dagen om regninger og flytninger
- Registrerede alle sager i Salesforce
"""


def _pronouns(bullet: str) -> str | None:
    resume = analyse(read_text(DANISH.format(first=bullet), kind="resume"), "resume", lang="da")
    found = {f.code: f for f in resume_findings(resume, Messages("da"))}
    return found["pronouns"].data["pronouns"] if "pronouns" in found else None


@pytest.mark.parametrize("bullet", [
    "Tager mig af reklamationer over fejlafregninger",
    "Tog mig af utilfredse kunder fra førstelinjen",
    "Satte mig ind i SAP på to uger",
])
def test_a_reflexive_pronoun_is_not_first_person(bullet: str) -> None:
    assert _pronouns(bullet) is None


@pytest.mark.parametrize(("bullet", "pronoun"), [
    ("Jeg besvarede opkald om regninger", "»jeg«"),
    ("Kunderne ringede til mig om regninger", "»mig«"),
])
def test_first_person_is_still_found(bullet: str, pronoun: str) -> None:
    assert _pronouns(bullet) == pronoun
