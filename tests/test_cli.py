from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from resume_helper.cli import main


def run(*args: str, input: str | bytes | None = None):  # noqa: A002
    return CliRunner().invoke(main, list(args), input=input)


def test_help_and_version() -> None:
    assert run("--help").exit_code == 0
    assert "skills" in run("-h").output
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.startswith("resume-helper, version ")


def test_skills_lists_concepts_with_evidence(tmp_path: Path) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_text("Ich bin geduldig und teamfähig.", encoding="utf-8")
    result = run("skills", str(resume))
    assert result.exit_code == 0, result.output
    assert "Geduld" in result.output
    assert "„geduldig“" in result.output  # German quotation marks: the text is German


def test_skills_reads_standard_input_as_json() -> None:
    result = run("skills", "-", "--format", "json", "--lang", "da", input="Du er tålmodig.")
    assert result.exit_code == 0, result.output
    (skill,) = json.loads(result.output)
    assert skill["id"] == "patience"
    assert skill["evidence"] == ["tålmodig"]
    assert skill["spans"] == [[6, 14]]


def test_skills_decodes_legacy_encodings(tmp_path: Path) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_bytes(
        "Ich bin geduldig, zuverlässig und teamfähig. Große Erfahrung.".encode("cp1252")
    )
    result = run("skills", str(resume), "--lang", "de")
    assert result.exit_code == 0, result.output
    assert "teamfähig" in result.output


def test_missing_file_is_a_one_line_error(tmp_path: Path) -> None:
    result = run("skills", str(tmp_path / "nope.txt"))
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path / 'nope.txt'}: no such file\n"


def test_empty_file_is_a_one_line_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("skills", str(empty))
    assert result.exit_code == 1
    assert result.output == f"Error: {empty} is empty\n"


def test_binary_garbage_is_a_one_line_error(tmp_path: Path) -> None:
    garbage = tmp_path / "x.txt"
    garbage.write_bytes(bytes(range(256)) * 20)
    result = run("skills", str(garbage))
    assert result.exit_code == 1
    assert result.output == f"Error: {garbage}: unknown file type (binary data, not a document)\n"


def test_other_language_is_a_one_line_error() -> None:
    result = run("skills", "-", input="Nous recherchons un conseiller clientèle pour notre équipe.")
    assert result.exit_code == 1
    assert result.output.startswith("Error: the text looks French")


def test_bad_option_is_a_usage_error() -> None:
    result = run("skills", "-", "--lang", "fr", input="x")
    assert result.exit_code == 2


def test_skills_reads_a_docx_resume(data_dir: Path) -> None:
    resume = data_dir.parent / "fixtures" / "resume_de_table.docx"
    result = run("skills", str(resume), "--format", "json")
    assert result.exit_code == 0, result.output
    assert "zendesk" in {skill["id"] for skill in json.loads(result.output)}
