"""The shortcuts taken for speed keep what they stand for.

- ``rh_skills`` gives its matches as (start, end, concept id) instead of spaCy spans: that
  holds only while every match begins and ends where a token does (a span would have
  widened it to the tokens).
- The compiled lexicon stores its forms per lemma: unpacked, it is the same mapping.
- A language level is searched with one pattern per level: the same level as word by word.
"""

from __future__ import annotations

import re

import pytest

from resume_helper.documents.lexicon import language_levels
from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.nlp.levels import (
    CEFR,
    LEVEL_ORDER,
    _item_window,
    language_level,
)
from resume_helper.nlp.pipeline import get_pipeline
from resume_helper.nlp.resources import load_compiled, pack_forms, unpack_forms

# Exact, loose, closed-spelling, shared-head, list-only and borrowed-preposition matches.
TEXTS = {
    "en": "A pro-active, patient team player. Answered inquiries from customers by email, "
          "chat and phone; Word, Excel and PowerPoint.\nCustomer  service\t(Zendesk).",
    "de": "Cross- und Upselling, Bearbeitung von Anfragen von Kunden per E-Mail, Chat und "
          "Telefon. Sie arbeiten eng mit den Kollegen zusammen. Beschwerde-Management",
    "da": "Håndterede henvendelser fra vores kunder i in- og outbound, på telefon, mail og "
          "chat. Word, Excel og PowerPoint. Samarbejdsvillig og tålmodig.",
    "et": "Klienditeenindaja; lahendasin klientide kaebusi telefoni ja e-posti teel, räägin "
          "eesti, vene ja inglise keelt. Kannatlik, meeskonnatöös hea.",
}


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_every_match_begins_and_ends_at_a_token(lang: str) -> None:
    doc = get_pipeline(lang)(TEXTS[lang])
    assert doc._.rh_matches
    starts = {token.idx for token in doc}
    ends = {token.idx + len(token.text) for token in doc}
    for start, end, concept_id in doc._.rh_matches:
        assert start in starts, (start, end, concept_id)
        assert end in ends, (start, end, concept_id)
        span = doc.char_span(start, end, alignment_mode="expand")
        assert (span.start_char, span.end_char) == (start, end)


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_forms_stored_per_lemma_unpack_to_the_same_mapping(lang: str) -> None:
    forms = load_compiled(lang)["forms"]
    assert unpack_forms(pack_forms(forms)) == forms


def test_a_form_of_two_words_cannot_be_stored() -> None:
    with pytest.raises(ValueError, match="one word"):
        pack_forms({"customer service": "customer service"})


def _level_word_by_word(text: str, spans: tuple[tuple[int, int], ...], lang: str) -> str | None:
    """The level read word by word in the same list-item window: a CEFR code wins over
    level words other than native ones."""
    found: list[str] = []
    for start, end in spans:
        window = _item_window(text, start, end)
        codes = CEFR.findall(window)
        words = [level for word, level in language_levels(lang).items()
                 if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", window, re.IGNORECASE)]
        found += codes + [level for level in words if not codes or level == "native"]
    return max(found, key=LEVEL_ORDER.index) if found else None


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_one_pattern_per_level_reads_as_each_word_did(lang: str) -> None:
    for word in language_levels(lang):
        for text in (f"English {word}", f"English – {word.upper()}", f"English{word}",
                     f"{word} English, B1"):
            at = text.find("English")
            spans = ((at, at + len("English")),)
            assert language_level(text, spans, lang) == _level_word_by_word(text, spans, lang)


def test_the_word_cache_stays_bounded_and_reads_alike() -> None:
    """A long batch meets new words with every document: the per-word cache is emptied at its
    bound instead of growing, and a word read after that reads as before."""
    from resume_helper.nlp import analysis

    reader = analysis.Analyzer(lang="de", forms=load_compiled("de")["forms"],
                               morph=analysis.morphology("de"))
    first = reader.parts("kundenanfragen")
    for number in range(analysis.CACHED_WORDS + 10):
        reader.parts(f"wort{number}")
    assert len(reader._cache) <= analysis.CACHED_WORDS
    assert reader.parts("kundenanfragen") == first
