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


@pytest.mark.parametrize("name", ["text_nul_and_controls", "text_lone_surrogates",
                                  "json_control_chars", "json_superscript_dates",
                                  "letter_repeated_chunk", "docx_bzip2_entries"])
def test_reproducer_tailors_cleanly(name: str) -> None:
    hostile = case(name)
    with hang_guard():
        outcome = run(hostile.data, hostile.kind, stages=("tailor",))
    assert outcome.bug is None, outcome.bug


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
