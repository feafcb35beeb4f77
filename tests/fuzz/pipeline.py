"""Run one input through every stage a user reaches, and sort what happens into outcomes.

An input may be refused with :class:`ResumeHelperError` (a clean error); anything else that
escapes is a bug. Each stage is timed so slow inputs show up by class.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from resume_helper.errors import ResumeHelperError

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PARTNERS = {"resume": "resume_en.txt", "posting": "posting_en.md", "letter": "letter_en.txt"}
STAGES = ("read", "skills", "check", "tailor")
TODAY = date(2026, 12, 1)


@dataclass
class Outcome:
    """What one input did: the clean error, the bug (a traceback) and each stage's time."""

    error: str | None = None
    bug: str | None = None
    bug_type: str | None = None
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def slowest(self) -> float:
        return max(self.seconds.values(), default=0.0)


def partner(kind: str) -> bytes:
    return (FIXTURES / PARTNERS[kind]).read_bytes()


def run(data: bytes, kind: str, *, stages: tuple[str, ...] = STAGES) -> Outcome:
    """Put ``data`` (a ``kind`` document) through ``stages``; stop at the first error."""
    from resume_helper import check, extract_skills, tailor
    from resume_helper.documents import read_document

    outcome = Outcome()
    roles = {"resume": partner("resume"), "posting": partner("posting"),
             "letter": partner("letter")}
    roles[kind] = data
    steps: dict[str, Callable[[], object]] = {
        "read": lambda: read_document(data, kind=kind, name="fuzzed"),  # type: ignore[arg-type]
        "skills": lambda: extract_skills(read_document(data, kind=kind).text),  # type: ignore[arg-type]
        "check": lambda: check(roles["resume"], roles["posting"], letter=roles["letter"],
                               today=TODAY),
        "tailor": lambda: tailor(roles["resume"], roles["posting"], letter=roles["letter"],
                                 today=TODAY),
    }
    for stage in stages:
        started = time.perf_counter()
        try:
            steps[stage]()
        except ResumeHelperError as exc:
            outcome.error = f"{stage}: {exc}"
            return outcome
        except Exception as exc:  # noqa: BLE001 - the point is to catch every bug
            outcome.bug = f"{stage}: {''.join(traceback.format_exception(exc))}"
            outcome.bug_type = f"{stage}: {type(exc).__name__}"
            return outcome
        finally:
            outcome.seconds[stage] = time.perf_counter() - started
    return outcome
