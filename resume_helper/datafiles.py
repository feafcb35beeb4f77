"""Read the YAML data files that sit beside the code that owns them."""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from typing import Any


def load_yaml(package: str, *path: str) -> Any:
    """The YAML file at ``path`` inside ``package``, parsed with libyaml when available.

    Why libyaml: the pure-Python parser costs a noticeable share of a cold start, and
    every command reads several of these files.
    """
    import yaml

    text = files(package).joinpath(*path).read_text(encoding="utf-8")
    return yaml.load(text, Loader=_loader())


@cache
def _loader() -> Any:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)
