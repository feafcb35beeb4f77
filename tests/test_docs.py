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
