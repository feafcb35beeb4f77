"""What tailoring writes in each language: data/<lang>.yaml, and the helpers that apply it
(dates, the posting's form of address, the letter's date line)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from resume_helper.datafiles import load_yaml
from resume_helper.documents.model import DateRange

WORD = re.compile(r"[^\W\d_]+")


@cache
def tailor_data(lang: str) -> dict[str, Any]:
    """The tailoring texts and conventions of ``lang``."""
    return load_yaml("resume_helper.tailoring", "data", f"{lang}.yaml")


def format_range(dates: DateRange | None, lang: str) -> str:
    """A period the way a resume in ``lang`` writes it; unparsed dates stay as written."""
    if dates is None:
        return ""
    if not dates.parsed or dates.start is None:
        return dates.raw
    spec = tailor_data(lang)["dates"]
    start = _one(dates.start, spec)
    if dates.present:
        end = spec["present"]
    elif dates.end is None or dates.end == dates.start:
        return start
    else:
        end = _one(dates.end, spec)
    return spec["range"].format(start=start, end=end)


def _one(value: tuple[int, int | None], spec: dict[str, Any]) -> str:
    year, month = value
    if month is None:
        return str(year)
    return spec["month_year"].format(month=spec["months"][month - 1], year=year)


def letter_date(today: date, lang: str, place: str | None = None) -> str:
    """The letter's date line: "Hamburg, 2. Dezember 2026", "December 2, 2026"."""
    spec = tailor_data(lang)["dates"]
    text = spec["letter_date"].format(day=today.day, year=today.year,
                                      month=spec["letter_months"][today.month - 1])
    if spec["letter_place"] and place:
        return f"{place}, {text}"
    return text


def address_form(text: str, lang: str) -> str:
    """"formal" or "informal": how the posting addresses its readers ("Sie" or "du").

    Counts each form's pronouns as ads write them. A capitalised pronoun counts only inside
    a sentence, where the capital tells it apart ("Sie" from "sie", Danish "De" and "I" from
    "de" and "i"). Formal wins ties, since it is never wrong in an application.
    """
    forms = tailor_data(lang)["address"]
    counts = {"formal": 0, "informal": 0}
    for match in WORD.finditer(text):
        word = match.group(0)
        inside = _inside_sentence(text, match.start())
        for form in counts:
            if word in (forms[form] or ()) and (inside or word.islower()):
                counts[form] += 1
    return "informal" if counts["informal"] > counts["formal"] else "formal"


def _inside_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` follows a word on the same line (not a sentence start)."""
    index = at - 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    return index >= 0 and (text[index].isalnum() or text[index] in ",;")
