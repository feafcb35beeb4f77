"""What tailoring writes in each language: data/<lang>.yaml, and the helpers that apply it
(dates, the posting's form of address, the letter's date line)."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from resume_helper.datafiles import load_yaml
from resume_helper.documents.model import DateRange, Resume

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


def article(company: str | None, lang: str) -> str:
    """The article a company's name takes after a preposition, from its legal form: German
    "bei der Nordlicht Energie GmbH", "beim … e. V." as "bei dem"; "" where none is needed."""
    if not company:
        return ""
    for rule in tailor_data(lang)["articles"]:
        if any(re.search(rf"(?<!\w){re.escape(form)}(?!\w)", company) for form in rule["forms"]):
            return rule["article"]
    return ""


def position(title: str, lang: str, *, key: str = "position") -> str:
    """The job as a letter names it: Estonian "klienditeenindaja ametikohale" where the title's
    genitive is its nominative (-ja), else "ametikohale „Administraator“"; with
    ``key="role_as"`` the role someone worked in ("klienditeenindajana")."""
    spec = tailor_data(lang)[key]
    if any(title.lower().endswith(end) for end in spec["genitive_endings"]):
        return spec["plain"].format(title=title)
    return spec["other"].format(title=title)


FEMININE = re.compile(r"(?:erin|eurin|entin|antin|istin|torin|frau|ärztin|innen)\b")


def gendered_title(title: str, resume: Resume, lang: str) -> str:
    """The posting's title in the applicant's grammatical gender where the language marks it:
    "Kundenberater (m/w/d)" for an applicant whose resume says "Kundenberaterin" becomes
    "Kundenberaterin", "Kaufmann" becomes "Kauffrau"."""
    if not tailor_data(lang)["feminine_titles"] or not title:
        return title
    own = " ".join(job.title or "" for job in resume.experience)
    own_words = {w.lower(): w for w in WORD.findall(own)}
    if not any(FEMININE.search(w) for w in own_words):
        return title

    def female(word: str) -> str:
        if word.lower() + "in" in own_words:
            return own_words[word.lower() + "in"]
        if word.endswith("mann"):
            return word[:-4] + "frau"
        if re.search(r"(?:er|eur|ent|ant|ist|tor)$", word):
            return word + "in"
        return word

    return WORD.sub(lambda m: female(m.group(0)) if m.group(0)[:1].isupper() else m.group(0),
                    title)
