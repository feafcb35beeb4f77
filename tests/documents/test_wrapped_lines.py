"""A line wrapped after an article, preposition or conjunction is joined with the next,
even when that starts with a capital (German nouns do): "Grundkenntnisse in der" /
"Debitorenbuchhaltung". Hard-wrapped text modelled on
https://xn--jobbrse-stellenangebote-blc.de/jobs-debitorenbuchhalter (German) and Danish and
US ads pasted from an e-mail with a fixed line width."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume_helper.documents import read_document, read_text

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_pdf_narrow_column_lines_ending_in_an_article_go_on() -> None:
    posting = read_document(FIXTURES / "posting_de_wrapped.pdf")
    assert posting.requirements == (
        "Kaufmännische Ausbildung und erste Erfahrung mit der Kreditorenbuchhaltung sowie "
        "Grundkenntnisse in der Debitorenbuchhaltung und den Umgang mit DATEV und MS Excel.",)
    assert len(posting.responsibilities) == 1


@pytest.mark.parametrize(("text", "joined"), [
    ("Stellenanzeige\n\nIhr Profil\nSie bringen eine kaufmännische Ausbildung und "
     "Kenntnisse in der\nDebitorenbuchhaltung mit.\n- Teamfähigkeit\n",
     "Sie bringen eine kaufmännische Ausbildung und Kenntnisse in der Debitorenbuchhaltung mit."),
    ("Bogholder\n\nVi forventer\nDu har en kontoruddannelse og gerne et par års erfaring med\n"
     "Navision eller e-conomic fra en lignende stilling.\n- Du er struktureret\n",
     "Du har en kontoruddannelse og gerne et par års erfaring med Navision eller e-conomic "
     "fra en lignende stilling."),
    ("Accounts Receivable Clerk\n\nRequirements\nTwo years of accounts receivable experience "
     "and working knowledge of the\nQuickBooks Online ledger and Microsoft Excel.\n"
     "- Attention to detail\n",
     "Two years of accounts receivable experience and working knowledge of the QuickBooks "
     "Online ledger and Microsoft Excel."),
])
def test_plain_text_lines_ending_in_an_article_go_on(text: str, joined: str) -> None:
    posting = read_text(text, kind="posting")
    assert joined in (*posting.requirements, *posting.nice_to_haves)


def test_a_complete_line_before_a_capital_stays_apart() -> None:
    """A line that ends on a noun is complete; the next capitalised line is its own."""
    text = ("Stellenanzeige\n\nIhr Profil\nAbgeschlossene Ausbildung als Kaufmann für "
            "Büromanagement\nSicherer Umgang mit MS Office und DATEV im Tagesgeschäft\n")
    assert len(read_text(text, kind="posting").requirements) == 2
