"""One spaCy pipeline per language: blank tokenizer, lemma pieces, skill matcher.

The pipeline is ``spacy.blank(lang)`` plus two components: ``rh_lemmas`` stores each
token's lemma pieces (compound parts reduced to lemmas, from the compiled simplemma
lexicon) and ``rh_skills`` writes the taxonomy matches to ``doc.spans["skills"]``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from resume_helper.nlp.analysis import analyzer
from resume_helper.nlp.matcher import Pattern, PhraseMatcher
from resume_helper.nlp.resources import load_compiled, stopwords
from resume_helper.nlp.tokens import piece_stream

SPAN_KEY = "skills"


@cache
def phrase_matcher(lang: str) -> PhraseMatcher:
    function_words = stopwords().get(lang, frozenset())
    patterns = []
    for concept_id, pieces, _term in load_compiled(lang)["patterns"]:
        content = frozenset(p for p in pieces if p not in function_words)
        patterns.append(Pattern(concept_id, tuple(pieces), content))
    return PhraseMatcher(patterns)


@cache
def get_pipeline(lang: str) -> Any:
    """The cached spaCy pipeline for ``lang``."""
    import spacy
    from spacy.language import Language
    from spacy.tokens import Doc

    if not Doc.has_extension("rh_pieces"):
        Doc.set_extension("rh_pieces", default=None)
    if "rh_lemmas" not in Language.factories:
        Language.component("rh_lemmas", func=_lemma_component)
        Language.component("rh_skills", func=_skill_component)
    nlp = spacy.blank(lang)
    nlp.add_pipe("rh_lemmas")
    nlp.add_pipe("rh_skills")
    return nlp


def _lemma_component(doc: Any) -> Any:
    doc._.rh_pieces = piece_stream(doc, analyzer(doc.lang_))
    return doc


def _skill_component(doc: Any) -> Any:
    matches = phrase_matcher(doc.lang_).find(doc._.rh_pieces)
    unique = dict.fromkeys((m.start, m.end, m.concept_id) for m in matches)
    spans = (_to_span(doc, *key) for key in unique)
    doc.spans[SPAN_KEY] = [span for span in spans if span is not None]
    return doc


def _to_span(doc: Any, start: int, end: int, concept_id: str) -> Any:
    return doc.char_span(start, end, label=concept_id, alignment_mode="expand")
