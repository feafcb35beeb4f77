"""The guide in a real browser (Debian's Chromium): switcher, search, file://, privacy, axe."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from guide_site import AXE, LANGS, PAGES, page_path

pytestmark = pytest.mark.browser

LOCAL_SCHEMES = ("file", "data", "blob", "about")


@pytest.fixture
def page(browser: object, server: str) -> Iterator[object]:
    """A fresh page that records every request and refuses any to another host."""
    context = browser.new_context()  # type: ignore[attr-defined]
    requests: list[str] = []

    def guard(route: object) -> None:
        url = route.request.url  # type: ignore[attr-defined]
        requests.append(url)
        parsed = urlparse(url)
        if parsed.scheme in LOCAL_SCHEMES or parsed.hostname == "127.0.0.1":
            route.continue_()  # type: ignore[attr-defined]
        else:
            route.abort()  # type: ignore[attr-defined]

    context.route("**/*", guard)
    tab = context.new_page()
    tab.requests = requests  # type: ignore[attr-defined]
    yield tab
    context.close()


def foreign(requests: list[str]) -> list[str]:
    return [
        url for url in requests
        if urlparse(url).scheme not in LOCAL_SCHEMES and urlparse(url).hostname != "127.0.0.1"
    ]


def search(tab: object, query: str) -> list[str]:
    """Type a query into Material's search; return the result links."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    field = "input.md-search__input"
    tab.click(field)  # type: ignore[attr-defined]
    # The search worker loads its index after the page; a query typed before it is ready
    # is dropped, so type again until results appear (at most 15 s).
    for _ in range(5):
        tab.fill(field, "")  # type: ignore[attr-defined]
        tab.keyboard.type(query, delay=10)  # type: ignore[attr-defined]
        try:
            tab.wait_for_selector(".md-search-result__item", timeout=3000)  # type: ignore[attr-defined]
            break
        except PlaywrightTimeout:
            continue
    return tab.eval_on_selector_all(  # type: ignore[attr-defined]
        ".md-search-result__item > a", "els => els.map(e => e.getAttribute('href'))"
    )


def index_word(site: Path, lang: str) -> str:
    """A word from this language's pay page title, as readers would search for it."""
    folder = site / "search" if lang == "en" else site / lang / "search"
    docs = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))["docs"]
    title = next(d["title"] for d in docs if d["location"] == "pay.html")
    return max(title.split(), key=len)


@pytest.mark.parametrize("lang", LANGS)
def test_language_switcher_keeps_the_page(page: object, server: str, lang: str) -> None:
    for target in LANGS:
        page.goto(server + page_path(lang, "pay"))  # type: ignore[attr-defined]
        link = page.locator(f".md-select__link[hreflang='{target}']")  # type: ignore[attr-defined]
        href = link.get_attribute("href")
        page.goto(urljoin_page(page.url, href))  # type: ignore[attr-defined]
        assert page.url == server + page_path(target, "pay")  # type: ignore[attr-defined]
        assert page.locator("html").get_attribute("lang") == target  # type: ignore[attr-defined]


def urljoin_page(base: str, href: str) -> str:
    from urllib.parse import urljoin

    return urljoin(base, href)


@pytest.mark.parametrize("lang", LANGS)
def test_search_finds_pages_in_the_reader_language(
    page: object, server: str, site: Path, lang: str
) -> None:
    page.goto(server + page_path(lang, "index"))  # type: ignore[attr-defined]
    links = search(page, index_word(site, lang))
    assert links
    prefix = server if lang == "en" else f"{server}{lang}/"
    for link in links:
        absolute = urljoin_page(page.url, link)  # type: ignore[attr-defined]
        assert absolute.startswith(prefix)
        assert lang == "en" or "/" not in absolute[len(prefix):].split("#")[0]
        if lang == "en":
            assert urlparse(absolute).path.count("/") == 1
    assert foreign(page.requests) == []  # type: ignore[attr-defined]


def test_estonian_search_finds_inflected_forms(page: object, server: str) -> None:
    page.goto(server + page_path("et", "index"))  # type: ignore[attr-defined]
    assert search(page, "klienditeenindaja")


def test_search_works_from_disk(page: object, site: Path) -> None:
    for lang in ("en", "et"):
        page.goto((site / page_path(lang, "index")).as_uri())  # type: ignore[attr-defined]
        assert search(page, "klienditeenindaja" if lang == "et" else index_word(site, lang))
    assert foreign(page.requests) == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", LANGS)
def test_no_request_leaves_the_local_server(page: object, server: str, lang: str) -> None:
    for name in PAGES:
        page.goto(server + page_path(lang, name), wait_until="networkidle")  # type: ignore[attr-defined]
    assert foreign(page.requests) == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", LANGS)
def test_no_serious_accessibility_violation(page: object, server: str, lang: str) -> None:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci` in the repository root")
    problems = {}
    for name in PAGES:
        page.goto(server + page_path(lang, name))  # type: ignore[attr-defined]
        page.add_script_tag(path=str(AXE))  # type: ignore[attr-defined]
        violations = page.evaluate(  # type: ignore[attr-defined]
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
            ".filter(v => ['serious', 'critical'].includes(v.impact))"
            ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))"
        )
        if violations:
            problems[page_path(lang, name)] = violations
    assert problems == {}


# A4 at 96 px per inch, less the @page side margins (14 mm each) of print.css.
A4_TEXT_WIDTH_PX = round((210 - 2 * 14) / 25.4 * 96)


@pytest.mark.parametrize("lang", LANGS)
def test_workshop_kit_prints_on_a4_without_clipped_tables(
    page: object, server: str, lang: str
) -> None:
    """Print the workshop kit as a counselor would: A4, every table inside the page width,
    each checklist on a page of its own."""
    page.set_viewport_size({"width": A4_TEXT_WIDTH_PX, "height": 1000})  # type: ignore[attr-defined]
    page.goto(server + page_path(lang, "workshop-kit"))  # type: ignore[attr-defined]
    page.emulate_media(media="print")  # type: ignore[attr-defined]
    clipped = page.evaluate(  # type: ignore[attr-defined]
        """() => {
          const width = document.documentElement.clientWidth;
          return [...document.querySelectorAll('article table')]
            .filter(t => t.getBoundingClientRect().right > width + 1
                         || t.scrollWidth > t.clientWidth + 1)
            .map(t => (t.querySelector('th') || t).textContent.trim().slice(0, 40));
        }"""
    )
    assert clipped == []
    breaks = page.evaluate(  # type: ignore[attr-defined]
        """() => [...document.querySelectorAll('.guide-checklists, .guide-checklist')]
                 .map(h => getComputedStyle(h).breakBefore)"""
    )
    assert breaks == ["page", "page", "page"]
    pdf = page.pdf(prefer_css_page_size=True, print_background=False)  # type: ignore[attr-defined]
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    size = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)", pdf)
    assert size is not None
    width_pt, height_pt = float(size.group(1)), float(size.group(2))
    assert abs(width_pt - 595.3) < 2, "not A4"
    assert abs(height_pt - 841.9) < 2, "not A4"
    # Session plan, exercises, tool notes, then one page per checklist: 6 to 16 pages.
    assert 6 <= pages <= 16, f"{pages} pages"


@pytest.mark.parametrize("lang", LANGS)
def test_chart_text_is_readable_on_a_phone(page: object, server: str, lang: str) -> None:
    """On a 390 px wide phone every label and value of the pay charts is at least 11 px high,
    and nothing is drawn outside the chart."""
    page.set_viewport_size({"width": 390, "height": 844})  # type: ignore[attr-defined]
    page.goto(server + page_path(lang, "pay"))  # type: ignore[attr-defined]
    result = page.evaluate(  # type: ignore[attr-defined]
        """() => [...document.querySelectorAll('svg.guide-chart')].map(svg => {
             const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
             const box = svg.getBoundingClientRect();
             const texts = [...svg.querySelectorAll('text')];
             return {
               smallest: Math.min(...texts.map(
                 t => parseFloat(getComputedStyle(t).fontSize) * scale)),
               outside: texts.filter(t => t.getBoundingClientRect().right > box.right + 1)
                             .map(t => t.textContent),
             };
           })"""
    )
    assert len(result) >= 3
    for chart in result:
        assert chart["smallest"] >= 11, chart
        assert chart["outside"] == [], chart
