"""No input crashes or hangs the tool: every reproducer and mutated fixture either works or
is refused with :class:`ResumeHelperError`, through reading, skills, ``check`` and ``tailor``.

Deterministic (derandomized hypothesis, fixed seeds) and small here; ``benchmarks/fuzz.py
--minutes N`` runs the same generators for long and reports time and memory by class.
"""

from __future__ import annotations

import random
import signal
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resume_helper.documents import (
    DocumentError,
    EncryptedDocumentError,
    UnsafeDocumentError,
    read_document,
)
from resume_helper.documents.encoding import UNSAFE_CHARS
from resume_helper.documents.safety import BOUND

from .hostile import CASES, case
from .mutations import MUTATORS, generate
from .pipeline import STAGES, run

HANG_SECONDS = 60
# The big size cases would only repeat what the long mode measures; here they must end cleanly.
QUICK_STAGES = ("read", "skills", "check")


class Hang(BaseException):
    """Raised by the alarm; a BaseException so no ``except Exception`` in the code swallows it."""


@contextmanager
def hang_guard(seconds: int = HANG_SECONDS) -> Iterator[None]:
    """Turn a hang into a failure instead of a frozen test run."""

    def alarm(signum: int, frame: object) -> None:
        raise Hang(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("name", sorted(CASES))
def test_reproducer_ends_cleanly(name: str) -> None:
    hostile = case(name)
    with hang_guard():
        outcome = run(hostile.data, hostile.kind, stages=QUICK_STAGES)
    assert outcome.bug is None, outcome.bug


@pytest.mark.parametrize(("name", "error", "message"), [
    ("pdf_unsupported_encryption", EncryptedDocumentError, "password-protected PDF"),
    ("pdf_encrypted_v5", EncryptedDocumentError, "password-protected PDF"),
    ("docx_deflate_garbage", DocumentError, "corrupt or truncated"),
    ("docx_bzip2_corrupt", DocumentError, "corrupt or truncated"),
    ("docx_unknown_method", DocumentError, "compression we cannot read|encrypted"),
    ("docx_encrypted_flag", DocumentError, "compression we cannot read|encrypted"),
    ("docx_rels_garbage", DocumentError, "damaged Word document"),
    ("docx_relationship_without_type", DocumentError, "damaged Word document"),
    ("docx_styles_relationship_elsewhere", DocumentError, "damaged Word document"),
    ("docx_footer_without_content_type", DocumentError, "damaged Word document"),
    ("docx_main_part_without_body", DocumentError, "damaged Word document"),
    ("docx_element_bomb", UnsafeDocumentError, "more than 100,000 elements"),
    ("json_nested_array", DocumentError, "nested too deeply"),
    ("json_nested_object", DocumentError, "nested too deeply"),
    ("pdf_text_bomb", UnsafeDocumentError, "drawing instructions|characters and shapes"),
    ("pdf_cheap_operators", UnsafeDocumentError, "drawing instructions"),
    ("pdf_flate_bomb", UnsafeDocumentError, "drawing instructions"),
    ("pdf_unclosed_object", DocumentError, r"damaged or truncated PDF \(PSSyntaxError\)"),
    ("pdf_offset_into_tokens", DocumentError, r"damaged or truncated PDF \(PSSyntaxError\)"),
    ("pdf_unclosed_string", DocumentError, r"damaged or truncated PDF \(PSSyntaxError\)"),
    ("pdf_repaired_objects", DocumentError, r"damaged or truncated PDF \(PSSyntaxError\)"),
    ("text_huge_resume", DocumentError, "more than 100,000 characters"),
])
def test_reproducer_is_refused_with_its_reason(name: str, error: type[Exception],
                                               message: str) -> None:
    hostile = case(name)
    with hang_guard(), pytest.raises(error, match=message) as caught:
        read_document(hostile.data, kind=hostile.kind, name="cv")  # type: ignore[arg-type]
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("name", ["pdf_unclosed_object", "pdf_offset_into_tokens",
                                  "pdf_unclosed_string", "pdf_repaired_objects"])
def test_pdf_parser_stops_at_its_bound(name: str) -> None:
    """Refused by a bound on what pdfminer's parser reads, not after it read to the end."""
    hostile = case(name)
    with hang_guard(), pytest.raises(DocumentError) as caught:
        read_document(hostile.data, kind=hostile.kind, name="cv")  # type: ignore[arg-type]
    assert str(caught.value.__cause__).startswith(BOUND), caught.value.__cause__


@pytest.mark.parametrize("name", ["docx_style_cycle", "docx_absurd_pages", "docx_absurd_columns",
                                  "docx_bzip2_entries", "json_superscript_dates",
                                  "json_control_chars", "text_nul_and_controls",
                                  "text_lone_surrogates", "text_comma_skills",
                                  "html_leading_comments", "html_deep",
                                  "pdf_blank_table_rows"])
def test_reproducer_is_read_with_clean_text(name: str) -> None:
    hostile = case(name)
    with hang_guard():
        document = read_document(hostile.data, kind=hostile.kind)  # type: ignore[arg-type]
    assert document.paragraphs
    assert not UNSAFE_CHARS.search(document.text)  # what a Word document cannot hold


@pytest.mark.parametrize("name", ["text_nul_and_controls", "text_lone_surrogates",
                                  "json_control_chars", "json_superscript_dates",
                                  "letter_repeated_chunk", "docx_bzip2_entries",
                                  "text_semicolon_skills", "json_long_name",
                                  "letter_unsafe_char_line", "resume_unsafe_char_line"])
def test_reproducer_tailors_cleanly(name: str) -> None:
    hostile = case(name)
    with hang_guard():
        outcome = run(hostile.data, hostile.kind, stages=("tailor",))
    assert outcome.bug is None, outcome.bug


def test_pdf_characters_are_kept_small() -> None:
    """20,000 glyphs are read as the reader's own small records, not pdfminer's objects of
    about 1 kB each (which made a fuzzed PDF cost 45 MB more than the loaded tool)."""
    import tracemalloc

    hostile = case("pdf_glyph_crowd")
    tracemalloc.start()
    try:
        with hang_guard():
            document = read_document(hostile.data, kind="resume")  # type: ignore[arg-type]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert document.text.count("a") >= 1
    assert peak < 8 * 2**20, f"{peak / 2**20:.1f} MB"


@settings(max_examples=40, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(klass=st.sampled_from(sorted(MUTATORS)), rng=st.randoms(use_true_random=False))
def test_mutated_fixtures_read_cleanly(klass: str, rng: random.Random) -> None:
    fuzzed = generate(rng, klass)
    with hang_guard():
        outcome = run(fuzzed.data, fuzzed.kind, stages=("read", "skills"))
    assert outcome.bug is None, f"{klass} of {fuzzed.seed}: {outcome.bug}"


@settings(max_examples=12, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(klass=st.sampled_from(sorted(MUTATORS)), rng=st.randoms(use_true_random=False))
def test_mutated_fixtures_check_and_tailor_cleanly(klass: str, rng: random.Random) -> None:
    fuzzed = generate(rng, klass)
    with hang_guard():
        outcome = run(fuzzed.data, fuzzed.kind, stages=STAGES)
    assert outcome.bug is None, f"{klass} of {fuzzed.seed}: {outcome.bug}"


def test_a_long_title_candidate_is_refused_before_the_dangling_word_search(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The dangling-word pattern is quadratic on a run of blanks (fuzz seed 163, 22 s per
    read): a candidate far over the limit never reaches it."""
    from resume_helper.documents import posting

    searched: list[str] = []

    class Counting:
        def search(self, text: str) -> None:
            searched.append(text)

        def sub(self, _replacement: str, text: str) -> str:
            return text

    monkeypatch.setattr(posting, "DANGLING", Counting())
    line = "Kundeservicemedarbejder" + " " * 50_000 + "hos"
    assert posting._confident(line, posting.MAX_TITLE) is None
    assert searched == []
    assert posting._confident("Kundeservicemedarbejder hos", posting.MAX_TITLE) is not None
    assert searched
