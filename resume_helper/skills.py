"""Find the taxonomy's concepts in a text: the public entry point of the skill engine."""

from __future__ import annotations

from dataclasses import dataclass

from resume_helper.errors import ResumeHelperError
from resume_helper.languages import SUPPORTED_LANGUAGES

MAX_TEXT_CHARS = 2_000_000


@dataclass(frozen=True)
class Skill:
    """A concept found in a text, with the character spans that evidence it."""

    id: str
    label: str
    category: str
    esco_uris: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    level: str | None = None

    def evidence(self, text: str) -> list[str]:
        """The pieces of ``text`` that evidence this skill, in order, without repeats."""
        return list(dict.fromkeys(text[start:end] for start, end in self.spans))


def extract_skills(text: str, lang: str | None = None) -> list[Skill]:
    """The concepts ``text`` evidences, in order of first mention.

    ``lang`` is "en", "de", "da" or "et"; ``None`` detects it. Raises
    :class:`~resume_helper.ResumeHelperError` for empty text or an unsupported language.

    >>> [s.id for s in extract_skills("Erfahrung im Beschwerdemanagement", lang="de")]
    ['complaint-handling']
    """
    from resume_helper.nlp.langdetect import detect_language
    from resume_helper.nlp.levels import language_level
    from resume_helper.nlp.pipeline import SPAN_KEY, get_pipeline
    from resume_helper.taxonomy import load_taxonomy

    if not text or not text.strip():
        raise ResumeHelperError("the text is empty")
    if len(text) > MAX_TEXT_CHARS:
        raise ResumeHelperError(
            f"the text is too long ({len(text):,} characters; the limit is {MAX_TEXT_CHARS:,})"
        )
    if lang is None:
        lang = detect_language(text)
    elif lang not in SUPPORTED_LANGUAGES:
        raise ResumeHelperError(
            f"unsupported language {lang!r}; choose one of {', '.join(SUPPORTED_LANGUAGES)}"
        )
    doc = get_pipeline(lang)(text)
    spans: dict[str, set[tuple[int, int]]] = {}
    for span in doc.spans[SPAN_KEY]:
        spans.setdefault(span.label_, set()).add((span.start_char, span.end_char))
    taxonomy = load_taxonomy()
    skills = []
    for concept_id, found in spans.items():
        concept = taxonomy[concept_id]
        ordered = tuple(sorted(_outermost(found)))
        level = language_level(text, ordered, lang) if concept.category == "language" else None
        skills.append(
            Skill(
                id=concept.id,
                label=concept.label(lang),
                category=concept.category,
                esco_uris=concept.esco_uris,
                spans=ordered,
                level=level,
            )
        )
    return sorted(skills, key=lambda s: s.spans[0])


def _outermost(spans: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Drop spans that lie inside another span of the same concept."""
    return {s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)}
