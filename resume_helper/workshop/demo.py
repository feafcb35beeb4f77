"""`demo`: check and tailor the bundled sample documents of one language.

The samples (resume, cover letter and a customer service posting per language) are
fictional; they ship inside the package so the demo works offline on a fresh install.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date
from importlib.resources import as_file, files
from os import PathLike
from pathlib import Path

from resume_helper.matching.model import MatchReport
from resume_helper.tailoring.core import Tailored

SAMPLE_FILES = ("resume.docx", "letter.txt", "posting.txt")


@dataclass(frozen=True)
class DemoResult:
    """The report on the samples as they are, and the tailored outputs on disk."""

    report: MatchReport
    tailored: Tailored
    paths: dict[str, Path]
    samples: dict[str, Path]


def sample_paths(lang: str) -> dict[str, Path]:
    """Where the samples of ``lang`` are (inside the installed package)."""
    folder = files("resume_helper.samples").joinpath(lang)
    return {name.split(".")[0]: Path(str(folder.joinpath(name))) for name in SAMPLE_FILES}


def run_demo(lang: str, out_dir: str | PathLike[str], *, today: date | None = None) -> DemoResult:
    """Check the samples of ``lang`` and tailor them into ``out_dir``.

    The outputs are named ``sample-<lang>-…``; a second demo in the same folder replaces
    them (they are the demo's own files, never the user's).
    """
    from resume_helper.checker import check
    from resume_helper.tailoring import tailor, write_tailored

    with contextlib.ExitStack() as stack:
        folder = files("resume_helper.samples").joinpath(lang)
        samples = {name.split(".")[0]: stack.enter_context(as_file(folder.joinpath(name)))
                   for name in SAMPLE_FILES}
        report = check(samples["resume"], samples["posting"], letter=samples["letter"],
                       today=today)
        tailored = tailor(samples["resume"], samples["posting"], letter=samples["letter"],
                          today=today, stem=f"sample-{lang}")
        paths = write_tailored(tailored, out_dir, stem=f"sample-{lang}",
                               inputs=samples.values(), force=True)
    return DemoResult(report=report, tailored=tailored, paths=paths,
                      samples=sample_paths(lang))
