"""Build a :class:`Posting`: title, company, location, and the sections scoring uses.

Benefits, "about us" and legal notes are kept but marked ``boilerplate`` so that scoring
can ignore them; must-haves and nice-to-haves are told apart by heading and by phrases such
as "von Vorteil", "is a plus", "en fordel" or "kasuks tuleb".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from resume_helper.documents import lexicon
from resume_helper.documents.contacts import find_location
from resume_helper.documents.dates import find_date_range
from resume_helper.documents.entries import COMPANY
from resume_helper.documents.langskills import language_requirements
from resume_helper.documents.model import Block, Extracted, Paragraph, Posting, Section
from resume_helper.documents.sections import Span, assemble, split_sections

# "related": a board's "similar jobs" copied with the ad; other employers' titles
BOILERPLATE = {"benefits", "company", "legal", "related"}
TITLE_SEPARATOR = re.compile(r"\s+[–—|·]\s+|\s+-\s+")
NAME = r"[A-ZÄÖÜÆØÅÕŠŽ][\w'’-]+(?:\s+[A-ZÄÖÜÆØÅÕŠŽ][\w'’-]+){1,3}"
SENTENCE_END_CHARS = re.compile(r"[.!?]$")
PUNCTUATION = " \t\"'„“«»([{-–—•*"
MAX_TITLE = 100
MAX_TITLE_WORDS = 12
MAX_COMPANY = 60
TOP = 8
# Template gaps never filled in: "<ORGANIZATION>", "[Firmenname]", "{{company}}", "XXX".
PLACEHOLDER = re.compile(
    r"<[^<>]{2,40}>|\[[^\[\]]{2,40}\]|\{\{?[^{}]{2,40}\}?\}|(?<!\w)X{3,}(?!\w)")
DANGLING = re.compile(r"\s+(?:bei|at|hos|in|für|for|til|@|i|ettevõttes|-|–|—|\|)\s*$", re.I)
FIRST_CLAUSE = re.compile(r"[,;](?![^()]*\))\s")
META_KEYS = {"title": ("title", "job_title", "position", "jobtitle"),
             "company": ("company", "organization", "organisation", "employer",
                         "hiringorganization"),
             "location": ("location", "place", "city", "joblocation")}


def build_posting(extracted: Extracted, *, name: str) -> Posting:
    """A posting's structure; every paragraph lands in exactly one section."""
    blocks = extracted.blocks
    spans = _closing_apart(split_sections(blocks, "posting", first_kind="intro"), blocks)
    for span in spans:
        span.boilerplate = span.kind in BOILERPLATE
    paragraphs, sections = assemble(blocks, spans)
    intro = [p for s in sections if s.kind == "intro" for p in s.paragraphs][:TOP]
    head = _head(intro, paragraphs, sections)
    meta = dict(extracted.metadata)
    title = _meta(meta, "title") or _title(head)
    company, location = _company_location(head, title)
    company = _meta(meta, "company") or _confident(company, MAX_COMPANY)
    location = _meta(meta, "location") or _confident(location, MAX_COMPANY)
    nice_markers = lexicon.phrase_pattern(lexicon.words("nice_markers"))
    requirements = _lines(sections, "requirements")
    must = tuple(line for line in requirements if not _optional(line, nice_markers))
    nice = tuple(line for line in requirements if _optional(line, nice_markers))
    nice += _lines(sections, "nice_to_have")
    scored = [line for s in sections if not s.boilerplate for line in s.lines]
    years, evidence = stated_years(scored)
    optional = set(_lines(sections, "nice_to_have"))
    languages = language_requirements(
        [(line, line not in optional) for line in (*must, *nice)]
        + [(line, True) for line in scored if line not in must and line not in nice],
        listed=(*must, *nice),
    )
    education_words = lexicon.phrase_pattern(lexicon.words("education_markers"))
    return Posting(
        name=name, file_format=extracted.file_format, paragraphs=paragraphs, sections=sections,
        fonts=extracted.fonts, notes=extracted.notes, layout=extracted.layout,
        pages=extracted.pages,
        title=title, company=company, location=location,
        responsibilities=_lines(sections, "responsibilities"),
        requirements=must, nice_to_haves=nice, benefits=_lines(sections, "benefits"),
        language_requirements=languages,
        education=tuple(line for line in (*must, *nice) if education_words.search(line)),
        years_of_experience=years, years_evidence=evidence,
        contact_person=_contact_person([p.text for p in paragraphs]),
    )


def _closing_apart(spans: list[Span], blocks: Sequence[Block]) -> list[Span]:
    """Spans with a mail's closing ("Venlig hilsen", "Mit freundlichen Grüßen") and the name
    under it set apart as the application's contact, not the benefits' last lines (an ad
    forwarded or sent by e-mail)."""
    closings = lexicon.words("closings")
    kept: list[Span] = []
    for span in spans:
        at = next((n for n, index in enumerate(span.indices) if n
                   and not blocks[index].list_item
                   and _salutation(blocks[index].text, closings)), None)
        kept.append(span)
        if at is not None:
            kept.append(Span("application", None, span.indices[at:]))
            span.indices = span.indices[:at]
    return kept


def _salutation(text: str, words: Sequence[str]) -> bool:
    """Whether ``text`` is one of ``words`` (greetings or closings) alone or before a name:
    "Hej Mette", "Dear Ms Lee,", "Venlig hilsen", "Mvh Jens Holm"; not "Head of Sales"."""
    lowered = lexicon.normalize(text)
    for word in words:
        if lowered == word:
            return True
        if lowered.startswith((f"{word} ", f"{word},")):
            rest = text.strip().lstrip(PUNCTUATION)[len(word):].strip(" ,!").split()
            return (0 < len(rest) <= 3 and all(w[:1].isupper() for w in rest)) \
                or (len(rest) <= 3 and text.rstrip().endswith((",", "!")))
    return False


def _greeting(text: str) -> bool:
    """ "Hej Mette", "Dear Ms Lee,": a mail's salutation, never a job title."""
    return _salutation(text, lexicon.words("greetings"))


def _optional(line: str, nice: re.Pattern[str]) -> bool:
    """Whether a requirement line is a nice-to-have as a whole: a qualifier in its first
    clause ("Von Vorteil: Englisch", "Det er en fordel, hvis …", "Führerschein wünschenswert").
    "Gute Kenntnisse in MS Office, idealerweise Erfahrung mit DATEV" asks for MS Office; the
    qualifier makes only its own clause nice to have (the match reads each clause)."""
    first = FIRST_CLAUSE.split(line, maxsplit=1)[0]
    return bool(nice.search(first))


def _lines(sections: Sequence[Section], kind: str) -> tuple[str, ...]:
    return tuple(line for s in sections if s.kind == kind for line in s.lines)


def _labelled(text: str, field: str) -> str | None:
    lowered = text.lower()
    for label in lexicon.field_labels(field):
        if lowered.startswith(label) and text[len(label):].lstrip().startswith(":"):
            return text.split(":", 1)[1].strip() or None
    return None


def _meta(meta: dict[str, str], field: str) -> str | None:
    """A field from the file's own metadata (front matter), unless it is a template gap."""
    for key in META_KEYS[field]:
        value = _confident(meta.get(key), MAX_TITLE)
        if value:
            return value
    return None


def _confident(text: str | None, limit: int) -> str | None:
    """``text`` as a title, company or place, or None when it cannot be one: a template
    gap ("<ORGANIZATION>"), a date, a sentence or a fragment of one."""
    if not text:
        return None
    text = PLACEHOLDER.sub("", text).strip()
    if len(text) > 2 * limit:
        # Why before the dangling words: DANGLING tries its blank run from every blank, so
        # on a long line of blanks each search was quadratic (a fuzzed ad: 22 s to read)
        return None
    while DANGLING.search(text):
        text = DANGLING.sub("", text).strip()
    text = text.strip(" ,;:–—-|")
    if not text or len(text) > limit or len(text.split()) > MAX_TITLE_WORDS:
        return None
    found = find_date_range(text)
    if found is not None and found[1][1] - found[1][0] >= 0.5 * len(text):
        return None
    if text[:1].islower() and not text[:1].isdigit() and " " in text:
        return None  # "und bei uns." is the tail of a sentence
    if re.search(r"[.!?]\s+\S", text) or text.endswith(("!", "?", ",")):
        return None
    return text


def _head(intro: list[Paragraph], paragraphs: Sequence[Paragraph],
          sections: Sequence[Section]) -> list[Paragraph]:
    """Where the ad's title and company are: its intro, unless the ad's main heading (the
    first large line that names no section) comes after it, as when a job board's page is
    printed with its cookie notice and menu above the ad; then that heading's part."""
    known = lexicon.headings("posting")
    for paragraph in paragraphs[:TOP * 3]:
        if paragraph.heading_level == 1 and lexicon.normalize(paragraph.text) not in known \
                and _confident(paragraph.text, MAX_TITLE):
            if paragraph in intro:
                return intro
            return list(sections[paragraph.section_index].paragraphs)[:TOP]
    return intro


def _title(intro: Sequence[Paragraph]) -> str | None:
    """The job title: a line labelled as such ("Stellenbezeichnung:", "Ametikoht:"), else
    the first heading of the ad, else its first short line."""
    for paragraph in intro:
        title = _confident(_labelled(paragraph.text, "title"), MAX_TITLE)
        if title:
            return title
    for paragraph in intro:
        if paragraph.heading_level == 1:
            title = _confident(paragraph.text, MAX_TITLE)
            if title:
                return title
    for paragraph in intro:
        text = paragraph.text
        if _greeting(text):
            continue
        if len(text) <= MAX_TITLE and not _labelled(text, "company") and \
                not _labelled(text, "location") and ":" not in text and not text.endswith("."):
            parts = TITLE_SEPARATOR.split(text)
            if len(parts) > 1 and COMPANY.search(parts[0]) and not COMPANY.search(parts[1]):
                candidate = parts[1]
            elif len(parts) == 2 and _name_and_place(parts[1]):
                candidate = parts[0]  # "Customer Service Representative – Acme, Springfield, IL"
            else:
                candidate = parts[0] if COMPANY.search(text) and len(parts) > 1 else text
            title = _confident(candidate, MAX_TITLE)
            if title:
                return title
    return None


def _company_location(intro: Sequence[Paragraph], title: str | None) -> tuple[str | None,
                                                                             str | None]:
    company = location = None
    for paragraph in intro:
        text = paragraph.text
        company = company or _labelled(text, "company")
        location = location or _labelled(text, "location")
    for paragraph in intro:
        if company and location:
            break
        parts = [p.strip() for p in TITLE_SEPARATOR.split(paragraph.text)]
        for number, part in enumerate(parts):
            if part == title:
                continue
            if company is None and COMPANY.search(part) and len(part) <= MAX_TITLE:
                company = part.split(", ")[0]
                if location is None and ", " in part:
                    location = part.split(", ", 1)[1]
                elif location is None and number + 1 < len(parts):
                    location = find_location(parts[number + 1]) or parts[number + 1]
            elif location is None and len(part) <= 40 and find_location(part):
                location = find_location(part)
    if company is None:
        found = _company_above_place(intro, title)
        if found:
            company, location = found[0], location or found[1]
    if company is None:
        found = _company_beside_location(intro, title)
        if found:
            company = found[0]
            if location is None or company in location:
                location = found[1]
    return company, location


def _company_above_place(intro: Sequence[Paragraph], title: str | None
                         ) -> tuple[str, str] | None:
    """(name, place) for a board's header under the title: "Customer Service
    Representative" / "Prairie State Utilities" / "Springfield, IL" — a short name on the
    line after the title, a place on the line after it."""
    texts = [p.text for p in intro]
    if title not in texts:
        return None
    at = texts.index(title)
    if at + 2 >= len(texts):
        return None
    name, place = texts[at + 1], texts[at + 2]
    found = find_location(place.split(" · ")[0]) or find_location(place)
    if not found or find_location(name) or not name[:1].isupper():
        return None
    if len(name) > MAX_COMPANY or len(name.split()) > 6 or any(ch.isdigit() for ch in name) \
            or SENTENCE_END_CHARS.search(name) or ":" in name:
        return None
    return name, found


def _company_beside_location(intro: Sequence[Paragraph], title: str | None
                             ) -> tuple[str, str] | None:
    """(name, place) for "Brightwater Home Goods — Columbus, OH" or "Acme, Denver, CO": a
    name beside a place, when no legal form such as GmbH or A/S marks the company."""
    for paragraph in intro:
        text = paragraph.text
        if title and text != title and text.startswith(title):
            text = text[len(title):].lstrip(" –—-|·")  # "Title – Acme, Springfield, IL"
        if text == title or len(text) > MAX_TITLE:
            continue
        parts = [p.strip() for p in TITLE_SEPARATOR.split(text)]
        pairs = [(parts[0], parts[1]), (parts[1], parts[0])] if len(parts) == 2 else []
        pairs += [(text[:m.start()].strip(), text[m.end():].strip())
                  for m in re.finditer(r",\s+", text)]
        for name, place in pairs:
            if title in (name, place) or not name or not place:
                continue
            if find_location(place) and not find_location(name) and name[:1].isupper() \
                    and len(name) <= MAX_COMPANY and not name.endswith("."):
                return name, find_location(place) or place
    return None


def _name_and_place(text: str) -> bool:
    """Whether ``text`` is a name and a place after a comma ("Acme, Springfield, IL")."""
    name, comma, place = text.partition(", ")
    return bool(comma and name[:1].isupper() and find_location(place)
                and not find_location(name) and len(name) <= MAX_COMPANY)


def stated_years(lines: Sequence[str]) -> tuple[int | None, str | None]:
    """The smallest number of years of experience ``lines`` state, and the line that says so
    (in a posting: what it asks for; in a resume: what the applicant claims)."""
    numbers = lexicon.mapping("number_words")
    best: tuple[int, str] | None = None
    for line in lines:
        for pattern in lexicon.years_patterns():
            match = pattern.search(line)
            if match:
                value = match.group("n").lower()
                years = int(value) if value.isdigit() else int(numbers.get(value, 0))
                if years and (best is None or years < best[0]):
                    best = (years, line)
    return (best[0], best[1]) if best else (None, None)


def _contact_person(lines: Sequence[str]) -> str | None:
    """A named contact ("Ihre Ansprechpartnerin: Frau Anna Becker", "Kontaktperson: …")."""
    labels = "|".join(map(re.escape, lexicon.words("contact_labels")))
    honorifics = "|".join(map(re.escape, lexicon.words("honorifics")))
    honorific = rf"(?:(?i:{honorifics})\.?\s+)?" if honorifics else ""
    pattern = re.compile(
        rf"(?<!\w)(?i:{labels})(?:\s+(?i:is|er|ist|on))?\s*[:\-–]?\s*{honorific}(?P<name>{NAME})"
    )
    for line in lines:
        match = pattern.search(line)
        if match and match.group("name")[0].isupper():
            return match.group("name")
    return None
