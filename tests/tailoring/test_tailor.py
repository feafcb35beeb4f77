"""What `tailor` does to a resume and letter, and what it keeps."""

from __future__ import annotations

import io
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from resume_helper.documents import read_document
from resume_helper.documents.docx import W
from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.tailoring import tailor
from resume_helper.tailoring.language import tailor_data
from resume_helper.tailoring.plan import split_items

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TODAY = date(2026, 12, 2)


def _docx(data: bytes):
    return Document(io.BytesIO(data))


def _kinds(result, kind: str) -> list[str]:
    return [c.kind for c in result.changes if c.document == kind]


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_a_word_resume_keeps_its_look(lang: str, samples) -> None:
    paths = samples(lang)
    result = tailor(paths["resume"], paths["posting"], letter=paths["letter"], today=TODAY)
    before, after = Document(str(paths["resume"])), _docx(result.resume_docx)
    assert {p.style.name for p in before.paragraphs} <= {p.style.name for p in after.paragraphs}
    for old, new in zip(before.sections, after.sections, strict=True):
        assert (old.page_width, old.page_height, old.left_margin, old.top_margin) == \
            (new.page_width, new.page_height, new.left_margin, new.top_margin)
    assert read_document(result.resume_docx).fonts == read_document(paths["resume"]).fonts
    assert len(before.inline_shapes) == len(after.inline_shapes)
    assert "rebuilt" not in _kinds(result, "resume")


def _items(resume) -> Counter:
    return Counter(item.strip(" .") for s in resume.sections_of("skills") for p in s.content
                   for item in split_items(p.text)[1])


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_nothing_of_the_original_is_lost(lang: str, samples) -> None:
    """Every paragraph is still there, re-read from the written file, as the accepted
    suggestions make it; every skills item is still there, first in its own words."""
    paths = samples(lang)
    result = tailor(paths["resume"], paths["posting"], today=TODAY, accept="all")
    original = read_document(paths["resume"], kind="resume")
    tailored = read_document(result.resume_docx, kind="resume")
    out_texts = {p.text for p in tailored.paragraphs}
    for paragraph in original.paragraphs:
        assert result.plan.text_of(paragraph) in out_texts, paragraph.text
    after = list(_items(tailored).elements())
    for item in _items(original).elements():
        assert any(new.startswith(item) for new in after), item


def test_the_profile_grows_from_the_own_summary_without_tautology(samples) -> None:
    paths = samples("en")
    result = tailor(paths["resume"], paths["posting"], today=TODAY, accept="all")
    original = read_document(paths["resume"], kind="resume")
    tailored = read_document(result.resume_docx, kind="resume")
    old_summary = [p.text for s in original.sections_of("summary") for p in s.content]
    summary = [p.text for s in tailored.sections_of("summary") for p in s.content]
    assert summary[0].startswith(old_summary[0])  # the person's own words first
    assert len(summary) == len(old_summary)  # no template stacked on top
    added = summary[0][len(old_summary[0]):]
    assert added.strip()
    assert "customer service" not in added.lower()  # the title says it already
    profile = next(s for s in result.plan.suggestions if s.kind == "profile")
    assert profile.proof == old_summary[0]
    safe = tailor(paths["resume"], paths["posting"], today=TODAY)
    assert [p.text for s in read_document(safe.resume_docx, kind="resume").sections_of(
        "summary") for p in s.content] == old_summary  # not written without a review


def test_skills_the_posting_asks_for_come_first(samples) -> None:
    paths = samples("de")
    result = tailor(paths["resume"], paths["posting"], today=TODAY)
    original = read_document(paths["resume"], kind="resume")
    tailored = read_document(result.resume_docx, kind="resume")
    assert "reordered" in _kinds(result, "resume")
    assert tailored.skills[0] != original.skills[0]
    asked = [e for s in result.report.skills if s.status != "missing" for e in s.resume_evidence]
    assert any(evidence in tailored.skills[0] for evidence in asked)


def test_the_posting_term_stands_next_to_the_resume_wording(samples) -> None:
    """"Reklamationsbearbeitung" keeps its place and gets "(Beschwerdemanagement)"."""
    paths = samples("de")
    result = tailor(paths["resume"], paths["posting"], today=TODAY)
    tailored = read_document(result.resume_docx, kind="resume")
    assert "Reklamationsbearbeitung (Beschwerdemanagement)" in tailored.text
    term = next(s for s in result.plan.suggestions if s.kind == "term"
                and "Beschwerdemanagement" in s.after)
    assert term.accepted
    assert term.proof
    assert term.requirement
    assert term.why
    assert any(c.kind in ("edited", "reordered") and "(Beschwerdemanagement)" in c.after
               for c in result.changes)
    complaint = next(s for s in result.report.skills if s.id == "complaint-handling")
    assert any("Beschwerdemanagement" in e for e in complaint.resume_evidence)
    assert result.report.score >= result.report.score_before


@pytest.mark.parametrize("fixture", ["resume_de_table.docx", "resume_da_textbox.docx",
                                     "resume_en.txt", "resume_et.pdf", "resume_en.json"])
def test_ats_safe_output_is_one_plain_column(fixture: str, samples) -> None:
    lang = fixture.split("_")[1].split(".")[0]
    result = tailor(FIXTURES / fixture, samples(lang)["posting"], ats_safe=True, today=TODAY)
    document = _docx(result.resume_docx)
    body = document.element.body
    assert not document.tables
    assert body.find(f".//{W}txbxContent") is None
    assert not any(p.text.strip() for s in document.sections for p in s.header.paragraphs)
    reread = read_document(result.resume_docx, kind="resume")
    assert reread.contact.email
    assert reread.contact.found_in == ("body",)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    standard = set(tailor_data(lang)["headings"].values())
    assert headings
    assert set(headings[:3]) <= standard
    assert any(p.style.name == "List Bullet" for p in document.paragraphs)
    assert set(reread.fonts) == {tailor_data(lang)["font"]}
    assert "rebuilt" in _kinds(result, "resume")


def test_contact_details_move_from_the_header_into_the_body() -> None:
    from tests.checker.test_findings import _docx_with_header_contact

    posting = FIXTURES.parent.parent / "resume_helper" / "samples" / "en" / "posting.txt"
    result = tailor(_docx_with_header_contact(), posting, ats_safe=True, today=TODAY)
    reread = read_document(result.resume_docx, kind="resume")
    assert reread.contact.email == "dana.morales@example.com"
    assert reread.contact.found_in == ("body",)
    assert "contact_moved" in _kinds(result, "resume")


def test_the_same_inputs_give_the_same_text(samples) -> None:
    paths = samples("da")
    runs = [tailor(paths["resume"], paths["posting"], letter=paths["letter"], today=TODAY)
            for _ in range(2)]
    for attribute in ("resume_docx", "letter_docx"):
        first, second = (read_document(getattr(r, attribute)) for r in runs)
        assert first.text == second.text
    assert runs[0].report == runs[1].report


def test_the_letter_greets_the_named_contact_formally(samples) -> None:
    paths = samples("de")
    result = tailor(paths["resume"], paths["posting"], letter=paths["letter"], today=TODAY)
    letter = read_document(result.letter_docx, kind="letter")
    assert letter.greeting == "Sehr geehrte Frau Becker,"
    assert "Nordlicht Energie" in letter.text
    assert letter.date == "Hamburg, 2. Dezember 2026"
    assert letter.closing
    assert letter.signature == "Katharina Lehmann"
    ties = next(p.text for p in letter.paragraphs if "bringe ich Folgendes mit" in p.text)
    assert "bei der HanseWelle Telekommunikation GmbH" in ties  # a sentence, not a quote
    assert "„" not in ties
    assert "bewerbe mich gern bei der Nordlicht Energie GmbH" in letter.text
    assert "Kundenberaterin" in (letter.subject or "")  # her title stays feminine
    kinds = _kinds(result, "letter")
    assert "letter_ties" in kinds
    assert "letter_greeting" in kinds


def test_a_draft_letter_marks_what_only_the_applicant_can_say(samples) -> None:
    paths = samples("en")
    result = tailor(paths["resume"], paths["posting"], today=TODAY)
    letter = read_document(result.letter_docx, kind="letter")
    assert letter.text.count("[") >= 2
    assert "Brightwater Home Goods" in letter.text
    assert letter.greeting == "Dear Hiring Manager,"
    assert "letter_draft" in _kinds(result, "letter")
    document = _docx(result.letter_docx)
    marked = [r for p in document.paragraphs for r in p.runs if r.text.startswith("[")]
    assert marked
    assert all(r.font.highlight_color is not None for r in marked)


def test_informal_ads_get_an_informal_letter() -> None:
    from resume_helper.tailoring.language import address_form

    assert address_form("Wir suchen dich! Deine Aufgaben: du berätst Kunden.", "de") == "informal"
    assert address_form("Ihre Aufgaben: Sie beraten Kunden. Wir bieten Ihnen", "de") == "formal"
    assert address_form("Vi søger en kollega. Du har erfaring, og I får", "da") == "informal"
    assert address_form("Ootame Teid meie meeskonda. Teie ülesanded", "et") == "formal"
    assert address_form("Ootame sind meie meeskonda. Sinu ülesanded", "et") == "informal"


def test_a_letter_in_another_language_becomes_a_new_draft(samples) -> None:
    paths = samples("en")
    result = tailor(paths["resume"], paths["posting"], letter=FIXTURES / "letter_de.txt",
                    today=TODAY)
    letter = read_document(result.letter_docx, kind="letter")
    assert "Sehr geehrte" not in letter.text
    assert "letter_other_language" in _kinds(result, "letter")


def test_missing_skills_appear_only_in_the_report(samples) -> None:
    paths = samples("en")
    result = tailor(paths["resume"], paths["posting"], today=TODAY)
    missing = [s for s in result.report.skills if s.status == "missing"]
    assert missing
    resume_text = read_document(result.resume_docx).text
    upselling = next(s for s in missing if s.id == "upselling")
    assert not any(e.lower() in resume_text.lower() for e in upselling.posting_evidence)
    asked = [s for s in missing if s.importance in ("required", "nice_to_have")]
    gaps = [c for c in result.changes if c.kind == "gap"]
    assert asked
    assert len(gaps) == len(asked)  # each reported with how to close it
    assert not any(s.kind == "gap" and s.accepted for s in result.plan.suggestions)


def test_the_old_company_is_the_one_the_letter_body_names(samples) -> None:
    paths = samples("en")
    result = tailor(paths["resume"], paths["posting"], letter=paths["letter"], today=TODAY)
    review = next(c for c in result.changes if c.kind == "letter_review")
    assert "Hollis & Crane" in review.message
    letter = read_document(result.letter_docx, kind="letter")
    assert "Hollis & Crane" not in " ".join(letter.body)


def test_a_resume_in_another_language_says_it_is_not_translated(samples) -> None:
    result = tailor(samples("de")["resume"], samples("en")["posting"], today=TODAY)
    note = next(c for c in result.changes if c.kind == "resume_other_language")
    assert "--lang de" in note.message


def test_a_stock_opening_sentence_is_replaced_and_said_so(samples) -> None:
    paths = samples("en")
    result = tailor(paths["resume"], paths["posting"], letter=paths["letter"], today=TODAY)
    replaced = next(c for c in result.changes if c.kind == "letter_opening_replaced")
    assert "Customer Service Representative" in replaced.message
    letter = read_document(result.letter_docx, kind="letter")
    assert "I am writing to apply" not in letter.text
    assert "Maple Ridge Home Co." in letter.body[0]  # the rest of the paragraph stays


def test_a_rephrased_bullet_keeps_every_word_number_and_name(samples) -> None:
    """A bullet that proves a requirement is offered in the posting's words: led by the
    posting's term, every word of the original kept; written only when accepted."""
    import re

    paths = samples("de")
    result = tailor(paths["resume"], paths["posting"], today=TODAY, accept="all")
    rephrased = [s for s in result.plan.suggestions if s.kind == "rephrase"]
    assert rephrased
    text = read_document(result.resume_docx).text
    for suggestion in rephrased:
        assert suggestion.after.endswith(suggestion.before)
        assert re.findall(r"\d+", suggestion.after) == re.findall(r"\d+", suggestion.before)
        assert suggestion.after in text
    safe = tailor(paths["resume"], paths["posting"], today=TODAY)
    assert not any(s.accepted for s in safe.plan.suggestions if s.kind == "rephrase")
    assert rephrased[0].after not in read_document(safe.resume_docx).text
