"""Bar charts as inline SVG, drawn at build time in pure Python.

Why no chart library: the guide works offline and from disk, loads nothing from other
hosts, and must stay small. Each chart is an accessible image: role="img", a <title> and a
<desc> that state every value, and visible text labels in the page's language.

Why horizontal bars, one chart per comparison: a chart compares like with like (the same
measure across years, or the percentiles of one year), its labels are spelled out (long
German and Estonian words fit on a line of their own above each bar), and a narrow viewBox
keeps the text at least 11 px high on a 390 px phone screen.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from guide_data import Fact
from guide_format import join_years, number

WIDTH = 360
FONT = 13  # viewBox units; the figure is never drawn narrower than its viewBox on phones
ROW = 44  # label line + bar
BAR = 18
TOP = 8
LEGEND = 28
VALUE_ROOM = 96  # room right of the longest bar for its value
PERCENTILE_ORDER = ("p10", "p25", "median", "p75", "p90")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str
    group: str


def _legend(y: float, strings: Mapping[str, Any]) -> str:
    """Two swatches: the median bar and the other percentiles."""
    texts = strings["charts"]
    items = ((texts["legend_median"], "median"), (texts["legend_other"], "p25"))
    parts, x = [], 0.0
    for label, group in items:
        parts.append(
            f'<rect class="guide-bar guide-bar--{group}" x="{x:.1f}" y="{y:.1f}" '
            f'width="{FONT}" height="{FONT}"/>'
            f'<text class="guide-chart__legend" x="{x + FONT + 6:.1f}" y="{y + FONT - 2:.1f}">'
            f"{escape(label)}</text>"
        )
        x += FONT + 12 + len(label) * FONT * 0.55
    return "".join(parts)


def _bars_svg(
    chart_id: str, bars: Sequence[Bar], title: str, desc: str, strings: Mapping[str, Any]
) -> str:
    """One row per bar: the label on its own line, then the bar with its value after it."""
    top = max(bar.value for bar in bars) or 1.0
    scale = (WIDTH - VALUE_ROOM) / top
    height = TOP + len(bars) * ROW + LEGEND
    parts = []
    for index, bar in enumerate(bars):
        y = TOP + index * ROW
        length = bar.value * scale
        parts.append(
            f'<text class="guide-chart__label" x="0" y="{y + FONT:.1f}">{escape(bar.label)}</text>'
            f'<rect class="guide-bar guide-bar--{escape(bar.group)}" x="0" y="{y + FONT + 5:.1f}" '
            f'width="{length:.1f}" height="{BAR}"/>'
            f'<text class="guide-chart__value" x="{length + 6:.1f}" '
            f'y="{y + FONT + 5 + BAR - 4:.1f}">{escape(bar.text)}</text>'
        )
    legend = _legend(TOP + len(bars) * ROW + 4, strings)
    return (
        f'<svg class="guide-chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>'
        + "".join(parts)
        + legend
        + "</svg>"
    )


def _describe(bars: Sequence[Bar]) -> str:
    return "; ".join(f"{bar.label}: {bar.text}" for bar in bars)


def _figure(svg: str, caption: str) -> str:
    return f'<figure class="guide-figure">{svg}<figcaption>{escape(caption)}</figcaption></figure>'


def hourly_median_chart(facts: Sequence[Fact], strings: Mapping[str, Any]) -> str:
    """The same measure, the median hourly wage, across years."""
    chosen = sorted(
        (f for f in facts if f.period == "hourly" and f.measure == "median"), key=lambda f: f.year
    )
    if not chosen:
        return ""
    locale, texts = strings["locale"], strings["charts"]
    bars = [
        Bar(texts["year_label"].format(year=f.year), f.value, number(f, locale), "median")
        for f in chosen
    ]
    years = join_years([f.year for f in chosen], strings)
    title = texts["hourly_title"].format(years=years)
    desc = texts["hourly_desc"].format(values=_describe(bars))
    return _figure(_bars_svg("chart-pay-hourly", bars, title, desc, strings), title)


def annual_spread_charts(facts: Sequence[Fact], strings: Mapping[str, Any]) -> str:
    """One chart per year: that year's annual pay percentiles, lowest first."""
    annual = [f for f in facts if f.period == "annual"]
    locale, texts = strings["locale"], strings["charts"]
    figures = []
    for year in sorted({f.year for f in annual}):
        chosen = sorted(
            (f for f in annual if f.year == year), key=lambda f: PERCENTILE_ORDER.index(f.measure)
        )
        bars = [
            Bar(strings["measures"][f.measure], f.value, number(f, locale), f.measure)
            for f in chosen
        ]
        title = texts["annual_title"].format(years=year)
        desc = texts["annual_desc"].format(values=_describe(bars))
        svg = _bars_svg(f"chart-pay-annual-{year}", bars, title, desc, strings)
        figures.append(_figure(svg, title))
    return "".join(figures)


def pay_history_charts(facts: Sequence[Fact], strings: Mapping[str, Any]) -> str:
    return hourly_median_chart(facts, strings) + annual_spread_charts(facts, strings)
