from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
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
    # binary data, or bytes no text encoding reads: either way one line naming the file
    assert result.output.startswith(f"Error: {garbage}: unknown file type (")
    assert result.output.count("\n") == 1


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


# --- Every line a user sees is in the report's language (issue 16) ---------------------------

SAMPLES = Path(__file__).resolve().parent.parent / "resume_helper" / "samples"
FRENCH = "Nous recherchons un conseiller clientèle pour notre équipe à Lyon."
NO_LOCALE = {"LC_ALL": None, "LC_MESSAGES": None, "LANG": None}


@pytest.mark.parametrize(("lang", "expected"), [
    ("de", "Fehler: {path}: Datei nicht gefunden"),
    ("da", "Fejl: {path}: Filen findes ikke"),
    ("et", "Viga: {path}: faili ei ole olemas"),
])
def test_an_error_is_said_in_the_lang_option_language(tmp_path: Path, lang: str,
                                                      expected: str) -> None:
    missing = tmp_path / "nope.txt"
    result = run("skills", str(missing), "--lang", lang)
    assert result.exit_code == 1
    assert result.output == expected.format(path=missing) + "\n"


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "de_DE.UTF-8"}, "Fehler: Der Text scheint auf Französisch verfasst zu sein; "),
    ({"LANG": "da_DK.UTF-8"}, "Fejl: Teksten ser ud til at være på fransk; "),
    ({"LANG": "et_EE.UTF-8"}, "Viga: tekst paistab olevat prantsuse keeles; "),
    ({"LANG": "de_DE.UTF-8", "LC_ALL": "et_EE.UTF-8"}, "Viga: tekst paistab olevat prantsuse"),
    ({"LANG": "C.UTF-8"}, "Error: the text looks French; "),
    ({"LANG": "fr_FR.UTF-8"}, "Error: the text looks French; "),
])
def test_without_lang_an_error_follows_the_system_language(env: dict[str, str],
                                                           expected: str) -> None:
    runner = CliRunner(env={**NO_LOCALE, **env})
    result = runner.invoke(main, ["skills", "-"], input=FRENCH)
    assert result.exit_code == 1
    assert result.output.startswith(expected), result.output


@pytest.mark.parametrize(("lang", "expected"), [
    ("de", "Fehler: Standardeingabe ist leer\n"), ("da", "Fejl: standardinput er tom\n"),
    ("et", "Viga: standardsisend on tühi\n"), ("en", "Error: standard input is empty\n"),
])
def test_standard_input_is_named_in_the_language(lang: str, expected: str) -> None:
    result = run("skills", "-", "--lang", lang, input="  \n")
    assert result.exit_code == 1
    assert result.output == expected


def test_a_wrapped_cause_is_said_in_the_same_language(tmp_path: Path) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_text(FRENCH + " Expérience: conseiller clientèle chez Orange.", encoding="utf-8")
    result = run("check", str(resume), str(SAMPLES / "et" / "posting.txt"), "--lang", "et")
    assert result.exit_code == 1
    assert result.output.startswith(f"Viga: {resume}: tekst paistab olevat prantsuse keeles"), \
        result.output


def _english_fragments() -> set[str]:
    """Every run of English words in en.yaml that no other language's file has too."""
    from resume_helper.messages import Messages, all_keys

    others = " ".join(str(Messages(lang).raw(key)) for lang in ("de", "da", "et")
                      for key in all_keys(lang))
    fragments = set()
    for key in all_keys("en"):
        value = Messages("en").raw(key)
        if isinstance(value, str):
            for part in re.split(r"{[^}]*}", value):
                part = part.strip(" .,;:()–→")
                if len(part) >= 10 and " " in part and part not in others:
                    fragments.add(part)
    return fragments


def _assert_no_english(text: str) -> None:
    found = sorted(f for f in _english_fragments() if f in text)
    assert not found, found


def test_check_says_its_own_lines_in_the_report_language(tmp_path: Path) -> None:
    report = tmp_path / "bericht.html"
    result = run("check", str(SAMPLES / "de" / "resume.docx"), str(SAMPLES / "de" / "posting.txt"),
                 "--lang", "de", "-o", str(report), "--min-score", "100")
    assert result.exit_code == 3, result.output
    score = re.search(r"Ergebnis (\d+)/100", result.stderr).group(1)
    assert result.stderr == (f"Ergebnis {score}/100; Bericht gespeichert unter {report}\n"
                             f"Das Ergebnis {score} liegt unter --min-score 100.\n")
    _assert_no_english(result.output)


def test_demo_speaks_german_with_lang_de(tmp_path: Path) -> None:
    result = run("demo", "--lang", "de", "-o", str(tmp_path / "demo"))
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("Beispielunterlagen auf Deutsch werden geprüft …\n")
    assert "Verwendete Beispiele:" in result.stdout
    _assert_no_english(result.output)


def test_batch_speaks_german_with_lang_de(tmp_path: Path) -> None:
    folder = tmp_path / "bewerbungen"
    folder.mkdir()
    (folder / "leer.txt").write_text(" ", encoding="utf-8")
    (folder / "lebenslauf.docx").write_bytes((SAMPLES / "de" / "resume.docx").read_bytes())
    out = tmp_path / "out"
    result = run("batch", str(folder), str(SAMPLES / "de" / "posting.txt"), "--lang", "de",
                 "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"1 von 2 Lebensläufen geprüft; Übersicht in {out / 'summary.csv'} und "
        f"{out / 'summary.html'}.",
        "  Nicht geprüft: leer.txt: leer.txt ist leer",
    ]
    _assert_no_english(result.output)
    assert "leer.txt ist leer" in (out / "summary.html").read_text(encoding="utf-8")


def test_skills_speaks_the_text_s_language(tmp_path: Path) -> None:
    resume = tmp_path / "cv.txt"
    resume.write_text("Ich bin geduldig. Erfahrung mit Zendesk.", encoding="utf-8")
    result = run("skills", str(resume), "--lang", "de")
    assert result.exit_code == 0, result.output
    assert "persönliche Stärke „geduldig“" in result.output
    assert "Programm" in result.output
    assert "soft" not in result.output
    nothing = tmp_path / "nichts.txt"
    nothing.write_text("Ich wohne in einer kleinen Wohnung am Stadtrand.", encoding="utf-8")
    result = run("skills", str(nothing), "--lang", "de")
    assert result.output == "Keine Kompetenzen gefunden, die das Programm kennt.\n"


@pytest.mark.parametrize(("lang", "expected"), [
    ("de", ["Lebenslauf (", "Berufserfahrung:", "[2020 – heute] (1 Stichpunkt)", "Abschnitte:"]),
    ("da", ["CV (", "Erhvervserfaring:", "[2020 – nu] (1 punkt)", "Dele:"]),
    ("et", ["CV (", "Töökogemus:", "[2020 – praegu] (1 punkt)", "Jaotised:"]),
])
def test_parse_speaks_the_document_s_language(lang: str, expected: list[str]) -> None:
    text = {
        "de": "Dana Berg\ndana@example.com\n\nBerufserfahrung\n2020 – heute Kundenberaterin, "
              "Nordwind GmbH\n- Beratung von Kunden am Telefon und per E-Mail\n",
        "da": "Dana Berg\ndana@example.com\n\nErhvervserfaring\n2020 – nu Kundeservicemedarbejder, "
              "Nordvind A/S\n- Besvarede opkald og e-mails fra kunder om regninger\n",
        "et": "Dana Berg\ndana@example.com\n\nTöökogemus\n2020 – praegu Klienditeenindaja, "
              "Põhjatuul OÜ\n- Klientide nõustamine telefoni ja e-posti teel arvete küsimustes\n",
    }[lang]
    result = run("parse", "-", "--lang", lang, input=text)
    assert result.exit_code == 0, result.output
    for part in expected:
        assert part in result.output, (part, result.output)
    for english in ("Experience:", "present]", "bullet", "Sections:", "language"):
        assert english not in result.output, (english, result.output)
