"""`demo` and `batch`: the workshop's first five minutes and a room of twenty resumes."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from resume_helper.cli import main
from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.workshop import run_batch, run_demo
from resume_helper.workshop.demo import sample_paths

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_the_demo_checks_and_tailors_the_samples(lang: str, tmp_path: Path) -> None:
    result = run_demo(lang, tmp_path)
    assert result.report.languages == {"resume": lang, "posting": lang, "letter": lang}
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"sample-{lang}-{suffix}" for suffix in ("tailored.docx", "cover-letter.docx",
                                                 "report.html"))
    again = run_demo(lang, tmp_path)  # a second demo replaces its own files
    assert again.report.score == result.report.score


def test_the_demo_command_prints_the_report_and_the_files(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["demo", "--lang", "de", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "Punkte" in result.stdout or "/100" in result.stdout
    assert str(tmp_path / "sample-de-tailored.docx") in result.stdout
    assert "posting.txt" in result.stdout


@pytest.fixture
def room(tmp_path: Path) -> Path:
    """A folder of resumes as a counselor gets them: formats mixed, one broken, a subfolder."""
    folder = tmp_path / "resumes"
    (folder / "group-b").mkdir(parents=True)
    shutil.copy(FIXTURES / "resume_en.txt", folder / "dana.txt")
    shutil.copy(FIXTURES / "resume_en.docx", folder / "group-b" / "sam.docx")
    shutil.copy(FIXTURES / "resume_en.json", folder / "json-resume.json")
    shutil.copy(FIXTURES / "cases" / "weak_en.txt", folder / "jordan.md")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (folder / ".hidden.txt").write_text("skip me", encoding="utf-8")
    (folder / "notes.png").write_bytes(b"\x89PNG")
    return folder


def _csv(out: Path, delimiter: str = ",") -> list[dict[str, str]]:
    text = (out / "summary.csv").read_text(encoding="utf-8-sig")
    return list(csv.DictReader(io.StringIO(text), delimiter=delimiter))


@pytest.mark.parametrize("jobs", [1, 2])
def test_batch_checks_every_resume_and_survives_a_bad_one(room: Path, tmp_path: Path,
                                                          jobs: int) -> None:
    out = tmp_path / "out"
    posting = sample_paths("en")["posting"]
    seen = []
    rows = run_batch(room, posting, out, jobs=jobs,
                     progress=lambda d, t: seen.append((d, t))).rows
    assert [r.file for r in rows] == ["broken.pdf", "dana.txt", "group-b/sam.docx",
                                      "jordan.md", "json-resume.json"]
    assert seen[-1] == (5, 5)
    broken = rows[0]
    assert broken.score is None
    assert "PDF" in (broken.error or "")
    good = [r for r in rows if r.error is None]
    assert len(good) == 4
    assert all(0 <= r.score <= 100 for r in good)
    table = _csv(out)
    assert [r["file"] for r in table] == [r.file for r in rows]
    assert table[1]["name"] == "DANA MORALES"
    for row in good:
        assert (out / row.report).is_file()
    html = (out / "summary.html").read_text(encoding="utf-8")
    assert "<script>" in html
    assert "aria-sort" in html
    assert "dana.txt" in html
    weak = next(r for r in rows if r.file == "jordan.md")
    strong = next(r for r in rows if r.file == "dana.txt")
    assert weak.score < strong.score


def test_anonymized_summary_holds_no_names_emails_or_phones(room: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_batch(room, sample_paths("en")["posting"], out, jobs=1, anonymize=True)
    assert result.key == out / "key.csv"
    assert "dana.txt" in result.key.read_text(encoding="utf-8")
    for name in ("summary.csv", "summary.html"):
        text = (out / name).read_text(encoding="utf-8")
        for secret in ("DANA", "Morales", "dana.morales@example.com", "555-0142", "Jordan",
                       "jordan.txt", "dana.txt"):
            assert secret not in text, (name, secret)
    assert [r["file"] for r in _csv(out)] == ["#001", "#002", "#003", "#004", "#005"]
    assert "name" not in _csv(out)[0]


def test_batch_keeps_an_earlier_summary_without_force(room: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "summary.csv").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(room), str(sample_paths("en")["posting"]),
                                       "-o", str(out)])
    assert result.exit_code == 1
    assert result.output.endswith(f"Error: {out / 'summary.csv'} already exists; "
                                  "use --force to replace it\n")
    assert (out / "summary.csv").read_text(encoding="utf-8") == "mine"


def test_batch_command_reports_what_it_could_not_check(room: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(room), str(sample_paths("en")["posting"]),
                                       "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "Checked 4 of 5 resumes" in result.stdout
    assert "Could not check broken.pdf" in result.stdout


def test_an_empty_folder_is_a_one_line_error(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["batch", str(empty), str(sample_paths("en")["posting"]),
                                       "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output == f"Error: {empty} holds no resumes (DOCX, PDF, TXT, MD or JSON)\n"


def test_anonymized_batch_command_points_to_the_key(room: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", str(room), str(sample_paths("en")["posting"]),
                                       "-o", str(out), "--jobs", "1", "--anonymize"])
    assert result.exit_code == 0, result.output
    assert f"Which number is which file: {out / 'key.csv'}" in result.stdout


def test_a_german_summary_opens_in_german_spreadsheets(room: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch(room, sample_paths("de")["posting"], out, jobs=1)
    raw = (out / "summary.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = _csv(out, delimiter=";")
    assert rows[1]["keyword_share"].count(",") == 1
    html = (out / "summary.html").read_text(encoding="utf-8")
    assert '<html lang="de">' in html
    assert "Ergebnis" in html


def test_a_second_batch_leaves_no_stale_reports(room: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    posting = sample_paths("en")["posting"]
    run_batch(room, posting, out, jobs=1)
    run_batch(room, posting, out, jobs=1, anonymize=True, force=True)
    names = sorted(p.name for p in (out / "reports").iterdir())
    assert names == ["resume-002.html", "resume-003.html", "resume-004.html", "resume-005.html"]


def test_junk_files_get_a_row_not_a_report(tmp_path: Path) -> None:
    folder = tmp_path / "resumes"
    folder.mkdir()
    (folder / "note.txt").write_text("Dana Morales", encoding="utf-8")
    (folder / "russian.txt").write_text("Иван Петров\nОпыт работы\nОператор колл-центра, "
                                        "ООО Ромашка, 2019–2023\nКлючевые навыки: работа с "
                                        "клиентами, MS Office", encoding="utf-8")
    rows = run_batch(folder, sample_paths("en")["posting"], tmp_path / "out", jobs=1).rows
    errors = {row.file: row.error for row in rows}
    assert errors["note.txt"] == "note.txt has only 2 words; is it really a resume?"
    assert errors["russian.txt"].startswith("russian.txt: the text is written in Cyrillic")
