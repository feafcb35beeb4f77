"""A long-lived process (a counselor's batch, the fuzz worker) must not grow with every new word.

spaCy keeps each new word's strings for good; past ``skills.VOCAB_WORDS`` the engine reads a
document inside a memory zone, so its new words are dropped again and the findings stay the same.
"""

from __future__ import annotations

import random

import pytest

from resume_helper import skills
from resume_helper.nlp.pipeline import get_pipeline
from resume_helper.skills import extract_skills

LANGUAGES = ("en", "de", "da", "et")
# Modelled on the skill lines of real customer service ads (e.g. the Danish kundeservice ads on
# jobindex.dk and the Estonian klienditeenindaja ads on cv.ee): a duty, a tool and a language.
SENTENCES = {
    "en": "Handled customer complaints by phone and email in Zendesk; fluent English.",
    "de": "Bearbeitung von Kundenanfragen per Telefon und E-Mail in Zendesk, sehr gutes Deutsch.",
    "da": "Besvarede henvendelser fra kunder på telefon og mail i Zendesk, flydende dansk.",
    "et": "Vastasin klientide kõnedele ja e-kirjadele Zendeskis, eesti keel emakeelena.",
}


def _new_words(seed: int, count: int) -> str:
    """Words no vocab has met: the garbage a damaged file brings."""
    rng = random.Random(seed)
    return " ".join(
        "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(9)) for _ in range(count)
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_new_words_do_not_stay_once_the_vocab_is_full(lang, monkeypatch):
    nlp = get_pipeline(lang)
    extract_skills(SENTENCES[lang], lang)
    monkeypatch.setattr(skills, "VOCAB_WORDS", len(nlp.vocab.strings))
    held = len(nlp.vocab.strings)

    extract_skills(f"{_new_words(1, 500)} {SENTENCES[lang]}", lang)

    assert len(nlp.vocab.strings) == held


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_full_vocab_finds_the_same_skills(lang, monkeypatch):
    text = f"{SENTENCES[lang]}\n{_new_words(2, 50)}\n{SENTENCES[lang]}"
    kept = extract_skills(text, lang)
    monkeypatch.setattr(skills, "VOCAB_WORDS", 0)

    assert extract_skills(text, lang) == kept
    assert kept  # the sentence names skills, so an empty result would prove nothing


def test_a_text_too_long_for_a_document_never_joins_the_vocab(monkeypatch):
    nlp = get_pipeline("en")
    monkeypatch.setattr(skills, "KEPT_TEXT_CHARS", 1_000)
    held = len(nlp.vocab.strings)

    extract_skills(f"{SENTENCES['en']} {_new_words(3, 300)}", "en")

    assert len(nlp.vocab.strings) == held
