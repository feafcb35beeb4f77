"""Every CLI command has help text and is documented on the guide's checker page."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from resume_helper.cli import main
from resume_helper.languages import SUPPORTED_LANGUAGES

DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.mark.parametrize("command", sorted(main.commands))
def test_command_has_help(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert main.commands[command].help


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("command", sorted(main.commands))
def test_command_is_documented_in_every_language(command: str, lang: str) -> None:
    page = (DOCS / lang / "resume-checker.md").read_text(encoding="utf-8")
    assert f"resume-helper {command}" in page


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("command", ["check", "tailor"])
def test_every_option_is_documented_in_every_language(command: str, lang: str) -> None:
    """Each option of check and tailor (--input-lang, --plan, --apply, --review, ...) is named
    on the checker page, by one of its spellings (``-o`` or ``--output``)."""
    page = (DOCS / lang / "resume-checker.md").read_text(encoding="utf-8")
    for param in main.commands[command].params:
        names = [n for n in (*param.opts, *getattr(param, "secondary_opts", ()))
                 if n.startswith("-") and n not in ("-h", "--help")]
        if names:
            assert any(f"`{name}" in page for name in names), names


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_the_json_report_is_documented_in_every_language(lang: str) -> None:
    """Each top-level key of `check --format json` is named on the checker page."""
    from resume_helper.checker import check
    from resume_helper.report.data import report_to_dict
    from resume_helper.workshop.demo import sample_paths

    paths = sample_paths("en")
    data = report_to_dict(check(paths["resume"], paths["posting"], letter=paths["letter"]))
    page = (DOCS / lang / "resume-checker.md").read_text(encoding="utf-8")
    for key in data:
        assert f"`{key}`" in page, key


GUIDE_LANGS = ("en", "de", "da", "et")
# Words that speak of how the guide was made; reader pages cite sources by name and year.
MAKING_OF = (
    "seed article", "typed by hand", "machine transl", "machine-transl", "Ausgangsartikel",
    "maschinell übersetzt", "kildeartikl", "maskinoversæt", "lähteartikl", "masintõlgi",
)


def _guide_pages(lang: str) -> set[str]:
    return {p.name for p in (DOCS / lang).glob("*.md")}


def _cited_keys(lang: str, page: str) -> set[str]:
    import sys

    sys.path.insert(0, str(DOCS / "hooks"))
    try:
        import guide
    finally:
        sys.path.pop(0)
    return guide.cited_keys((DOCS / lang / page).read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", GUIDE_LANGS[1:])
def test_every_guide_page_exists_in_every_language(lang: str) -> None:
    assert _guide_pages(lang) == _guide_pages("en")


@pytest.mark.parametrize("page", sorted(_guide_pages("en")))
def test_every_page_shows_the_same_facts_in_every_language(page: str) -> None:
    """The facts.yaml keys (figures, cited publications) a page shows are the same in all four
    languages, so no reader gets a figure or a source the others do not."""
    english = _cited_keys("en", page)
    for lang in GUIDE_LANGS[1:]:
        other = _cited_keys(lang, page)
        assert other == english, (
            f"{lang}/{page}: missing {sorted(english - other)}, extra {sorted(other - english)}"
        )


def test_the_home_and_pay_pages_cite_the_official_pay_sources() -> None:
    for page in ("index.md", "pay.md"):
        keys = _cited_keys("en", page)
        assert {"ref:bls-oews", "ref:entgeltatlas", "ref:statistikbanken",
                "ref:statistikaamet-palgad"} <= keys, page
    assert "fact:us-2023-employment" in _cited_keys("en", "index.md")


@pytest.mark.parametrize("lang", GUIDE_LANGS)
def test_reader_pages_do_not_speak_of_how_the_guide_was_made(lang: str) -> None:
    found = {
        page.name: word
        for page in (DOCS / lang).glob("*.md")
        for word in MAKING_OF
        if word.casefold() in page.read_text(encoding="utf-8").casefold()
    }
    assert found == {}
