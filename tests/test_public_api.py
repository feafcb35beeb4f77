"""The package's public functions pass the library's options through (``resume_helper.tailor``,
``suggest`` and ``check``), as outside scripts and the guide's examples call them."""

from __future__ import annotations

import io
from datetime import date

import pytest
from docx import Document

import resume_helper
from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.workshop.demo import sample_paths

TODAY = date(2026, 12, 2)


def _texts(data: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(data)).paragraphs]


def test_the_public_names_are_there() -> None:
    for name in resume_helper.__all__:
        assert hasattr(resume_helper, name), name
    assert {"check", "suggest", "tailor"} <= set(resume_helper.__all__)


@pytest.mark.parametrize("lang", SUPPORTED_LANGUAGES)
def test_tailor_writes_only_the_safe_suggestions_by_default(lang: str) -> None:
    paths = sample_paths(lang)
    result = resume_helper.tailor(paths["resume"], paths["posting"], today=TODAY)
    accepted = {s.id for s in result.plan.accepted()}
    assert accepted == {s.id for s in result.plan.suggestions if s.safe and s.writes}
    assert all(s.kind in {"reorder", "term"} for s in result.plan.accepted())


def test_tailor_takes_a_decision_per_suggestion_and_the_applicants_own_text() -> None:
    paths = sample_paths("en")
    plan = resume_helper.suggest(paths["resume"], paths["posting"], today=TODAY)
    assert plan.suggestions
    assert not plan.accepted()
    profile = next(s for s in plan.suggestions if s.kind == "profile" and s.before)
    own = profile.before + " Happy to cover evening shifts."
    decisions = {s.id: False for s in plan.suggestions}
    decisions[profile.id] = own
    result = resume_helper.tailor(paths["resume"], paths["posting"], today=TODAY,
                                  accept=decisions)
    assert [s.id for s in result.plan.accepted()] == [profile.id]
    texts = _texts(result.resume_docx)
    assert own in texts
    assert profile.after not in texts or profile.after == own


def test_tailor_asks_a_review_callback_with_every_suggestion() -> None:
    paths = sample_paths("en")
    seen = []

    def review(plan):  # noqa: ANN001, ANN202 - the Review callback's shape
        seen.append(plan)
        return {s.id: True for s in plan.suggestions if s.kind == "reorder"}

    result = resume_helper.tailor(paths["resume"], paths["posting"], today=TODAY,
                                  review=review, accept="none")
    assert len(seen) == 1
    assert {s.kind for s in seen[0].suggestions} >= {"reorder", "gap"}
    assert {s.kind for s in result.plan.accepted()} == {"reorder"}
    assert not any(s.accepted for s in result.plan.suggestions if s.kind == "gap")


@pytest.mark.parametrize("input_lang", ["en", "da"])
def test_tailor_and_check_read_the_documents_in_the_language_given(input_lang: str) -> None:
    """The outputs follow the posting's language, which ``input_lang`` sets instead of
    detection; the report says in which language each document was read."""
    paths = sample_paths("en")
    result = resume_helper.tailor(paths["resume"], paths["posting"], today=TODAY,
                                  input_lang=input_lang, accept="none")
    assert result.lang == input_lang
    report = resume_helper.check(paths["resume"], paths["posting"], today=TODAY,
                                 input_lang=input_lang)
    assert set(report.languages.values()) == {input_lang}
