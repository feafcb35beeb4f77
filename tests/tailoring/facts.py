"""What "never fabricate" means, as a check on texts: every number, date, proper name and
skill concept of an output must come from the inputs (or from our own fixed wording)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from resume_helper.documents.dates import find_date_range
from resume_helper.skills import extract_skills

NUMBER = re.compile(r"\d+")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _dates_and_rest(text: str) -> tuple[set[tuple], str]:
    """The periods in ``text`` (as parsed values) and the text with them cut out."""
    dates: set[tuple] = set()
    lines = []
    for line in text.split("\n"):
        while (found := find_date_range(line)) is not None:
            dates_range, (start, end) = found
            if not dates_range.parsed:
                break
            dates.add((dates_range.start, dates_range.end, dates_range.present))
            line = line[:start] + " " + line[end:]
        lines.append(line)
    return dates, "\n".join(lines)


@cache
def fixed_words(lang: str) -> frozenset[str]:
    """Words our own templates, headings and labels may write in ``lang``."""
    from resume_helper.messages import Messages
    from resume_helper.nlp.resources import load_compiled
    from resume_helper.tailoring.language import tailor_data

    texts: list[str] = []

    def collect(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(tailor_data(lang))
    collect(Messages(lang).raw("languages"))
    texts += [c["label"] for c in load_compiled(lang)["concepts"].values()]
    # the common words of the skills' names tailoring may write beside evidence; a name
    # the taxonomy capitalises (a product) is not one of them and stays a fact to check
    texts += [w for _, _, written in load_compiled(lang)["patterns"]
              for w in WORD.findall(written) if w.islower()]
    return frozenset(w.lower() for text in texts for w in WORD.findall(text))


def new_facts(inputs: Iterable[str], output: str, *, lang: str,
              allowed_concepts: set[str] | None) -> list[str]:
    """What ``output`` states that no input does: numbers, periods, names, and concepts
    outside ``allowed_concepts`` (None: concepts are not checked)."""
    inputs = list(inputs)
    in_dates: set[tuple] = set()
    in_rest = []
    for text in inputs:
        dates, rest = _dates_and_rest(text)
        in_dates |= dates
        in_rest.append(rest)
    out_dates, out_rest = _dates_and_rest(output)
    problems = [f"period {d}" for d in out_dates - in_dates]
    in_numbers = {int(n) for text in inputs for n in NUMBER.findall(text)}
    problems += [f"number {n}" for n in NUMBER.findall(out_rest) if int(n) not in in_numbers]
    in_words = {w.lower() for text in inputs for w in WORD.findall(text)}
    fixed = fixed_words(lang)
    for word in WORD.findall(out_rest):
        if word[0].isupper() and word.lower() not in in_words and word.lower() not in fixed \
                and _masculine(word.lower(), lang) not in in_words:
            problems.append(f"name {word}")
    if allowed_concepts is not None and output.strip():
        concepts = {s.id for s in extract_skills(output, lang=lang)}
        problems += [f"concept {c}" for c in sorted(concepts - allowed_concepts)]
    return problems


def _masculine(word: str, lang: str) -> str:
    """A title in the other grammatical gender is the same title, not a new name: the
    applicant's gender given to the posting's "Kundenberater (m/w/d)" ("Kundenberaterin")."""
    from resume_helper.matching.wording import wording

    for feminine, masculine in wording(lang).get("gender", ()):
        if feminine and word.endswith(feminine):
            return word[: len(word) - len(feminine)] + masculine
    return word


def concepts_of(texts: Iterable[tuple[str, str]]) -> set[str]:
    """The concepts of (text, lang) pairs together."""
    return {s.id for text, lang in texts if text.strip()
            for s in extract_skills(text, lang=lang)}
