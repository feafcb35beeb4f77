"""Read the YAML data files that sit beside the code that owns them.

Each file may have a JSON mirror in ``resume_helper/data_mirror/`` (written by
``python -m resume_helper.datafiles``) that is read instead while it matches the YAML text.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

MIRROR_PACKAGE = "resume_helper.data_mirror"


def load_yaml(package: str, *path: str) -> Any:
    """The YAML file at ``path`` inside ``package``, from its JSON mirror when that is current,
    else parsed with libyaml when available.

    Why a mirror: parsing YAML (libyaml still builds every value in Python) and importing the
    parser cost a cold ``check`` tens of milliseconds; JSON is parsed in C. The mirror names
    the digest of the YAML text it was made from, so an edited YAML file is simply parsed
    again until the mirror is rewritten: the data read is always the YAML file's.
    """
    text = files(package).joinpath(*path).read_text(encoding="utf-8")
    mirrored = _mirrored(mirror_name(package, path), text)
    if mirrored is not None:
        return mirrored[0]
    import yaml

    return yaml.load(text, Loader=_loader())


def mirror_name(package: str, path: tuple[str, ...]) -> str:
    """The file name of the JSON mirror of ``path`` inside ``package``."""
    return "__".join((package, *path)) + ".json"


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _mirrored(name: str, text: str) -> tuple[Any] | None:
    """The mirrored data (in a 1-tuple: it may be None) when the mirror matches ``text``."""
    mirror = files(MIRROR_PACKAGE).joinpath(name)
    if not mirror.is_file():
        return None
    stored = json.loads(mirror.read_text(encoding="utf-8"))
    if stored.get("source_sha1") != _digest(text):
        return None
    return (stored["data"],)


@cache
def _loader() -> Any:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def write_mirrors() -> list[str]:
    """Write the JSON mirror of every YAML data file of the package whose data JSON holds
    exactly (no dates, no keys other than strings); remove mirrors of files that are gone.
    Returns the names written. Deterministic: one file per YAML file, keys in file order."""
    import yaml

    root = Path(str(files("resume_helper")))
    folder = Path(str(files(MIRROR_PACKAGE)))
    written = []
    for source in sorted(root.rglob("*.yaml")):
        if source.is_relative_to(root / "taxonomy"):
            continue  # read by resume_helper.taxonomy itself, at build time
        package_dir = next(p for p in source.parents if (p / "__init__.py").is_file())
        package = ".".join(package_dir.relative_to(root.parent).parts)
        text = source.read_text(encoding="utf-8")
        data = yaml.load(text, Loader=_loader())
        try:
            if json.loads(json.dumps(data)) != data:
                continue
        except (TypeError, ValueError):
            continue
        name = mirror_name(package, source.relative_to(package_dir).parts)
        # keys keep the YAML file's order: code may read a mapping in order
        content = json.dumps({"source_sha1": _digest(text), "data": data}, ensure_ascii=False,
                             separators=(",", ":"))
        target = folder / name
        if not target.is_file() or target.read_text(encoding="utf-8") != content + "\n":
            target.write_text(content + "\n", encoding="utf-8")
        written.append(name)
    for stale in folder.glob("*.json"):
        if stale.name not in written:
            stale.unlink()
    return written


if __name__ == "__main__":
    print(f"{len(write_mirrors())} YAML files mirrored as JSON in {MIRROR_PACKAGE}")
