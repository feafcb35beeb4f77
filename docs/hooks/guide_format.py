"""Format figures for a page's locale with Babel: numbers, currency amounts, percentages."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from babel import Locale
from babel.numbers import (
    format_compact_decimal,
    format_currency,
    format_decimal,
    format_percent,
)
from guide_data import Fact, Reference

NBSP = "\u00a0"


def money(value: float, currency: str, locale: str) -> str:
    """An amount with its ISO currency code, whole units unless there are cents.

    >>> money(33750, "USD", "de_DE")
    '33.750\xa0USD'

    Why the ISO code: the guide compares dollars, euros and kroner side by side, and
    "33.750 $" or "US$" reads differently in each locale; "USD" never does.
    """
    pattern = Locale.parse(locale).currency_formats["standard"].pattern
    if float(value).is_integer():
        pattern = pattern.replace(".00", "")
    pattern = pattern.replace("¤", "¤¤")
    if pattern.startswith("¤¤") and not pattern.startswith(f"¤¤{NBSP}"):
        pattern = pattern.replace("¤¤", f"¤¤{NBSP}", 1)
    return format_currency(value, currency, format=pattern, locale=locale, currency_digits=False)


def number(fact: Fact, locale: str) -> str:
    """The fact's value alone, formatted for ``locale``."""
    if fact.kind == "money":
        return money(fact.value, fact.currency or "", locale)
    if fact.kind == "percent":
        return format_percent(fact.value, locale=locale)
    if fact.display == "millions":
        # "2.9 million", "2,9 Millionen": the source rounds, so the guide does not add digits.
        return format_compact_decimal(
            fact.value, format_type="long", fraction_digits=1, locale=locale
        )
    return format_decimal(fact.value, locale=locale)


def fact_year(fact: Fact, strings: Mapping[str, Any]) -> str:
    if fact.until:
        return strings["range"].format(start=fact.year, end=fact.until)
    return str(fact.year)


def source_link(fact: Fact) -> str:
    source = fact.source
    return (
        f'<a href="{escape(source.address)}" title="{escape(source.name)}">'
        f"{escape(source.short)}</a>"
    )


def reference_link(reference: Reference, strings: Mapping[str, Any]) -> str:
    """`[[ref:KEY]]`: the publication's name, linked, with its publisher and year."""
    return strings["reference_inline"].format(
        name=f'<a href="{escape(reference.address)}">{escape(reference.name)}</a>',
        publisher=escape(reference.publisher),
        year=escape(strings["reference_years"].get(reference.year, reference.year)),
    )


def inline_fact(fact: Fact, strings: Mapping[str, Any]) -> str:
    """`[[fact:ID]]` as HTML: value, then a short linked source and the year."""
    text = strings["fact_inline"].format(
        value=escape(number(fact, strings["locale"])),
        source=source_link(fact),
        year=fact_year(fact, strings),
    )
    return f'<span class="guide-fact" data-fact="{fact.id}">{text}</span>'


def join_years(years: Sequence[int], strings: Mapping[str, Any]) -> str:
    """2008, 2016 and 2018 — in the page's language."""
    labels = [str(y) for y in sorted(set(years))]
    if len(labels) < 2:
        return "".join(labels)
    return strings["years_joiner"].join(labels[:-1]) + strings["years_last"] + labels[-1]
