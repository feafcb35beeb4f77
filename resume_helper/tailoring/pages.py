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
    executable = soffice()
    if executable is None:
        return None
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory(prefix="resume-helper-pages-") as folder:
        source = Path(folder) / "document.docx"
        source.write_bytes(docx)
        try:
            subprocess.run([executable, f"-env:UserInstallation=file://{folder}/profile",
                            "--headless", "--convert-to", "pdf", "--outdir", folder,
                            str(source)], check=True, capture_output=True, timeout=TIMEOUT)
            return len(PdfReader(Path(folder) / "document.pdf").pages)
        except (OSError, subprocess.SubprocessError, ValueError):
            return None
