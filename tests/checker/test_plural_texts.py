"""A count before a noun agrees with it in every language (CLDR plural rules): no
"Af jobopslagets 1 kompetencer" or "0 af de 1 ting"."""

from __future__ import annotations

import pytest

from resume_helper.messages import Messages

CASES = [
    ("da", "summary.score", {"score": 0, "found": 0, "total": 1, "partial": 0},
     "0 af den 1 ting"),
    ("da", "summary.score", {"score": 50, "found": 1, "total": 2, "partial": 0},
     "1 af de 2 ting"),
    ("da", "parts.skills_found", {"total": 1, "matched": 1, "partial": 0, "missing": 0},
     "Af jobopslagets 1 kompetence, værktøj eller certificering står"),
    ("de", "parts.skills_found", {"total": 1, "matched": 1, "partial": 0, "missing": 0},
     "Von 1 Kompetenz, Programm oder Zertifikat aus der Anzeige"),
    ("de", "summary.score", {"score": 0, "found": 0, "total": 1, "partial": 0},
     "0 von 1 Anforderung der Anzeige"),
    ("en", "summary.score", {"score": 0, "found": 0, "total": 1, "partial": 0},
     "0 of the 1 thing the posting"),
    ("en", "findings.resume.too-long", {"pages": 2, "words": 900, "max_pages": 1},
     "About 2 pages (900 words); keep it to 1 page."),
    ("de", "findings.resume.too-long", {"pages": "2,5", "words": 1100, "max_pages": 2},
     "Etwa 2,5 Seiten (1100 Wörter); kürzen Sie auf höchstens 2 Seiten."),
    ("et", "findings.resume.hidden-characters", {"count": 1}, "Tekstis on 1 nähtamatu märk "),
    ("et", "findings.resume.hidden-characters", {"count": 3}, "Tekstis on 3 nähtamatut märki "),
    ("de", "findings.resume.hidden-characters", {"count": 1},
     "1 unsichtbares Zeichen (z. B. Leerzeichen ohne Breite) steht im Text"),
    ("da", "batch.intro", {"done": 1, "total": 1, "posting": "Bogholder"}, "1 af 1 CV "),
    ("et", "batch.intro", {"done": 1, "total": 2, "posting": "Klienditeenindaja"},
     "1 CV 2-st võrreldud"),
]


@pytest.mark.parametrize(("lang", "key", "params", "expected"), CASES)
def test_count_and_noun_agree(lang: str, key: str, params: dict[str, object],
                              expected: str) -> None:
    assert expected in Messages(lang).text(key, **params)
