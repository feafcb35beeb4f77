"""Languages with their level: "Deutsch (Muttersprache)", "Engelsk – flydende", "inglise keel B2".

Levels come out as a CEFR level (A1…C2) or "native"; words such as "fließend",
"flydende", "vabalt" or "fluent" map to a CEFR-ish level through the language data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from resume_helper.documents import lexicon
from resume_helper.documents.model import LanguageRequirement, LanguageSkill

CEFR = re.compile(r"(?<![\w])([ABC][12])(?![\w])")
ITEM_SPLIT = re.compile(r"\s*(?:[;•·|]|,(?![^()]*\)))\s*")
CLAUSE_END = re.compile(r"[,;.]\s")
CONNECTOR = re.compile(r"[\s-]*(?:und|og|ja|and|or|oder|eller|või|sowie|&|/)?[\s-]*", re.I)


@cache
def _level_words() -> tuple[tuple[re.Pattern[str], str], ...]:
    levels = lexicon.mapping("levels")
    ordered = sorted(levels.items(), key=lambda item: -len(item[0]))
    return tuple((re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.I), str(v)) for w, v in ordered)


def find_level(text: str) -> tuple[str, str] | None:
    """(level, as written) for the first level stated in ``text``."""
    best: tuple[int, str, str] | None = None
    match = CEFR.search(text)
    if match:
        best = (match.start(), match.group(1), match.group(0))
    for pattern, level in _level_words():
        found = pattern.search(text)
        if found and (best is None or found.start() < best[0]):
            best = (found.start(), level, found.group(0))
    return (best[1], best[2]) if best else None


def find_languages(text: str) -> list[tuple[str, re.Match[str]]]:
    """(ISO code, match) for every language named in ``text``, in order, without overlaps."""
    found: list[tuple[str, re.Match[str]]] = []
    for pattern, code in lexicon.language_patterns():
        for match in pattern.finditer(text):
            if all(match.end() <= m.start() or match.start() >= m.end() for _, m in found):
                found.append((code, match))
    return sorted(found, key=lambda item: item[1].start())


def language_skills(lines: Iterable[str]) -> tuple[LanguageSkill, ...]:
    """The languages listed in a resume's language section."""
    skills: list[LanguageSkill] = []
    for line in lines:
        cells = [c.strip() for c in re.split(r"\s*[|\t]\s*", line) if c.strip()]
        if len(cells) > 1 and len(find_languages(cells[0])) == 1 and not find_languages(
                " ".join(cells[1:])) and find_level(" ".join(cells[1:])):
            # A table row: "Vene | B2 / B2", "Englisch <tab> fließend"
            skill = _skill(f"{cells[0]} – {' '.join(cells[1:])}")
            if skill is not None:
                skills.append(skill)
            continue
        if len(cells) > 1 and not find_languages(line) and find_level(line) is None:
            continue  # a table's header row ("Keel | Tase")
        for item in ITEM_SPLIT.split(line):
            skill = _skill(item)
            if skill is not None:
                skills.append(skill)
    return tuple(skills)


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
    return LanguageSkill(language=name, code=code, level=level[0] if level else None,
                         level_raw=level[1] if level else None)


def language_requirements(
    lines: Iterable[tuple[str, bool]], *, listed: Iterable[str] = ()
) -> tuple[LanguageRequirement, ...]:
    """Languages a posting asks for; each line comes with whether it is a must-have.

    Outside the ``listed`` requirement lines a language name counts only next to a level or
    a word such as "Kenntnisse", "sprog", "keel" or "language": "German market" is no
    requirement.
    """
    listed = set(listed)
    markers = lexicon.phrase_pattern(lexicon.words("language_markers"))
    found: dict[str, LanguageRequirement] = {}
    for line, required in lines:
        languages = find_languages(line)
        if not languages:
            continue
        if line not in listed and find_level(line) is None and not markers.search(line) \
                and not _suffixed(languages):
            continue
        for number, (code, match) in enumerate(languages):
            level = _level_for(line, languages, number)
            previous = found.get(code)
            if previous is not None and (previous.level or not level):
                continue
            found[code] = LanguageRequirement(language=match.group(0), code=code,
                                              level=level[0] if level else None,
                                              required=required, evidence=line)
    return tuple(found.values())


def _level_for(line: str, languages: list[tuple[str, re.Match[str]]], number: int
               ) -> tuple[str, str] | None:
    """The level that belongs to the ``number``-th language named in ``line``.

    Why not simply the nearest: German puts the level first ("sehr gute Deutsch- und
    Englischkenntnisse"), Estonian after ("inglise ja vene keele oskus suhtlustasandil").
    So: the language's own stretch up to the next language or clause end; if it is only
    joined to the next language by "und", "og", "ja", "and", that language's level; else
    the nearest level before it in its clause; else any level in the line.
    """
    match = languages[number][1]
    clause_end = CLAUSE_END.search(line, match.end())
    stop = clause_end.start() if clause_end else len(line)
    following = languages[number + 1][1] if number + 1 < len(languages) else None
    own_end = min(following.start(), stop) if following else stop
    level = find_level(line[match.start():own_end])
    if level:
        return level
    if following and following.start() <= stop and CONNECTOR.fullmatch(
        line[match.end():following.start()]
    ):
        return _level_for(line, languages, number + 1)
    clause_start = max(line.rfind(",", 0, match.start()), line.rfind(";", 0, match.start())) + 1
    before = [m for m in _all_levels(line[clause_start:match.start()])]
    if before:
        return before[-1]
    return find_level(line)


def _all_levels(text: str) -> list[tuple[str, str]]:
    found = [(m.start(), m.end(), m.group(1), m.group(0)) for m in CEFR.finditer(text)]
    for pattern, level in _level_words():  # longest words first, so "sehr gute" beats "gute"
        for m in pattern.finditer(text):
            if all(m.end() <= f[0] or m.start() >= f[1] for f in found):
                found.append((m.start(), m.end(), level, m.group(0)))
    return [(level, raw) for _, _, level, raw in sorted(found)]


def _suffixed(languages: list[tuple[str, re.Match[str]]]) -> bool:
    """Whether a name carries a language suffix itself ("Deutschkenntnisse", "eesti keel")."""
    return any(len(match.group(0).split()) > 1 or match.group(0).lower().endswith(
        ("kenntnisse", "kundskaber", "keel", "keele", "keeles")) for _, match in languages)
