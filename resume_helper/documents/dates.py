"""Find and parse periods such as "03/2021 – heute", "marts 2019 – nu" or "since 2019".

Dates come out as (year, month or None); an open end ("heute", "nu", "praegu", "present")
sets ``present``. Text that looks like a date but cannot be parsed is kept, flagged.
"""

from __future__ import annotations

import re
from functools import cache

from resume_helper.documents import lexicon
from resume_helper.documents.model import DateRange, YearMonth

YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
YEARISH = re.compile(rf"(?<!\d){YEAR}(?!\d)")
DAY = r"(?:0?[1-9]|[12]\d|3[01])"
# the day beside a month's name ("1. januar", "march 1st,"): the month is what a period needs
NAMED_DAY = re.compile(r"^\d{1,2}\.?\s+(?=\D)|(?<=\D)\s+\d{1,2}(?:st|nd|rd|th)?,?$")
DASH = r"\s*(?:[-–—−‐‑‒―~/]|bis|til|to|until|till|kuni|\.\.)\s*"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    month_names = "|".join(sorted((re.escape(m) for m in lexicon.months()), key=len, reverse=True))
    single = (
        rf"(?:(?:0?[1-9]|[12]\d|3[01])\s*[./]\s*(?:0?[1-9]|1[0-2])\s*[./]\s*{YEAR}"  # 04.01.2016
        rf"|{DAY}\.?\s+(?:{month_names})\.?\s*,?\s*{YEAR}"  # 1. januar 2019, 15 March 2018
        # March 1, 2019 | März 2019, Jan. 2020, jaanuar 2020. Why one month alternation for
        # both: each copy of it is most of this pattern's compile time in a cold start. The
        # order of attempts changes only between two names where one is the other's start
        # ("mar", "marts"), and these never both match: after the shorter name the first
        # form needs "." or a space where the longer name has a letter.
        rf"|(?:{month_names})(?:\.?\s+{DAY}(?:st|nd|rd|th)?,?\s+{YEAR}|\.?\s*,?\s*{YEAR})"
        rf"|(?:0?[1-9]|1[0-2])\s*[./-]\s*{YEAR}"         # 03/2021, 01.2019, 3-2020
        rf"|{YEAR}\s*[-/.]\s*(?:0[1-9]|1[0-2])(?!\d)"     # 2019-03
        rf"|{YEAR})"                                      # 2019
    )
    present = "|".join(re.escape(p) for p in lexicon.words("present"))
    since = "|".join(re.escape(s) for s in lexicon.words("since"))
    dash = DASH.replace("bis|til|to|until|till|kuni", "|".join(
        re.escape(w) for w in lexicon.words("range_words")))
    end = rf"(?:{single}|(?:{present})(?![\w]))"
    range_ = re.compile(rf"(?<![\w.])(?P<start>{single}){dash}(?P<end>{end})", re.I)
    since_ = re.compile(rf"(?<!\w)(?:{since})\s+(?P<start>{single})", re.I)
    one = re.compile(rf"(?<![\w./])(?P<start>{single})(?![\w/])", re.I)
    return range_, since_, one


def find_date_range(text: str) -> tuple[DateRange, tuple[int, int]] | None:
    """The first period in ``text`` and its span, or None when there is none.

    >>> find_date_range("03/2021 – heute  Kundenberaterin")[0].start
    (2021, 3)
    """
    range_, since_, one = _patterns()
    for pattern in (range_, since_):
        match = pattern.search(text)
        if match:
            start = parse_date(match.group("start"))
            end_text = match.groupdict().get("end")
            present = end_text is None or parse_date(end_text) is None
            end = None if present else parse_date(end_text or "")
            return DateRange(raw=match.group(0).strip(), start=start, end=end, present=present,
                             parsed=start is not None), match.span()
    years = list(YEARISH.finditer(text))
    if len(years) >= 2:
        # Two years but no period we understand ("Sommer 2019 – Herbst 2020"): keep it raw.
        begin = text.rfind(" ", 0, max(years[0].start() - 1, 0)) + 1
        span = (begin, years[-1].end())
        return DateRange(raw=text[span[0]:span[1]].strip(), parsed=False), span
    match = one.search(text)
    if match:
        start = parse_date(match.group("start"))
        return DateRange(raw=match.group(0).strip(), start=start, end=start,
                         parsed=start is not None), match.span()
    return None


def parse_date_range(text: str) -> DateRange:
    """``text`` as a period; unparseable text is kept in ``raw`` with ``parsed=False``."""
    found = find_date_range(text)
    if found is None:
        return DateRange(raw=text.strip(), parsed=False)
    return found[0]


def parse_date(text: str) -> YearMonth | None:
    """One date such as "03/2021", "Jan 2020", "marts 2019", "2019-03" or "2019"."""
    text = text.strip().lower()
    year_match = re.search(YEAR, text)
    if not year_match:
        return None
    year = int(year_match.group(0))
    rest = (text[: year_match.start()] + " " + text[year_match.end():]).strip(" ./-,")
    if not rest:
        return year, None
    if rest.isdigit():  # true for "²" and 5,000 digits too, which int() refuses
        month = int(rest) if rest.isascii() and len(rest) <= 2 else 0
        return (year, month) if 1 <= month <= 12 else None
    day_month = re.fullmatch(r"(\d{1,2})\s*[./]\s*(\d{1,2})", rest)
    if day_month:
        # Day first as in Europe ("01/10/2018" is 1 October); US order when that cannot be.
        first, second = int(day_month.group(1)), int(day_month.group(2))
        month = second if second <= 12 else first
        return (year, month) if 1 <= month <= 12 else None
    month = lexicon.months().get(NAMED_DAY.sub("", rest).strip(" ,").rstrip("."))
    return (year, month) if month else None


def looks_like_date(text: str) -> bool:
    """Whether ``text`` mentions a year, so a failure to parse it is worth flagging."""
    return bool(YEARISH.search(text))


@cache
def _duration() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in lexicon.words("duration_units"))
    part = rf"\d+(?:[.,]\d)?\s*(?:{units})(?!\w)"
    joiner = r"(?:\s*(?:,|ja|und|og|and|&)?\s*)"
    return re.compile(rf"\(\s*{part}(?:{joiner}{part})?\s*\)|(?:^|(?<=[·•|]))\s*{part}"
                      rf"(?:{joiner}{part})?\s*$", re.I)


def strip_duration(text: str) -> str:
    """``text`` without a job's printed length ("(3 a ja 3 k)", "(2 Jahre, 3 Monate)",
    "· 2 yrs 3 mos"): a length is never part of a title or an employer.

    >>> strip_duration("Klienditeenindaja (3 a ja 3 k)")
    'Klienditeenindaja'
    """
    # tabs stay: "Title <tab> Boston, MA" keeps its place apart from the title
    pieces = (" ".join(_duration().sub(" ", piece).split()) for piece in text.split("\t"))
    return "\t".join(piece for piece in pieces if piece).strip(" ·|")


def is_present(text: str) -> bool:
    """Whether ``text`` is only a word for "until now" ("Praeguseni", "heute", "present")."""
    return lexicon.normalize(text) in lexicon.words("present")
