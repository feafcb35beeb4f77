"""Tell English, German, Danish and Estonian apart, and recognise other languages.

Why our own: the candidates are four, the texts are resumes and job ads, and a detector
that loads a model costs more start-up time than the whole skill extraction. Function-word
counts decide; letters that only some of the languages use break ties in short texts.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from resume_helper.errors import ResumeHelperError
from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.nlp.resources import stopwords

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
OTHER_LANGUAGE_NAMES = {
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "sv": "Swedish",
    "nb": "Norwegian",
    "fi": "Finnish",
    "pl": "Polish",
    "pt": "Portuguese",
}
# Why: CLDR names "nb" Norwegian Bokmål; the error says Norwegian ("no").
NAME_CODES = {"nb": "no"}
# The first word of a letter's Unicode name → its ISO 15924 script code, whose name in the
# user's language comes from CLDR.
SCRIPT_CODES = {
    "CYRILLIC": "Cyrl", "GREEK": "Grek", "ARABIC": "Arab", "HEBREW": "Hebr", "CJK": "Hani",
    "HIRAGANA": "Hira", "KATAKANA": "Kana", "HANGUL": "Hang", "THAI": "Thai",
    "DEVANAGARI": "Deva", "GEORGIAN": "Geor", "ARMENIAN": "Armn", "BENGALI": "Beng",
    "TAMIL": "Taml", "ETHIOPIC": "Ethi",
}
LETTER_HINTS = {"et": "õšž", "da": "æøå", "de": "ßäöü"}
SAMPLE_WORDS = 3000
FEW_FUNCTION_WORDS = 3  # below this many, the words of the lexicon break ties
MIN_VOCABULARY_WORD = 3  # letters of a letter-spaced heading ("S p r a c h e n") are no words
SCRIPT_SAMPLE = 20_000


class LanguageError(ResumeHelperError):
    """The text's language is not one we support, or cannot be told."""


class UndetectedLanguageError(LanguageError):
    """The text gives too little to tell its language (a bare list of product names)."""


def detect_language(text: str) -> str:
    """Return "en", "de", "da" or "et" for ``text``; raise :class:`LanguageError` otherwise.

    >>> detect_language("Wir suchen eine freundliche Kundenberaterin mit Erfahrung.")
    'de'
    """
    words = [w.lower() for w in WORD.findall(text[:50_000])][:SAMPLE_WORDS]
    if not words:
        raise UndetectedLanguageError(key="no_words")
    _refuse_other_scripts(text[:SCRIPT_SAMPLE])
    scores = _function_word_scores(words)
    # A short resume of noun phrases ("Töökogemus", "Klientide nõustamine telefoni teel")
    # has a function word or two, often tied; then its other words break the tie before
    # letters do (ä, ö and ü are German and Estonian alike).
    vocabulary = (_vocabulary_counts([w for w in words if len(w) >= MIN_VOCABULARY_WORD])
                  if max(scores[lang] for lang in SUPPORTED_LANGUAGES) < FEW_FUNCTION_WORDS
                  else dict.fromkeys(SUPPORTED_LANGUAGES, 0))
    supported = max(SUPPORTED_LANGUAGES, key=lambda lang: (
        scores[lang], vocabulary[lang], _letter_hint(text, lang)))
    other = max(OTHER_LANGUAGE_NAMES, key=lambda lang: scores[lang])
    if scores[other] >= 3 and scores[other] > 1.5 * scores[supported]:
        raise LanguageError(key="other_language", language=NAME_CODES.get(other, other))
    if scores[supported] == 0 and _letter_hint(text, supported) == 0:
        return _by_vocabulary(words)
    return supported


def _refuse_other_scripts(text: str) -> None:
    """Refuse a text written mostly in another alphabet (Cyrillic, Greek, Arabic, …).

    Why: function words cannot tell a Russian or Ukrainian resume from one of ours; its few
    Latin words ("MS Office", an e-mail address) would decide, and the text would be read as
    something it is not.
    """
    letters = [ch for ch in text if ch.isalpha()]
    foreign = [ch for ch in letters if "LATIN" not in unicodedata.name(ch, "LATIN")]
    if letters and len(foreign) > len(letters) / 2:
        script = SCRIPT_CODES.get(unicodedata.name(foreign[0], "OTHER").split()[0])
        if script is None:
            raise LanguageError(key="other_alphabet")
        raise LanguageError(key="other_script", script=script)


def _vocabulary_counts(words: list[str]) -> dict[str, int]:
    """How many of ``words`` each language's lexicon knows."""
    from resume_helper.nlp.resources import load_compiled

    return {lang: sum(1 for w in words if w in load_compiled(lang)["forms"])
            for lang in SUPPORTED_LANGUAGES}


def _by_vocabulary(words: list[str]) -> str:
    """For texts without function words (a list of skills): whose skill words are they?"""
    counts = _vocabulary_counts(words)
    best = max(SUPPORTED_LANGUAGES, key=lambda lang: counts[lang])
    if counts[best] == 0:
        if len(words) < 4:
            return "en"  # a bare list of product names reads the same in every language
        raise UndetectedLanguageError(key="undetected")
    return best


def _function_word_scores(words: list[str]) -> Counter[str]:
    # Why one-letter words do not count: "a", "e", "o" are Portuguese and Italian function
    # words, and CVs are full of them for other reasons: durations ("3 a ja 3 k"),
    # abbreviations ("z. B."), letter-spaced headings ("S P R A C H E N").
    words = [w for w in words if len(w) > 1]
    scores: Counter[str] = Counter()
    for lang, vocabulary in stopwords().items():
        scores[lang] = sum(1 for w in words if w in vocabulary)
    return scores


def _letter_hint(text: str, lang: str) -> int:
    letters = LETTER_HINTS.get(lang, "")
    sample = text[:20_000].lower()
    return sum(sample.count(ch) for ch in letters)
