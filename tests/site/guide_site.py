"""Constants and helpers shared by the guide's site tests (see conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROJECT = Path(os.environ.get("GUIDE_PROJECT_DIR", ROOT)).resolve()
LANGS = ("en", "de", "da", "et")
DEFAULT_LANG = "en"
PAGES = (
    "index", "duties", "skills", "strengths-weaknesses", "pay", "education",
    "work-environment", "career-path", "get-hired", "similar-jobs", "resume-checker",
    "workshop-kit", "sources", "about",
)
CHROMIUM = Path(os.environ.get("GUIDE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def page_path(lang: str, page: str) -> str:
    """Site-relative path of a built page (the offline plugin turns off directory URLs)."""
    prefix = "" if lang == DEFAULT_LANG else f"{lang}/"
    return f"{prefix}{page}.html"


def build_site(site_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=PROJECT, env=env, capture_output=True, text=True, check=False,
    )
