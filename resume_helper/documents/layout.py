"""Build characters placed on a page into lines of words, in reading order.

Why our own layout step: Google Docs and browsers write one positioned text run per word,
designers letter-space headings with character spacing, and LaTeX draws an accent as its
own glyph over the letter. A reader that follows the content stream gets one word per line,
"P E R S Ö N L I C H K E I T" and "J¨org". Like pdftotext and pdfminer.six's layout
analysis, we place characters first: characters on one baseline form a row, rows split into
fragments at wide gaps, a gutter that no row crosses separates two columns, and words come
from the gaps between characters, measured against the line's own spacing.

The module knows nothing about PDF; :mod:`resume_helper.documents.pdf` feeds it characters.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from resume_helper.documents.dates import find_date_range

# Spacing accents as TeX draws them, with the combining mark each stands for.
SPACING_ACCENTS = {
    "\u00a8": "\u0308", "\u02da": "\u030a", "\u00b4": "\u0301", "`": "\u0300",
    "\u02c6": "\u0302", "^": "\u0302", "\u02dc": "\u0303", "~": "\u0303", "\u02c7": "\u030c",
    "\u00b8": "\u0327", "\u02d8": "\u0306", "\u02d9": "\u0307", "\u02dd": "\u030b",
    "\u00af": "\u0304", "\u02db": "\u0328",
}
ROW_TOLERANCE = 0.35      # of the font size: characters this close vertically share a row
WORD_GAP = 0.15           # of the font size: a wider gap between characters is a space
FRAGMENT_GAP = 1.5        # of the font size: a wider gap splits a row into fragments
CELL_GAP = 0.6            # of the font size: a wider gap where the size changes splits too
SIZE_STEP = 1.0           # points: type sizes this far apart are set apart on purpose
TABLE_ROW = 4             # pieces in a row that make it a table's row across the page
COLUMN_ROWS = 3           # rows beginning at one x (within a point) make that x a column's start
FLUSH_SHARE = 0.75        # of a column's pieces ending at one x: the column is set flush right
LETTER_SPACED_RUN = 4     # this many one-character words in a row are letter-spaced text
EDGE_SHARE = 0.09         # of the page height: where running headers and footers sit
PAGE_NUMBER = re.compile(
    r"^\W*(?:page|seite|side|lk|lehekülg|leht|s\.)?\s*\d{1,3}"
    r"(?:\s*(?:/|of|von|af|\|)\s*\d{1,3}|\s*\(\d{1,3}\))?\W*$|"  # "1 (2)": page 1 of 2
    r"(?:^|\s)(?:page|seite|side|lk|lehekülg)\s*\d{1,3}(?:\s*(?:/|of|von|af)\s*\d{1,3})?\W*$|"
    r"(?:^|\s|\|)\d{1,3}\s*/\s*\d{1,3}\s*$|^file:/|^https?://\S+\s+\d{1,3}\s*/\s*\d{1,3}$|"
    r"^\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?\b",  # a browser's print header
    re.I,
)


@dataclass(frozen=True, slots=True)
class Char:
    """One glyph as placed on the page: its text, box, baseline, size and font name.

    Why slots: a page may hold tens of thousands (a third of the memory without).
    """

    text: str
    x0: float
    x1: float
    y: float
    size: float
    font: str = ""


@dataclass(frozen=True)
class Line:
    """A line of text in reading order; ``group`` names the column block it belongs to,
    ``cell_x0`` where its last piece (a table row's content cell) begins."""

    text: str
    page: int
    y: float
    x0: float
    x1: float
    size: float
    bold: bool
    group: tuple[int, int, int]
    cell_x0: float = 0.0


@dataclass
class _Fragment:
    chars: list[Char]

    @property
    def x0(self) -> float:
        return self.chars[0].x0

    @property
    def x1(self) -> float:
        return max(c.x1 for c in self.chars)


def page_lines(chars: Iterable[Char], *, page: int, width: float) -> list[Line]:
    """The lines of one page in reading order: two columns are read one after the other."""
    rows = _rows(chars)
    columns = _column_starts(rows)
    fragments = [_fragments(row, columns) for row in rows]
    gutter = _gutter(fragments, width)
    lines: list[Line] = []
    if gutter is None:
        return [_line(row, page, (page, 0, 0)) for row in fragments if row]
    block = 0
    pending: list[list[_Fragment]] = []
    asides: list[Line] = []

    def flush(next_row: list[_Fragment] | None) -> None:
        nonlocal block
        if not pending:
            return
        left = [[f for f in row if f.x1 <= gutter] for row in pending]
        right = [[f for f in row if f.x0 >= gutter] for row in pending]
        # text on one side only is one column set off the margin, not two columns
        if not any(left) or _rows_pair(left, right) or _not_a_column(right):
            # a row of spaces only has no pieces (a real PDF's blank table rows)
            lines.extend(_line(row, page, (page, block, 0)) for row in pending if row)
        else:
            lines.extend(_line(row, page, (page, block, 1)) for row in left if row)
            beside = [_line(row, page, (page, block, 2)) for row in right if row]
            if beside and _aside(left, beside, next_row):
                asides.extend(beside)
            else:
                lines.extend(beside)
        pending.clear()
        block += 1

    crossing = False
    above: list[_Fragment] | None = None  # the full-width row just read
    for row in fragments:
        # a row of four pieces or more is a table's row across the page (a CEFR grid's
        # "Englisch | B2 | C1 | B2 | B1"), read where it stands like a full-width line;
        # so is the short last line of a full-width paragraph
        if any(f.x0 < gutter < f.x1 for f in row) or len(row) >= TABLE_ROW \
                or (crossing and above is not None and _last_line(above, row)):
            above = row
            flush(row)
            # consecutive full-width rows are one block: a paragraph's wrapped lines
            lines.append(_line(row, page, (page, block, 0)))
            crossing = True
        else:
            if crossing:
                block += 1
                crossing = False
            pending.append(row)
    flush(None)
    return lines + asides


def _last_line(above: list[_Fragment], row: list[_Fragment]) -> bool:
    """Whether ``row`` ends the paragraph of the full-width row ``above``: one piece, set
    where that row began, a line's height below it."""
    if len(row) != 1 or len(above) != 1:
        return False
    first, mine = above[0].chars[0], row[0].chars[0]
    return abs(mine.x0 - first.x0) <= 2 and 0 < first.y - mine.y <= 1.6 * first.size


def _aside(left: list[list[_Fragment]], beside: list[Line], next_row: list[_Fragment] | None
           ) -> bool:
    """Whether the right-hand lines are a box beside running text (a text box with its own
    heading) that goes on below them: then the box is read after the page's running text.

    Why: "Erhvervserfaring / marts 2019 – nu" beside a "Kontakt" box, continued by the job
    line under both; read in place, the box's heading would cut the job in two.
    """
    starts = [row[0].x0 for row in left if row]
    if next_row is None or not starts or abs(next_row[0].x0 - min(starts)) > 2:
        return False
    first = beside[0]
    return first.bold or (first.text.isupper() and len(first.text.split()) <= 4)


def drop_page_furniture(pages: Sequence[Sequence[Line]], height: float) -> list[Line]:
    """All lines without running headers, footers and page numbers.

    Near the top or bottom edge, a piece of a line goes when it is a page number, a page
    counter ("Seite 2 von 3", "1/2"), a browser's print stamp ("24.04.25, 10:15",
    "file:///…"), or sits in one row with such a piece (the page title beside the stamp);
    a piece that comes back on other pages without any of these is kept once (a name in
    the page header).
    """
    def pieces(line: Line) -> list[str]:
        return [p for p in unicodedata.normalize("NFKC", line.text).split("\t") if p.strip()]

    def key(piece: str) -> str:
        return re.sub(r"\d+", "#", " ".join(piece.split())).lower()

    def at_edge(line: Line) -> bool:
        return line.y > height * (1 - EDGE_SHARE) or line.y < height * EDGE_SHARE

    stamped_rows: set[tuple[int, int]] = set()
    pages_of: dict[str, set[int]] = {}
    texts_of: dict[str, set[str]] = {}
    for lines in pages:
        for line in lines:
            if not at_edge(line):
                continue
            for piece in pieces(line):
                if PAGE_NUMBER.search(piece.strip()):
                    stamped_rows.add((line.page, round(line.y)))
                pages_of.setdefault(key(piece), set()).add(line.page)
                texts_of.setdefault(key(piece), set()).add(piece)
    stamped = {key(piece) for lines in pages for line in lines if at_edge(line)
               and (line.page, round(line.y)) in stamped_rows for piece in pieces(line)}
    kept: list[Line] = []
    shown: set[str] = set()
    for lines in pages:
        for line in lines:
            if not at_edge(line):
                kept.append(line)
                continue
            keys = [key(piece) for piece in pieces(line)]
            if all(k in stamped or len(texts_of[k]) > 1 and len(pages_of[k]) > 1 for k in keys):
                continue
            repeated = [k for k in keys if len(pages_of[k]) > 1]
            if repeated and all(k in shown for k in repeated) and len(repeated) == len(keys):
                continue
            shown.update(repeated)
            kept.append(line)
    return kept


def _rows(chars: Iterable[Char]) -> list[list[Char]]:
    """Characters grouped by baseline, top of the page first, each row left to right."""
    ordered = sorted((c for c in chars if c.text), key=lambda c: (-c.y, c.x0))
    rows: list[list[Char]] = []
    for char in ordered:
        if rows:
            last = rows[-1]
            if abs(last[0].y - char.y) <= ROW_TOLERANCE * min(last[0].size, char.size):
                last.append(char)
                continue
        rows.append([char])
    return [sorted(row, key=lambda c: c.x0) for row in rows]


def _column_starts(rows: list[list[Char]]) -> list[float]:
    """The sorted x where several rows begin: the left edge of a column of content.

    Why: a moderncv or two-cell table row sets its label ("Værktøjer", "2019–nu") flush
    right, a separator's width before the content column ("Zendesk, Salesforce"), where
    the headings and wrapped lines begin too; that gap is only a wide word space.
    """
    starts = sorted(row[0].x0 for row in rows if row)
    columns: list[float] = []
    run: list[float] = []
    for x in starts:
        if run and x - run[0] > 1.0:
            if len(run) >= COLUMN_ROWS:
                columns.append(run[0])
            run = []
        run.append(x)
    if len(run) >= COLUMN_ROWS:
        columns.append(run[0])
    return columns


def _fragments(row: list[Char], columns: Sequence[float] = ()) -> list[_Fragment]:
    """A row split at gaps wider than a tab, or at a wide space before a column's start;
    spaces do not count as ink."""
    fragments: list[_Fragment] = []
    last: Char | None = None
    for char in row:
        if _blank(char.text):
            continue
        if last is None or _cell_gap(last, char) or _column_gap(fragments[-1], last, char,
                                                                columns):
            fragments.append(_Fragment([char]))
        else:
            fragments[-1].chars.append(char)
        last = char if last is None or char.x1 > last.x1 else last
    return fragments


def _cell_gap(last: Char, char: Char) -> bool:
    """Whether the gap before ``char`` parts two pieces of a row: wider than a tab, or wider
    than a word space where the type size changes (a label set small and flush right
    against its cell's content: "seit 03/2021  Kundenbetreuerin im Innendienst")."""
    gap = char.x0 - last.x1
    size = max(char.size, last.size)
    return gap > FRAGMENT_GAP * size or (gap > CELL_GAP * size
                                         and abs(char.size - last.size) >= SIZE_STEP)


def _column_gap(piece: _Fragment, last: Char, char: Char, columns: Sequence[float]) -> bool:
    """Whether ``char`` opens a cell: it begins at a column's start after a gap wider than
    a word space, and the piece before it is a label or a period, not a bullet or "1."."""
    if char.x0 - last.x1 <= CELL_GAP * max(char.size, last.size):
        return False
    at = bisect_left(columns, char.x0 - 1.0)
    if at == len(columns) or columns[at] > char.x0 + 1.0:
        return False
    return sum(1 for c in piece.chars if c.text.isalnum()) >= 3


def _gutter(rows: list[list[_Fragment]], width: float) -> float | None:
    """The x of a vertical gap that splits the page into two columns, or None."""
    if len(rows) < 6:
        return None
    best: tuple[int, float] | None = None
    band: list[float] = []
    spans = [[(f.x0, f.x1) for f in row] for row in rows]
    for step in range(int(width * 0.15), int(width * 0.85), 2):
        x = float(step)
        crossing = sum(1 for row in spans if any(x0 < x < x1 for x0, x1 in row))
        left = sum(1 for row in spans if any(x1 <= x for _, x1 in row))
        right = sum(1 for row in spans if any(x0 >= x for x0, _ in row))
        if left < 3 or right < 3 or crossing > len(rows) * 0.25:
            continue
        if best is None or crossing < best[0]:
            best, band = (crossing, x), [x]
        elif crossing == best[0] and band and x - band[-1] <= 2:
            band.append(x)
    if best is None:
        return None
    return band[len(band) // 2]


def _rows_pair(left: list[list[_Fragment]], right: list[list[_Fragment]]) -> bool:
    """Whether the two sides are rows of one table ("dates | job") rather than two columns.

    Why dates decide: in a tabular CV or beside a right tab, the side-by-side pieces of
    a row belong together, and the piece on one side is a period; two columns that
    happen to share baselines hold running text on both sides.
    """
    paired = [(a, b) for a, b in zip(left, right, strict=True) if a and b]
    if not paired:
        return False
    if _flush_right([row[-1] for row in left if row]) and len(paired) >= 2:
        # labels set flush right against the content ("seit 03/2021 | Kundenbetreuerin",
        # "Muttersprache(n) | Deutsch"): a Europass table, whose rows belong together
        return True
    if len(paired) < 0.3 * sum(1 for row in right if row):
        return False
    if _right_aligned([b[-1] for _, b in paired]):
        return True  # "Kundenberater ……… Berlin": a right tab stop, not a second column
    dated = sum(1 for a, b in paired if _is_dates(a) or _is_dates(b))
    return dated >= 0.5 * len(paired)


def _not_a_column(right: list[list[_Fragment]]) -> bool:
    """Whether the right-hand pieces are no column of their own: a single line (a letter's
    date) or lines set flush right (a letter's sender block), read where they stand."""
    pieces = [row[-1] for row in right if row]
    return len(pieces) < 2 or _right_aligned(pieces)


def _right_aligned(fragments: list[_Fragment]) -> bool:
    """Whether pieces end at one x but start at different ones (set at a right tab stop)."""
    if len(fragments) < 2:
        return False
    ends = [f.x1 for f in fragments]
    starts = [f.x0 for f in fragments]
    return max(ends) - min(ends) <= 3 and max(starts) - min(starts) > 10


def _flush_right(fragments: list[_Fragment]) -> bool:
    """Whether most pieces (a column of labels, a wrapped one among them) end at one x."""
    if len(fragments) < 2:
        return False
    ends = sorted(f.x1 for f in fragments)
    middle = ends[len(ends) // 2]
    flush = [f for f in fragments if abs(f.x1 - middle) <= 3]
    return len(flush) >= FLUSH_SHARE * len(fragments) and _right_aligned(flush)


def _is_dates(fragments: list[_Fragment]) -> bool:
    text = " ".join(_text(f.chars) for f in fragments)
    found = find_date_range(text)
    return found is not None and found[1][1] - found[1][0] >= 0.6 * len(text.strip())


def _line(row: list[_Fragment], page: int, group: tuple[int, int, int]) -> Line:
    chars = [c for f in row for c in f.chars]
    text = "\t".join(_text(f.chars) for f in row)
    sizes = [c.size for c in chars if not _blank(c.text)] or [0.0]
    bold = all("bold" in c.font.lower() or "black" in c.font.lower() for c in chars
               if c.text.strip())
    return Line(text=text, page=page, y=chars[0].y, x0=row[0].x0, x1=row[-1].x1,
                size=statistics.median(sizes), bold=bold, group=group,
                cell_x0=row[-1].x0)


def _text(chars: list[Char]) -> str:
    """The words of one fragment: accents joined to their letter, letter-spacing undone."""
    glyphs = _attach_accents([c for c in chars if not _blank(c.text)])
    if not glyphs:
        return ""
    blanks = sorted(c.x0 for c in chars if _blank(c.text))
    words: list[list[Char]] = [[glyphs[0]]]
    gaps: list[float] = []
    for before, char in zip(glyphs, glyphs[1:], strict=False):
        gap = char.x0 - before.x1
        if gap > WORD_GAP * max(char.size, before.size) or _space_between(blanks, before, char):
            gaps.append(gap)
            words.append([char])
        else:
            words[-1].append(char)
    if _letter_spaced(words):
        words = _respace(words, gaps)
    return " ".join("".join(c.text for c in word) for word in words)


def _space_between(blanks: list[float], before: Char, after: Char) -> bool:
    """Whether a space glyph starts between two glyphs; ``blanks`` are the sorted starts of
    the fragment's spaces (searched, not scanned: a line of thousands of glyphs stays linear)."""
    at = bisect_left(blanks, before.x1 - 0.5)
    return at < len(blanks) and blanks[at] <= after.x0 + 0.5


def _letter_spaced(words: list[list[Char]]) -> bool:
    singles = sum(1 for w in words if len(w) == 1)
    return singles >= LETTER_SPACED_RUN and singles >= 0.8 * len(words)


def _respace(words: list[list[Char]], gaps: list[float]) -> list[list[Char]]:
    """Letter-spaced words rebuilt: only gaps clearly wider than the usual one part words."""
    usual = statistics.median(gaps)
    rebuilt: list[list[Char]] = [words[0]]
    for word, gap in zip(words[1:], gaps, strict=True):
        if gap > usual * 1.5 + 0.5:
            rebuilt.append(list(word))
        else:
            rebuilt[-1].extend(word)
    return rebuilt


def _attach_accents(chars: list[Char]) -> list[Char]:
    """A spacing accent drawn over a letter becomes part of that letter ("¨" + "o" = "ö")."""
    result: list[Char] = []
    skip: set[int] = set()
    for index, char in enumerate(chars):
        if index in skip:
            continue
        mark = SPACING_ACCENTS.get(char.text)
        if mark:
            target = _overlapped(chars, index)
            if target is not None and target not in skip:
                letter = chars[target]
                combined = unicodedata.normalize("NFC", letter.text + mark)
                if len(combined) == 1:
                    skip.add(target)
                    joined = Char(combined, min(char.x0, letter.x0), max(char.x1, letter.x1),
                                  letter.y, letter.size, letter.font)
                    if target < index:
                        result[-1] = joined
                    else:
                        result.append(joined)
                    continue
        result.append(char)
    return result


def _overlapped(chars: list[Char], index: int) -> int | None:
    """The letter next to ``chars[index]`` that it covers by half its width or more."""
    accent = chars[index]
    width = max(accent.x1 - accent.x0, 0.1)
    for other in (index + 1, index - 1):
        if 0 <= other < len(chars) and chars[other].text.isalpha():
            letter = chars[other]
            overlap = min(accent.x1, letter.x1) - max(accent.x0, letter.x0)
            if overlap >= 0.5 * width:
                return other
    return None


def _blank(text: str) -> bool:
    """A space glyph; control characters (Python calls some of them spaces) are ink."""
    return text in (" ", "\u00a0", "\u2002", "\u2003", "\u2009", "\t")
