"""The posting's name for a skill, fit to stand next to the resume's evidence.

A posting often asks for a skill in a sentence ("Resolve customer complaints", "håndtere
klager"), which cannot stand in a skills list or a parenthesis. The taxonomy knows the
skill's names; the one to write is a name that says the posting's words (the same words up
to inflection, derivation and word order, as the match judges them: "complaint resolution"
for "resolve customer complaints") and reads as a noun phrase, never a verb phrase
("resolve complaints") nor another skill.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from resume_helper.tailoring.language import tailor_data

if TYPE_CHECKING:
    from resume_helper.skills import Skill

MAX_WORDS = 3


def posting_term(concept: str, posting_forms: Iterable[str], lang: str) -> str | None:
    """The shortest name of ``concept`` in ``lang`` that is a noun phrase and the same words
    as one of the posting's wordings (``posting_forms``, the lemma forms the match compares);
    None when the taxonomy has none.

    Why checked by the skill engine itself: the name must read as the posting's words to the
    same match that scores the resume, or writing it gains nothing and only adds words.
    """
    wanted = [f for f in posting_forms if f]
    if not wanted:
        return None
    candidates = sorted((name for name in _names(concept, lang) if nominal(name, lang)),
                        key=lambda n: (len(n.split()), len(n), n))
    return next((name for name in candidates
                 if any(s.spans == ((0, len(name)),) for s in _in_posting_words(
                     name, concept, wanted, lang))), None)


def reads_as_posting(text: str, concept: str, posting_forms: Iterable[str], lang: str) -> bool:
    """Whether the skill engine reads ``concept`` in ``text`` in the posting's words: the
    check that a written line earns its match (a name beside other words can join them into
    another wording)."""
    return bool(_in_posting_words(text, concept, [f for f in posting_forms if f], lang))


def _in_posting_words(text: str, concept: str, wanted: list[str], lang: str) -> list[Skill]:
    """The skill engine's findings of ``concept`` in ``text`` that say one of ``wanted``."""
    from resume_helper.matching.wording import any_same_wording
    from resume_helper.skills import extract_skills

    return [s for s in extract_skills(text, lang=lang)
            if s.id == concept and any_same_wording(wanted, s.forms, lang)]


def nominal(name: str, lang: str) -> bool:
    """Whether a skill's name reads as a noun phrase in ``lang``: German nouns are written
    with a capital, so its last word has one; elsewhere the last word ends as nouns do
    ("complaint resolution", "klagehåndtering", "kaebuste lahendamine") and no word ends
    as a verb's infinitive ("kaebusi lahendama")."""
    words = name.split()
    if not words or len(words) > MAX_WORDS or any(ch in name for ch in "()/,;:"):
        return False
    spec = tailor_data(lang)["nominal"]
    last = words[-1]
    if spec["capital"]:
        return last[:1].isupper()
    if any(w.lower().endswith(tuple(spec["verb_endings"])) for w in words):
        return False
    if len(words) == 1 and any(ch.isupper() for ch in last):
        return True  # an acronym or a product's name ("CRM-süsteem", "Zendesk")
    return last.lower().endswith(tuple(spec["endings"]))


def _names(concept: str, lang: str) -> list[str]:
    """The concept's names as the taxonomy writes them (its label among them)."""
    from resume_helper.nlp.resources import load_compiled

    compiled = load_compiled(lang)
    names = [written for found, _lemmas, written in compiled["patterns"] if found == concept]
    entry = compiled["concepts"].get(concept)
    if entry and entry.get("label"):
        names.append(entry["label"])
    return list(dict.fromkeys([*names, *(_nominalised(n, lang) for n in names)]))


def _nominalised(name: str, lang: str) -> str:
    """A verb phrase as the noun phrase the language makes of it by a regular ending
    (Estonian "telefonile vastama" → "telefonile vastamine"), where the word before the verb
    keeps its case (allative, comitative …); the name itself elsewhere."""
    spec = tailor_data(lang)["nominal"]
    words = name.split()
    if len(words) != 2 or not words[0].endswith(tuple(spec["nominalise_after"])):
        return name  # an object changes its case with the noun ("kaebusi" → "kaebuste")
    for verb, noun in spec["nominalise"]:  # [verb ending, noun ending] pairs
        if words[-1].endswith(verb):
            return f"{words[0]} {words[1][: len(words[1]) - len(verb)]}{noun}"
    return name
