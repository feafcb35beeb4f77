"""`resume-helper tailor` from the command line: outputs, refusals, atomic writes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from resume_helper.cli import main
from resume_helper.workshop.demo import sample_paths

PATHS = sample_paths("en")


def run(*args: str):
    """`tailor` without the LibreOffice page count (test_libreoffice.py covers it)."""
    return CliRunner().invoke(main, ["tailor", *args, "--no-page-check"])


def test_writes_three_files_and_lists_the_changes(tmp_path: Path) -> None:
    result = run(str(PATHS["resume"]), str(PATHS["posting"]), "--letter", str(PATHS["letter"]),
                 "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["resume-cover-letter.docx", "resume-report.html", "resume-tailored.docx"]
    assert "Changes:" in result.stdout
    assert "[resume]" in result.stdout
    assert "Score " in result.stdout
    report = (tmp_path / "resume-report.html").read_text(encoding="utf-8")
    assert "What tailor changed" in report


def test_existing_outputs_are_kept_without_force(tmp_path: Path) -> None:
    (tmp_path / "cv-report.html").write_text("mine", encoding="utf-8")
    result = run(str(PATHS["resume"]), str(PATHS["posting"]), "-o", str(tmp_path),
                 "--name", "cv")
    assert result.exit_code == 1
    assert result.output == (f"Error: {tmp_path / 'cv-tailored.docx'} already exists; "
                             "use --force to replace it\n"
                             if (tmp_path / "cv-tailored.docx").exists() else
                             f"Error: {tmp_path / 'cv-report.html'} already exists; "
                             "use --force to replace it\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cv-report.html"]  # all or nothing
    assert run(str(PATHS["resume"]), str(PATHS["posting"]), "-o", str(tmp_path), "--name",
               "cv", "--force").exit_code == 0
    assert (tmp_path / "cv-report.html").read_text(encoding="utf-8") != "mine"


def test_never_writes_over_an_input(tmp_path: Path) -> None:
    resume = tmp_path / "cv-tailored.docx"
    shutil.copy(PATHS["resume"], resume)
    before = resume.read_bytes()
    result = run(str(resume), str(PATHS["posting"]), "-o", str(tmp_path), "--name", "cv",
                 "--force")
    assert result.exit_code == 1
    assert result.output == f"Error: {resume} is one of the input files; refusing to overwrite it\n"
    assert resume.read_bytes() == before


def test_an_interrupted_write_leaves_no_half_document(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    real_fsync = os.fsync
    calls = []

    def interrupted(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", interrupted)
    result = run(str(PATHS["resume"]), str(PATHS["posting"]), "-o", str(tmp_path))
    assert result.exit_code == 130  # quietly, as the shell reports Ctrl-C
    assert "Aborted" not in result.output
    assert sorted(tmp_path.iterdir()) == []  # all three files or none; no temporary file


def test_a_corrupt_resume_is_a_one_line_error(tmp_path: Path) -> None:
    broken = tmp_path / "cv.docx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    result = run(str(broken), str(PATHS["posting"]), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == (f"Error: {broken} is corrupt or truncated "
                                              "(not a readable ZIP archive)")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_output_must_be_given() -> None:
    result = run(str(PATHS["resume"]), str(PATHS["posting"]))
    assert result.exit_code == 2
    assert "Missing option '-o'" in result.output


def test_a_plan_is_written_edited_and_applied(tmp_path: Path) -> None:
    import yaml

    from resume_helper.documents import read_document

    plan = tmp_path / "plan.yaml"
    result = run(str(PATHS["resume"]), str(PATHS["posting"]), "--plan", str(plan))
    assert result.exit_code == 0, result.output
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".docx"]  # only the plan
    data = yaml.safe_load(plan.read_text(encoding="utf-8"))
    entries = data["suggestions"]
    assert all(e["requirement"] and e["why"] for e in entries)
    profile = next(e for e in entries if e["kind"] == "profile")
    assert profile["apply"] is False  # only safe suggestions are on by default
    profile["apply"] = True
    profile["after"] = profile["after"] + " Available from March."
    for entry in entries:
        if entry["kind"] == "reorder":
            entry["apply"] = False
    plan.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out"
    result = run(str(PATHS["resume"]), str(PATHS["posting"]), "--apply", str(plan), "-o",
                 str(out))
    assert result.exit_code == 0, result.output
    text = read_document(out / "resume-tailored.docx").text
    assert "Available from March." in text  # the applicant's own edit
    original = read_document(PATHS["resume"], kind="resume")
    tailored = read_document(out / "resume-tailored.docx", kind="resume")
    assert len(tailored.skills) == len(original.skills)
    for new, old in zip(tailored.skills, original.skills, strict=True):
        assert new.startswith(old)  # not reordered


def test_a_plan_for_another_resume_is_refused(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    assert run(str(PATHS["resume"]), str(PATHS["posting"]), "--plan", str(plan)).exit_code == 0
    other = sample_paths("de")
    result = run(str(other["resume"]), str(other["posting"]), "--apply", str(plan), "-o",
                 str(tmp_path / "out"))
    assert result.exit_code == 1
    error = result.stderr.strip().splitlines()[-1]
    assert error.startswith("Error: ")
    assert "--plan" in error
    assert "Traceback" not in result.output


def test_review_asks_about_each_suggestion(tmp_path: Path) -> None:
    from resume_helper.documents import read_document

    result = CliRunner().invoke(main, ["tailor", str(PATHS["resume"]), str(PATHS["posting"]),
                                       "--review", "--no-page-check", "-o", str(tmp_path)],
                           input="r\n" * 40)
    assert result.exit_code == 0, result.output
    assert "Accept, reject or edit?" in result.output
    original = read_document(PATHS["resume"], kind="resume")
    tailored = read_document(tmp_path / "resume-tailored.docx", kind="resume")
    assert [p.text for p in tailored.paragraphs] == [p.text for p in original.paragraphs]
