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
            assert one, f"{lang}.yaml {key}"
            assert other, f"{lang}.yaml {key}"
            assert "{" + name + "}" in value, f"{lang}.yaml {key}"


# Every error's parameters, so that each errors.* text can be rendered (extra ones are unused).
ERROR_PARAMS = {
    "name": "cv.docx", "path": "out/cv.docx", "folder": "cvs", "mb": 20, "reason": "denied",
    "limit": 200_000, "length": 250_000, "part": "word/document.xml", "count": 1500, "pages": 80,
    "detail": "KeyError", "line": 3, "kind": "'memo'", "kinds": "resume, letter, posting",
    "lang": "'fr'", "choices": "en, de, da, et", "language": "fr", "script": "Cyrl",
    "resume": "posting.txt", "posting": "cv.txt", "words": 2, "problem": "line 3", "id": "s3",
}
ANY_PLACEHOLDER = re.compile(r"{(\w+)(?:[:!][^}]*)?}")


def _error_keys() -> list[str]:
    return sorted(k.removeprefix("errors.") for k in all_keys("en") if k.startswith("errors."))


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_every_error_is_said_in_every_language(lang: str) -> None:
    from resume_helper.errors import ResumeHelperError

    cause = ResumeHelperError(key="text_empty")
    for key in _error_keys():
        error = ResumeHelperError(key=key, error=cause, **ERROR_PARAMS)
        text = error.in_language(lang)
        assert text.strip(), (lang, key)
        assert "{" not in text, (lang, key, text)
        assert "}" not in text, (lang, key, text)
        if lang != "en" and key != "in_document":
            assert text != str(error), f"{lang}.yaml errors.{key} is the English text"
    wrapped = ResumeHelperError(key="in_document", name="cv.txt", error=cause)
    assert wrapped.in_language(lang) == f"cv.txt: {cause.in_language(lang)}"


@pytest.mark.parametrize("lang", OTHERS)
def test_errors_use_the_english_placeholders_and_formats(lang: str) -> None:
    """Also {limit:number}, {language:language}: the test above ignores specs."""
    for key in _error_keys():
        english = Messages("en").raw(f"errors.{key}")
        other = Messages(lang).raw(f"errors.{key}")
        assert sorted(ANY_PLACEHOLDER.findall(other)) == sorted(ANY_PLACEHOLDER.findall(english))
        specs = sorted(re.findall(r"{\w+(:(?:number|language|script))}", english))
        assert sorted(re.findall(r"{\w+(:(?:number|language|script))}", other)) == specs, key


def test_every_error_key_raised_in_the_code_exists() -> None:
    from pathlib import Path

    from resume_helper.documents.detect import OTHER_MAGIC, OTHER_OFFICE
    from resume_helper.documents.reader import KINDS

    root = Path(__file__).resolve().parent.parent / "resume_helper"
    raising = re.compile(r'Error\(\s*key="([\w.]+)"|\brefuse\("(\w+)"')
    raised = {"".join(keys) for path in root.rglob("*.py")
              for keys in raising.findall(path.read_text(encoding="utf-8"))}
    raised |= {f"unknown_type.{what}" for _, what in (*OTHER_MAGIC, *OTHER_OFFICE)}
    raised |= {f"json_not_{kind}" for kind in KINDS if kind != "resume"}
    assert raised <= set(_error_keys()), raised - set(_error_keys())
    assert len(raised) > 50


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "200,000 characters"), ("de", "200.000 Zeichen"), ("da", "200.000 tegn"),
    ("et", "200\u00a0000 tähemärgi"),
])
def test_numbers_in_errors_are_written_the_language_s_way(lang: str, expected: str) -> None:
    from resume_helper.errors import ResumeHelperError

    error = ResumeHelperError(key="too_much_text", name="cv.pdf", limit=200_000)
    assert expected in error.in_language(lang)


LEVEL_MESSAGES = ("advice.language_lower", "advice.language_not_stated", "parts.language_met",
                  "parts.language_lower", "parts.language_not_stated")


def _repeated_words(text: str) -> list[tuple[str, str]]:
    """Neighbouring words of one clause that are the same word ("Niveau Niveau", "taset
    tase"); "… stated. State …" is two clauses."""
    pairs = []
    for clause in re.split(r"[.;:!?,()–]", text.lower()):
        words = re.findall(r"[^\W\d_]+", clause)
        pairs += [(a, b) for a, b in zip(words, words[1:], strict=False)
                  if a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))]
    return pairs


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_a_level_never_follows_the_word_level(lang: str) -> None:
    """Issue 16: "Niveau Niveau nicht angegeben", "niveau niveau", "tase tase" — any level the
    messages can say (unstated, native, a CEFR level) in any slot that takes a level."""
    messages = Messages(lang)
    language = messages.text("languages.en")
    for key in LEVEL_MESSAGES:
        for level in (messages.level(None), messages.level("native"), messages.level("B2")):
            text = messages.text(key, found=level, required=level, level=level,
                                 language=language)
            assert not _repeated_words(text), (key, text)
