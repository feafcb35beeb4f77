"""Everything the reports and tailored documents say to people, in each language.

One YAML file per language beside this module (``en.yaml``, ``de.yaml`` …) with the same
nested keys; adding a language is adding a file. Texts are ``str.format`` templates with one
addition: ``{pages:plural:Seite|Seiten}`` writes the form for the number ``pages`` by the
language's CLDR plural rule (``words.plural_rule``), forms in the order one|other; and from
CLDR by Babel: ``{limit:number}`` ("200.000" in German), ``{language:language}`` (a
language code as its name, "Französisch") and ``{script:script}`` (an ISO 15924 code,
"Kyrillisch").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from string import Formatter
from typing import Any

from resume_helper.datafiles import load_yaml
from resume_helper.languages import require_supported


@cache
def _load(lang: str) -> dict[str, Any]:
    return load_yaml("resume_helper.messages", f"{require_supported(lang)}.yaml") or {}


def keys(data: dict[str, Any], prefix: str = "") -> Iterable[str]:
    """Every dotted key of a nested mapping whose value is not a mapping."""
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            yield from keys(value, dotted + ".")
        else:
            yield dotted


@cache
def _plural_rule(lang: str) -> Any:
    """The language's CLDR plural rule (babel.plural alone imports in milliseconds)."""
    from babel.plural import PluralRule

    return PluralRule(dict(Messages(lang).raw("words.plural_rule")))


def _number(value: Any, lang: str) -> str:
    from babel.numbers import format_decimal

    return format_decimal(value, locale=lang)


def _language_name(code: Any, lang: str) -> str:
    from babel import Locale

    return Locale.parse(lang).languages.get(str(code), str(code))


def _script_name(code: Any, lang: str) -> str:
    from babel import Locale

    return Locale.parse(lang).scripts.get(str(code), str(code))


# Why Babel: "200,000" is "200.000" in German and "200 000" in Estonian, and the names of
# languages and alphabets an error mentions ("French", "Cyrillic") come from CLDR.
_BABEL_SPECS = {"number": _number, "language": _language_name, "script": _script_name}


class _PluralFormatter(Formatter):
    """``str.format`` plus the ``plural:one|other`` format spec."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec in _BABEL_SPECS:
            return _BABEL_SPECS[format_spec](value, self.lang)
        if not format_spec.startswith("plural:"):
            return super().format_field(value, format_spec)
        forms = format_spec.removeprefix("plural:").split("|")
        if isinstance(value, str):  # a number already written with this language's separator
            value = Decimal(value.replace(Messages(self.lang).text("words.decimal"), "."))
        category = _plural_rule(self.lang)(value)
        return forms[0] if category == "one" else forms[-1]


@dataclass(frozen=True)
class Messages:
    """The texts of one language; ``Messages("de").text("score.title")``."""

    lang: str

    def raw(self, key: str) -> Any:
        """The value at a dotted ``key`` (a string, list or mapping)."""
        value: Any = _load(self.lang)
        for part in key.split("."):
            if not isinstance(value, dict) or part not in value:
                raise KeyError(f"{self.lang}.yaml has no message {key!r}")
            value = value[part]
        return value

    def text(self, key: str, **params: Any) -> str:
        """The message at ``key`` with ``params`` filled in."""
        return _PluralFormatter(self.lang).format(str(self.raw(key)), **params)

    def join(self, items: Iterable[str]) -> str:
        """"a, b and c" in this language."""
        items = list(items)
        if len(items) <= 1:
            return "".join(items)
        return f"{', '.join(items[:-1])} {self.text('words.and')} {items[-1]}"

    def quote(self, text: str) -> str:
        """``text`` in this language's quotation marks."""
        left, right = self.raw("words.quotes")
        return f"{left}{text}{right}"

    def level(self, level: str | None) -> str:
        """A language level as the report writes it: "C1", or "native" in this language."""
        if level is None:
            return self.text("words.level_unstated")
        return self.text("words.native") if level == "native" else level

    def decimal(self, value: float, places: int = 1) -> str:
        """A number with this language's decimal separator ("10,8" in German)."""
        return f"{value:.{places}f}".replace(".", self.text("words.decimal"))

    def percent(self, value: float) -> str:
        """A share as a whole percentage, written the way this language writes it."""
        return self.text("words.percent", n=round(value * 100))


def all_keys(lang: str) -> set[str]:
    """The dotted keys of a language's file (used by the completeness test)."""
    return set(keys(_load(lang)))
