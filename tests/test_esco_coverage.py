"""The taxonomy's ESCO links against the ESCO reference extract kept beside the clone.

The reference (``../shared/reference/esco`` from the project root: ESCO skills of the
customer-service occupations, ESCO's transversal skills and its language skills) is not
shipped with the project; CI has it beside the clone. Without it these tests are skipped.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from resume_helper.taxonomy import load_taxonomy

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "esco"

pytestmark = pytest.mark.skipif(
    not (REFERENCE / "skills.json").is_file(),
    reason=f"ESCO reference extract not found at {REFERENCE} (it sits beside the clone in CI)",
)


@cache
def reference_skills() -> dict[str, dict]:
    """Every ESCO skill of the reference extract by URI: skills and language skills."""
    skills: dict[str, dict] = {}
    for name in ("skills.json", "language_skills.json"):
        path = REFERENCE / name
        if path.is_file():
            skills.update((s["uri"], s) for s in json.loads(path.read_text(encoding="utf-8")))
    return skills


def test_every_esco_uri_of_the_taxonomy_exists_in_esco() -> None:
    known = reference_skills()
    unknown = sorted(
        f"{concept.id}: {uri}" for concept in load_taxonomy()
        for uri in concept.esco_uris if uri not in known
    )
    assert unknown == []


def test_every_transversal_skill_has_a_concept() -> None:
    transversal = {uri for uri, s in reference_skills().items() if s.get("transversal")}
    assert transversal, "the reference lists no transversal skills"
    missing = sorted(
        f"{uri} ({reference_skills()[uri]['preferred']})"
        for uri in transversal - load_taxonomy().esco_uris()
    )
    assert missing == []


def test_a_concept_lists_each_esco_skill_its_english_terms_name() -> None:
    """A concept whose English term is an ESCO skill's preferred label stands for that skill.

    Why: ESCO has near-duplicate skills ("work independently" and "handle tasks
    independently"); a concept using ESCO's own name for one of them must list it too.
    """
    by_label: dict[str, set[str]] = {}
    for uri, skill in reference_skills().items():
        by_label.setdefault(skill["preferred"].casefold(), set()).add(uri)
    unlisted = sorted(
        f"{concept.id}: {term!r} is ESCO's {uri}"
        for concept in load_taxonomy()
        for term in concept.terms["en"]
        for uri in by_label.get(term.casefold(), ())
        if uri not in concept.esco_uris
    )
    assert unlisted == []
