"""Build the guide and pack it as a zip that works opened from disk.

    python scripts/build_site_zip.py [--output dist/resume-helper-guide.zip]

The archive holds one folder, resume-helper-guide/; open resume-helper-guide/index.html.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "dist" / "resume-helper-guide.zip"
FOLDER = "resume-helper-guide"


def build(site_dir: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir",
         str(site_dir)],
        cwd=ROOT, env=env, check=True,
    )


def pack(site_dir: Path, output: Path) -> int:
    """Zip every file of site_dir under FOLDER/, in a stable order; return the file count."""
    output.parent.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in site_dir.rglob("*") if p.is_file())
    with zipfile.ZipFile(output, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in files:
            archive.write(path, f"{FOLDER}/{path.relative_to(site_dir).as_posix()}")
    return len(files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        site_dir = Path(tmp) / "site"
        try:
            build(site_dir)
        except subprocess.CalledProcessError as exc:
            print(f"Error: mkdocs build failed ({exc.returncode})", file=sys.stderr)
            return 1
        count = pack(site_dir, args.output)
    size = args.output.stat().st_size
    print(f"{args.output} ({count} files, {size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
