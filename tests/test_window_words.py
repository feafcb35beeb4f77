"""An Estonian loose window counts words, not a compound's pieces (morphology et
`window_counts_words`, matcher._window).

Why: Estonian stacks genitive modifiers and compounds between a verb and its object
("sõlmid olemasolevate võtmeklientidega tehinguid"); counted in pieces, each compound's front
part pushed the object out of the window, so the duty was missed that English states with
its words adjacent. Duties modelled on http://ametid.rajaleidja.ee/Muugiesindaja-1 ("sõlmib
klientidega lepinguid", "peab läbirääkimisi tellimuste müügimahus") and
http://ametid.rajaleidja.ee/Muugikorraldaja ("personali juhendamine").
"""

from __future__ import annotations

import pytest

from resume_helper import extract_skills


def ids(text: str, lang: str) -> set[str]:
    return {skill.id for skill in extract_skills(text, lang=lang)}


@pytest.mark.parametrize(
    ("text", "lang", "concept"),
    [
        ("Sõlmid olemasolevate võtmeklientidega tehinguid.", "et", "active-selling"),
        ("You conclude trades with existing key accounts.", "en", "active-selling"),
        ("Juhendad uute müügisaalitöötajate tööd.", "et", "leadership"),
    ],
)
def test_compound_parts_between_verb_and_object_widen_no_window(
    text: str, lang: str, concept: str
) -> None:
    assert concept in ids(text, lang)


def test_the_window_still_ends() -> None:
    # words, not pieces, are counted: five other words between verb and object stay too far
    text = ("Sõlmid oma piirkonna kõigi olemasolevate suurte võtmeklientidega "
            "pikaajalisi tehinguid.")
    assert "active-selling" not in ids(text, "et")
