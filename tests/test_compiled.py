"""The compiled lexicons are generated files: they must match the taxonomy they come from."""

from __future__ import annotations

import pytest

from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.nlp.build import source_digest
from resume_helper.nlp.resources import load_compiled


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_compiled_lexicon_is_current(lang: str) -> None:
    compiled = load_compiled(lang)
    assert compiled["source_digest"] == source_digest(), (
        "run `python -m resume_helper.nlp.build` after changing the taxonomy"
    )


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_no_two_concepts_share_a_term(lang: str) -> None:
    assert load_compiled(lang)["conflicts"] == []
