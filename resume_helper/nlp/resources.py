"""Data files of the nlp package, loaded once."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

import yaml


def data_text(name: str) -> str:
    return files("resume_helper.nlp").joinpath("data", name).read_text(encoding="utf-8")


@cache
def load_yaml(name: str) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(data_text(name), Loader=loader)


@cache
def stopwords() -> dict[str, frozenset[str]]:
    """Function words per language code, supported languages and a few others."""
    return {lang: frozenset(words) for lang, words in load_yaml("stopwords.yaml").items()}


def compiled_path(lang: str) -> Any:
    return files("resume_helper.nlp").joinpath("compiled", f"{lang}.json")


@cache
def load_compiled(lang: str) -> dict[str, Any]:
    """The lexicon and patterns precomputed by ``python -m resume_helper.nlp.build``."""
    return json.loads(compiled_path(lang).read_text(encoding="utf-8"))
