"""HTML for the block markers built from facts.yaml: tables, quick facts, sources list.

Tables carry no class so that Material's table styling applies (it styles `table:not([class])`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import Any

from guide_data import Fact, FactBook
from guide_format import fact_year, join_years, number, reference_link, source_link


def _table(caption: str, head: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A captioned table; cells are HTML already escaped by the caller."""
    header = "".join(f'<th scope="col">{cell}</th>' for cell in head)
    body = "".join(
        "<tr>" + f'<th scope="row">{row[0]}</th>' + "".join(f"<td>{c}</td>" for c in row[1:])
        + "</tr>"
        for row in rows
    )
    return (
        f'<div class="guide-table"><table><caption>{escape(caption)}</caption>'
        f"<thead><tr>{header}</tr></thead><tbody>{body}</tbody></table></div>"
    )


def _sources_cell(facts: Iterable[Fact]) -> str:
    links = {fact.source.key: source_link(fact) for fact in facts}
    return ", ".join(links.values())


def pay_history(facts: Sequence[Fact], strings: Mapping[str, Any]) -> str:
    """One row per (year, measure) with the annual and hourly amounts side by side."""
    locale, none = strings["locale"], strings["none"]
    rows: dict[tuple[int, str], dict[str, Fact]] = {}
    for fact in facts:
        rows.setdefault((fact.year, fact.measure), {})[fact.period or "annual"] = fact
    body = []
    for (year, measure), by_period in rows.items():
        cells = [
            escape(number(by_period[p], locale)) if p in by_period else none
            for p in ("annual", "hourly")
        ]
        body.append(
            [str(year), escape(strings["measures"][measure]), *cells,
             _sources_cell(by_period.values())]
        )
    caption = strings["captions"]["pay-us-history"].format(
        years=join_years([f.year for f in facts], strings)
    )
    head = [strings["year"], strings["measure"], strings["annual"], strings["hourly"],
            strings["source"]]
    return _table(caption, [escape(h) for h in head], body)


def similar_jobs(facts: Sequence[Fact], strings: Mapping[str, Any]) -> str:
    """Median annual pay of similar jobs; a fact without `job` is the guide's own job."""
    locale = strings["locale"]
    body = [
        [
            escape(strings["jobs"][fact.job or "customer-service-representative"]),
            escape(number(fact, locale)),
            str(fact.year),
            source_link(fact),
        ]
        for fact in facts
    ]
    caption = strings["captions"]["similar-jobs-pay"].format(
        years=join_years([f.year for f in facts], strings)
    )
    head = [strings["job"], f'{strings["measures"]["median"]}, {strings["periods"]["annual"]}',
            strings["year"], strings["source"]]
    return _table(caption, [escape(h) for h in head], body)


def pay_where(book: FactBook, strings: Mapping[str, Any]) -> str:
    """Per country: where the official current pay figure is published and what to search for.

    The reader's own country comes first; no figure is shown, only the way to the source.
    """
    home = strings["home_country"]
    entries = sorted(book.pay_where, key=lambda e: e.country != home)
    texts = strings["pay_where"]
    items = []
    for entry in entries:
        terms = strings["search_joiner"].join(
            f'{strings["quote_open"]}{escape(term)}{strings["quote_close"]}'
            for term in entry.search
        )
        items.append(
            f'<li><strong>{escape(strings["countries"][entry.country])}</strong>: '
            f"{reference_link(entry.reference, strings)}. "
            f'{escape(texts["search_for"])} {terms}. {escape(texts["hints"][entry.country])}</li>'
        )
    return f'<ul class="guide-pay-where">{"".join(items)}</ul>'


def _quick_label(fact: Fact, strings: Mapping[str, Any]) -> str:
    measure = strings["measures"][fact.measure]
    if fact.kind == "money":
        return f'{measure} ({strings["periods"][fact.period or "annual"]})'
    return measure


def quick_facts(book: FactBook, strings: Mapping[str, Any]) -> str:
    """The home page's box: a definition list inside a Material admonition."""
    items = "".join(
        f"<dt>{escape(_quick_label(fact, strings))}</dt>"
        f'<dd>{escape(number(fact, strings["locale"]))} '
        f'({source_link(fact)}, {fact_year(fact, strings)})</dd>'
        for fact in book.quick_facts
    )
    return (
        f'<div class="admonition info guide-quick-facts">'
        f'<p class="admonition-title">{escape(strings["quick_facts"])}</p>'
        f"<dl>{items}</dl><p>{escape(strings['quick_facts_note'])}</p></div>"
    )


def sources_list(book: FactBook, strings: Mapping[str, Any]) -> str:
    """Every source the facts cite (with their years), the official pay sources, ESCO."""
    years: dict[str, set[int]] = {}
    for fact in book.facts.values():
        years.setdefault(fact.source.key, set()).add(fact.year)
    items = [
        f'<li>{escape(source.name)} ({join_years(sorted(years[key]), strings)}): '
        f'<a href="{escape(source.address)}">{escape(source.address)}</a></li>'
        for key, source in book.sources.items()
        if key in years
    ]
    items += [
        f"<li>{reference_link(reference, strings)}: "
        f'<a href="{escape(reference.address)}">{escape(reference.address)}</a></li>'
        for reference in book.references.values()
    ]
    items.append(
        f"<li>{escape(book.esco.name)}: "
        f'<a href="{escape(book.esco.address)}">{escape(book.esco.address)}</a>. '
        f'{escape(strings["esco_attribution"])}</li>'
    )
    return f'<ul class="guide-sources">{"".join(items)}</ul>'
