"""Relations between concepts: a specific skill implies its general one (Salesforce → CRM
software), so a posting that asks for a category is met by a member.

Read from the compiled lexicon (the taxonomy's `broader:` field, closed transitively here),
else from the taxonomy files themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from resume_helper.skills import Skill


@cache
def broader_of() -> dict[str, frozenset[str]]:
    """Concept id → the ids of the more general concepts it implies (transitively)."""
    direct = _from_compiled() or _from_taxonomy()
    closed: dict[str, frozenset[str]] = {}

    def close(concept: str, seen: frozenset[str]) -> frozenset[str]:
        if concept in closed:
            return closed[concept]
        found = set(direct.get(concept, ()))
        for parent in direct.get(concept, ()):
            if parent not in seen:
                found |= close(parent, seen | {concept})
        closed[concept] = frozenset(found)
        return closed[concept]

    for concept in direct:
        close(concept, frozenset())
    return closed


def _from_compiled() -> dict[str, tuple[str, ...]]:
    from resume_helper.nlp.resources import any_compiled

    concepts = any_compiled()["concepts"]  # every language's lexicon holds the same relations
    return {cid: tuple(c["broader"]) for cid, c in concepts.items() if c.get("broader")}


def _from_taxonomy() -> dict[str, tuple[str, ...]]:
    import yaml

    from resume_helper.taxonomy import concept_files

    found: dict[str, tuple[str, ...]] = {}
    for path in concept_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for entry in data.get("concepts", ()):
            value = entry.get("broader") if isinstance(entry, dict) else None
            if value:
                found[entry["id"]] = tuple([value] if isinstance(value, str) else value)
    return found


def members_found(concept_id: str, skills: Iterable[Skill]) -> list[Skill]:
    """The found skills that are members of ``concept_id`` (imply it)."""
    relations = broader_of()
    return [s for s in skills if concept_id in relations.get(s.id, ())]


def near_found(concept_id: str, skills: Iterable[Skill]) -> list[Skill]:
    """The found skills that show ``concept_id`` in part: its general skill ("by phone" for
    answering incoming calls) or a skill a recruiter reads as the same in other words
    (scoring.yaml ``near_skills``)."""
    near = set(broader_of().get(concept_id, ())) | same_skill(concept_id)
    return [s for s in skills if s.id in near]


def same_skill(concept_id: str) -> frozenset[str]:
    """The concepts a recruiter reads as the same skill as ``concept_id`` in other words
    (scoring.yaml ``near_skills``)."""
    from resume_helper.matching.scoring import scoring

    return frozenset(c for group in scoring().get("near_skills", ()) if concept_id in group
                     for c in group if c != concept_id)
