"""Education compared by level, kind and field, as a recruiter reads it.

"Abgeschlossene kaufmännische Ausbildung" asks for a vocational education in a commercial
field: a Kfz-Mechatroniker apprenticeship has the level but not the field ("partial"), and
"HHX" (general upper-secondary school) is not met by a carpenter's svendebrev, which is
vocational ("partial": another kind of education at that level).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Literal

from resume_helper.datafiles import load_yaml
from resume_helper.documents.model import Education, Experience, Resume
from resume_helper.matching.scoring import scoring

if TYPE_CHECKING:
    from resume_helper.analysis import Analysed
    from resume_helper.matching.demand import Demand
    from resume_helper.matching.model import Status
    from resume_helper.skills import Skill

Kind = Literal["general", "vocational", "tertiary"]
GENERAL_UP_TO = 3  # asked levels up to this one are school-leaving certificates
VOCATIONAL = 4


@dataclass(frozen=True)
class Schooling:
    """One education of a resume: its words, highest level, kind and fields."""

    text: str
    level: int
    kind: Kind
    fields: frozenset[str]


@cache
def _data() -> dict:
    return load_yaml("resume_helper.matching", "data", "education.yaml")


def is_qualification(concept_id: str) -> bool:
    """Whether a certificate concept is a completed vocational training (an IHK
    apprenticeship), which a resume lists under education."""
    return concept_id in _data().get("qualifications", ())


def fields_of(text: str, lang: str) -> frozenset[str]:
    """The fields ``text`` names ("kaufmännische Ausbildung" → commercial)."""
    lowered = text.lower()
    return frozenset(field for field, words in _data()["fields"].items()
                     if any(w in lowered for w in words.get(lang, ())))


def schooling(text: str, lang: str) -> Schooling | None:
    """The level and kind ``text`` names, with its fields; None when it names no level."""
    lowered = f" {text.lower()} "
    if any(w in lowered for w in _data()["incomplete"].get(lang, ())):
        return None
    best: tuple[int, Kind] | None = None
    for entry in _data()["levels"].get(lang, ()):
        if any(w in lowered for w in entry["words"]) and (best is None or entry["level"] > best[0]):
            best = (int(entry["level"]), entry["kind"])
    if best is None:
        return None
    return Schooling(text=text, level=best[0], kind=best[1], fields=fields_of(text, lang))


def resume_schooling(document: Resume, lang: str) -> tuple[Schooling, ...]:
    """Every education of the resume whose level could be told, read with the rules of the
    resume's language and then of the others (an English resume may name an EUD)."""
    found = []
    for entry in document.education:
        text = ", ".join(x for x in (entry.degree, entry.institution, *entry.details) if x)
        for reading in dict.fromkeys((lang, *_data()["levels"])):
            read = schooling(text, reading)
            if read is not None:
                found.append(replace(read, text=_naming(entry, reading) or text))
                break
    found += [read for read in map(lambda job: _training_held(job, lang), document.experience)
              if read is not None]
    return tuple(found)


def _naming(entry: Education, lang: str) -> str | None:
    """The part of an education entry that names its level: the degree as a rule, the
    school line when the degree holds none ("Hauptschulabschluss" under a heading the
    reader took for the degree)."""
    pieces = [x for x in (entry.degree, entry.institution, *entry.details) if x]
    return next((x for x in pieces if schooling(x, lang) is not None), entry.degree)


def _training_held(job: Experience, lang: str) -> Schooling | None:
    """A finished vocational training listed as a job ("2015 – 2018 Ausbildung zum
    Kfz-Mechatroniker"): an education as much as one under "Ausbildung". Only a title that
    opens with the training's word counts ("Leiter Ausbildung" is a job in training)."""
    title = (job.title or "").strip()
    if not title or job.dates is None or not job.dates.parsed or job.dates.present:
        return None
    lowered = title.lower()
    for reading in dict.fromkeys((lang, *_data()["levels"])):
        read = schooling(title, reading)
        if read is not None and read.kind == "vocational" and any(
                lowered.startswith(word) for entry in _data()["levels"][reading]
                if entry["kind"] == "vocational" for word in entry["words"]):
            return read
    return None


def asked_fields(demand: Demand, lang: str) -> frozenset[str]:
    """The fields the posting's words for an education name, in the clauses that ask for it;
    a narrow field widened to its family when "other relevant" education is accepted too."""
    asked: list[frozenset[str]] = []
    narrow = _data()["narrow"]
    for text in demand.context:
        named = fields_of(text, lang)
        lowered = text.lower()
        if any(w in lowered for w in _data()["similar"].get(lang, ())):
            named = frozenset(narrow.get(f, f) for f in named)
        if named:
            asked.append(named)
    # several mentions ("kaufmännische Ausbildung, gern als Kaufmann für Dialogmarketing"):
    # the field they all name is the one asked for
    return frozenset.intersection(*asked) if asked else frozenset()


def education_status(skill: Skill, demand: Demand, resume: Analysed, posting: Analysed
                     ) -> tuple[Status, tuple[str, ...], str]:
    """(status, the resume's education that answers, basis) for an asked education."""
    levels = scoring()["education_levels"]
    wanted = levels.get(skill.id)
    held = resume.schooling
    if wanted is None:
        own = resume.skill(skill.id)
        return ("matched", tuple(own.evidence(resume.text)), "words") if own else \
            ("missing", (), "words")
    if not held:
        return _from_concepts(wanted, resume, levels)
    fields = asked_fields(demand, posting.lang) if wanted >= VOCATIONAL else frozenset()
    verdicts = [(_verdict(wanted, fields, item), item) for item in held]
    order = ("matched", "field", "kind", "lower")
    verdict, item = min(verdicts, key=lambda v: order.index(v[0]))
    if verdict == "matched":
        return "matched", (item.text,), "level"
    if verdict in ("field", "kind"):
        return "partial", (item.text,), "field"
    return "missing", (item.text,), "level"


def _verdict(wanted: int, fields: frozenset[str], item: Schooling) -> str:
    if wanted <= GENERAL_UP_TO:
        if item.kind == "general" and item.level >= wanted or item.kind == "tertiary":
            return "matched"
        return "kind" if item.level >= wanted else "lower"
    if item.level < wanted:
        return "lower"
    return "matched" if fields <= item.fields else "field"


def _from_concepts(wanted: int, resume: Analysed, levels: dict[str, int]
                   ) -> tuple[Status, tuple[str, ...], str]:
    """Without readable education entries: the education concepts the text names."""
    held = [s for s in resume.skills if levels.get(s.id, -1) >= wanted]
    if not held:
        return "missing", (), "level"
    best = max(held, key=lambda s: levels[s.id])
    return "matched", tuple(best.evidence(resume.text)[:1]), "level"


LEVEL_CONCEPTS = {("general", 2): "edu-lower-secondary", ("general", 3): "edu-upper-secondary",
                  ("vocational", 4): "edu-vocational", ("tertiary", 5): "edu-short-cycle-tertiary",
                  ("tertiary", 6): "edu-bachelor", ("tertiary", 7): "edu-master"}


def level_concept(text: str, lang: str) -> str | None:
    """The taxonomy's education concept for the level ``text`` names (to name a degree in
    the report's language: "Berufsausbildung" → "Vocational training")."""
    for reading in dict.fromkeys((lang, *_data()["levels"])):
        found = schooling(text, reading)
        if found is not None:
            return LEVEL_CONCEPTS.get((found.kind, found.level))
    return None


def level_mentions(text: str, lang: str) -> list[tuple[int, int, str]]:
    """(start, end, education concept) for each word of ``text`` that names a level
    ("Abitur", "HHX", "keskharidus"), longest words first, none overlapping."""
    lowered = text.lower()
    words = sorted(((w, e) for e in _data()["levels"].get(lang, ()) for w in e["words"]),
                   key=lambda x: -len(x[0]))
    found: list[tuple[int, int, str]] = []  # in text order, none overlapping
    for word, entry in words:
        concept = LEVEL_CONCEPTS.get((entry["kind"], int(entry["level"])))
        if concept is None:
            continue
        for match in re.finditer(rf"(?<!\w){re.escape(word.strip())}", lowered):
            start, end = match.start(), match.end()
            # Why bisect: the mentions found so far are disjoint and sorted, so only the
            # neighbours can overlap; testing all of them was quadratic ("keskharidus"
            # pasted 5,000 times: 12 million tests).
            index = bisect.bisect_left(found, (start,))
            if (index and found[index - 1][1] > start) or \
                    (index < len(found) and found[index][0] < end):
                continue
            found.insert(index, (start, end, concept))
    return found


def best_of(statuses: Iterable[str]) -> str:
    """The best of some statuses (matched over partial over missing)."""
    order = ("missing", "partial", "matched")
    return max(statuses, key=order.index, default="missing")
