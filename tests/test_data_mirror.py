"""The JSON mirrors of the YAML data files (resume_helper/data_mirror) give exactly the YAML
file's data, keys in the file's order, and are ignored once the YAML file changes."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest
import yaml

from resume_helper import datafiles

MIRRORED = [
    ("resume_helper.matching", ("data", "education.yaml")),
    ("resume_helper.messages", ("de.yaml",)),
    ("resume_helper.documents", ("vocab", "et.yaml")),
    ("resume_helper.nlp", ("data", "morphology.yaml")),
    ("resume_helper.tailoring", ("data", "da.yaml")),
]


def _parsed(package: str, path: tuple[str, ...]) -> object:
    text = files(package).joinpath(*path).read_text(encoding="utf-8")
    return yaml.load(text, Loader=yaml.SafeLoader)


def test_every_mirror_names_an_existing_yaml_file() -> None:
    for mirror in files(datafiles.MIRROR_PACKAGE).iterdir():
        if mirror.name.endswith(".json"):
            package, *path = mirror.name.removesuffix(".json").split("__")
            assert files(package).joinpath(*path).is_file(), mirror.name


@pytest.mark.parametrize(("package", "path"), MIRRORED)
def test_data_read_is_the_yaml_files_in_its_order(package: str, path: tuple[str, ...]) -> None:
    loaded = datafiles.load_yaml(package, *path)
    assert json.dumps(loaded, ensure_ascii=False) == json.dumps(_parsed(package, path),
                                                                ensure_ascii=False)


def test_every_current_mirror_holds_the_yaml_files_data() -> None:
    for mirror in files(datafiles.MIRROR_PACKAGE).iterdir():
        if not mirror.name.endswith(".json"):
            continue
        package, *path = mirror.name.removesuffix(".json").split("__")
        text = files(package).joinpath(*path).read_text(encoding="utf-8")
        mirrored = datafiles._mirrored(mirror.name, text)
        if mirrored is not None:  # a mirror older than its YAML file is not read
            assert json.dumps(mirrored[0]) == json.dumps(_parsed(package, tuple(path)))


def test_a_mirror_of_other_text_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    package, path = MIRRORED[0]
    monkeypatch.setattr(datafiles, "_digest", lambda text: "not the digest of this text")
    assert datafiles._mirrored(datafiles.mirror_name(package, path), "x") is None
    assert datafiles.load_yaml(package, *path) == _parsed(package, path)
