"""Resume and cover letter checks: each can fail, and says why in the report's language."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from docx import Document

from resume_helper.analysis import analyse
from resume_helper.checker import compare
from resume_helper.documents import read_document, read_text
from resume_helper.findings import letter_findings, resume_findings
from resume_helper.messages import Messages

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
EN = Messages("en")
POSTING = ("Customer Service Representative\nBrightwater Home Goods, Columbus, OH\n\n"
           "What we're looking for\n- Experience with Zendesk and Salesforce\n"
           "- Patience and active listening\n\nTo apply, contact Ms. Jane Carter.\n")


def codes(findings) -> dict[str, str]:
    return {f.code: f.severity for f in findings}


def _resume(text: str):
    return analyse(read_text(text, kind="resume"), "resume", lang="en")


GOOD = """Dana Morales
Portland, OR 97214 | (503) 555-0142 | dana.morales@example.com

Summary
Customer service representative with four years in retail and call center support.

Experience
Customer Service Representative | Lakeside Outfitters Inc. | Jan 2020 - Present
- Answered 70 calls a day about orders and returns
- Kept a 95% customer satisfaction score in Salesforce
- Trained 4 new agents on Zendesk macros

Education
Associate of Arts, Portland Community College, 2015 - 2017

Skills
Salesforce; Zendesk; conflict resolution
""" + "\n".join(f"- Resolved billing question number {n} for a customer" for n in range(30))


def test_a_clean_resume_passes_the_layout_and_contact_checks() -> None:
    found = codes(resume_findings(_resume(GOOD), EN))
    for ok in ("contact-ok", "layout-ok", "headings-ok", "dates-ok", "results"):
        assert found[ok] == "ok"
    assert not [c for c, s in found.items() if s == "warning"]


def test_a_resume_laid_out_in_a_table_is_a_warning() -> None:
    resume = analyse(FIXTURES / "resume_de_table.docx", "resume")
    found = codes(resume_findings(resume, EN))
    assert found["layout-tables"] == "warning"
    assert "layout-ok" not in found


def _docx_with_header_contact() -> bytes:
    document = Document()
    header = document.sections[0].header.paragraphs[0]
    header.text = "Dana Morales · dana.morales@example.com · (503) 555-0142"
    for line in ("Experience", "Agent, Acme Inc. | Jan 2020 - Present",
                 "Answered customer calls", "Skills", "Zendesk"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_header_only_contact_is_flagged() -> None:
    resume = analyse(_docx_with_header_contact(), "resume", lang="en")
    found = resume_findings(resume, EN)
    assert codes(found)["contact-in-header"] == "warning"
    message = next(f.message for f in found if f.code == "contact-in-header")
    assert "header" in message


def test_text_boxes_fonts_and_unreadable_dates_are_flagged() -> None:
    resume = analyse(FIXTURES / "resume_da_textbox.docx", "resume")
    assert codes(resume_findings(resume, EN))["layout-textboxes"] == "warning"
    odd = _resume("Sam Doe\nsam@example.com\n555 0100\nExperience\n"
                  "Agent, Acme Inc. | Summer 2019 - Autumn 2020\n- Helped customers")
    found = resume_findings(odd, EN)
    assert codes(found)["dates-unparsed"] == "warning"
    assert "Summer 2019 - Autumn 2020" in next(f.message for f in found
                                               if f.code == "dates-unparsed")


def test_pronouns_cliches_and_missing_results_are_tips() -> None:
    text = ("Sam Doe\nsam@example.com | (503) 555-0100\nSummary\nI am a hard-working team "
            "player.\nExperience\nAgent, Acme Inc. | Jan 2020 - Present\n"
            "- I answered calls\n- My job was to help customers\n- Helped with returns\n")
    found = resume_findings(_resume(text), EN)
    assert codes(found)["pronouns"] == "tip"
    assert codes(found)["cliches"] == "tip"
    assert codes(found)["few-results"] == "tip"
    cliches = next(f for f in found if f.code == "cliches")
    assert "hard-working" in cliches.message
    assert "team player" in cliches.message


def test_a_long_resume_breaks_the_page_convention() -> None:
    text = GOOD + "\n" + "\n".join("- Handled a very long list of tasks for many customers "
                                   "every single day in the store" for _ in range(150))
    found = codes(resume_findings(_resume(text), EN))
    assert found["too-long"] == "warning"


def _letter(text: str, lang: str = "en"):
    return analyse(read_text(text, kind="letter"), "letter", lang=lang)


def _posting():
    return analyse(read_text(POSTING, kind="posting"), "posting")


def test_a_tailored_letter_passes_the_letter_checks() -> None:
    letter = _letter("""Dana Morales
dana.morales@example.com

March 3, 2026

Dear Ms. Carter,

I am applying for the Customer Service Representative position at Brightwater Home Goods, whose
home goods I have bought for years. In my current job I keep a 95% satisfaction score in
Salesforce and answer tickets in Zendesk; customers tell me my patience helps them most.

""" + " ".join(["Every day I take calls about orders and returns and solve them on the first "
                "call where I can, and I write down what I learned for my colleagues."] * 9)
        + """

I would welcome the chance to talk with you.

Sincerely,
Dana Morales""")
    resume = _resume(GOOD)
    report = compare(resume, _posting(), letter=letter)
    found = codes(report.letter_findings)
    for ok in ("company-named", "title-named", "ties", "greeting-named", "parts-ok",
               "length-ok"):
        assert found[ok] == "ok", report.letter_findings


def test_a_generic_letter_fails_them() -> None:
    letter = _letter((FIXTURES / "cases" / "generic_letter_en.txt").read_text("utf-8"))
    report = compare(_resume(GOOD), _posting(), letter=letter)
    found = codes(report.letter_findings)
    assert found["company-missing"] == "warning"
    assert found["title-missing"] == "warning"
    assert found["few-ties"] == "warning"
    assert found["greeting-not-named"] == "warning"
    assert found["short"] == "tip"
    generic = next(f for f in report.letter_findings if f.code == "generic")
    assert "To whom it may concern" in generic.message


def test_a_letter_in_another_language_and_a_missing_letter() -> None:
    german = _letter((FIXTURES / "letter_de.txt").read_text("utf-8"), lang="de")
    report = compare(_resume(GOOD), _posting(), letter=german)
    assert codes(report.letter_findings)["language-differs"] == "warning"
    assert codes(letter_findings(None, _posting(), report.skills, EN)) == {"no-letter": "tip"}


@pytest.mark.parametrize("lang", ["en", "de", "da", "et"])
def test_letters_without_closing_or_date_say_what_is_missing(lang: str) -> None:
    letter = read_document(FIXTURES / f"letter_{lang}.txt", kind="letter")
    lines = [p.text for p in letter.paragraphs if p.section not in ("closing", "date")]
    stripped = _letter("\n\n".join(lines), lang=lang)
    found = letter_findings(stripped, _posting(), (), EN)
    missing = next(f for f in found if f.code == "parts-missing")
    assert "date" in missing.message
    assert "closing" in missing.message


def test_a_letter_for_another_job_title_does_not_name_this_one() -> None:
    from resume_helper.findings.letter import names_title

    assert names_title("Hiermit bewerbe ich mich als Kundenberaterin im Kundenservice.",
                       "Kundenberater im Kundenservice", "de")
    assert not names_title("Ich bewerbe mich als Sachbearbeiterin im Kundenservice. Als "
                           "Beraterin kenne ich Kunden.", "Kundenberater im Kundenservice", "de")


def test_letter_ties_are_counted_by_the_resume_engine() -> None:
    """A letter that names Salesforce evidences "CRM software", as the resume would: the tie
    counts (category met by a member, or either of two alternatives)."""
    from resume_helper.checker import compare as check_documents

    posting = analyse(read_text(
        "Customer Service Agent\nAcme Inc., Denver, CO\n\nWhat we're looking for\n"
        "- Experience with CRM software\n- Zendesk or Freshdesk\n", kind="posting"), "posting")
    resume = _resume("Sam Doe\nsam@example.com\nExperience\nCustomer Service Agent, Shop LLC | "
                     "2020 - 2024\n- Logged every call in Salesforce and answered tickets in "
                     "Freshdesk for our online store customers every day")
    letter = _letter("Dear Ms. Carter,\n\nAt Shop LLC I logged every call in Salesforce and "
                     "answered tickets in Freshdesk.\n\nSincerely,\nSam Doe")
    report = check_documents(resume, posting, letter=letter)
    ties = next(f for f in report.letter_findings if f.code in ("ties", "few-ties"))
    assert ties.code == "ties", report.letter_findings


@pytest.mark.parametrize("lang", ["en", "de", "da", "et"])
def test_hidden_text_is_an_ats_finding(lang: str) -> None:
    """Zero-width characters and a skill repeated far beyond natural use are warnings."""
    text = GOOD.replace("Dana", "Da\u200bna", 1) + "\n" + " ".join(["Zendesk"] * 8)
    found = codes(resume_findings(_resume(text), Messages(lang)))
    assert found["hidden-characters"] == "warning"
    assert found["keyword-stuffing"] == "warning"
    assert "hidden-characters" not in codes(resume_findings(_resume(GOOD), Messages(lang)))


@pytest.mark.parametrize(("name", "lang", "hidden", "shown"), [
    ("resume_de_whitetext.docx", "de", {"white": "Debitorenbuchhaltung", "tiny": "Ihr Profil"},
     "weiße Schrift"),
    ("resume_en_whitetext.docx", "en", {"white": "Salesforce Zendesk", "tiny": "Requirements"},
     "white text"),
])
def test_white_and_tiny_docx_text_is_an_ats_finding(name: str, lang: str, hidden: dict[str, str],
                                                    shown: str) -> None:
    """The DOCX reader passes on which runs no one sees (white on the page, under 4 pt);
    white type on a dark table cell (a name bar) is visible and not reported."""
    document = read_document(FIXTURES / name)
    found = dict(document.hidden_text)
    assert set(found) == set(hidden)
    for why, start in hidden.items():
        assert found[why].startswith(start)
    assert not any("Lebenslauf" in text or "JORDAN" in text for _, text in document.hidden_text)
    # no reader sees it, so it is no evidence: the hidden words are not in the text
    assert not any(found[why] in document.text for why in hidden)
    assert "Lebenslauf" in document.text or "JORDAN" in document.text
    findings = resume_findings(analyse(document, "resume", lang=lang), Messages(lang))
    finding = next(f for f in findings if f.code == "hidden-text")
    assert finding.severity == "warning"
    assert shown in finding.message


def test_visible_docx_has_no_hidden_text_finding() -> None:
    document = read_document(FIXTURES / "resume_de_table.docx")
    assert document.hidden_text == ()
    assert "hidden-text" not in codes(resume_findings(analyse(document, "resume", lang="de"),
                                                      Messages("de")))
