"""Find a person's name, e-mail, phone, location and links, and normalise phone numbers.

Phones are recognised in the national and international formats of the US, Germany,
Denmark and Estonia; the E.164 form is given when the country can be told from the
number's shape (a leading 0 is German, "xx xx xx xx" Danish, "5xxx xxxx" Estonian, …).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from resume_helper.documents import lexicon
from resume_helper.documents.model import Block, Contact, Phone, Source

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w])", re.I)
URL = re.compile(
    r"(?:https?://|www\.)[^\s,;<>()\"']+|(?<![\w.@])(?:[a-z]{2,3}\.)?(?:linkedin\.com|xing\.com|"
    r"github\.com)/[^\s,;<>()\"']+",
    re.I,
)
PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d\s()./-]{5,18}\d(?!\w)")
DATE_LIKE = re.compile(r"\d{1,2}\s*[./]\s*(?:19|20)\d\d|(?:19|20)\d\d\s*[-/–]\s*(?:\d|heute)|"
                       r"^\d{1,2}\.\d{1,2}\.\d{2,4}$")
PHONE_LABEL = re.compile(r"(?i)(?:tel|telefon|phone|mobil|mobile|mobiil|handy|tlf|cell|☎|📞)")
COUNTRY_CODES = {"1": "US", "49": "DE", "45": "DK", "372": "EE"}
SEPARATORS = re.compile(r"\s*(?:[·|•∙▪]|\s{3,}|\t)\s*")
POSTCODE_CITY = re.compile(
    r"(?<!\d)(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÄÖÜÆØÅÕŠŽ][\w.-]+(?:\s[A-ZÄÖÜÆØÅ]\w+)?"
)
US_CITY = re.compile(r"\b[A-Z][a-zA-Z.]+(?:\s[A-Z][a-zA-Z.]+)*,\s*[A-Z]{2}(?:\s+\d{5})?\b")
KNOWN_CITIES = re.compile(r"\b(?:Tallinn|Tartu|Pärnu|Narva|København|Aarhus|Odense|Aalborg|"
                          r"Berlin|Hamburg|München|Köln|Leipzig)\b")
NAME_WORD = re.compile(r"^(?:[A-ZÄÖÜÆØÅÕŠŽ][\w'’.-]+|von|van|der|de|zu|af)$")


def find_contact(blocks: Sequence[Block], *, top: int = 12) -> Contact:
    """The contact details in ``blocks``; the name is looked for among the first ``top``."""
    email = phone = location = None
    links: list[str] = []
    found_in: list[Source] = []
    for block in blocks:
        hit = False
        if email is None and (match := EMAIL.search(block.text)):
            email, hit = match.group(0), True
        if phone is None and (number := find_phone(block.text)):
            phone, hit = number, True
        for link in (*block.links, *(m.group(0) for m in URL.finditer(block.text))):
            link = link.rstrip(".")
            if link not in links and "@" not in link and not link.startswith("mailto:"):
                links.append(link)
                hit = True
        if location is None and (place := find_location(block.text)):
            location = place
        if hit and block.source not in found_in:
            found_in.append(block.source)
    return Contact(name=find_name(blocks[:top]), email=email, phone=phone, location=location,
                   links=tuple(links), found_in=tuple(found_in))


def find_phone(text: str) -> Phone | None:
    """The first telephone number in ``text``."""
    labelled = bool(PHONE_LABEL.search(text))
    for match in PHONE_CANDIDATE.finditer(text):
        raw = match.group(0).strip()
        digits = re.sub(r"\D", "", raw.replace("(0)", ""))
        if DATE_LIKE.search(raw) or not 7 <= len(digits) <= 15:
            continue
        phone = normalize_phone(raw)
        if phone.e164 or labelled or raw.startswith(("+", "00")):
            return phone
    return None


def normalize_phone(raw: str) -> Phone:
    """``raw`` with its E.164 form and country when these can be told."""
    international = raw.startswith(("+", "00"))
    digits = re.sub(r"\D", "", raw.replace("(0)", ""))
    if international:
        digits = digits[2:] if raw.startswith("00") else digits
        for code in sorted(COUNTRY_CODES, key=len, reverse=True):
            if digits.startswith(code):
                return Phone(raw=raw, e164=f"+{digits}", country=COUNTRY_CODES[code])
        return Phone(raw=raw, e164=f"+{digits}")
    groups = [g for g in re.split(r"[\s./-]+", raw.replace("(", " ").replace(")", " ")) if g]
    if digits.startswith("0") and 9 <= len(digits) <= 12:
        return Phone(raw=raw, e164=f"+49{digits[1:]}", country="DE")
    if len(digits) == 11 and digits.startswith("1"):
        return Phone(raw=raw, e164=f"+{digits}", country="US")
    if len(digits) == 10 and digits[0] in "23456789" and re.fullmatch(
        r"\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}", raw
    ):
        return Phone(raw=raw, e164=f"+1{digits}", country="US")
    if len(digits) == 8 and [len(g) for g in groups] in ([2, 2, 2, 2], [4, 4]) and not (
        digits[0] == "5" and [len(g) for g in groups] == [4, 4]
    ):
        return Phone(raw=raw, e164=f"+45{digits}", country="DK")
    if len(digits) in (7, 8) and digits[0] in "56":
        return Phone(raw=raw, e164=f"+372{digits}", country="EE")
    return Phone(raw=raw)


def find_location(text: str) -> str | None:
    """A place in ``text``: a labelled address, a postcode and town, "City, ST" or a city."""
    labels = lexicon.words("location_labels")
    lowered = text.lower()
    for label in labels:
        if lowered.startswith(label) and ":" in text[: len(label) + 2]:
            return text.split(":", 1)[1].strip() or None
    for part in SEPARATORS.split(text):
        if EMAIL.search(part) or URL.search(part):
            continue
        if POSTCODE_CITY.search(part) or US_CITY.search(part) or KNOWN_CITIES.search(part):
            return part.strip(" ,")
    return None


def find_name(blocks: Sequence[Block]) -> str | None:
    """The first short line that reads as a person's name (two to four capitalised words)."""
    titles = set(lexicon.words("resume_titles"))
    headings = lexicon.headings("resume")
    labels = lexicon.words("name_labels")
    for block in blocks:
        text = block.text.strip()
        lowered = text.lower()
        for label in labels:
            if lowered.startswith(label + ":"):
                return text.split(":", 1)[1].strip() or None
        for part in SEPARATORS.split(text):
            if _is_name(part, titles, headings):
                return part.strip()
    return None


def _is_name(text: str, titles: set[str], headings: dict[str, str]) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 4
        and len(text) <= 40
        and not any(ch.isdigit() or ch in "@:/|" for ch in text)
        and lexicon.normalize(text) not in titles
        and lexicon.normalize(text) not in headings
        and all(NAME_WORD.match(w) for w in words)
        and sum(w[0].isupper() for w in words) >= 2
    )
