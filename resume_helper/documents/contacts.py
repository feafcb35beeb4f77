"""Find a person's name, e-mail, phone, location and links, and normalise phone numbers.

Phones are read with the ``phonenumbers`` library (Google's libphonenumber data): a number
written nationally ("0151 2345 6789", "28 45 61 90", "(503) 555-0142") is read in the
document's country, told by the caller from the document's language or the address; when
no country is known, the number's shape suggests one (a leading 0 is German, "xx xx xx xx"
Danish, "5xxx xxxx" Estonian, …).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from resume_helper.documents import lexicon
from resume_helper.documents.model import Block, Contact, Phone, Source

COMPANY = re.compile(
    r"(?<!\w)(?:GmbH|AG|KG|SE|A/S|ApS|OÜ|AS|Inc\.?|LLC|Ltd\.?|Corp\.?|Group|Gruppe|Bank|"
    r"Hotel|Kommune|Universit\w*|Hochschule|Skole|Kool|Ülikool)(?!\w)"
)

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w])", re.I)
# "name (at) domain.dk", "name [at] domain.ee", "name(ät)domain.de": an address written so
# that harvesters miss it, which a reader still takes for one.
HIDDEN_DOT = r"(?:\.|\s*[(\[{]\s*(?:dot|punkt)\s*[)\]}]\s*)"
HIDDEN_EMAIL = re.compile(
    rf"(?<![\w.+-])([\w.+-]+)\s*[(\[{{]\s*(?:at|ät|æt|snabel-a)\s*[)\]}}]\s*"
    rf"([\w-]+(?:{HIDDEN_DOT}[\w-]+)*)", re.I)
URL = re.compile(
    r"(?:https?://|www\.)[^\s,;<>()\"']+|(?<![\w.@])(?:[a-z]{2,3}\.)?(?:linkedin\.com|xing\.com|"
    r"github\.com)/[^\s,;<>()\"']+",
    re.I,
)
PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d\s()./\-‐‑‒–—−]{5,18}\d(?!\w)")
DATE_LIKE = re.compile(r"\d{1,2}\s*[./]\s*(?:19|20)\d\d|(?:19|20)\d\d\s*[-/–]\s*(?:\d|heute)|"
                       r"^\d{1,2}\.\d{1,2}\.\d{2,4}$")
PHONE_LABEL = re.compile(r"(?i)(?:tel|telefon|phone|mobil|mobile|mobiil|handy|tlf|cell|☎|📞)")
COUNTRY_CODES = {"1": "US", "49": "DE", "45": "DK", "372": "EE"}
DASHES = str.maketrans({d: "-" for d in "‐‑‒–—−"})
SEPARATORS = re.compile(r"\s*(?:[·|•∙▪]|\s{3,}|\t)\s*")
POSTCODE_CITY = re.compile(
    r"(?<!\d)(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÄÖÜÆØÅÕŠŽ][\w.-]+(?:\s[A-ZÄÖÜÆØÅ]\w+)?"
)
# At most four words before the comma ("Salt Lake City, UT"): an unbounded run of capitalised
# words was retried from every word, quadratic on a line of thousands of them.
US_CITY = re.compile(r"\b[A-Z][a-zA-Z.]+(?:\s[A-Z][a-zA-Z.]+){0,3},\s*[A-Z]{2}(?:\s+\d{5})?\b")
KNOWN_CITIES = re.compile(r"\b(?:Tallinn|Tartu|Pärnu|Narva|Viljandi|Rakvere|Kuressaare|"
                          r"København|Aarhus|Odense|Aalborg|Esbjerg|Kolding|Vejle|Randers|"
                          r"Horsens|Roskilde|Herning|Berlin|Hamburg|München|Köln|Leipzig|"
                          r"Bremen|Dresden|Frankfurt|Stuttgart|Düsseldorf|Hannover|Nürnberg|"
                          r"Dortmund|Essen|Wien|Graz|Zürich|Basel|Bern)\b")
# A name's particles ("von der", "de la", "van den", "af") are small words between its parts.
PARTICLES = frozenset({"von", "van", "der", "den", "de", "zu", "zur", "af", "la", "le", "du",
                       "del", "della", "da", "dos", "das", "ten", "ter", "y"})
NAME_WORD = re.compile(r"^(?:[A-ZÄÖÜÆØÅÕŠŽ][\w'’.-]+|"
                       + "|".join(sorted(PARTICLES, key=len, reverse=True)) + ")$")
MAX_NAME_PARTS = 4  # capitalised words of a name; particles come on top


# Where a number dialled with a leading 0 (a trunk prefix) is read when the document's own
# country dials none: an English resume's "07911 123456" is a British mobile before a German one
# (the US, English's default, has no trunk prefix); otherwise such a number is read as German.
TRUNK_ZERO_REGIONS = {"US": ("GB", "DE")}


def find_contact(blocks: Sequence[Block], *, top: int = 12, region: str | None = None
                 ) -> Contact:
    """The contact details in ``blocks``; the name is looked for among the first ``top``.

    ``region`` (ISO country code such as "DE") is where national phone numbers are read;
    a country named in the address wins over it.
    """
    email = phone = location = None
    region = _address_region(blocks) or region
    links: list[str] = []
    found_in: list[Source] = []
    for index, block in enumerate(blocks):
        hit = False
        if email is None and (found := find_email(block.text)):
            email, hit = found, True
        if phone is None and (number := find_phone(block.text, region=region)):
            phone, hit = number, True
        for link in (*block.links, *(m.group(0) for m in URL.finditer(block.text))):
            link = link.rstrip(".")
            if link not in links and "@" not in link and not link.startswith("mailto:"):
                links.append(link)
                hit = True
        # a place further down is a job's or a school's, unless it sits with contact details
        if location is None and (index < top or hit) and (place := find_location(block.text)):
            location = place
        if hit and block.source not in found_in:
            found_in.append(block.source)
    name = find_name(blocks[:top]) or _large_name(blocks)
    return Contact(name=name, email=email, phone=phone, location=location,
                   links=tuple(links), found_in=tuple(found_in))


def find_email(text: str) -> str | None:
    """The first e-mail address in ``text``, also when written "name (at) domain.dk".

    >>> find_email("E-mail: kasper.bogh (at) example (dot) dk")
    'kasper.bogh@example.dk'
    """
    match = EMAIL.search(text)
    if match:
        return match.group(0)
    hidden = HIDDEN_EMAIL.search(text)
    if hidden:
        address = f"{hidden.group(1)}@{re.sub(HIDDEN_DOT, '.', hidden.group(2))}"
        found = EMAIL.fullmatch(address)
        return found.group(0) if found else None
    return None


def find_phone(text: str, *, region: str | None = None) -> Phone | None:
    """The first telephone number in ``text``, read in ``region`` when written nationally."""
    labelled = bool(PHONE_LABEL.search(text))
    for match in PHONE_CANDIDATE.finditer(text):
        raw = match.group(0).strip()
        digits = re.sub(r"\D", "", raw.replace("(0)", ""))
        if DATE_LIKE.search(raw.translate(DASHES)) or not 7 <= len(digits) <= 15:
            continue
        phone = normalize_phone(raw, region=region)
        if phone.e164 or labelled or raw.startswith(("+", "00")):
            return phone
    return None


def normalize_phone(raw: str, *, region: str | None = None) -> Phone:
    """``raw`` with its E.164 form and country when these can be told.

    >>> normalize_phone("0151 2345 6789", region="DE").e164
    '+4915123456789'
    >>> normalize_phone("28 45 61 90", region="DK").country
    'DK'
    """
    import phonenumbers

    cleaned = raw.translate(DASHES)
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    for guess in dict.fromkeys((region, *_shape_regions(cleaned, region))):
        try:
            number = phonenumbers.parse(cleaned, guess)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return Phone(raw=raw, country=phonenumbers.region_code_for_number(number),
                         e164=phonenumbers.format_number(number,
                                                         phonenumbers.PhoneNumberFormat.E164))
    return Phone(raw=raw)


def _shape_regions(raw: str, region: str | None = None) -> tuple[str, ...]:
    """The countries a nationally written number's shape suggests, likeliest first."""
    if raw.startswith("+"):
        return ()
    digits = re.sub(r"\D", "", raw.replace("(0)", ""))
    groups = [len(g) for g in re.split(r"[\s./-]+", raw.replace("(", " ").replace(")", " ")) if g]
    if digits.startswith("0") and 9 <= len(digits) <= 12:
        return TRUNK_ZERO_REGIONS.get(region or "", ("DE",))
    if len(digits) == 10 or len(digits) == 11 and digits.startswith("1"):
        return ("US",)
    if len(digits) == 8 and groups in ([2, 2, 2, 2], [4, 4]) and not (
            digits[0] == "5" and groups == [4, 4]):
        return ("DK",)
    if len(digits) in (7, 8) and digits[0] in "56":
        return ("EE",)
    return ()


def _address_region(blocks: Sequence[Block]) -> str | None:
    """The country an address names ("1010 Wien", "Österreich"), from the language data."""
    countries = lexicon.mapping("address_regions")
    for block in blocks[:15]:
        lowered = block.text.lower()
        for word, region in countries.items():
            # the substring test first: the pattern is a lookup in re's cache for each word
            if word in lowered and re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered):
                return str(region)
    return None


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
    """The first short line that reads as a person's name (two to four capitalised words).

    Labels go ("Name:", "NAME" above the name, "Lebenslauf", "– CV", "Curriculum Vitae"),
    a name split over two lines is joined, and a heading or an employer is never the name.
    """
    titles = set(lexicon.words("resume_titles"))
    headings = lexicon.headings("resume")
    labels = lexicon.words("name_labels")
    texts = [_without_title(b.text.strip(), titles) for b in blocks]
    for index, text in enumerate(texts):
        lowered = text.lower()
        for label in labels:
            if lowered.startswith(label) and lowered[len(label):len(label) + 1] in (":", "\t"):
                value = text[len(label) + 1:].strip(" :\t")
                return value or _next_name(texts, index, titles, headings)
            if lowered == label:
                return _next_name(texts, index, titles, headings)
        following = texts[index + 1] if index + 1 < len(texts) else ""
        if _one_name_word(text, titles) and _one_name_word(following, titles) and _is_name(
                f"{text} {following}", titles, headings):
            return f"{text} {following}"
        for part in SEPARATORS.split(text):
            if _is_name(part, titles, headings):
                return part.strip()
    return None


def _large_name(blocks: Sequence[Block], *, within: int = 60) -> str | None:
    """The name set as the first large line of the document when none was found at its
    top: a sidebar read first ("Contact", "Top Skills", LinkedIn's profile PDF) puts the
    name, set large at the top of the main column, after the sidebar's lines."""
    titles = set(lexicon.words("resume_titles"))
    headings = lexicon.headings("resume")
    for block in blocks[:within]:
        if block.heading_level != 1:
            continue
        text = _without_title(block.text.strip(), titles)
        if lexicon.normalize(text) in headings:
            continue
        return text if _is_name(text, titles, headings) else None
    return None


def _without_title(text: str, titles: set[str]) -> str:
    """ "Lebenslauf Katrin Vogelsang", "Katrin Vogelsang – CV" → the name alone."""
    for pattern in _title_patterns(frozenset(titles)):
        stripped = pattern.sub("", text)
        if stripped != text:
            return stripped.strip()
    return text


@lru_cache(maxsize=8)
def _title_patterns(titles: frozenset[str]) -> tuple[re.Pattern[str], ...]:
    """One pattern per title, longest first, compiled once (every line of a resume is
    tried against each)."""
    return tuple(re.compile(
        rf"^{re.escape(title)}(?:\s+(?:von|of|for|af|for))?\s*[:–—|-]?\s+(?=\S)|"
        rf"\s*[:–—|,-]?\s+{re.escape(title)}$", re.I)
        for title in sorted(titles, key=len, reverse=True))


def _next_name(texts: list[str], index: int, titles: set[str],
               headings: dict[str, str]) -> str | None:
    following = texts[index + 1] if index + 1 < len(texts) else ""
    return following if _is_name(following, titles, headings) else None


def _one_name_word(text: str, titles: set[str]) -> bool:
    return len(text.split()) == 1 and bool(NAME_WORD.match(text)) and text[:1].isupper() \
        and len(text) >= 2 and lexicon.normalize(text) not in titles \
        and lexicon.normalize(text) not in lexicon.headings("resume")


def _is_name(text: str, titles: set[str], headings: dict[str, str]) -> bool:
    words = text.split()
    parts = [w for w in words if w not in PARTICLES]
    return (
        2 <= len(parts) <= MAX_NAME_PARTS and len(words) - len(parts) <= 2
        and words[0] not in PARTICLES
        and len(text) <= 40
        and not any(ch.isdigit() or ch in "@:/|" for ch in text)
        and lexicon.normalize(text) not in titles
        and lexicon.normalize(text) not in headings
        and all(NAME_WORD.match(w) for w in words)
        and sum(w[0].isupper() for w in words) >= 2
        and not COMPANY.search(text)
        and not any(lexicon.normalize(w) in headings for w in words if len(words) == 2)
        and not any(lexicon.normalize(w) in _title_words() for w in words)
    )


@cache
def _title_words() -> frozenset[str]:
    return frozenset(lexicon.words("title_words"))
