"""The batch summary as shown on a projector: the posting's title, shares as percentages,
score bands in colour (issue 14)."""

from __future__ import annotations

import csv

from resume_helper.analysis import analyse
from resume_helper.documents import read_text
from resume_helper.workshop.batch import BatchRow
from resume_helper.workshop.summary import summary_csv, summary_html

POSTING = ("Kundenberater (m/w/d)\nBeispiel GmbH, Berlin\n\nIhr Profil\n"
           "- Erfahrung im Kundenservice\n- Geduld\n")


def test_the_summary_names_the_job_shows_percentages_and_bands() -> None:
    posting = analyse(read_text(POSTING, kind="posting", name="stellen/ad-17.txt"), "posting")
    rows = [BatchRow(file="a.docx", score=82, keyword_share=0.5),
            BatchRow(file="b.docx", score=60, keyword_share=0.25),
            BatchRow(file="c.docx", score=20, keyword_share=0.0)]
    html = summary_html(rows, anonymize=True, posting=posting, lang="de")
    assert "Kundenberater" in html.split("<table>")[0]
    assert "ad-17.txt" not in html
    assert "50 %" in html
    for band in ("good", "fair", "poor"):
        assert f'class="{band}"' in html
    assert "0,50" in summary_csv(rows, anonymize=True, lang="de")  # spreadsheets keep numbers


def test_the_summary_names_languages_and_explains_warnings() -> None:
    """A language column in the summary's language, and each warning count said in words;
    an ad without a title is named by its file, never by the folders of its path."""
    posting = analyse(read_text("Ihr Profil\n- Erfahrung im Kundenservice\n- Geduld\n",
                                kind="posting", name="stellen/2024/ad-17.txt"), "posting",
                      lang="de")
    rows = [BatchRow(file="a.docx", score=70, language="da", warnings=2,
                     warning_codes=("layout-tables", "contact-in-header")),
            BatchRow(file="b.docx", score=40, language="de")]
    html = summary_html(rows, anonymize=True, posting=posting, lang="de")
    assert "<td data-value=\"da\">Dänisch</td>" in html
    assert "2: Tabellen; Kontaktdaten nur in Kopf- oder Fußzeile" in html
    assert "ad-17.txt" in html
    assert "stellen/2024" not in html
    text = summary_csv(rows, anonymize=True, lang="da")
    header, first = text.lstrip("\ufeff").splitlines()[:2]
    assert header.split(";")[:3] == ["file", "language", "score"]
    assert header.endswith(";warnings;tips;error;report;warning_reasons")
    assert first.startswith("a.docx;da;70;")  # codes and numbers stay sortable in a sheet
    assert next(csv.reader([first], delimiter=";"))[-4:] == [
        "0", "", "", "tabeller; kontaktoplysninger kun i sidehoved eller sidefod"]


def test_a_resume_in_another_language_gets_cells_in_the_summary_s_language(tmp_path) -> None:
    """An English resume against a German ad: its row says "en" in the language column and
    names its matches and gaps in German, as every other row of the German summary."""
    import shutil
    from pathlib import Path

    from resume_helper.nlp.resources import concept_label
    from resume_helper.workshop.batch import run_batch
    from resume_helper.workshop.demo import sample_paths

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    folder = tmp_path / "resumes"
    folder.mkdir()
    shutil.copy(fixtures / "resume_en.txt", folder / "dana.txt")
    posting = sample_paths("de")["posting"]
    row = run_batch(folder, posting, tmp_path / "out", jobs=1).rows[0]
    german = {concept_label(s.id, "de") for s in analyse(posting, "posting").skills}
    assert row.language == "en"
    assert row.top_gaps
    assert set(row.top_matches + row.top_gaps) <= german
