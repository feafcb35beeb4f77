"""Combine the parts into one 0–100 score, and the plain keyword share keyword tools report."""

from __future__ import annotations

from collections.abc import Sequence

from resume_helper.matching.model import ScorePart, SkillMatch
from resume_helper.matching.scoring import scoring
from resume_helper.messages import Messages

OWN_PARTS = ("language", "education")  # categories scored by their own part, with levels


def skill_weight(skill: SkillMatch) -> float:
    """How much one asked-for concept counts: where the posting asks for it × what it is;
    the concepts of an "X or Y" requirement share one requirement's weight."""
    data = scoring()
    return float(data["importance"][skill.importance]) * float(
        data["category"][skill.category]) / (1 + len(skill.alternatives))


def skills_part(skills: Sequence[SkillMatch], messages: Messages) -> ScorePart | None:
    """The weighted share of the posting's skills, tools and certifications the resume shows."""
    scored = [s for s in skills if s.category not in OWN_PARTS]
    if not scored:
        return None
    status = scoring()["status"]
    total = sum(skill_weight(s) for s in scored)
    got = sum(skill_weight(s) * float(status[s.status]) for s in scored)
    counts = {name: sum(1 for s in scored if s.status == name) for name in status}
    return ScorePart(
        name="skills", label=messages.text("parts.skills"),
        weight=float(scoring()["parts"]["skills"]), value=got / total,
        explanation=messages.text("parts.skills_found", total=len(scored), **counts),
    )


def combine(parts: Sequence[ScorePart]) -> int:
    """The score: the parts' values weighted by their weights, as a whole number 0–100."""
    total = sum(p.weight for p in parts)
    if not total:
        return 0
    return round(100 * sum(p.weight * p.value for p in parts) / total)


def keyword_share(skills: Sequence[SkillMatch], *, same_language: bool = True
                  ) -> tuple[int, int]:
    """(found in the posting's words, asked): every concept counted once, whatever its
    weight, as keyword tools count; a skill in other words is not found by them, and a resume
    in another language than the posting has none of its words."""
    found = sum(1 for s in skills if s.status == "matched") if same_language else 0
    return found, len(skills)


def normalized(parts: Sequence[ScorePart]) -> list[ScorePart]:
    """The parts with weights that add up to 1: the share each has in this score."""
    from dataclasses import replace

    total = sum(p.weight for p in parts) or 1.0
    return [replace(p, weight=p.weight / total) for p in parts]


def with_gains(skills: Sequence[SkillMatch], parts: Sequence[ScorePart],
               messages: Messages) -> list[SkillMatch]:
    """The skills with the points each not yet matched one would add if the resume showed
    it in the posting's words (the other parts unchanged): where to start."""
    from dataclasses import replace

    base = combine(parts)
    found = []
    for skill in skills:
        if skill.status == "matched" or skill.category in OWN_PARTS:
            found.append(skill)
            continue
        group = {skill.id, *skill.alternatives}
        trial = [replace(s, status="matched") if s.id in group else s for s in skills]
        new = skills_part(trial, messages)
        trial_parts = [new if p.name == "skills" and new is not None else p for p in parts]
        found.append(replace(skill, gain=max(0, combine(trial_parts) - base)))
    return found
