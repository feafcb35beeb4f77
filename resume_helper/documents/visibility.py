"""Word runs a reader of the page does not see but a machine reads: white text (or text in
the colour of its background), tiny text (under 4 pt) and text formatted as hidden.

Why at reading time: only the reader sees run colours and sizes; later stages get the fact
("these words are invisible, and why"), so findings never reach back into the file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WHITE = "FFFFFF"
# Theme colours that are the page's own colour in every standard Office theme.
BACKGROUND_THEMES = {"background1", "light1"}
TINY_HALF_POINTS = 8  # w:sz counts half-points: under 4 pt no one reads it on paper
FALSE_VALUES = {"0", "false", "off", "none"}
MAX_CHAIN = 20


def run_hidden(run: Any, paragraph_style: Any, styles: dict[str, Any], defaults: Any,
               background: str | None, *,
               chain_of: Callable[[Any], Iterable[Any]] | None = None) -> str | None:
    """Why ``run`` cannot be seen: "white", "tiny" or "vanish"; None when it can.

    ``background`` is the fill behind the run (a table cell's shading) or None for the
    page's colour; white text on a dark cell is visible, text in the cell's own colour not.
    ``chain_of`` gives a style and the styles it is based on (the reader caches them).
    """
    chain = list(_property_chain(run, paragraph_style, styles, defaults,
                                 chain_of or style_chain))
    if switched_on(_first(chain, "vanish")):
        return "vanish"
    size = _first(chain, "sz")
    value = (size.get(f"{W}val") or "") if size is not None else ""
    if value.isdigit() and int(value) < TINY_HALF_POINTS:
        return "tiny"
    color = _first(chain, "color")
    if color is not None and _same_as_background(color, background):
        return "white"
    return None


def switched_on(element: Any) -> bool:
    """Whether a Word on/off property (``w:vanish``, ``w:b`` …) is there and on: without a
    ``w:val`` it is on, "0", "false", "off" and "none" turn it off."""
    return element is not None and (element.get(f"{W}val") or "true").lower() not in FALSE_VALUES


def _same_as_background(color: Any, background: str | None) -> bool:
    value = (color.get(f"{W}val") or "").upper()
    theme = (color.get(f"{W}themeColor") or "").lower()
    fill = (background or WHITE).upper()
    if theme in BACKGROUND_THEMES:
        return fill == WHITE
    return value not in ("", "AUTO") and value == fill


def _first(chain: list[Any], name: str) -> Any:
    for rpr in chain:
        found = rpr.find(f"{W}{name}")
        if found is not None:
            return found
    return None


def _property_chain(run: Any, paragraph_style: Any, styles: dict[str, Any], defaults: Any,
                    chain_of: Callable[[Any], Iterable[Any]]) -> Iterator[Any]:
    """The run properties that apply, nearest first: the run's own, its character style,
    the paragraph's style and the document defaults."""
    rpr = run.find(f"{W}rPr")
    if rpr is not None:
        yield rpr
        rstyle = rpr.find(f"{W}rStyle")
        if rstyle is not None:
            yield from _style_properties(chain_of(styles.get(rstyle.get(f"{W}val"))))
    yield from _style_properties(chain_of(paragraph_style))
    if defaults is not None:
        yield defaults


def _style_properties(chain: Iterable[Any]) -> Iterator[Any]:
    for style in chain:
        rpr = style.element.find(f"{W}rPr")
        if rpr is not None:
            yield rpr


def style_chain(style: Any) -> Iterator[Any]:
    """``style`` and the styles it is based on, nearest first."""
    seen = 0  # bounded: styles may be based on each other in a cycle
    while style is not None and seen < MAX_CHAIN:
        yield style
        style, seen = style.base_style, seen + 1


def cell_fill(cell: Any) -> str | None:
    """A table cell's shading colour, or None when it has none."""
    shading = cell.find(f"{W}tcPr/{W}shd")
    fill = (shading.get(f"{W}fill") or "").upper() if shading is not None else ""
    return fill if fill and fill != "AUTO" else None


def page_background(body: Any) -> str | None:
    """The document's page colour (``w:background``), or None for white paper."""
    document = body.getparent()
    background = document.find(f"{W}background") if document is not None else None
    value = (background.get(f"{W}color") or "").upper() if background is not None else ""
    return value if value and value != "AUTO" else None
