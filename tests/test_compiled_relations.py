"""Every compiled lexicon holds the same concepts and relations, so code that needs only those
may read whichever lexicon is already loaded (``resources.any_compiled``)."""

from __future__ import annotations

import pytest

from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.nlp.resources import load_compiled


def _relations(lang: str) -> dict[str, list[str]]:
    return {cid: c.get("broader", []) for cid, c in load_compiled(lang)["concepts"].items()}


@pytest.mark.parametrize("lang", [lang for lang in SUPPORTED_LANGUAGES if lang != "en"])
def test_every_lexicon_holds_the_same_relations(lang: str) -> None:
    assert _relations(lang) == _relations("en")

