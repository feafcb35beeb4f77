"""lexicon.fold: a word that a case-blind pattern finds in a text is a substring of the folded
text, so skipping the patterns of words not in it (langskills, lexicon.language_names) never
loses a match."""

import re
import sys
from functools import cache

import pytest

from resume_helper.documents import langskills, lexicon

WORDS = [name for name, *_ in lexicon.language_names()] + [
    word for word, *_ in langskills._level_words()]


@cache
def every_character() -> str:
    """All code points but surrogates: built once, when the first test asks (not at import)."""
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


@pytest.mark.parametrize("char", sorted(set("".join(WORDS))))
def test_every_character_a_pattern_takes_for_a_word_character_folds_alike(char: str) -> None:
    for other in re.findall(re.escape(char), every_character(), re.I):
        assert lexicon.fold(other) == lexicon.fold(char), (char, other)


def test_a_name_in_capitals_with_a_dotted_capital_i_is_still_found() -> None:
    assert [code for code, _ in langskills.find_languages("ENGLİSH, dansk")] == ["en", "da"]
