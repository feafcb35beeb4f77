"""`resume-helper check` from the command line: exit codes, messages, formats, files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from resume_helper.cli import main

ROOT = Path(__file__).resolve().parent.parent
RESUME = ROOT / "fixtures" / "resume_en.txt"
LETTER = ROOT / "fixtures" / "letter_en.txt"
POSTING = ROOT.parent / "resume_helper" / "samples" / "en" / "posting.txt"


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(main, list(args), env=env)


def test_the_text_report_names_score_skills_and_findings() -> None:
    result = run("check", str(RESUME), str(POSTING), "--letter", str(LETTER))
    assert result.exit_code == 0, result.output
    assert "Score " in result.output
    assert "/100" in result.output
    assert "Missing" in result.output
    assert "Resume checks" in result.output
    assert "Cover letter checks" in result.output
    assert "\x1b[" not in result.output  # not a terminal: no colour codes


def test_json_has_the_documented_fields() -> None:
    result = run("check", str(RESUME), str(POSTING), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    for key in ("score", "languages", "skills", "resume_findings", "letter_findings",
                "keyword_share", "score_parts"):
        assert key in data
    assert data["languages"] == {"resume": "en", "posting": "en", "report": "en"}
    for skill in data["skills"]:
        assert {"id", "label", "category", "importance", "status", "resume_evidence",
                "posting_evidence"} <= set(skill)
    assert data["letter_findings"][0]["code"] == "no-letter"


def test_min_score_not_reached_exits_with_3(tmp_path: Path) -> None:
    result = run("check", str(RESUME), str(POSTING), "--min-score", "100", "--format", "json")
    assert result.exit_code == 3
    score = json.loads(result.stdout)["score"]
    assert f"Score {score} is below --min-score 100." in result.stderr


def test_min_score_reached_exits_with_0() -> None:
    assert run("check", str(RESUME), str(POSTING), "--min-score", "0").exit_code == 0


@pytest.mark.parametrize(("suffix", "marker"), [(".json", '{\n  "schema"'), (".md", "# "),
                                                (".html", "<!DOCTYPE html>")])
def test_output_file_format_follows_its_suffix(tmp_path: Path, suffix: str, marker: str) -> None:
    target = tmp_path / f"report{suffix}"
    result = run("check", str(RESUME), str(POSTING), "-o", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8").lstrip().startswith(marker)
    assert result.stdout == ""
    assert f"report written to {target}" in result.stderr


def test_an_existing_report_is_kept_without_force(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    target.write_text("mine", encoding="utf-8")
    result = run("check", str(RESUME), str(POSTING), "-o", str(target))
    assert result.exit_code == 1
    assert result.output == f"Error: {target} already exists; use --force to replace it\n"
    assert target.read_text(encoding="utf-8") == "mine"
    assert run("check", str(RESUME), str(POSTING), "-o", str(target), "--force").exit_code == 0
    assert target.read_text(encoding="utf-8") != "mine"


def test_the_report_never_overwrites_an_input(tmp_path: Path) -> None:
    resume = tmp_path / "cv.txt"
    shutil.copy(RESUME, resume)
    before = resume.read_bytes()
    result = run("check", str(resume), str(POSTING), "-o", str(resume), "--force",
                 "--format", "text")
    assert result.exit_code == 1
    assert result.output == f"Error: {resume} is one of the input files; refusing to overwrite it\n"
    assert resume.read_bytes() == before


def test_a_missing_file_is_a_usage_error() -> None:
    result = run("check", "nope.txt", str(POSTING))
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_an_empty_resume_is_a_one_line_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    result = run("check", str(empty), str(POSTING))
    assert result.exit_code == 1
    assert result.output == f"Error: {empty} is empty\n"


def test_a_posting_in_french_is_refused(tmp_path: Path) -> None:
    french = tmp_path / "annonce.txt"
    french.write_text("Nous recherchons un conseiller clientèle pour notre équipe à Paris. "
                      "Vous avez une expérience dans le service client et vous êtes patient.",
                      encoding="utf-8")
    result = run("check", str(RESUME), str(french))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {french}: the text looks French")


def test_a_posting_without_known_skills_is_refused(tmp_path: Path) -> None:
    posting = tmp_path / "posting.txt"
    posting.write_text("We are hiring.\nThe weather in the town is nice and the food is good.",
                       encoding="utf-8")
    result = run("check", str(RESUME), str(posting))
    assert result.exit_code == 1
    assert result.output == (f"Error: {posting}: found none of the skills the checker knows; "
                             "is it a job posting?\n")


def test_report_language_can_be_chosen() -> None:
    result = run("check", str(RESUME), str(POSTING), "--lang", "de", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["languages"]["report"] == "de"
    assert data["score_parts"][0]["label"] != "Skills"


def test_resume_and_posting_the_wrong_way_round_are_refused() -> None:
    result = run("check", str(POSTING), str(RESUME))
    assert result.exit_code == 1
    assert result.output == (f"Error: {POSTING} looks like a job posting and {RESUME} like a "
                             "resume; give the resume first, then the posting\n")


def test_an_output_suffix_without_a_format_is_a_usage_error(tmp_path: Path) -> None:
    result = run("check", str(RESUME), str(POSTING), "-o", str(tmp_path / "report.pdf"))
    assert result.exit_code == 2
    assert "cannot tell the format from 'report.pdf'" in result.output
    assert not (tmp_path / "report.pdf").exists()


def test_reports_are_readable_by_others_as_the_umask_allows(tmp_path: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        target = tmp_path / "report.json"
        assert run("check", str(RESUME), str(POSTING), "-o", str(target)).exit_code == 0
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644


# Modelled on warehouse ads on jobindex.dk and on StepStone ("Lagerhelfer (m/w/d)"): a real
# posting may ask only for things the taxonomy does not know.
POSTINGS_WITHOUT_KNOWN_SKILLS = {
    "da": ("Lagermedarbejder til vores lager i Kolding\n\nOm jobbet\nDu skal plukke og pakke "
           "ordrer og køre med truck på lageret.\n\nVi forventer\n- Gyldigt truckcertifikat (B)\n",
           "Programmet fandt ingen af de kompetencer"),
    "de": ("Lagerhelfer (m/w/d) in Bremen\n\nIhre Aufgaben\n- Kommissionieren und Verpacken von "
           "Waren\n\nIhr Profil\n- Staplerschein\n", "keine der Kompetenzen gefunden"),
}


@pytest.mark.parametrize("lang", sorted(POSTINGS_WITHOUT_KNOWN_SKILLS))
def test_a_posting_with_no_known_skill_gets_a_report_that_says_so(tmp_path: Path,
                                                                  lang: str) -> None:
    text, says = POSTINGS_WITHOUT_KNOWN_SKILLS[lang]
    posting = tmp_path / "posting.txt"
    posting.write_text(text, encoding="utf-8")
    result = run("check", str(RESUME), str(posting), "--lang", lang)
    assert result.exit_code == 0, result.output
    assert says in " ".join(result.output.split())
