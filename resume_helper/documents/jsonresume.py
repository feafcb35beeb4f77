"""JSON Resume (jsonresume.org schema 1.0) in both directions.

Reading renders the JSON into paragraphs first, so a JSON resume has the same
``text``, sections and offsets as any other document.
"""

from __future__ import annotations

import json
import re
from typing import Any

from resume_helper.documents.contacts import normalize_phone
from resume_helper.documents.dates import parse_date
from resume_helper.documents.encoding import xml_safe
from resume_helper.documents.errors import DocumentError
from resume_helper.documents.langskills import language_skills
from resume_helper.documents.model import (
    Block,
    Contact,
    DateRange,
    Education,
    Experience,
    Resume,
    YearMonth,
)
from resume_helper.documents.sections import Span, assemble

SCHEMA = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
ISO_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{1,2}))?(?:-[0-9]{1,2})?")  # ASCII digits only


def read_json_resume(text: str, *, name: str) -> Resume:
    """A :class:`Resume` from JSON Resume text."""
    try:
        data = json.loads(text)
    except RecursionError as exc:  # json's parser recurses once per level of nesting
        raise DocumentError(key="json_nested", name=name) from exc
    except json.JSONDecodeError as exc:
        raise DocumentError(key="json_invalid", name=name, detail=exc.msg, line=exc.lineno) from exc
    except ValueError as exc:  # a number too long for int()
        raise DocumentError(key="json_invalid_value", name=name, detail=str(exc)) from exc
    if not isinstance(data, dict):
        raise DocumentError(key="json_not_object", name=name)
    try:
        return _resume(data, name)
    except (TypeError, AttributeError) as exc:
        raise DocumentError(key="json_schema", name=name, detail=str(exc)) from exc


def _s(value: Any) -> str:
    """A field's text; lists and objects where text belongs count as empty.

    Why not ``str(value)``: a deeply nested list would recurse in ``repr`` and print Python
    syntax into the resume.
    """
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return ""
    return xml_safe(str(value)).strip()


def _range(item: dict[str, Any]) -> DateRange | None:
    start, end = _s(item.get("startDate")), _s(item.get("endDate"))
    if not start and not end:
        return None
    begin = _iso(start)
    finish = _iso(end) if end else None
    raw = f"{start} – {end or 'present'}"
    return DateRange(raw=raw, start=begin, end=finish, present=not end,
                     parsed=begin is not None or not start)


def _iso(text: str) -> YearMonth | None:
    """"2020-01" or "2020" as the schema writes dates; anything else as a written date.

    Why ASCII digits: ``str.isdigit`` is true for "²⁰²⁰", which ``int`` refuses.
    """
    match = ISO_DATE.match(text)
    if match:
        month = int(match.group(2)) if match.group(2) else None
        return int(match.group(1)), month if month and 1 <= month <= 12 else None
    return parse_date(text)


def _resume(data: dict[str, Any], name: str) -> Resume:
    basics = data.get("basics") or {}
    location = basics.get("location") or {}
    place = ", ".join(_s(location.get(k)) for k in ("address", "city", "region", "countryCode")
                      if _s(location.get(k))) or None
    links = [_s(basics.get("url"))] + [_s(p.get("url")) for p in basics.get("profiles") or ()]
    blocks: list[Block] = []
    spans: list[Span] = []

    def add(kind: str, heading: str | None, lines: list[tuple[str, bool]]) -> None:
        lines = [(t, li) for t, li in lines if t]
        if not lines and heading is None:
            return
        span = Span(kind, heading)
        if heading:
            span.indices.append(len(blocks))
            blocks.append(Block(text=heading, heading_level=2))
        for text, list_item in lines:
            span.indices.append(len(blocks))
            blocks.append(Block(text=text, list_item=list_item))
        spans.append(span)

    phone = _s(basics.get("phone"))
    add("contact", None, [(_s(basics.get("name")), False), (_s(basics.get("label")), False),
                          (_s(basics.get("email")), False), (phone, False), (place or "", False),
                          *((link, False) for link in links)])
    if _s(basics.get("summary")):
        add("summary", "Summary", [(_s(basics.get("summary")), False)])
    jobs = []
    lines: list[tuple[str, bool]] = []
    for item in [*(data.get("work") or ()), *(data.get("volunteer") or ())]:
        employer = _s(item.get("name") or item.get("organization") or item.get("company"))
        dates = _range(item)
        highlights = tuple(_s(h) for h in item.get("highlights") or () if _s(h))
        bullets = ((_s(item.get("summary")),) if _s(item.get("summary")) else ()) + highlights
        jobs.append(Experience(title=_s(item.get("position")) or None, employer=employer or None,
                               location=_s(item.get("location")) or None, dates=dates,
                               bullets=bullets))
        lines.append((", ".join(x for x in (_s(item.get("position")), employer) if x), False))
        lines.append((dates.raw if dates else "", False))
        lines += [(b, True) for b in bullets]
    if jobs:
        add("experience", "Work experience", lines)
    schools = []
    lines = []
    for item in data.get("education") or ():
        degree = ", ".join(x for x in (_s(item.get("studyType")), _s(item.get("area"))) if x)
        dates = _range(item)
        details = tuple(_s(c) for c in item.get("courses") or () if _s(c))
        schools.append(Education(degree=degree or None,
                                 institution=_s(item.get("institution")) or None,
                                 dates=dates, details=details))
        lines += [(degree, False), (_s(item.get("institution")), False),
                  (dates.raw if dates else "", False), *((d, True) for d in details)]
    if schools:
        add("education", "Education", lines)
    skills: list[str] = []
    for item in data.get("skills") or ():
        for word in [_s(item.get("name")), *(_s(k) for k in item.get("keywords") or ())]:
            if word and word not in skills:
                skills.append(word)
    if skills:
        add("skills", "Skills", [(", ".join(skills), False)])
    language_lines = [
        (f"{_s(item.get('language'))} ({_s(item.get('fluency'))})" if _s(item.get("fluency"))
         else _s(item.get("language")), True)
        for item in data.get("languages") or ()
    ]
    if language_lines:
        add("languages", "Languages", language_lines)
    certificates = [
        " – ".join(x for x in (_s(c.get("name")), _s(c.get("issuer")), _s(c.get("date"))) if x)
        for c in data.get("certificates") or ()
    ]
    if certificates:
        add("certifications", "Certificates", [(c, True) for c in certificates])
    interests = [_s(i.get("name")) for i in data.get("interests") or ()]
    if any(interests):
        add("interests", "Interests", [(i, True) for i in interests])
    paragraphs, sections = assemble(blocks, spans)
    languages = language_skills(text for text, _ in language_lines)
    return Resume(
        name=name, file_format="jsonresume", paragraphs=paragraphs, sections=sections,
        contact=Contact(name=_s(basics.get("name")) or None, email=_s(basics.get("email")) or None,
                        phone=normalize_phone(phone) if phone else None, location=place,
                        links=tuple(link for link in links if link), found_in=("body",)),
        summary=_s(basics.get("summary")) or None, experience=tuple(jobs),
        education=tuple(schools), skills=tuple(skills), languages=languages,
        certifications=tuple(certificates),
    )


def _date(value: YearMonth | None) -> str | None:
    if value is None:
        return None
    year, month = value
    return f"{year:04d}-{month:02d}" if month else f"{year:04d}"


def to_json_resume(resume: Resume) -> dict[str, Any]:
    """``resume`` in the JSON Resume schema; unknown fields are left out, not invented.

    >>> to_json_resume(read_json_resume('{"basics": {"name": "Mari Tamm"}}', name="x"))["basics"]
    {'name': 'Mari Tamm'}
    """
    contact = resume.contact
    basics: dict[str, Any] = {"name": contact.name, "email": contact.email,
                              "phone": contact.phone.raw if contact.phone else None,
                              "summary": resume.summary}
    if contact.location:
        basics["location"] = {"address": contact.location}
    if contact.links:
        basics["url"] = contact.links[0]
        basics["profiles"] = [{"url": link} for link in contact.links[1:]]
    result: dict[str, Any] = {"$schema": SCHEMA, "basics": _clean(basics)}
    result["work"] = [_clean({
        "name": job.employer, "position": job.title, "location": job.location,
        "startDate": _date(job.dates.start) if job.dates else None,
        "endDate": _date(job.dates.end) if job.dates and not job.dates.present else None,
        "highlights": list(job.bullets),
    }) for job in resume.experience]
    result["education"] = [_clean({
        "institution": school.institution, "studyType": school.degree,
        "startDate": _date(school.dates.start) if school.dates else None,
        "endDate": _date(school.dates.end) if school.dates and not school.dates.present else None,
        "courses": list(school.details),
    }) for school in resume.education]
    result["skills"] = [{"name": skill} for skill in resume.skills]
    result["languages"] = [_clean({"language": lang.language, "fluency": lang.level_raw or
                                   lang.level}) for lang in resume.languages]
    result["certificates"] = [{"name": cert} for cert in resume.certifications]
    if not any(result["basics"].values()):
        del result["basics"]
    return {key: value for key, value in result.items() if value}


def _clean(data: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}

