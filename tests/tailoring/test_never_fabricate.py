"""Tailoring never invents: over many generated resume/posting pairs and the bundled samples,
every number, period, name and skill concept in the outputs comes from the inputs."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resume_helper.documents import read_document
from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.tailoring import tailor
from resume_helper.tailoring.language import letter_date

from .facts import concepts_of, new_facts
from .generated import POOLS, as_docx, as_text, letter_text, posting_text, resume_lines
from .layouts import PEOPLE
from .real_layouts import ALL_LAYOUTS, build_any

TODAY = date(2026, 12, 2)


def _outputs(result, lang: str) -> tuple[str, str, str]:
    """The resume's text, the letter's text and the letter's body.

    The letter's date line is today's date, the one thing tailoring adds on purpose; its
    greeting and closing are formulas ("Mit freundlichen Grüßen" claims no friendliness), so
    only the body and subject are held to the resume's skills.
    """
    resume = read_document(result.resume_docx, kind="resume").text
    letter = read_document(result.letter_docx, kind="letter")
    lines = [p.text for p in letter.paragraphs if p.section != "date"]
    body = [p.text for p in letter.paragraphs if p.section in ("body", "subject")]
    return resume, "\n".join(lines), "\n".join(body)


def assert_nothing_invented(resume_in: str, posting_in: str, letter_in: str | None, result,
                            *, resume_lang: str, posting_lang: str) -> None:
    lang = result.lang
    from resume_helper.tailoring.plan import broader

    ad = read_document(posting_in.encode(), kind="posting")
    named = " ".join(x for x in (ad.title, ad.company) if x)
    resume_concepts = concepts_of([(resume_in, resume_lang)]) | concepts_of([(named, posting_lang)])
    # the kind of a product the resume names is no new fact ("Salesforce (CRM)")
    resume_concepts |= {broader()[c] for c in resume_concepts if c in broader()}
    resume_out, letter_out, letter_body = _outputs(result, lang)
    inputs = [resume_in, posting_in] + ([letter_in] if letter_in else [])
    problems = new_facts(inputs, resume_out, lang=lang, allowed_concepts=resume_concepts)
    assert not problems, f"tailored resume invents {problems}"
    letter_concepts = resume_concepts | (concepts_of([(letter_in, resume_lang)]) if letter_in
                                         else set())
    problems = new_facts(inputs, letter_out, lang=lang, allowed_concepts=None)
    problems += new_facts(inputs, letter_body, lang=lang, allowed_concepts=letter_concepts)
    assert not problems, f"cover letter invents {problems}"


def assert_the_person_is_kept(source: bytes, result) -> None:
    """Every section survives (same kinds), and the name, e-mail, phone and any personal
    line of the contact block are there word for word."""
    before = read_document(source, kind="resume")
    after = read_document(result.resume_docx, kind="resume")
    assert {s.kind for s in before.sections} <= {s.kind for s in after.sections}
    text = after.text
    contact = before.contact
    for value in (contact.name, contact.email, contact.phone.raw if contact.phone else None):
        if value:
            assert value in text, value
    for section in before.sections_of("contact"):
        for paragraph in section.content:
            for piece in paragraph.text.split(" · "):
                assert piece.strip() in text, piece


@st.composite
def pairs(draw, lang: str):
    pool = POOLS[lang]
    jobs = draw(st.lists(st.integers(0, len(pool["jobs"]) - 1), min_size=1, max_size=3,
                         unique=True))
    bullets = [draw(st.lists(st.integers(0, len(pool["bullets"]) - 1), min_size=0, max_size=3,
                             unique=True)) for _ in jobs]
    lines = resume_lines(
        lang, name=draw(st.integers(0, len(pool["names"]) - 1)), jobs=sorted(jobs),
        bullets=bullets,
        skills=draw(st.lists(st.integers(0, len(pool["skills"]) - 1), min_size=1, max_size=6,
                             unique=True)),
        summary=draw(st.none() | st.integers(0, len(pool["summary"]) - 1)))
    posting = posting_text(
        lang, head=draw(st.integers(0, len(pool["posting_head"]) - 1)),
        asks=draw(st.lists(st.integers(0, len(pool["asks"]) - 1), min_size=1, max_size=5,
                           unique=True)),
        duties=draw(st.lists(st.integers(0, len(pool["duties"]) - 1), min_size=1, max_size=3,
                             unique=True)))
    as_word = draw(st.booleans())
    ats_safe = draw(st.booleans())
    with_letter = draw(st.booleans())
    accept = draw(st.sampled_from(["safe", "all"]))
    return lines, posting, as_word, ats_safe, with_letter, accept


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_generated_pairs_gain_no_facts(lang: str) -> None:
    @settings(max_examples=12, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.too_slow])
    @given(pairs(lang))
    def check(case) -> None:
        lines, posting, as_word, ats_safe, with_letter, accept = case
        resume_text = as_text(lines)
        letter = letter_text(lang, name=0) if with_letter else None
        source = as_docx(lines) if as_word else resume_text.encode()
        result = tailor(source, posting.encode(), letter=letter.encode() if letter else None,
                        ats_safe=ats_safe, today=TODAY, accept=accept)
        assert_nothing_invented(resume_text, posting, letter, result, resume_lang=lang,
                                posting_lang=lang)
        assert_the_person_is_kept(source, result)

    check()


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_the_samples_gain_no_facts(lang: str, samples) -> None:
    paths = samples(lang)
    resume_text = read_document(paths["resume"]).text
    posting = paths["posting"].read_text(encoding="utf-8")
    letter = paths["letter"].read_text(encoding="utf-8")
    for ats_safe in (False, True):
        result = tailor(paths["resume"], paths["posting"], letter=paths["letter"],
                        ats_safe=ats_safe, today=TODAY)
        assert_nothing_invented(resume_text, posting, letter, result, resume_lang=lang,
                                posting_lang=lang)


def test_a_german_resume_tailored_to_an_english_posting_gains_no_facts(samples) -> None:
    de, en = samples("de"), samples("en")
    resume_text = read_document(de["resume"]).text
    posting = en["posting"].read_text(encoding="utf-8")
    result = tailor(de["resume"], en["posting"], today=TODAY)
    assert result.lang == "en"
    assert_nothing_invented(resume_text, posting, None, result, resume_lang="de",
                            posting_lang="en")


def test_the_letter_date_names_the_town_where_the_country_does() -> None:
    assert letter_date(TODAY, "de", "Hamburg") == "Hamburg, 2. Dezember 2026"
    assert letter_date(TODAY, "en", "Portland") == "December 2, 2026"


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
@pytest.mark.parametrize("layout", ALL_LAYOUTS)
def test_every_layout_with_every_suggestion_gains_no_facts(lang: str, layout: str) -> None:
    person = PEOPLE[lang]
    source = build_any(lang, layout)
    resume_text = read_document(source).text
    result = tailor(source, person["posting"].encode(), letter=person["letter"].encode(),
                    today=TODAY, accept="all")
    assert_nothing_invented(resume_text, person["posting"], person["letter"], result,
                            resume_lang=lang, posting_lang=lang)
    assert_the_person_is_kept(source, result)
