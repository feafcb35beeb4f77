"""Font names as people know them: "ArialMT" and "Arial-BoldMT" are Arial.

PDFs name fonts by their PostScript name, with a subset prefix ("ABCDEF+"), the style after
a hyphen or comma and vendor suffixes ("MT", "PSMT"); Word names the family. Checks about
fonts compare families. Fonts that only draw bullets and symbols (Symbol, Wingdings) are
not the document's typeface and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SUBSET = re.compile(r"^[A-Z]{6}\+")
STYLE = re.compile(
    r"[-,_ ]?(?:Bold|Semibold|SemiBold|Demi|Black|Heavy|Light|Thin|Medium|Regular|Book|"
    r"Italic|Oblique|It|Condensed|Cond|Narrow|BoldItalic|BoldOblique|Bd|BdIt)+$"
)
VENDOR = re.compile(r"(?:PSMT|PS|MT)$")
JOINED = ("DejaVu",)  # families whose own name has an inner capital
SYMBOL_FONTS = re.compile(
    r"^(?:Symbol|Wingdings\d?|Webdings|ZapfDingbats|Dingbats|OpenSymbol|MT ?Extra|"
    r"Noto ?Sans ?Symbols\d?|Segoe ?UI ?Symbol|Font ?Awesome.*|Material ?Icons.*|"
    r"MS ?Reference ?Specialty|Marlett|Bookshelf ?Symbol.*)$", re.I)


def family(name: str) -> str:
    """The family of a font name.

    >>> [family(n) for n in ("ArialMT", "Arial-BoldMT", "TimesNewRomanPSMT", "ABCDEF+Calibri")]
    ['Arial', 'Arial', 'Times New Roman', 'Calibri']
    """
    name = SUBSET.sub("", name.strip())
    base = re.split(r"[-,]", name, maxsplit=1)[0] if re.search(r"[-,]", name) else name
    base = VENDOR.sub("", base)
    base = STYLE.sub("", base) or base
    base = VENDOR.sub("", base) or base
    if " " not in base:
        base = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", base)
        for joined in JOINED:
            base = base.replace(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", joined), joined)
    return base.strip() or name


def is_symbol(name: str) -> bool:
    """Whether ``name`` is a font for bullets and symbols."""
    return bool(SYMBOL_FONTS.match(family(name)) or SYMBOL_FONTS.match(name))


def families(names: Iterable[str]) -> tuple[str, ...]:
    """The text families among ``names``, sorted, without symbol fonts."""
    return tuple(sorted({family(n) for n in names if n and not is_symbol(n)}))
