"""What real PDFs make pdfminer's parser read outside streams, beside the bounds on it.

For every PDF given (files or folders; by default those under tests/ and
resume_helper/samples), read every object its cross-reference tables list and every page's
resources, once through the xref as the file states it and once through pdfminer's repair
(the fallback that scans the file for objects, as a damaged PDF is read), with the parser of
:func:`resume_helper.documents.safety.bounded_pdf_parser`. Prints, per file (the largest
few) and over all files, the most tokens and bytes one lookup read (each time the parser is
sent to an object), the longest token and the tokens of the whole file, beside the bounds and
their margin. A file a bound refuses is listed: the bounds must leave every real PDF alone
(the bound on a whole file, those of at most the reader's page limit).

    python benchmarks/pdf_parser_bounds.py [PATH ...] [--top 10]

PDFs elsewhere on the machine: ``find / -name '*.pdf' -size -20M 2>/dev/null | xargs python
benchmarks/pdf_parser_bounds.py`` (copies of one file are counted once).
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

from resume_helper.documents import safety
from resume_helper.documents.pdf import MAX_PAGES
from resume_helper.documents.safety import BOUND, PDFParserStats, bounded_pdf_parser

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = (ROOT / "tests", ROOT / "resume_helper" / "samples")


@dataclass
class Measured:
    path: Path
    size: int
    stats: PDFParserStats
    pages: int = 0
    refused: str = ""  # a bound's message, when one refused the file
    unreadable: str = ""  # pdfminer's own error, when the file is not a PDF it reads


def _read_everything(data: bytes, stats: PDFParserStats, row: Measured, *, repair: bool
                     ) -> None:
    """Every page's resources and every object of the file, through the bounded parser;
    counts the pages into ``row`` first."""
    from pdfminer.pdfdocument import PDFDocument, PDFNoValidXRef
    from pdfminer.pdfpage import PDFPage

    class Repaired(PDFDocument):
        def find_xref(self, parser: object) -> int:
            raise PDFNoValidXRef("read as pdfminer reads a damaged PDF")

    document = (Repaired if repair else PDFDocument)(bounded_pdf_parser(data, stats))
    pages = [(page.resources, page.contents) for page in PDFPage.create_pages(document)]
    row.pages = max(row.pages, len(pages))
    for xref in document.xrefs:
        for objid in list(xref.get_objids()):
            try:
                document.getobj(objid)
            except Exception as exc:  # noqa: BLE001 - a missing object is the file's, not ours
                if str(exc).startswith(BOUND):
                    raise


def measure(path: Path) -> Measured:
    data = path.read_bytes()
    row = Measured(path, len(data), PDFParserStats())
    for repair in (False, True):
        stats = PDFParserStats()
        try:
            _read_everything(data, stats, row, repair=repair)
        except Exception as exc:  # noqa: BLE001 - sorted below: a bound's, or the file's own
            message = f"{type(exc).__name__}: {exc}"[:120]
            if str(exc).startswith(BOUND):
                row.refused = row.refused or message
            elif not repair:
                row.unreadable = message
        for name in ("tokens", "bytes", "longest", "total"):
            setattr(row.stats, name, max(getattr(row.stats, name), getattr(stats, name)))
    return row


def _pdfs(paths: list[Path]) -> list[Path]:
    found: dict[str, Path] = {}
    for path in paths:
        files = sorted(path.rglob("*.pdf")) if path.is_dir() else [path]
        for file in files:
            if file.is_file() and 0 < file.stat().st_size <= safety.MAX_FILE_BYTES:
                found.setdefault(hashlib.sha1(file.read_bytes()).hexdigest(), file)
    return sorted(found.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, default=list(DEFAULT_PATHS))
    parser.add_argument("--top", type=int, default=10, help="files listed, most tokens first")
    args = parser.parse_args()
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)

    rows = [measure(path) for path in _pdfs(args.paths)]
    rows.sort(key=lambda row: (row.stats.tokens, row.stats.bytes), reverse=True)
    print(f"{'tokens':>8} {'bytes':>9} {'token':>7} {'all tokens':>10} {'pages':>5} "
          f"{'size kB':>8}  file")
    for row in rows[:args.top]:
        print(f"{row.stats.tokens:8} {row.stats.bytes:9} {row.stats.longest:7} "
              f"{row.stats.total:10} {row.pages:5} {row.size // 1024:8}  {row.path}")
    def most(name: str) -> int:
        return max((getattr(row.stats, name) for row in rows), default=0)

    unreadable = [row for row in rows if row.unreadable]
    # a file over the page limit is refused for its length, whatever it holds
    refused = [row for row in rows if row.refused and row.pages <= MAX_PAGES]
    print(f"\n{len(rows)} distinct PDFs, {len(unreadable)} of them read only through pdfminer's "
          "repair. The most")
    for label, name, bound in (
        ("tokens in one lookup", "tokens", safety.MAX_PDF_LOOKUP_TOKENS),
        ("bytes of one token", "longest", safety.MAX_PDF_TOKEN_BYTES),
    ):
        print(f"  {label:22} {most(name):9,}  bound {bound:9,} "
              f"({bound / max(most(name), 1):.0f}x)")
    print(f"  {'bytes in one lookup':22} {most('bytes'):9,}")
    pages = max((row.stats.total for row in rows if row.pages <= MAX_PAGES), default=0)
    longer = [row for row in rows if row.pages > MAX_PAGES]
    print(f"  {'tokens in one file':22} {pages:9,}  bound {safety.MAX_PDF_TOKENS:9,} "
          f"({safety.MAX_PDF_TOKENS / max(pages, 1):.0f}x), files of at most {MAX_PAGES} pages "
          f"(the {len(longer)} longer are refused for their length; "
          f"{sum(row.stats.total > safety.MAX_PDF_TOKENS for row in longer)} reach this bound)")
    print(f"refused by a bound: {len(refused)}")
    for row in refused:
        print(f"  {row.path}: {row.refused}")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
