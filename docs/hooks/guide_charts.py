"""Bar charts as inline SVG, drawn at build time in pure Python.

Why no chart library: the guide works offline and from disk, loads nothing from other
hosts, and must stay small. Each chart is an accessible image: role="img", a <title> and a
<desc> that state every value, and visible text labels in the page's language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from guide_data import Fact
from guide_format import join_years, number

WIDTH, HEIGHT = 640, 300
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 16, 16, 24, 56
PERCENTILE_ORDER = ("p10", "p25", "median", "p75", "p90")


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str
    group: str


def _bars_svg(chart_id: str, bars: Sequence[Bar], title: str, desc: str, axis: str) -> str:
    """Vertical bars with the value above each bar and its label below."""
    top = max(bar.value for bar in bars) or 1.0
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    slot = (WIDTH - MARGIN_LEFT - MARGIN_RIGHT) / len(bars)
    bar_w = slot * 0.6
    parts = []
    for index, bar in enumerate(bars):
        height = plot_h * bar.value / top
        x = MARGIN_LEFT + index * slot + (slot - bar_w) / 2
        y = MARGIN_TOP + plot_h - height
        centre = x + bar_w / 2
        parts.append(
            f'<rect class="guide-bar guide-bar--{escape(bar.group)}" x="{x:.1f}" y="{y:.1f}" '
            f'width="{bar_w:.1f}" height="{height:.1f}"/>'
            f'<text class="guide-chart__value" x="{centre:.1f}" y="{y - 6:.1f}" '
            f'text-anchor="middle">{escape(bar.text)}</text>'
            f'<text class="guide-chart__label" x="{centre:.1f}" '
            f'y="{HEIGHT - MARGIN_BOTTOM + 18:.1f}" text-anchor="middle">{escape(bar.label)}</text>'
        )
    baseline = HEIGHT - MARGIN_BOTTOM
    return (
        f'<svg class="guide-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>'
        f'<line class="guide-chart__axis" x1="{MARGIN_LEFT}" y1="{baseline}" '
        f'x2="{WIDTH - MARGIN_RIGHT}" y2="{baseline}"/>'
        + "".join(parts)
        + f'<text class="guide-chart__axis-label" x="{WIDTH / 2:.1f}" y="{HEIGHT - 8}" '
        f'text-anchor="middle">{escape(axis)}</text></svg>'
    )


def _describe(bars: Sequence[Bar]) -> str:
    return "; ".join(f"{bar.label}: {bar.text}" for bar in bars)


def _figure(svg: str, caption: str) -> str:
    return f'<figure class="guide-figure">{svg}<figcaption>{escape(caption)}</figcaption></figure>'


def hourly_median_chart(facts: Sequence[Fact], strings: Mapping[str, Any]) -> str:
    """Median hourly wage by year."""
    chosen = sorted(
        (f for f in facts if f.period == "hourly" and f.measure == "median"), key=lambda f: f.year
    )
    if not chosen:
        return ""
    locale, texts = strings["locale"], strings["charts"]
    bars = [Bar(str(f.year), f.value, number(f, locale), "median") for f in chosen]
    years = join_years([f.year for f in chosen], strings)
    title = texts["hourly_title"].format(years=years)
    desc = texts["hourly_desc"].format(values=_describe(bars))
    svg = _bars_svg("chart-pay-hourly", bars, title, desc, texts["axis_usd_hour"])
    return _figure(svg, title)


def annual_spread_chart(facts: Sequence[Fact], strings: Mapping[str, Any]) -> str:
    """Annual pay by percentile, grouped by year, percentiles in ascending order."""
    chosen = sorted(
        (f for f in facts if f.period == "annual"),
        key=lambda f: (f.year, PERCENTILE_ORDER.index(f.measure)),
    )
    if not chosen:
        return ""
    locale, texts = strings["locale"], strings["charts"]
    bars = [
        Bar(f'{f.year} · {_short_measure(f.measure, strings)}', f.value, number(f, locale),
            f.measure)
        for f in chosen
    ]
    years = join_years([f.year for f in chosen], strings)
    title = texts["annual_title"].format(years=years)
    desc = texts["annual_desc"].format(values=_describe(bars))
    svg = _bars_svg("chart-pay-annual", bars, title, desc, texts["axis_usd_year"])
    return _figure(svg, title)


def _short_measure(measure: str, strings: Mapping[str, Any]) -> str:
    """Median stays a word; percentiles become P10, P25… (the same in all four languages)."""
    return strings["measures"]["median"] if measure == "median" else measure.upper()


def pay_history_charts(facts: Sequence[Fact], strings: Mapping[str, Any]) -> str:
    return hourly_median_chart(facts, strings) + annual_spread_chart(facts, strings)
