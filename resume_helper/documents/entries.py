"""Group the lines of an experience or education section into entries.

Layouts handled: "03/2021 – heute  Kundenberaterin, NordWind GmbH" on one line; title,
employer and dates on separate lines; "Title | Employer | Jan 2020 – Present"; dates in one
table cell and the rest in the next. Bullet points and sentences are the entry's details.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from resume_helper.documents import lexicon
from resume_helper.documents.contacts import find_location
from resume_helper.documents.dates import find_date_range, is_present, strip_duration
from resume_helper.documents.model import DateRange, Education, Experience, Paragraph

STRONG_SEPARATOR = re.compile(r"\s+(?:[|·•@–—-]|at|bei|hos|ettevõttes)\s+|\t+|\s{3,}")
COMPANY = re.compile(
    r"(?<!\w)(?:GmbH|AG|KG|SE|e\.\s?V\.|A/S|ApS|I/S|OÜ|AS|Inc\.?|LLC|Ltd\.?|Corp\.?|Co\.|"
    r"Group|Gruppe|Bank|Hotel|Center|Centre|Kommune|Universit\w*|Hochschule|Schule|Skole|"
    r"Gymnasium|Kool|Akadeemia|Academy|College|Ülikool)(?!\w)"
)
# A school named in one word with its kind ("Berufsschule", "Handelsskole", "Tehnikaülikool",
# "Erhvervsakademi"): an organisation as much as "University of …".
# The look-behind starts a match only where a word starts: tried at every letter, "\w*" ran to
# the end of the word each time (42 s for a fuzzed 20,000-letter word); the same matches.
SCHOOL = re.compile(r"(?<!\w)\w*(?:schule|skole|kool|akademi|akademie|akadeemia|gymnasium|"
                    r"universitet|universität|ülikool)\b", re.I)
# Where a job was, as LinkedIn and job sites write it under the period: "Hamburg,
# Deutschland", "Denver, Colorado, United States", "Lübeck"; capitalised words only.
PLACE_LINE = re.compile(r"^[A-ZÄÖÜÆØÅÕŠŽ][\w.'-]+(?: [A-ZÄÖÜÆØÅÕŠŽ][\w.'-]+){0,2}"
                        r"(?:, [A-ZÄÖÜÆØÅÕŠŽ][\w.'-]+(?: [A-ZÄÖÜÆØÅÕŠŽ][\w.'-]+){0,2}){0,2}$")
LEGAL_FORM = re.compile(
    r"(?<!\w)(?:GmbH|AG|KG|SE|e\.\s?V\.|A/S|ApS|I/S|OÜ|AS|Inc\.?|LLC|Ltd\.?|Corp\.?|Co\.)(?!\w)")
PLACE_SEPARATOR = re.compile(r"\s+[|·•]\s+")
MAX_HEADER_LINES = 3
LONG_LINE = 90


@dataclass
class RawEntry:
    """The lines of one entry before they are interpreted."""

    headers: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    dates: DateRange | None = None
    place: str | None = None


def group(paragraphs: Sequence[Paragraph]) -> list[RawEntry]:
    """Entries from a section's paragraphs (the heading paragraph left out by the caller)."""
    entries: list[RawEntry] = []
    current: RawEntry | None = None
    items = _joined_dates(paragraphs)
    periods = [_is_period(text) for _, text in items]
    first = next((n for n, (_, text) in enumerate(items) if find_date_range(text)), None)
    # "Title / Employer / 2019 – 2021": each entry's period comes after its header lines.
    dates_last = first is not None and first > 0 and periods[first]
    # "Title <tab> Boston, MA / Employer <tab> Sep. 2020 – Present" (awesome-cv, moderncv):
    # each entry opens with an undated title line above the line with its period.
    title_first = first == 1 and not periods[1] and not items[0][0].list_item
    for number, (paragraph, text) in enumerate(items):
        found = find_date_range(text)
        opens = not found and not paragraph.list_item and current is not None \
            and current.dates is not None and (
                (dates_last and _period_follows(items, periods, number))
                or (title_first and _dated_next(items, number) and len(text) <= LONG_LINE))
        is_detail = paragraph.list_item or (not found and not opens and (
            len(text) > LONG_LINE or (text.endswith(".") and not _ends_with_legal_form(text))
            or (current is not None and current.dates is not None
                and len(current.headers) >= MAX_HEADER_LINES - 1)
        ))
        if opens:
            current = RawEntry()
            entries.append(current)
        elif is_detail and current is not None and dates_last and _place_after_period(
                current, items, number):
            current.place = text
            continue
        elif is_detail and current is not None:
            current.details.append(text)
            continue
        if current is None or current.details or (found and current.dates is not None):
            current = RawEntry()
            entries.append(current)
        if is_detail:
            current.details.append(text)
            continue
        rest = text
        if found:
            current.dates = found[0]
            start, end = found[1]
            rest = f"{text[:start]} {text[end:]}"
        rest = _trim(strip_duration(rest))
        if rest:
            # tabs kept: "Title <tab> Boston, MA" sets the place flush right (awesome-cv)
            current.headers.append("\t".join(" ".join(piece.split())
                                             for piece in rest.split("\t") if piece.strip()))
    return entries


def _place_after_period(current: RawEntry, items: list[tuple[Paragraph, str]], number: int
                        ) -> bool:
    """Whether line ``number`` is where the job was, set under its period before any detail
    (LinkedIn: "Elbstrom AG / Teamleiterin / April 2020 - Heute (4 Jahre) / Hamburg,
    Deutschland / …")."""
    paragraph, text = items[number]
    return (current.dates is not None and not current.details and current.place is None
            and number > 0 and _is_period(items[number - 1][1]) and not paragraph.list_item
            and bool(PLACE_LINE.match(text) or find_location(text) == text))


def _is_period(text: str) -> bool:
    """Whether ``text`` is a period and nothing else ("2016 – 2020", "01.02.2020 – nu"), a
    printed length after it included ("Januar 2019 - Heute (5 Jahre 2 Monate)")."""
    text = strip_duration(text)
    found = find_date_range(text)
    return found is not None and found[1][1] - found[1][0] >= len(text.strip()) - 1


def _period_follows(items: list[tuple[Paragraph, str]], periods: list[bool], number: int
                    ) -> bool:
    """Whether a period line follows within the next two lines, no bullet point between."""
    for later in range(number + 1, min(number + 3, len(items))):
        if periods[later]:
            return True
        if items[later][0].list_item or find_date_range(items[later][1]):
            return False
    return False


def _dated_next(items: list[tuple[Paragraph, str]], number: int) -> bool:
    """Whether the next line holds a period beside other text and is no bullet point."""
    if number + 1 >= len(items) or items[number + 1][0].list_item:
        return False
    return find_date_range(items[number + 1][1]) is not None and not _is_period(
        items[number + 1][1])


def _ends_with_legal_form(text: str) -> bool:
    """Whether the final full stop belongs to "Inc." or "Co." rather than a sentence."""
    last = COMPANY.search(text.split()[-1]) if text.split() else None
    return last is not None and len(text.split()) <= 8


def _joined_dates(paragraphs: Sequence[Paragraph]) -> list[tuple[Paragraph, str]]:
    """Paragraphs with their text; a period split over two lines ("09.2010" and
    "Praeguseni" below it, or two dates one under the other) is joined into one."""
    joined: list[tuple[Paragraph, str]] = []
    skip = False
    for index, paragraph in enumerate(paragraphs):
        if skip:
            skip = False
            continue
        text = paragraph.text.strip()
        following = paragraphs[index + 1].text.strip() if index + 1 < len(paragraphs) else ""
        if following and _only_date(text) and (is_present(following) or _only_date(following)):
            text, skip = f"{text} – {following}", True
        joined.append((paragraph, text))
    return joined


def _only_date(text: str) -> bool:
    """Whether ``text`` is one date and nothing else ("09.2010", "März 2019")."""
    found = find_date_range(text)
    return (found is not None and found[0].parsed and found[0].start == found[0].end
            and not found[0].present and found[1] == (0, len(text)))


def _trim(text: str) -> str:
    """Separators and the brackets a removed date leaves, but not a title's own "(IHK)"."""
    text = text.strip(" |,–—-:\t·")
    while text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].strip(" |,–—-:\t·")
    while text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].strip(" |,–—-:\t·")
    text = re.sub(r"\s*[·|]?\s*\(\s*\)", "", text)  # "Communication · (2012 - 2016)"
    text = text.rstrip("( ").lstrip(") ")
    while text.startswith("()") or text.endswith("()"):
        text = text.removeprefix("()").removesuffix("()").strip(" |,–—-:\t·")
    return text


def _split(headers: list[str]) -> tuple[str | None, str | None, str | None]:
    """(title, organisation, location) from an entry's header lines."""
    if not headers:
        return None, None, None
    if len(headers) >= 2:
        headers, places = _places_apart(headers)
        first, second = headers[0], headers[1]
        if _organisation_first(first, second):
            first, second = second, first
        pieces = [p.strip() for p in PLACE_SEPARATOR.split(second) if p.strip()]
        if len(pieces) > 1:  # "Cascade Credit Union | Portland, OR"
            organisation, location = pieces[0], ", ".join(pieces[1:])
        else:
            organisation, _, location = second.partition(", ")
        extra = ", ".join(headers[2:])
        return first, organisation or None, (location or extra or ", ".join(places)) or None
    parts = [p for p in STRONG_SEPARATOR.split(headers[0]) if p and p.strip()]
    if len(parts) == 1:
        parts = headers[0].split(", ")
        if len(parts) == 1:
            return parts[0], None, None
        return parts[0], parts[1], ", ".join(parts[2:]) or None
    title, rest = parts[0], parts[1:]
    if _organisation_first(title, rest[0]):
        title, rest = rest[0], [parts[0], *rest[1:]]
    organisation, _, location = rest[0].partition(", ")
    location = ", ".join(p for p in (location, *rest[1:]) if p) or None
    return title.strip(" ,"), organisation.strip(" ,") or None, location


def _places_apart(headers: list[str]) -> tuple[list[str], list[str]]:
    """Header lines without a place set after a tab ("Support Representative <tab>
    Cambridge, MA"), and those places; other tabs become spaces."""
    kept: list[str] = []
    places: list[str] = []
    for header in headers:
        pieces = header.split("\t")
        if len(pieces) > 1 and find_location(pieces[-1]) == pieces[-1].strip(" ,"):
            places.append(pieces.pop())
        kept.append(" ".join(pieces))
    return kept, places


def _organisation_first(first: str, second: str) -> bool:
    """Whether an entry names its organisation before the title ("Hansa Bank | Kassierer"):
    the first part has a legal form (GmbH, Inc.) the second lacks, or a company word
    (Bank, Center, Schule) the second lacks while it neither starts nor ends with a job
    title's word ("Call Center Representative", "Mitarbeiter Service Center" are titles)."""
    if LEGAL_FORM.search(first) and not LEGAL_FORM.search(second):
        return True
    if _place_after_comma(first) and "," not in second and len(second.split()) <= 5:
        return True  # "Harbor Books, Portland — Bookseller" (Google Docs' resume templates)
    words = [w.strip(" ,.") for w in first.lower().split()]
    if words and (words[0] in _title_words() or words[-1] in _title_words()):
        return False
    if SCHOOL.search(first) and not SCHOOL.search(second) and not COMPANY.search(second):
        return True  # "Berufsschule Hamburg-Harburg / Kauffrau für Büromanagement"
    if COMPANY.search(first) and not COMPANY.search(second):
        return True
    # "Northwind Cloud / Customer Success Manager" (LinkedIn names the company first): only
    # the second line has a title's word
    seconds = [w.strip(" ,.") for w in second.lower().split()]
    return len(seconds) <= 6 and any(w in _title_words() for w in seconds) \
        and not any(w in _title_words() for w in words) and not LEGAL_FORM.search(second)


def _place_after_comma(text: str) -> bool:
    """Whether ``text`` is "Name, Place": one comma, then one to three capitalised words."""
    name, comma, place = text.partition(", ")
    words = place.split()
    return bool(comma and name and "," not in place and 1 <= len(words) <= 3
                and all(w[:1].isupper() for w in words)
                and not any(w.lower().strip(".") in _title_words() for w in words))


@cache
def _title_words() -> frozenset[str]:
    return frozenset(lexicon.words("title_words"))


def experiences(paragraphs: Sequence[Paragraph]) -> tuple[Experience, ...]:
    """Jobs from an experience section."""
    found = []
    for entry in group(paragraphs):
        title, employer, location = _split(entry.headers)
        found.append(Experience(title=title, employer=employer, location=location or entry.place,
                                dates=entry.dates, bullets=tuple(entry.details)))
    return tuple(found)


def educations(paragraphs: Sequence[Paragraph]) -> tuple[Education, ...]:
    """Courses of study from an education section."""
    found = []
    for entry in group(paragraphs):
        degree, institution, location = _split(entry.headers)
        found.append(Education(degree=degree, institution=institution,
                               location=location or entry.place,
                               dates=entry.dates, details=tuple(entry.details)))
    return tuple(found)
