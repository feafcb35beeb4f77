"""The tailored profile names only what the person's own summary does not say yet: no
"Teamfähig, …. Kompetenzen: Teamfähigkeit", no "Kundeservicemedarbejder med erfaring inden for
kundeservice" (issue 16)."""

from __future__ import annotations

from datetime import date

import pytest

from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.tailoring import tailor
from resume_helper.tailoring.plan import skill_name


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_the_profile_repeats_nothing_the_summary_says(samples, lang: str) -> None:
    paths = samples(lang)
    result = tailor(paths["resume"], paths["posting"], today=date(2026, 12, 2), accept="all")
    (profile,) = [s for s in result.plan.suggestions if s.kind == "profile"]
    own = profile.before.lower()
    added = profile.after[len(profile.before):]
    assert added.strip()
    for skill in result.report.skills:
        if any(evidence.lower() in own for evidence in skill.resume_evidence):
            assert skill_name(skill, lang) not in added, (skill.id, added)
