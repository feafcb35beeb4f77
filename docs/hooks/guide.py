"""MkDocs hook for the guide: figures, tables, charts and skill tables in every language.

Pages never type a figure. They place markers (see /docs/README or the guide contract):

    [[fact:ID]]                 inline figure + short linked source and year
    [[ref:KEY]]                 a cited publication: linked name, publisher and year
    [[facts-table:NAME]]        pay-us-history | similar-jobs-pay
    [[chart:pay-us-history]]    inline SVG bar charts
    [[pay-where]]               per country: where the official pay figure is published
    [[quick-facts]]  [[top-skills]]  [[skills-table]]  [[education-table]]  [[sources-list]]

This module only wires MkDocs events to the small modules beside it (guide_*.py), which
hold the logic; all data and text lives in YAML (docs/data/facts.yaml, strings/*.yaml).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from html import escape
from importlib import metadata
from pathlib import Path
from typing import Any

import guide_charts
import guide_search
import guide_skills
import guide_tables
from guide_data import FactBook, GuideDataError, load_factbook, load_strings
from guide_format import inline_fact, reference_link
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


def _ref(book: FactBook, name: str, strings: Mapping[str, Any]) -> str:
    return reference_link(book.references[name], strings)


def _block(kind: str, book: FactBook, lang: str, strings: Mapping[str, Any]) -> str:
    if kind == "quick-facts":
        return guide_tables.quick_facts(book, strings)
    if kind == "sources-list":
        return guide_tables.sources_list(book, strings)
    if kind == "pay-where":
        return guide_tables.pay_where(book, strings)
    if kind == "edition":
        return edition_text(strings)
    if kind == "skills-table":
        return guide_skills.skills_table(guide_skills.load_concepts(), lang, strings)
    if kind == "top-skills":
        return guide_skills.top_skills(guide_skills.load_concepts(), lang, strings)
    if kind == "education-table":
        return guide_skills.education_table(guide_skills.load_concepts(), lang, strings)
    raise KeyError(kind)


WITH_NAME: dict[str, Callable[[FactBook, str, Mapping[str, Any]], str]] = {
    "fact": _fact,
    "ref": _ref,
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
        return html if kind in ("fact", "ref") else f"\n\n{html}\n\n"
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


def build_date() -> date:
    """The edition date: SOURCE_DATE_EPOCH when set (reproducible builds), else today (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.date()


def edition_text(strings: Mapping[str, Any]) -> str:
    """The about page's edition line, with the build date in the page's language."""
    from babel.dates import format_date

    try:
        version = metadata.version("resume-helper")
    except metadata.PackageNotFoundError:
        version = "?"
    when = format_date(build_date(), format="long", locale=strings["locale"])
    text = strings["edition"].format(date=when, version=version)
    return f'<p class="guide-edition">{escape(text)}</p>'


def cited_keys(markdown: str) -> set[str]:
    """The facts.yaml keys (facts, references, tables) a page shows, through its markers.

    Why: every language must carry the same facts and figures; the tests compare these sets
    page by page across languages.
    """
    book = load_factbook()
    keys: set[str] = set()
    for kind, name in MARKER.findall(markdown):
        if kind == "fact":
            keys.add(f"fact:{name}")
        elif kind == "ref":
            keys.add(f"ref:{name}")
        elif kind in ("facts-table", "chart"):
            keys.update(f"fact:{f.id}" for f in book.tables.get(name, ()))
        elif kind == "quick-facts":
            keys.update(f"fact:{f.id}" for f in book.quick_facts)
        elif kind == "pay-where":
            keys.update(f"ref:{e.reference.key}" for e in book.pay_where)
    return keys


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
    strings = load_strings(lang)
    output = label_task_checkboxes(output)
    if page.file.src_uri == f"{DEFAULT_LANG}/404.md":
        _NOT_FOUND[page.file.dest_uri] = output
    # The toc extension's permalink title is one English string for the whole site.
    output = output.replace(
        'title="Permanent link"', f'title="{escape(strings["permalink_title"])}"'
    )
    label = escape(strings["search_dialog"])
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
    site_dir = Path(config.site_dir)
    # The i18n plugin renders the theme's 404 template over the default language's own
    # "page not found" page (root-absolute links, last language built); put ours back.
    for dest, html in _NOT_FOUND.items():
        site_dir.joinpath(dest).write_text(html, encoding="utf-8")
    guide_search.enrich_site(site_dir, _languages(config), DEFAULT_LANG)
    drop_unused_assets(site_dir, _search_languages(config))


_NOT_FOUND: dict[str, str] = {}

# lunr files the search worker loads besides one lunr.<lang>.min.js per search language.
LUNR_ALWAYS = {"lunr.stemmer.support.min.js", "lunr.multi.min.js"}


def drop_unused_assets(site_dir: Path, search_langs: set[str]) -> list[Path]:
    """Delete what no page ever loads: source maps and other languages' lunr files.

    Why: Material ships source maps and lunr support for some 30 languages; for this guide
    they are about 2 MB of a 6 MB site that every reader of the offline zip downloads.
    """
    keep = LUNR_ALWAYS | {f"lunr.{lang}.min.js" for lang in search_langs}
    doomed = list(site_dir.joinpath("assets").rglob("*.map"))
    lunr = site_dir / "assets" / "javascripts" / "lunr"
    doomed += [p for p in lunr.rglob("*.js") if p.name not in keep] if lunr.is_dir() else []
    for path in doomed:
        path.unlink()
    return doomed


def _search_languages(config: MkDocsConfig) -> set[str]:
    # Material registers its search plugin as "material/search".
    search = next((p for name, p in config.plugins.items() if name.endswith("search")), None)
    langs = search.config.get("lang") if search is not None else None
    return set(langs or ["en"]) - {"en"}


def _languages(config: MkDocsConfig) -> list[str]:
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return [DEFAULT_LANG]
    return [language.locale for language in i18n.config.languages]
