"""Find the taxonomy's concepts in a text: the public entry point of the skill engine."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from resume_helper.errors import ResumeHelperError
from resume_helper.languages import require_supported

MAX_TEXT_CHARS = 2_000_000
# Text decoded with errors="surrogateescape" carries lone surrogates that cannot be encoded;
# each becomes U+FFFD, one character for one, so every span still points into the caller's text.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# No word of any language runs this long without a blank or a list separator (German and
# Estonian compounds stay far below it); spaCy's tokenizer takes time quadratic in a token's
# length, so such runs (rules of underscores, base64, pasted hashes) are blanked, keeping
# every offset. "Excel,Word,Outlook,…" typed without blanks is split by spaCy and kept.
MAX_TOKEN_CHARS = 100
# Strings (words and their shapes, prefixes …) the vocab keeps for good: those of the first
# documents, then no more. A word met again is looked up, not built anew, which keeps warm
# extraction twice as fast as building every word in a memory zone; 10,000 strings (the words of
# some fifty resumes) cost each language about 5 MB.
VOCAB_WORDS = 10_000
# Longer texts (ten times the longest resume) are no document a person wrote but a damaged or
# hostile file: their words would fill the vocab at once, so they never join it.
KEPT_TEXT_CHARS = 100_000
# Lexemes a language's pipeline may make, in memory zones or not, before it is built anew
# (about 10 ms; its matchers and data are cached apart). Why: spaCy's indexes of strings and
# lexemes keep a cell for every word they ever held, freed with its memory zone or not, and
# double as those add up: a worker that read 40 documents of garbage (3,500 new words each)
# held 10 MB more for good, about 80 bytes for every new word it ever met. len(vocab) counts
# every lexeme made.
MAX_LEXEMES_MADE = 50_000
# The look-behind starts a match only where a run starts (the same matches, found without
# trying every letter of every word).
OVERLONG_TOKEN = re.compile(rf"(?<![^\s,;|/])[^\s,;|/]{{{MAX_TOKEN_CHARS + 1},}}")


@dataclass(frozen=True)
class Skill:
    """A concept found in a text, with the character spans that evidence it."""

    id: str
    label: str
    category: str
    esco_uris: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    level: str | None = None
    forms: tuple[str, ...] = ()
    """The wording of each span: its content lemmas, sorted and joined by spaces.

    Why: two spans with the same form say the skill in the same words up to inflection,
    compound spelling and word order ("Beschwerde-Management", "Beschwerdemanagement"), which
    is what an applicant tracking system's keyword match sees as the same.
    """
    broader: tuple[str, ...] = ()
    """Ids of the general concepts this one implies, nearest first ("salesforce" →
    "crm-software"; "microsoft-excel" → "microsoft-office", "computer-literacy").

    Why: a resume that names a product evidences its category, never the reverse; matching
    may count a requirement for the category as met by the product (see
    :func:`resume_helper.taxonomy.implied_concepts`). The broader concepts are not added to
    the result: nothing in the text names them.
    """

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
    from resume_helper.nlp.pipeline import get_pipeline

    if not text or not text.strip():
        raise ResumeHelperError(key="text_empty")
    if len(text) > MAX_TEXT_CHARS:
        raise ResumeHelperError(key="text_too_long", length=len(text), limit=MAX_TEXT_CHARS)
    text = LONE_SURROGATE.sub("\ufffd", text)
    if lang is None:
        lang = detect_language(text)
    else:
        require_supported(lang)
    if max(map(len, text.split()), default=0) > MAX_TOKEN_CHARS:  # else no run is that long
        tokenized = OVERLONG_TOKEN.sub(lambda run: " " * len(run.group()), text)
    else:
        tokenized = text
    nlp = get_pipeline(lang)
    if len(nlp.vocab) > MAX_LEXEMES_MADE:
        get_pipeline.cache_clear()  # every language's: the cache has no other way
        nlp = get_pipeline(lang)
    if len(nlp.vocab.strings) < VOCAB_WORDS and len(tokenized) <= KEPT_TEXT_CHARS:
        return _skills(nlp(tokenized), text, lang)
    # Why a memory zone: spaCy keeps every new word's string and lexeme in the vocab for the
    # life of the process, so a counselor's batch or a long-lived worker grew by hundreds of MB
    # over a few hundred documents (garbage in damaged files is all new words). Inside the zone
    # the new ones are freed when it closes; the doc is read into plain values before that.
    with nlp.memory_zone():
        return _skills(nlp(tokenized), text, lang)


def _skills(doc: Any, text: str, lang: str) -> list[Skill]:
    """The skills ``doc``, ``text`` run through the pipeline, evidences in order of mention."""
    from resume_helper.nlp.levels import language_level
    from resume_helper.nlp.resources import load_compiled, stopwords

    spans: dict[str, set[tuple[int, int]]] = {}
    for start, end, concept_id in doc._.rh_matches:
        spans.setdefault(concept_id, set()).add((start, end))
    concepts = load_compiled(lang)["concepts"]
    pieces = [piece for piece in doc._.rh_pieces if piece is not None]
    starts = [piece.start for piece in pieces]
    function_words = stopwords().get(lang, frozenset())
    skills = []
    for concept_id, found in spans.items():
        concept = concepts[concept_id]
        ordered = tuple(sorted(_outermost(found)))
        is_language = concept["category"] == "language"
        level = language_level(text, ordered, lang) if is_language else None
        skills.append(
            Skill(
                id=concept_id,
                label=concept["label"],
                category=concept["category"],
                esco_uris=tuple(concept["esco"]),
                spans=ordered,
                level=level,
                forms=tuple(_form(pieces, starts, span, function_words) for span in ordered),
                broader=tuple(concept.get("broader", ())),
            )
        )
    return sorted(skills, key=lambda s: s.spans[0])


def _form(pieces: list[Any], starts: list[int], span: tuple[int, int],
          function_words: frozenset[str]) -> str:
    """The sorted content lemmas of the pieces inside ``span``."""
    start, end = span
    lemmas = set()
    for index in range(bisect.bisect_left(starts, start), len(pieces)):
        piece = pieces[index]
        if piece.start >= end:
            break
        if piece.end <= end and piece.lemma not in function_words:
            lemmas.add(piece.lemma.lstrip("^"))
    return " ".join(sorted(lemmas))


def _outermost(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop spans that lie inside another span of the same concept (a sweep over sorted spans)."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if kept and end <= kept[-1][1]:
            continue
        kept.append((start, end))
    return kept
