"""MkDocs hook for the guide: figures, tables, charts and skill tables in every language.

Pages never type a figure. They place markers (see /docs/README or the guide contract):

    [[fact:ID]]                 inline figure + short linked source and year
    [[facts-table:NAME]]        pay-us-history | similar-jobs-pay | pay-latest
    [[chart:pay-us-history]]    inline SVG bar charts
    [[quick-facts]]  [[skills-table]]  [[education-table]]  [[sources-list]]

This module only wires MkDocs events to the small modules beside it (guide_*.py), which
hold the logic; all data and text lives in YAML (docs/data/facts.yaml, strings/*.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from html import escape
from pathlib import Path
from typing import Any

import guide_charts
import guide_search
import guide_skills
import guide_tables
from guide_data import FactBook, GuideDataError, load_factbook, load_strings
from guide_format import inline_fact
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

MARKER = re.compile(r"\[\[([a-z][a-z-]*)(?::([a-z0-9-]+))?\]\]")
DEFAULT_LANG = "en"
# Material's search dialog has no accessible name (axe: aria-dialog-name); we add one.
TASK_ITEM = re.compile(
    r'(<label class="task-list-control"><input type="checkbox")( disabled(?: checked)?/>'
    r'<span class="task-list-indicator"></span></label>)(.*?)(?=</li>|<ul|<ol|<p>|<div)',
    re.DOTALL,
)
TAGS = re.compile(r"<[^>]+>")
SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
CONFIG_BASE = re.compile(
    r'(<script id="__config" type="application/json">\{[^<]*?"base": ")([^"]*)"'
)

Renderer = Callable[[FactBook, str, Mapping[str, Any]], str]


def _facts_table(book: FactBook, name: str, strings: Mapping[str, Any]) -> str:
    if name == "pay-latest":
        return guide_tables.pay_latest(book, strings)
    renderers = {
        "pay-us-history": guide_tables.pay_history,
        "similar-jobs-pay": guide_tables.similar_jobs,
    }
    if name not in renderers or name not in book.tables:
        raise KeyError(name)
    return renderers[name](book.tables[name], strings)


def _chart(book: FactBook, name: str, strings: Mapping[str, Any]) -> str:
    if name != "pay-us-history":
        raise KeyError(name)
    return guide_charts.pay_history_charts(book.tables[name], strings)


def _fact(book: FactBook, name: str, strings: Mapping[str, Any]) -> str:
    return inline_fact(book.facts[name], strings)


def _block(kind: str, book: FactBook, lang: str, strings: Mapping[str, Any]) -> str:
    if kind == "quick-facts":
        return guide_tables.quick_facts(book, strings)
    if kind == "sources-list":
        return guide_tables.sources_list(book, strings)
    if kind == "skills-table":
        return guide_skills.skills_table(guide_skills.load_concepts(), lang, strings)
    if kind == "education-table":
        return guide_skills.education_table(guide_skills.load_concepts(), lang, strings)
    raise KeyError(kind)


WITH_NAME: dict[str, Callable[[FactBook, str, Mapping[str, Any]], str]] = {
    "fact": _fact,
    "facts-table": _facts_table,
    "chart": _chart,
}


def render_marker(kind: str, name: str | None, lang: str) -> str:
    """The HTML (or Markdown) that replaces one marker; KeyError if the marker is unknown."""
    book, strings = load_factbook(), load_strings(lang)
    if kind in WITH_NAME:
        if name is None:
            raise KeyError(kind)
        html = WITH_NAME[kind](book, name, strings)
        return html if kind == "fact" else f"\n\n{html}\n\n"
    if name is not None:
        raise KeyError(f"{kind}:{name}")
    return f"\n\n{_block(kind, book, lang, strings)}\n\n"


def render_markers(markdown: str, lang: str, where: str) -> str:
    """Replace every marker in a page; raise PluginError naming the page and the marker."""

    def replace(match: re.Match[str]) -> str:
        try:
            return render_marker(match.group(1), match.group(2), lang)
        except KeyError as exc:
            raise PluginError(f"{where}: unknown marker {match.group(0)} ({exc})") from exc

    return MARKER.sub(replace, markdown)


def page_lang(page: Page) -> str:
    return getattr(page.file, "locale", None) or DEFAULT_LANG


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Validate the data once, before any page is built, so a bad entry fails fast."""
    try:
        load_factbook()
        for lang in _languages(config):
            load_strings(lang)
    except (GuideDataError, OSError) as exc:
        raise PluginError(str(exc)) from exc
    return config


def on_page_markdown(markdown: str, page: Page, **_: Any) -> str:
    return render_markers(markdown, page_lang(page), page.file.src_uri)


def label_task_checkboxes(html: str) -> str:
    """Give each task-list checkbox its item's text as accessible name (axe: label).

    pymdownx.tasklist puts the text after the <label>, so the checkbox itself is unnamed.
    """

    def name(match: re.Match[str]) -> str:
        text = " ".join(TAGS.sub(" ", match.group(3)).split())
        label = escape(text, quote=True)
        return f'{match.group(1)} aria-label="{label}"{match.group(2)}{match.group(3)}'

    return TASK_ITEM.sub(name, html)


def on_post_page(output: str, page: Page, **_: Any) -> str:
    """Name the search dialog; point a translated page's search at its language's index."""
    lang = page_lang(page)
    output = label_task_checkboxes(output)
    label = escape(load_strings(lang)["search_dialog"])
    output = output.replace(SEARCH_DIALOG, f'{SEARCH_DIALOG[:-1]} aria-label="{label}">', 1)
    if lang == DEFAULT_LANG:
        return output

    def rebase(match: re.Match[str]) -> str:
        # The trailing slash matters: Material resolves "search/…" against this URL.
        base = match.group(2).rstrip("/")
        return f'{match.group(1)}{base}/{lang}/"' if base else f'{match.group(1)}{lang}/"'

    return CONFIG_BASE.sub(rebase, output, count=1)


@event_priority(-200)
def on_post_build(config: MkDocsConfig) -> None:
    """Split and enrich the search index once, after the i18n plugin built every language."""
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return
    guide_search.enrich_site(Path(config.site_dir), _languages(config), DEFAULT_LANG)


def _languages(config: MkDocsConfig) -> list[str]:
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return [DEFAULT_LANG]
    return [language.locale for language in i18n.config.languages]
