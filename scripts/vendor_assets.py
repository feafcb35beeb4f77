"""Copy the browser files the guide ships from node_modules/ into docs/assets/vendor/.

Why: Material's offline plugin would load the iframe-worker shim from a CDN; the guide must
make no request to another host, so we ship the shim (and its licence) ourselves. Run
`npm ci` first, then `python scripts/vendor_assets.py`; commit the copied files.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "docs" / "assets" / "vendor"

# (file in node_modules, file in docs/assets/vendor)
FILES: tuple[tuple[str, str], ...] = (
    ("iframe-worker/shim/index.js", "iframe-worker/shim.js"),
    ("iframe-worker/LICENSE", "iframe-worker/LICENSE"),
)


def vendor(node_modules: Path = ROOT / "node_modules", target: Path = VENDOR) -> list[Path]:
    """Copy every vendored file; return the written paths. Raise if one is missing."""
    written = []
    for source, destination in FILES:
        src = node_modules / source
        if not src.is_file():
            raise FileNotFoundError(f"{src} is missing: run `npm ci` in {ROOT} first")
        dst = target / destination
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
        written.append(dst)
    return written


def main() -> int:
    try:
        paths = vendor()
    except FileNotFoundError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    for path in paths:
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
