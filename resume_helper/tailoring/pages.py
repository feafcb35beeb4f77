"""How many pages a Word document fills, as LibreOffice lays it out (when it is installed).

Why LibreOffice: a page count needs a layout engine; Word's own count in docProps/app.xml is
only as fresh as the last save in Word, and tailor's edits change it.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

TIMEOUT = 120


def soffice() -> str | None:
    """The LibreOffice executable, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def page_count(docx: bytes) -> int | None:
    """The number of pages ``docx`` fills; None without LibreOffice or when it fails."""
    return page_counts(docx)[0]


def page_counts(*documents: bytes) -> tuple[int | None, ...]:
    """The pages each Word document fills, laid out by one LibreOffice start; None for each
    without LibreOffice or when it fails.

    Why one start for all: starting LibreOffice (and creating its profile) costs most of the
    time, converting a one- or two-page resume little, so the original and the tailored
    resume are counted together.
    """
    executable = soffice()
    if executable is None or not documents:
        return (None,) * len(documents)
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory(prefix="resume-helper-pages-") as folder:
        sources = [Path(folder) / f"document-{n}.docx" for n in range(len(documents))]
        for source, data in zip(sources, documents, strict=True):
            source.write_bytes(data)
        try:
            subprocess.run([executable, f"-env:UserInstallation=file://{folder}/profile",
                            "--headless", "--convert-to", "pdf", "--outdir", folder,
                            *map(str, sources)], check=True, capture_output=True,
                           timeout=TIMEOUT)
        except (OSError, subprocess.SubprocessError):
            return (None,) * len(documents)
        return tuple(_pages(source.with_suffix(".pdf"), PdfReader) for source in sources)


def _pages(pdf: Path, reader: type) -> int | None:
    from pypdf.errors import PyPdfError

    try:
        return len(reader(pdf).pages)
    except (OSError, ValueError, PyPdfError):
        return None  # no PDF written for this one, or an unreadable one
