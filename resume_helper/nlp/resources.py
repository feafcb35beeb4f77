"""Data files of the nlp package, loaded once."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from resume_helper import datafiles


def data_text(name: str) -> str:
    return files("resume_helper.nlp").joinpath("data", name).read_text(encoding="utf-8")


@cache
def load_yaml(name: str) -> Any:
    """A YAML file of the nlp package's data folder, parsed once."""
    return datafiles.load_yaml("resume_helper.nlp", "data", name)


@cache
def stopwords() -> dict[str, frozenset[str]]:
    """Function words per language code, supported languages and a few others."""
    return {lang: frozenset(words) for lang, words in load_yaml("stopwords.yaml").items()}


@cache
def content_words(lang: str) -> frozenset[str]:
    """Lemmas that are frequent enough to be stopwords but that a loose match must keep."""
    return frozenset(load_yaml("content_words.yaml").get(lang, ()))


def compiled_path(lang: str) -> Any:
    return files("resume_helper.nlp").joinpath("compiled", f"{lang}.json")


@cache
def load_compiled(lang: str) -> dict[str, Any]:
    """The lexicon and patterns precomputed by ``python -m resume_helper.nlp.build``."""
    compiled = json.loads(compiled_path(lang).read_text(encoding="utf-8"))
    if FORMS_BY_LEMMA in compiled:
        compiled["forms"] = unpack_forms(compiled.pop(FORMS_BY_LEMMA))
    _loaded.setdefault(lang, compiled)
    return compiled


FORMS_BY_LEMMA = "forms_by_lemma"
FORM_SEPARATOR = " "  # no form holds a blank: forms are single words


def pack_forms(forms: dict[str, str]) -> dict[str, str]:
    """The lexicon's form → lemma mapping as it is stored: each lemma with its forms, sorted
    and joined by blanks.

    Why: parsing JSON costs mostly one string object per value; written per lemma, the
    Estonian lexicon (53,000 forms of 2,400 lemmas) reads in half the time.
    """
    by_lemma: dict[str, list[str]] = {}
    for form, lemma in forms.items():
        if FORM_SEPARATOR in form or not form:
            raise ValueError(f"a lexicon form must be one word: {form!r}")
        by_lemma.setdefault(lemma, []).append(form)
    return {lemma: FORM_SEPARATOR.join(sorted(found)) for lemma, found in sorted(by_lemma.items())}


def unpack_forms(by_lemma: dict[str, str]) -> dict[str, str]:
    """The form → lemma mapping from its stored shape (:func:`pack_forms`)."""
    return {form: lemma for lemma, forms in by_lemma.items()
            for form in forms.split(FORM_SEPARATOR)}


_loaded: dict[str, dict[str, Any]] = {}


def any_compiled() -> dict[str, Any]:
    """A compiled lexicon already in memory (English when none is): for what every language's
    lexicon holds alike, such as the concepts' ``broader`` relations.

    Why: reading a second language's lexicon costs a German or Estonian check tens of
    milliseconds for data it already has.
    """
    return next(iter(_loaded.values()), None) or load_compiled("en")


def concept_label(concept_id: str, lang: str) -> str | None:
    """The taxonomy's label of a concept in ``lang`` (None for an unknown id)."""
    concept = load_compiled(lang)["concepts"].get(concept_id)
    return concept["label"] if concept else None
