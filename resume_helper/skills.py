"""Find the taxonomy's concepts in a text: the public entry point of the skill engine."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Skill:
    """A concept found in a text, with the character spans that evidence it."""

    id: str
    label: str
    category: str
    esco_uris: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    level: str | None = None


def extract_skills(text: str, lang: str | None = None) -> list[Skill]:
    raise NotImplementedError
