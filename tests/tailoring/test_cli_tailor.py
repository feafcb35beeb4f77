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
    return CliRunner().invoke(main, ["tailor", *args])


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
    assert result.exit_code != 0
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["resume-tailored.docx"]  # the first file is whole; no temp file remains
    from resume_helper.documents import read_document

    assert read_document(tmp_path / "resume-tailored.docx").contact.name


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
