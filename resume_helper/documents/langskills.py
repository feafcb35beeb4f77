"""Languages with their level: "Deutsch (Muttersprache)", "Engelsk – flydende", "inglise keel B2".

Levels come out as a CEFR level (A1…C2) or "native"; words such as "fließend",
"flydende", "vabalt" or "fluent" map to a CEFR-ish level through the language data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from resume_helper.documents import lexicon
from resume_helper.documents.model import LanguageRequirement, LanguageSkill

# Why: a line that names languages is short ("Englisch – fließend (C1)"); the matching below
# compares every language and level of a line with each other, so a line of one phrase
# repeated thousands of times (a broken export) took minutes.
MAX_LINE = 1_000
CEFR = re.compile(r"(?<![\w])([ABC][12])(?![\w])")
ITEM_SPLIT = re.compile(r"\s*(?:[;•·|]|,(?![^()]*\)))\s*")
# a bracketed plural ending, no word of its own: "Muttersprache(n)", "Mother tongue(s)"
PLURAL = re.compile(r"\(\w{1,2}\)")
CONNECTOR = re.compile(r"[\s-]*(?:und|og|ja|and|or|oder|eller|või|sowie|&|/)?[\s-]*", re.I)


@cache
def _level_words() -> tuple[tuple[str, str, str], ...]:
    """(word, folded word, level) for every level word, longest first."""
    levels = lexicon.mapping("levels")
    ordered = sorted(levels.items(), key=lambda item: -len(item[0]))
    return tuple((w, lexicon.fold(w), str(v)) for w, v in ordered)


@cache
def _level_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.I)


def _levels_in(text: str) -> list[tuple[re.Pattern[str], str]]:
    """(pattern, level) of the level words ``text`` may hold, longest first.

    Why: compiling all 75 patterns cost a cold start ~5 ms; a word whose folded form is not
    in the folded text cannot match, so only the few that may are compiled and run.
    """
    folded = lexicon.fold(text)
    return [(_level_pattern(word), level) for word, key, level in _level_words()
            if key in folded]


def find_level(text: str) -> tuple[str, str] | None:
    """(level, as written) for the first level stated in ``text``; a CEFR code wins over
    level words ("gute Kenntnisse (B1)" is B1) unless the word says native."""
    best: tuple[int, str, str] | None = None
    match = CEFR.search(text)
    if match:
        best = (match.start(), match.group(1), match.group(0))
    for pattern, level in _levels_in(text):
        if match and level != "native":
            continue
        found = pattern.search(text)
        if found and (best is None or found.start() < best[0] or match is not None):
            best = (found.start(), level, found.group(0))
    return (best[1], best[2]) if best else None


def find_languages(text: str) -> list[tuple[str, re.Match[str]]]:
    """(ISO code, match) for every language named in ``text``, in order, without overlaps."""
    found: list[tuple[str, re.Match[str]]] = []
    folded = lexicon.fold(text)
    for name, suffix, code, key in lexicon.language_names():
        if key not in folded:
            continue  # cannot match: the pattern is compiled only for a text that holds it
        for match in lexicon.language_pattern(name, suffix).finditer(text):
            if all(match.end() <= m.start() or match.start() >= m.end() for _, m in found):
                found.append((code, match))
    return sorted(found, key=lambda item: item[1].start())


def language_skills(lines: Iterable[str], *, heading: str | None = None
                    ) -> tuple[LanguageSkill, ...]:
    """The languages listed in a resume's language section.

    Europass writes its grid as a table, which Word files give cell by cell: a heading that
    states a level ("Muttersprache(n)", "Emakeel(ed)") gives it to the languages under it,
    a cell holding only a level ("B2") is the level of the language in the cell before it,
    and the grid's column heads ("Verstehen", "Hören") and its legend ("Stufe A1 und A2: …")
    are no languages.
    """
    skills: list[LanguageSkill] = []
    stated = _stated(heading)
    waiting: int | None = None  # the skill of the line before, still without a level
    for line in lines:
        if len(line) > MAX_LINE:
            continue
        cells = [c.strip() for c in re.split(r"\s*[|\t]\s*", line) if c.strip()]
        if _grid_heads(cells) or _legend(line):
            waiting = None
            continue
        named = find_languages(line)
        level = None if named else find_level(line)
        if level is not None and _only_level(line):
            if waiting is not None:
                skills[waiting] = replace(skills[waiting], level=level[0], level_raw=level[1])
            elif not CEFR.search(line):
                stated = level  # "Muttersprache(n)" on a line of its own, not a grid's cell
            waiting = None
            continue
        before = len(skills)
        if len(cells) > 1 and len(find_languages(cells[0])) == 1 and not find_languages(
                " ".join(cells[1:])) and find_level(" ".join(cells[1:])):
            # A table row: "Vene | B2 / B2", "Englisch <tab> fließend"
            skill = _skill(f"{cells[0]} – {' '.join(cells[1:])}")
            if skill is not None:
                skills.append(skill)
        elif len(cells) > 1 and not named and level is None:
            stated = waiting = None
            continue  # a table's header row ("Keel | Tase")
        else:
            for item in ITEM_SPLIT.split(line):
                skills += _joined(item)
            # "Fluent: Spanish, Portuguese": a level before a colon is every item's
            label, colon, _ = line.partition(":")
            if colon and not find_languages(label) and _only_level(label):
                said = find_level(label)
                skills[before:] = [replace(x, level=said[0], level_raw=said[1])
                                   if x.level is None and said else x for x in skills[before:]]
        if len(skills) == before:
            stated = waiting = None  # "Weitere Sprache(n)": the stated level ends
            continue
        if stated is not None:
            skills[before:] = [replace(x, level=stated[0], level_raw=stated[1])
                               if x.level is None else x for x in skills[before:]]
        waiting = before if len(skills) == before + 1 and skills[before].level is None else None
    return tuple(skills)


def _joined(item: str) -> list[LanguageSkill]:
    """The languages of one item: "engelsk og svensk (flydende)" and "Englisch und
    Französisch" name two, each with the item's level; anything else is one item."""
    found = find_languages(item)
    if len(found) > 1 and all(CONNECTOR.fullmatch(item[a[1].end():b[1].start()])
                              for a, b in zip(found, found[1:], strict=False)):
        level = find_level(item)
        return [LanguageSkill(language=match.group(0), code=code,
                              level=level[0] if level else None,
                              level_raw=level[1] if level else None, written=item.strip())
                for code, match in found]
    skill = _skill(item)
    return [skill] if skill is not None else []


def _stated(heading: str | None) -> tuple[str, str] | None:
    """The level a heading states for every language under it ("Muttersprache(n)")."""
    if not heading or find_languages(heading):
        return None
    return find_level(heading)


def _only_level(line: str) -> bool:
    """Whether ``line`` states a level and nothing else ("B2", "C1 / C1", "Muttersprache")."""
    spans = [m.span() for m in CEFR.finditer(line)]
    for pattern, _ in _levels_in(line):
        spans += [m.span() for m in pattern.finditer(line)]
    if not spans:
        return False
    rest = list(line)
    for start, end in spans:
        rest[start:end] = " " * (end - start)
    return not PLURAL.sub("", "".join(rest)).strip(" /|\t-–—:,.()")


def _grid_heads(cells: list[str]) -> bool:
    """Whether every cell is a column head of the CEFR self-assessment grid."""
    heads = _grid_words()
    return bool(cells) and all(lexicon.normalize(PLURAL.sub("", c)) in heads for c in cells)


@cache
def _grid_words() -> frozenset[str]:
    return frozenset(lexicon.normalize(w) for w in lexicon.words("language_grid"))


def _legend(line: str) -> bool:
    """Whether ``line`` explains the CEFR levels rather than stating one ("Stufe A1 und A2:
    Elementare Sprachverwendung – B1 und B2: …"): three levels or more and no language."""
    return len(set(CEFR.findall(line))) >= 3 and not find_languages(line)


def _skill(item: str) -> LanguageSkill | None:
    item = item.strip(" .-–—")
    if not item:
        return None
    languages = find_languages(item)
    level = find_level(item)
    if languages:
        code, match = languages[0]
        name = match.group(0)
    else:
        name = re.split(r"\s*(?:[(:–—-]|\s[ABC][12]\b)", item, maxsplit=1)[0].strip()
        code = None
        if not name or len(name.split()) > 3 or (level is None and len(name.split()) > 1):
            return None
        if lexicon.normalize(name) in _grid_words():
            return None  # "language(s)", "Sprache": a grid's label, no language
    return LanguageSkill(language=name, code=code, level=level[0] if level else None,
                         level_raw=level[1] if level else None, written=item)


def language_requirements(
    lines: Iterable[tuple[str, bool]], *, listed: Iterable[str] = ()
) -> tuple[LanguageRequirement, ...]:
    """Languages a posting asks for; each line comes with whether its section asks for
    must-haves.

    Outside the ``listed`` requirement lines a language name counts only next to a level or
    a word such as "Kenntnisse", "sprog", "keel" or "language": "German market" is no
    requirement. Each language is judged in its own clause: in "Sehr gute
    Deutschkenntnisse, Englischkenntnisse von Vorteil" German is required at C1 and English
    is nice to have with no level.
    """
    listed = set(listed)
    markers = lexicon.phrase_pattern(lexicon.words("language_markers"))
    nice = lexicon.phrase_pattern(lexicon.words("nice_markers"))
    asked = lexicon.mapping("asked_levels")
    found: dict[str, LanguageRequirement] = {}
    for line, required in lines:
        if len(line) > MAX_LINE:
            continue
        languages = find_languages(line)
        if not languages:
            continue
        if line not in listed and find_level(line) is None and not markers.search(line) \
                and not _suffixed(languages):
            continue
        for number, (code, match) in enumerate(languages):
            level = _level_for(line, languages, number)
            if level is not None:
                level = (str(asked.get(level[1].lower(), level[0])), level[1])
            wanted = required and not _qualified(line, match.start(), nice)
            previous = found.get(code)
            if previous is not None and (previous.level or not level):
                continue
            found[code] = LanguageRequirement(language=match.group(0), code=code,
                                              level=level[0] if level else None,
                                              required=wanted, evidence=line)
    return tuple(found.values())


MAX_QUALIFIER_WORDS = 5


def _clauses(line: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of ``line``: split at ", ", "; ", ". " outside brackets."""
    bounds, start, depth = [], 0, 0
    for at, char in enumerate(line):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth <= 0 and char in ",;." and line[at + 1:at + 2] in (" ", ""):
            bounds.append((start, at))
            start = at + 1
    bounds.append((start, len(line)))
    return bounds


def _clause_at(line: str, at: int) -> tuple[int, int]:
    return next((b for b in _clauses(line) if b[0] <= at < b[1] + 1), (0, len(line)))


def _qualified(line: str, at: int, nice: re.Pattern[str]) -> bool:
    """Whether a qualifier ("von Vorteil", "en fordel", "kasuks", "a plus") makes the
    language at ``at`` nice to have: in its own clause, or in a short clause before it that
    is only the qualifier ("Det er en fordel, hvis du taler svensk")."""
    start, end = _clause_at(line, at)
    if nice.search(line[start:end]):
        return True
    return any(nice.search(line[a:b]) and len(line[a:b].split()) <= MAX_QUALIFIER_WORDS
               for a, b in _clauses(line) if b <= start)


def _level_for(line: str, languages: list[tuple[str, re.Match[str]]], number: int
               ) -> tuple[str, str] | None:
    """The level that belongs to the ``number``-th language named in ``line``.

    Why not simply the nearest: German puts the level first ("sehr gute Deutsch- und
    Englischkenntnisse"), Estonian after ("inglise ja vene keele oskus suhtlustasandil").
    So: the language's own stretch up to the next language or clause end; if it is only
    joined to the next language by "und", "og", "ja", "and", "/", that language's level;
    else the nearest level before it in its clause, when no language of its own stands
    between; else a level in a clause that names no language ("…, jeweils fließend").
    Never the level of another language's clause: it does not leak to the next language.
    """
    match = languages[number][1]
    clause_start, clause_end = _clause_at(line, match.start())
    following = languages[number + 1][1] if number + 1 < len(languages) else None
    own_end = min(following.start(), clause_end) if following else clause_end
    own = [(end, lv) for end, lv in _level_spans(line[match.start():own_end])
           # a level right before the next language is that one's ("dansk og godt engelsk")
           if not (following and own_end == following.start()
                   and not line[match.start() + end:own_end].strip(" -"))]
    if own:
        return own[0][1]
    if following and following.start() <= clause_end and CONNECTOR.fullmatch(
        line[match.end():following.start()]
    ):
        return _level_for(line, languages, number + 1)
    before = _before(line, languages, number, clause_start)
    if before:
        return before
    for start, end in _clauses(line):
        if start >= clause_end and not find_languages(line[start:end]):
            level = find_level(line[start:end])
            if level:
                return level
    return None


def _before(line: str, languages: list[tuple[str, re.Match[str]]], number: int,
            clause_start: int) -> tuple[str, str] | None:
    """The last level before the ``number``-th language in its clause, unless another
    language stands between that is not joined to it ("sehr gute Deutsch- und Englisch…")."""
    match = languages[number][1]
    text = line[clause_start:match.start()]
    levels = _level_spans(text)
    if not levels:
        return None
    last_end, level = levels[-1]
    between = [m for _, m in languages[:number] if m.start() >= clause_start + last_end]
    chain = [*between, match]
    for first, second in zip(chain, chain[1:], strict=False):
        if not CONNECTOR.fullmatch(line[first.end():second.start()]):
            return None
    return level


def _level_spans(text: str) -> list[tuple[int, tuple[str, str]]]:
    """(end, (level, as written)) of every level stated in ``text``, in order."""
    found = [(m.start(), m.end(), m.group(1), m.group(0)) for m in CEFR.finditer(text)]
    for pattern, level in _levels_in(text):  # longest words first: "sehr gute" beats "gute"
        for m in pattern.finditer(text):
            if all(m.end() <= f[0] or m.start() >= f[1] for f in found):
                found.append((m.start(), m.end(), level, m.group(0)))
    return [(end, (level, raw)) for _, end, level, raw in sorted(found)]


def _suffixed(languages: list[tuple[str, re.Match[str]]]) -> bool:
    """Whether a name carries a language suffix itself ("Deutschkenntnisse", "eesti keel")."""
    return any(len(match.group(0).split()) > 1 or match.group(0).lower().endswith(
        ("kenntnisse", "kundskaber", "keel", "keele", "keeles")) for _, match in languages)
