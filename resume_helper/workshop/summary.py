"""The batch summary: ``summary.csv`` for spreadsheets, ``summary.html`` to sort and show."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from html import escape
from pathlib import Path

from resume_helper.analysis import Analysed
from resume_helper.files import write_atomic
from resume_helper.messages import Messages
from resume_helper.workshop.batch import BatchRow

COLUMNS = ("file", "name", "language", "score", "keyword_share", "top_matches", "top_gaps",
           "warnings", "tips", "error", "report")
PRIVATE = ("name",)

SORT_SCRIPT = """
document.querySelectorAll('th button').forEach(function (button, column) {
  button.addEventListener('click', function () {
    var body = document.querySelector('tbody');
    var rows = Array.prototype.slice.call(body.rows);
    var ascending = button.getAttribute('aria-sort') !== 'ascending';
    rows.sort(function (a, b) {
      var x = a.cells[column].dataset.value, y = b.cells[column].dataset.value;
      var nx = parseFloat(x), ny = parseFloat(y);
      var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    document.querySelectorAll('th button').forEach(function (other) {
      other.removeAttribute('aria-sort');
    });
    button.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  });
});
"""


def _columns(anonymize: bool) -> tuple[str, ...]:
    return tuple(c for c in COLUMNS if not (anonymize and c in PRIVATE))


def _value(row: BatchRow, column: str, decimal: str = ".", messages: Messages | None = None
           ) -> str:
    """A cell as text; with ``messages``, a language by its name and each warning counted
    with what it is ("2: contact only in the header; tables")."""
    value = getattr(row, column)
    if value is None:
        return ""
    if messages is not None and column == "language":
        return str(messages.raw("languages").get(value, value))
    if messages is not None and column == "warnings" and row.warning_codes:
        return f"{value}: " + "; ".join(_warning(code, messages) for code in row.warning_codes)
    if column == "keyword_share":
        return f"{value:.2f}".replace(".", decimal)
    if isinstance(value, tuple):
        return "; ".join(value)
    return str(value)


def _warning(code: str, messages: Messages) -> str:
    """A warning's few words for a table cell; the report says the rest."""
    labels = messages.raw("batch.warnings")
    return str(labels.get(code, code))


def summary_csv(rows: Sequence[BatchRow], *, anonymize: bool, lang: str = "en") -> str:
    """The summary as CSV the way a spreadsheet in ``lang``'s countries opens it: with a
    byte-order mark (so Excel reads UTF-8), and where the decimal mark is a comma, semicolons
    between fields and decimal commas."""
    messages = Messages(lang)
    decimal = messages.text("words.decimal")
    columns = _columns(anonymize)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if decimal == "," else ",", lineterminator="\n")
    # the warnings stay a number a spreadsheet sorts; what they are gets a column of its own
    writer.writerow((*columns, "warning_reasons"))
    for row in rows:
        writer.writerow([*(_value(row, c, decimal) for c in columns),
                         "; ".join(_warning(code, messages) for code in row.warning_codes)])
    return "\ufeff" + out.getvalue()


def summary_html(rows: Sequence[BatchRow], *, anonymize: bool, posting: Analysed,
                 lang: str) -> str:
    """A sortable table (click a column's heading); works offline, no external files."""
    messages = Messages(lang)
    decimal = messages.text("words.decimal")
    columns = _columns(anonymize)
    head = "".join(f'<th scope="col"><button type="button">'
                   f'{escape(messages.text(f"batch.columns.{c}"))}</button></th>'
                   for c in columns)
    body = []
    for row in rows:
        cells = []
        for column in columns:
            value = _value(row, column, decimal)
            shown = escape(_value(row, column, decimal, messages))
            band = ""
            if column == "report" and value:
                shown = f'<a href="{escape(value)}">{escape(Path(value).name)}</a>'
            elif column == "keyword_share" and row.keyword_share is not None:
                shown = escape(messages.percent(row.keyword_share))
            elif column == "score" and row.score is not None:
                band = f' class="{_band(row.score)}"'
            sort_key = _value(row, column) if column != "score" or value else "-1"
            cells.append(f'<td data-value="{escape(sort_key)}"{band}>{shown}</td>')
        body.append(f"<tr>{''.join(cells)}</tr>")
    ad = posting.document
    # Why the file's name, not its path, when the ad states no title: the folders of the
    # counselor's machine mean nothing on a projector.
    job = " – ".join(x for x in (getattr(ad, "title", None), getattr(ad, "company", None))
                     if x) or Path(ad.name).name
    title = messages.text("batch.title", job=job)
    intro = messages.text("batch.intro", done=sum(1 for row in rows if row.error is None),
                          total=len(rows), posting=job)
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>"
        "body{font:14px/1.4 system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}"
        "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}"
        "th button{font:inherit;font-weight:bold;background:none;border:0;cursor:pointer}"
        "th button[aria-sort=ascending]::after{content:' ▲'}"
        "th button[aria-sort=descending]::after{content:' ▼'}"
        "td.good{background:#d8f0d8}td.fair{background:#fdf0c2}td.poor{background:#f6d5d5}"
        "td.good,td.fair,td.poor{font-weight:bold}"
        "</style></head><body>"
        f"<h1>{escape(title)}</h1><p>{escape(intro)}</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        f"<script>{SORT_SCRIPT}</script></body></html>\n"
    )


GOOD, FAIR = 75, 50  # the score bands of the match report's headline


def _band(score: int) -> str:
    """The score's band, coloured in the table as in the match report."""
    return "good" if score >= GOOD else "fair" if score >= FAIR else "poor"


def write_key(pairs: Sequence[tuple[str, str]], out: Path, *, force: bool) -> Path:
    """key.csv: which anonymous number is which file, for the counselor's eyes only."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(("file", "path"))
    writer.writerows(pairs)
    return write_atomic(out / "key.csv", text.getvalue(), force=force)


SUMMARY_FILES = ("summary.csv", "summary.html")


def write_summary(rows: Sequence[BatchRow], out: Path, *, anonymize: bool,
                  posting: Analysed, lang: str, force: bool = False) -> tuple[Path, Path]:
    """Write summary.csv and summary.html into ``out``."""
    csv_path = write_atomic(out / "summary.csv",
                            summary_csv(rows, anonymize=anonymize, lang=lang), force=force)
    html_path = write_atomic(out / "summary.html",
                             summary_html(rows, anonymize=anonymize, posting=posting,
                                          lang=lang),
                             force=force)
    return csv_path, html_path
