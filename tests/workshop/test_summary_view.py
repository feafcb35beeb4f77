"""The batch summary as shown on a projector: the posting's title, shares as percentages,
score bands in colour (issue 14)."""

from __future__ import annotations

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
