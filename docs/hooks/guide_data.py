"""Load and validate the guide's figures (docs/data/facts.yaml) and the hook's strings.

Why a separate module: the build hook, the tests and the benchmarks read the same data, and
a malformed entry must stop the build with a message naming the entry, not render a blank.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

HOOKS_DIR = Path(__file__).resolve().parent
DOCS_DIR = HOOKS_DIR.parent
FACTS_FILE = DOCS_DIR / "data" / "facts.yaml"
STRINGS_DIR = HOOKS_DIR / "strings"

KINDS = ("money", "count", "percent")
PERIODS = ("annual", "hourly")
MEASURES = ("median", "p10", "p25", "p75", "p90", "employment", "change")


class GuideDataError(ValueError):
    """facts.yaml or a strings file is malformed; the message names the entry."""


@dataclass(frozen=True)
class Source:
    key: str
    name: str
    short: str
    address: str


@dataclass(frozen=True)
class Fact:
    id: str
    value: float
    kind: str
    measure: str
    year: int
    country: str
    source: Source
    note: str
    currency: str | None = None
    period: str | None = None
    until: int | None = None
    job: str | None = None
    display: str | None = None


@dataclass(frozen=True)
class Official:
    """Where a reader finds a figure we do not publish ourselves."""

    name: str
    address: str


@dataclass(frozen=True)
class Reference:
    """A publication the text cites by name and year; no figure of ours comes from it."""

    key: str
    name: str
    publisher: str
    year: str
    address: str


@dataclass(frozen=True)
class PayWhere:
    """Where a country's official current pay figure is published, and what to search for."""

    country: str
    reference: Reference
    search: tuple[str, ...]


@dataclass(frozen=True)
class FactBook:
    sources: Mapping[str, Source]
    facts: Mapping[str, Fact]
    tables: Mapping[str, tuple[Fact, ...]]
    quick_facts: tuple[Fact, ...]
    references: Mapping[str, Reference]
    pay_where: tuple[PayWhere, ...]
    esco: Official


def _require(entry: Mapping[str, Any], key: str, where: str, kind: type | tuple) -> Any:
    value = entry.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise GuideDataError(f"{where}: '{key}' is missing or not a {kind}")
    return value


def _https_address(entry: Mapping[str, Any], where: str) -> str:
    address = _require(entry, "address", where, str)
    if not address.startswith("https://"):
        raise GuideDataError(f"{where}: address must be an https:// URL")
    return address


def _parse_source(key: str, entry: Any) -> Source:
    where = f"facts.yaml, source '{key}'"
    if not isinstance(entry, dict):
        raise GuideDataError(f"{where}: must be a mapping")
    address = _https_address(entry, where)
    return Source(
        key=key,
        name=_require(entry, "name", where, str),
        short=_require(entry, "short", where, str),
        address=address,
    )


def _parse_fact(fact_id: str, entry: Any, sources: Mapping[str, Source]) -> Fact:
    where = f"facts.yaml, fact '{fact_id}'"
    if not isinstance(entry, dict):
        raise GuideDataError(f"{where}: must be a mapping")
    kind = _require(entry, "kind", where, str)
    measure = _require(entry, "measure", where, str)
    if kind not in KINDS or measure not in MEASURES:
        raise GuideDataError(f"{where}: unknown kind '{kind}' or measure '{measure}'")
    source_key = _require(entry, "source", where, str)
    if source_key not in sources:
        raise GuideDataError(f"{where}: unknown source '{source_key}'")
    period = entry.get("period")
    currency = entry.get("currency")
    if kind == "money" and (period not in PERIODS or not isinstance(currency, str)):
        raise GuideDataError(f"{where}: money needs a currency and a period (annual|hourly)")
    return Fact(
        id=fact_id,
        value=float(_require(entry, "value", where, (int, float))),
        kind=kind,
        measure=measure,
        year=_require(entry, "year", where, int),
        country=_require(entry, "country", where, str),
        source=sources[source_key],
        note=_require(entry, "note", where, str),
        currency=currency,
        period=period,
        until=entry.get("until"),
        job=entry.get("job"),
        display=entry.get("display"),
    )


def _fact_list(ids: Any, facts: Mapping[str, Fact], where: str) -> tuple[Fact, ...]:
    if not isinstance(ids, list):
        raise GuideDataError(f"{where}: must be a list of fact ids")
    unknown = [i for i in ids if i not in facts]
    if unknown:
        raise GuideDataError(f"{where}: unknown fact(s) {', '.join(map(str, unknown))}")
    return tuple(facts[i] for i in ids)


def _parse_official(entry: Any, where: str) -> Official:
    if not isinstance(entry, dict):
        raise GuideDataError(f"{where}: must be a mapping with name and address")
    return Official(
        name=_require(entry, "name", where, str), address=_require(entry, "address", where, str)
    )


def _parse_reference(key: str, entry: Any) -> Reference:
    where = f"facts.yaml, reference '{key}'"
    if not isinstance(entry, dict):
        raise GuideDataError(f"{where}: must be a mapping")
    address = _https_address(entry, where)
    _require(entry, "checked", where, str)
    return Reference(
        key=key,
        name=_require(entry, "name", where, str),
        publisher=_require(entry, "publisher", where, str),
        year=str(_require(entry, "year", where, (str, int))),
        address=address,
    )


def _parse_pay_where(entries: Any, references: Mapping[str, Reference]) -> tuple[PayWhere, ...]:
    if not isinstance(entries, list):
        raise GuideDataError("facts.yaml, pay-where: must be a list")
    result = []
    for index, entry in enumerate(entries, start=1):
        where = f"facts.yaml, pay-where entry {index}"
        key = _require(entry, "reference", where, str)
        if key not in references:
            raise GuideDataError(f"{where}: unknown reference '{key}'")
        search = _require(entry, "search", where, list)
        result.append(
            PayWhere(_require(entry, "country", where, str), references[key], tuple(search))
        )
    return tuple(result)


def parse_factbook(document: Any) -> FactBook:
    """Validate the parsed facts.yaml document and return it as typed records."""
    if not isinstance(document, dict):
        raise GuideDataError("facts.yaml: expected a mapping at the top level")
    sources = {k: _parse_source(k, v) for k, v in (document.get("sources") or {}).items()}
    facts = {k: _parse_fact(k, v, sources) for k, v in (document.get("facts") or {}).items()}
    tables = {
        name: _fact_list(ids, facts, f"facts.yaml, table '{name}'")
        for name, ids in (document.get("tables") or {}).items()
    }
    references = {
        k: _parse_reference(k, v) for k, v in (document.get("references") or {}).items()
    }
    return FactBook(
        sources=sources,
        facts=facts,
        tables=tables,
        quick_facts=_fact_list(document.get("quick-facts"), facts, "facts.yaml, quick-facts"),
        references=references,
        pay_where=_parse_pay_where(document.get("pay-where"), references),
        esco=_parse_official(document.get("esco"), "facts.yaml, esco"),
    )


@lru_cache(maxsize=4)
def load_factbook(path: Path = FACTS_FILE) -> FactBook:
    """Read and validate facts.yaml once per process."""
    return parse_factbook(yaml.safe_load(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=16)
def load_strings(lang: str, folder: Path = STRINGS_DIR) -> Mapping[str, Any]:
    """The hook's text for one language; raise naming the keys that the English file has."""
    path = folder / f"{lang}.yaml"
    if not path.is_file():
        raise GuideDataError(f"no strings file for language '{lang}' ({path})")
    strings = yaml.safe_load(path.read_text(encoding="utf-8"))
    if lang != "en":
        missing = _missing_keys(load_strings("en", folder), strings)
        if missing:
            raise GuideDataError(f"{path.name}: missing {', '.join(missing)}")
    return strings


def _missing_keys(reference: Mapping[str, Any], other: Any, prefix: str = "") -> list[str]:
    if not isinstance(other, Mapping):
        return [prefix.rstrip(".") or "<all>"]
    missing = []
    for key, value in reference.items():
        if key not in other:
            missing.append(prefix + key)
        elif isinstance(value, Mapping):
            missing.extend(_missing_keys(value, other[key], f"{prefix}{key}."))
    return missing
