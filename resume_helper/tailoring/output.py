"""Write a :class:`Tailored` to a folder: all three files or none, never over an input or a
file that exists unless forced, and never mixed with the outputs of a concurrent run."""

from __future__ import annotations

from collections.abc import Iterable
from os import PathLike
from pathlib import Path

from resume_helper.files import check_target, write_all
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
    """Write the three files as one unit (see :func:`resume_helper.files.write_all`): on a
    full disk or an interrupt none of them is left, and every target is checked first."""
    from resume_helper.report.html import render_html

    inputs = list(inputs)
    paths = output_paths(out_dir, stem)
    for path in paths.values():
        check_target(path, inputs=inputs, force=force)
    contents = {"resume": tailored.resume_docx, "letter": tailored.letter_docx,
                "report": render_html(tailored.report, guide_base=guide_base)}
    write_all({path: contents[key] for key, path in paths.items()}, inputs=inputs, force=force)
    return paths
