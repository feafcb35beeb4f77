"""Write a :class:`Tailored` to a folder: all or nothing, never over an input or a file that
exists unless forced, each file atomically."""

from __future__ import annotations

from collections.abc import Iterable
from os import PathLike
from pathlib import Path

from resume_helper.files import check_target, write_atomic
from resume_helper.tailoring.core import Tailored


def output_paths(out_dir: str | PathLike[str], stem: str) -> dict[str, Path]:
    """Where the three outputs go: ``<stem>-tailored.docx``, ``-cover-letter.docx``,
    ``-report.html``."""
    folder = Path(out_dir)
    return {"resume": folder / f"{stem}-tailored.docx",
            "letter": folder / f"{stem}-cover-letter.docx",
            "report": folder / f"{stem}-report.html"}


def write_tailored(tailored: Tailored, out_dir: str | PathLike[str], *, stem: str,
                   inputs: Iterable[str | PathLike[str]] = (), force: bool = False,
                   guide_base: str = "") -> dict[str, Path]:
    """Write the three files; every target is checked before the first is written."""
    from resume_helper.report.html import render_html

    inputs = list(inputs)
    paths = output_paths(out_dir, stem)
    for path in paths.values():
        check_target(path, inputs=inputs, force=force)
    contents = {"resume": tailored.resume_docx, "letter": tailored.letter_docx,
                "report": render_html(tailored.report, guide_base=guide_base)}
    for key, path in paths.items():
        write_atomic(path, contents[key], inputs=inputs, force=force)
    return paths
