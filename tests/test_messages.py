"""Every language has every text: report messages, tailoring data and checking conventions."""

from __future__ import annotations

import re
from importlib.resources import files

import pytest
import yaml

from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.messages import Messages, all_keys, keys

PLACEHOLDER = re.compile(r"{(\w+)}")
OTHERS = [lang for lang in SUPPORTED_LANGUAGES if lang != "en"]
# Set phrases of a letter that claim nothing ("Mit freundlichen Grüßen" is no friendliness).
FORMULAS = ("closing", "greeting", "honorifics", "recipient")


def _data(package: str, lang: str) -> dict:
    text = files(package).joinpath("data", f"{lang}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@pytest.mark.parametrize("lang", OTHERS)
def test_messages_have_the_english_keys(lang: str) -> None:
    assert all_keys(lang) == all_keys("en")


@pytest.mark.parametrize("lang", OTHERS)
def test_messages_use_the_english_placeholders(lang: str) -> None:
    for key in all_keys("en"):
        english, other = Messages("en").raw(key), Messages(lang).raw(key)
        if isinstance(english, str):
            assert set(PLACEHOLDER.findall(other)) == set(PLACEHOLDER.findall(english)), key


@pytest.mark.parametrize("package", ["resume_helper.tailoring", "resume_helper.findings"])
@pytest.mark.parametrize("lang", OTHERS)
def test_language_data_has_the_english_keys(package: str, lang: str) -> None:
    assert set(keys(_data(package, lang))) == set(keys(_data(package, "en")))


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_tailor_headings_are_headings_the_reader_knows(lang: str) -> None:
    from resume_helper.documents import lexicon

    known = lexicon.headings("resume")
    for kind, heading in _data("resume_helper.tailoring", lang)["headings"].items():
        assert known.get(lexicon.normalize(heading)) == kind, heading


def _strings(value: object, path: str = ""):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, path)
    elif isinstance(value, str):
        yield path, value


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_tailoring_texts_claim_no_skill(lang: str) -> None:
    """Our own sentences in tailored documents must not evidence a skill: only the
    applicant's resume may (see tests/tailoring/test_never_fabricate.py)."""
    from resume_helper.skills import extract_skills

    data = _data("resume_helper.tailoring", lang)
    letter = {k: v for k, v in data["letter"].items() if k not in FORMULAS}
    for path, text in _strings({"profile": data["profile"], "letter": letter}):
        words = PLACEHOLDER.sub(" ", text)
        if words.strip(" .,:;[]"):
            found = [s.id for s in extract_skills(words, lang=lang)]
            assert not found, f"{path}: {text!r} evidences {found}"


PLURAL_SPEC = re.compile(r"{(\w+):plural:([^}|]+)\|([^}]+)}")
HEDGED_PLURAL = re.compile(r"\w\((?:s|e|n|er|r|es)\)")


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [("en", 1, "1 year"), ("en", 3, "3 years"), ("de", 1, "1 Jahr"), ("de", 2, "2 Jahre"),
     ("de", "1,5", "1,5 Jahre"), ("da", 1, "1 side"), ("da", 2, "2 sider"),
     ("da", "1,5", "1,5 side")],
)
def test_plural_forms_follow_the_language_rule(lang: str, count: object, expected: str) -> None:
    """CLDR: Danish says "1,5 side" (one), German "1,5 Jahre" (other)."""
    word = {"en": "year|years", "de": "Jahr|Jahre", "da": "side|sider"}[lang]
    template = "{n} {n:plural:" + word + "}"
    from resume_helper.messages import _PluralFormatter

    assert _PluralFormatter(lang).format(template, n=count) == expected


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_messages_spell_plurals_out(lang: str) -> None:
    """No "Seite(n)" or "year(s)": plural specs name both forms of a placeholder it has."""
    for key in all_keys(lang):
        value = Messages(lang).raw(key)
        if not isinstance(value, str):
            continue
        assert not HEDGED_PLURAL.search(value), f"{lang}.yaml {key}: {value!r}"
        for name, one, other in PLURAL_SPEC.findall(value):
            assert one and other and "{" + name + "}" in value, f"{lang}.yaml {key}"
