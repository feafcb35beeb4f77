"""--input-lang on check, tailor and batch sets the documents' language, as --lang does on
parse, so a user can always override detection (issue 13)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from resume_helper.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("lang", [None, "de", "et"])
def test_check_reads_the_documents_in_the_given_language(lang: str | None) -> None:
    args = ["check", str(FIXTURES / "resume_en.docx"), str(FIXTURES / "posting_en.md"),
            "--format", "json", "--lang", "en"]
    if lang:
        args += ["--input-lang", lang]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    documents = json.loads(result.output)["documents"]
    assert [d["lang"] for d in documents] == [lang or "en", lang or "en"]


def test_batch_reads_the_documents_in_the_given_language(tmp_path: Path) -> None:
    folder = tmp_path / "cvs"
    folder.mkdir()
    shutil.copy(FIXTURES / "resume_et_table.md", folder)
    result = CliRunner().invoke(main, [
        "batch", str(folder), str(FIXTURES / "posting_et_placeholder.md"), "-o",
        str(tmp_path / "out"), "--jobs", "1", "--input-lang", "et"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "summary.csv").exists()


def test_input_lang_is_checked() -> None:
    result = CliRunner().invoke(main, ["check", str(FIXTURES / "resume_et_table.md"),
                                       str(FIXTURES / "posting_et_placeholder.md"),
                                       "--input-lang", "pt"])
    assert result.exit_code == 2
    assert "'pt' is not one of 'en', 'de', 'da', 'et'" in result.output


def test_tailor_has_the_option() -> None:
    result = CliRunner().invoke(main, ["tailor", "--help"])
    assert "--input-lang" in result.output
