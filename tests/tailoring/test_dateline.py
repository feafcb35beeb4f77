"""The town a letter's dateline names is the town, not the postal address around it."""

from __future__ import annotations

import pytest

from resume_helper.tailoring.letter import _city


@pytest.mark.parametrize(("location", "town"), [
    # Danish postal districts (PostNord's postcode list: "8000 Aarhus C", "2100 København Ø").
    ("Frederiks Allé 112, 2. th., 8000 Aarhus C", "Aarhus"),
    ("2100 København Ø", "København"),
    ("2450 København SV", "København"),
    ("5000 Odense C", "Odense"),
    ("9000 Aalborg", "Aalborg"),
    ("Rübenkamp 41, 22307 Hamburg", "Hamburg"),
    ("Sõpruse pst 187-24, 13424 Tallinn", "Tallinn"),
    ("Hamburg-Altona", "Hamburg-Altona"),
])
def test_the_dateline_names_the_town(location: str, town: str) -> None:
    assert _city(location) == town
