"""`check`: the match report of a resume (and cover letter) against a posting."""

from __future__ import annotations

from pathlib import Path

import click

from resume_helper.cli.options import (
    EXISTING_FILE,
    FORCE_OPTION,
    GUIDE_OPTION,
    INPUT_LANG_OPTION,
    REPORT_LANG_OPTION,
    handle_user_errors,
    terminal_width,
    use_color,
)
from resume_helper.report import FORMATS

BELOW_MIN_SCORE = 3
SUFFIX_FORMATS = {".json": "json", ".md": "markdown", ".markdown": "markdown", ".html": "html",
                  ".htm": "html", ".txt": "text"}


@click.command()
@click.argument("resume", type=EXISTING_FILE)
@click.argument("posting", type=EXISTING_FILE)
@click.option("--letter", type=EXISTING_FILE, help="Your cover letter, checked too.")
@click.option("--format", "output_format",
              type=click.Choice(FORMATS), default=None,
              help="Report format [default: text, or told by the -o file's suffix].")
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write the report to this file instead of the screen.")
@click.option("--min-score", type=click.IntRange(0, 100), default=None,
              help="Exit with code 3 when the score is below this.")
@REPORT_LANG_OPTION
@INPUT_LANG_OPTION
@GUIDE_OPTION
@FORCE_OPTION
@handle_user_errors
def check(resume: str, posting: str, letter: str | None, output_format: str | None,
          output: str | None, min_score: int | None, lang: str | None,
          input_lang: str | None, guide: str, force: bool) -> None:
    """Report how well RESUME (and --letter) fit the job POSTING, and what to change.

    RESUME, POSTING and the letter may be DOCX, PDF, text, Markdown, HTML or JSON Resume,
    each in English, German, Danish or Estonian. Writes nothing unless -o is given.

    Exit codes: 0 report made, 1 input problem, 2 usage error, 3 score below --min-score.
    """
    from resume_helper.checker import check as run_check
    from resume_helper.files import check_target, write_atomic
    from resume_helper.messages import Messages
    from resume_helper.report import render

    inputs = [p for p in (resume, posting, letter) if p]
    if output_format is None and output:
        output_format = SUFFIX_FORMATS.get(Path(output).suffix.lower())
        if output_format is None:
            raise click.BadParameter(
                f"cannot tell the format from {Path(output).name!r}; name it .txt, .md, .html "
                "or .json, or give --format", param_hint="'-o'")
    output_format = output_format or "text"
    if output:
        check_target(Path(output), inputs=inputs, force=force)
    report = run_check(resume, posting, letter=letter, lang=lang, input_lang=input_lang)
    if output:
        write_atomic(output, render(report, output_format, guide=guide), inputs=inputs,
                     force=force)
        click.echo(Messages(report.lang).text("cli.report_written", score=report.score,
                                              path=output), err=True)
    else:
        click.echo(render(report, output_format, color=use_color(), width=terminal_width(),
                          guide=guide), nl=False)
    if min_score is not None and report.score < min_score:
        click.echo(Messages(report.lang).text("cli.below_min_score", score=report.score,
                                              min=min_score), err=True)
        raise SystemExit(BELOW_MIN_SCORE)
