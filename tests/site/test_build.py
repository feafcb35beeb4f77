"""The built guide: every page in every language, no leftover markers, light, self-contained."""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
import yaml
from guide_site import LANGS, PAGES, PROJECT, page_path

MAX_FIRST_LOAD = 400 * 1024
MARKER = re.compile(r"\[\[[a-z][a-z-]*(?::[a-z0-9-]+)?\]\]")
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")
CSS_IMPORT = re.compile(r"@import\s+['\"]([^'\"]+)")


class Resources(HTMLParser):
    """Collect what a browser fetches when it loads the page (not what a click would)."""

    def __init__(self) -> None:
        super().__init__()
        self.fetched: list[str] = []
        self.h1: list[str] = []
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k: v or "" for k, v in attrs}
        rel = attr.get("rel", "").split()
        if tag in ("script", "img", "iframe", "source", "audio", "video", "embed", "track"):
            self.fetched += [attr[k] for k in ("src",) if attr.get(k)]
        if tag == "img" and attr.get("srcset"):
            self.fetched += [part.split()[0] for part in attr["srcset"].split(",")]
        if tag == "link" and {"stylesheet", "icon", "preload", "modulepreload",
                              "apple-touch-icon", "manifest", "prefetch"} & set(rel):
            self.fetched.append(attr.get("href", ""))
        if tag == "object" and attr.get("data"):
            self.fetched.append(attr["data"])
        if tag == "h1":
            self._in_h1 = True
            self.h1.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "h1":
            self._in_h1 = False

    def handle_data(self, data: str) -> None:
        if self._in_h1:
            self.h1[-1] += data


def parse(html_file: Path) -> Resources:
    parser = Resources()
    parser.feed(html_file.read_text(encoding="utf-8"))
    return parser


def is_external(url: str) -> bool:
    return urlparse(url).scheme in ("http", "https") or url.startswith("//")


def css_refs(css_file: Path) -> list[str]:
    text = css_file.read_text(encoding="utf-8", errors="replace")
    refs = CSS_URL.findall(text) + CSS_IMPORT.findall(text)
    return [r for r in refs if not r.startswith(("data:", "#"))]


ALL_PAGES = [(lang, page) for lang in LANGS for page in PAGES]


@pytest.mark.parametrize(("lang", "page"), ALL_PAGES)
def test_page_exists_with_one_title(site: Path, lang: str, page: str) -> None:
    html_file = site / page_path(lang, page)
    assert html_file.is_file(), f"{page_path(lang, page)} was not built"
    source = PROJECT / "docs" / lang / f"{page}.md"
    assert source.read_text(encoding="utf-8").lstrip().startswith("# "), (
        f"docs/{lang}/{page}.md must start with its H1"
    )
    assert len([h for h in parse(html_file).h1 if h.strip()]) == 1


@pytest.mark.parametrize(("lang", "page"), ALL_PAGES)
def test_no_marker_left(site: Path, lang: str, page: str) -> None:
    text = (site / page_path(lang, page)).read_text(encoding="utf-8")
    assert MARKER.findall(text) == []


def test_no_marker_left_anywhere(site: Path) -> None:
    leftovers = {
        str(path.relative_to(site)): MARKER.findall(path.read_text(encoding="utf-8"))
        for path in site.rglob("*.html")
    }
    assert {k: v for k, v in leftovers.items() if v} == {}


def _first_load(site: Path, html_file: Path) -> tuple[int, list[str]]:
    """Bytes of the page plus the same-origin files it loads, and any external URL."""
    total, external, seen = html_file.stat().st_size, [], set()
    queue = [(html_file, ref) for ref in parse(html_file).fetched]
    while queue:
        owner, ref = queue.pop()
        if is_external(ref):
            external.append(ref)
            continue
        relative = urljoin(owner.relative_to(site).as_posix(), ref.split("#")[0].split("?")[0])
        target = (site / relative).resolve()
        if target in seen or not target.is_file():
            continue
        seen.add(target)
        total += target.stat().st_size
        if target.suffix == ".css":
            queue += [(target, r) for r in css_refs(target)]
    return total, external


@pytest.mark.parametrize(("lang", "page"), ALL_PAGES)
def test_first_load_is_light_and_local(site: Path, lang: str, page: str) -> None:
    size, external = _first_load(site, site / page_path(lang, page))
    assert external == [], f"fetches from another host: {external}"
    assert size <= MAX_FIRST_LOAD, f"first load is {size} bytes"


def test_no_external_url_in_any_asset(site: Path) -> None:
    """No built HTML, CSS or JS file names another host for something a browser loads."""
    offenders = {}
    for path in site.rglob("*.html"):
        bad = [u for u in parse(path).fetched if is_external(u)]
        if bad:
            offenders[str(path.relative_to(site))] = bad
    for path in site.rglob("*.css"):
        bad = [u for u in css_refs(path) if is_external(u)]
        if bad:
            offenders[str(path.relative_to(site))] = bad
    assert offenders == {}


def test_search_index_per_language(site: Path) -> None:
    import json

    for lang in LANGS:
        folder = site / "search" if lang == "en" else site / lang / "search"
        index = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
        assert index["docs"], f"empty search index for {lang}"
        assert (folder / "search_index.js").is_file()
        assert all("/" not in d["location"].split("#")[0] for d in index["docs"])


def test_every_fact_has_source_year_and_address() -> None:
    data = yaml.safe_load((PROJECT / "docs" / "data" / "facts.yaml").read_text(encoding="utf-8"))
    sources = data["sources"]
    for fact_id, fact in data["facts"].items():
        assert isinstance(fact.get("year"), int), fact_id
        source = sources[fact["source"]]
        assert source["name"], fact_id
        assert source["short"], fact_id
        assert source["address"].startswith("https://"), fact_id
    for key, reference in data["references"].items():
        assert all(reference[field] for field in ("name", "year", "checked")), key
        assert reference["address"].startswith("https://"), key
    for entry in data["pay-where"]:
        assert entry["reference"] in data["references"]
        assert entry["search"]


def test_figures_are_rendered_in_the_page_locale(site: Path) -> None:
    pages = {lang: (site / page_path(lang, "pay")).read_text(encoding="utf-8") for lang in LANGS}
    assert "33,750" in pages["en"]
    assert "33\u00a0750\u00a0USD" in pages["et"]
    assert "33.750\u00a0USD" in pages["de"]
    assert "33.750\u00a0USD" in pages["da"]


def test_hook_modules_import() -> None:
    sys.path.insert(0, str(PROJECT / "docs" / "hooks"))
    try:
        import guide_data

        book = guide_data.parse_factbook(
            yaml.safe_load((PROJECT / "docs" / "data" / "facts.yaml").read_text("utf-8"))
        )
        for lang in LANGS:
            guide_data.load_strings(lang)
    finally:
        sys.path.pop(0)
    assert book.facts


def test_no_file_that_is_never_loaded(site: Path) -> None:
    """No source maps, no lunr support for languages the guide does not search in."""
    assert list(site.rglob("*.map")) == []
    lunr = sorted(p.name for p in (site / "assets" / "javascripts" / "lunr").rglob("*.js"))
    assert lunr == ["lunr.da.min.js", "lunr.de.min.js", "lunr.multi.min.js",
                    "lunr.stemmer.support.min.js"]


@pytest.mark.parametrize("lang", LANGS)
def test_page_not_found_in_every_language_works_from_disk(site: Path, lang: str) -> None:
    """Each language has its own 404 page whose links and assets resolve as files (the zip)."""
    html_file = site / page_path(lang, "404")
    text = html_file.read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in text
    hrefs = re.findall(r'(?:href|src)="([^"#?]+)', text)
    local = [h for h in hrefs if not is_external(h)]
    assert local
    assert [h for h in local if h.startswith("/")] == [], "root-absolute links"
    missing = [h for h in local if not (html_file.parent / h).resolve().exists()]
    assert missing == []


def test_search_lemma_table_is_current(site: Path) -> None:
    """docs/data/search-lemmas.json holds every word of the built pages (refresh it with
    `python docs/hooks/guide_search.py SITE_DIR` after editing pages); a stale table only
    slows the build down, this test says when."""
    import json

    table = json.loads((PROJECT / "docs" / "data" / "search-lemmas.json").read_text("utf-8"))
    sys.path.insert(0, str(PROJECT / "docs" / "hooks"))
    try:
        import guide_search
    finally:
        sys.path.pop(0)
    for lang in ("de", "da", "et"):
        index = json.loads((site / lang / "search" / "search_index.json").read_text("utf-8"))
        vocabulary = {
            w for d in index["docs"] for w in guide_search.words(d["title"] + " " + d["text"])
        }
        assert vocabulary - set(table[lang]) == set(), lang


@pytest.mark.parametrize("lang", LANGS)
def test_no_english_chrome_on_translated_pages(site: Path, lang: str) -> None:
    if lang == "en":
        return
    for page in PAGES:
        text = (site / page_path(lang, page)).read_text(encoding="utf-8")
        assert "Permanent link" not in text, page
        assert "Made with" not in text, page
