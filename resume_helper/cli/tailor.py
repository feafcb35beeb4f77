"""`tailor`: a tailored resume, cover letter and report, written to a folder."""

from __future__ import annotations

from pathlib import Path

import click

from resume_helper.cli.options import (
    EXISTING_FILE,
    FORCE_OPTION,
    GUIDE_OPTION,
    INPUT_LANG_OPTION,
    handle_user_errors,
)
from resume_helper.languages import SUPPORTED_LANGUAGES


@click.command()
@click.argument("resume", type=EXISTING_FILE)
@click.argument("posting", type=EXISTING_FILE)
@click.option("--letter", type=EXISTING_FILE,
              help="Your cover letter; without one, a first draft is written.")
@click.option("-o", "--output", "out_dir", required=True,
              type=click.Path(file_okay=False, writable=True),
              help="Folder for the outputs (made if missing).")
@click.option("--ats-safe", is_flag=True,
              help="Write a clean single-column resume instead of editing your DOCX.")
@click.option("--lang", type=click.Choice(SUPPORTED_LANGUAGES), default=None,
              help="Language of the outputs; the posting's when left out.")
@click.option("--name", "stem", default=None,
              help="File name start of the outputs [default: the resume's file name].")
@INPUT_LANG_OPTION
@GUIDE_OPTION
@FORCE_OPTION
@handle_user_errors
def tailor(resume: str, posting: str, letter: str | None, out_dir: str, ats_safe: bool,
           lang: str | None, stem: str | None, input_lang: str | None, guide: str,
           force: bool) -> None:
    """Write a resume and cover letter tailored to POSTING, and their match report.

    Into the -o folder go NAME-tailored.docx, NAME-cover-letter.docx and NAME-report.html.
    A DOCX resume is edited in a copy that keeps your layout; other formats, and --ats-safe,
    give a clean single-column document. Nothing is invented: skills the resume does not
    show appear only in the report. Existing files are kept unless --force is given.
    """
    from resume_helper.messages import Messages
    from resume_helper.tailoring import tailor as run_tailor
    from resume_helper.tailoring.output import output_paths, write_tailored

    inputs = [p for p in (resume, posting, letter) if p]
    stem = stem or Path(resume).stem
    from resume_helper.files import check_target

    for path in output_paths(out_dir, stem).values():  # fail before the slow part
        check_target(path, inputs=inputs, force=force)
    click.echo("Tailoring …", err=True)
    result = run_tailor(resume, posting, letter=letter, lang=lang, ats_safe=ats_safe, stem=stem,
                        input_lang=input_lang)
    paths = write_tailored(result, out_dir, stem=stem, inputs=inputs, force=force,
                           guide_base=guide)
    report = result.report
    messages = Messages(result.lang)
    click.echo(messages.text("cli.score_change", before=report.score_before, after=report.score))
    click.echo(messages.text("cli.changes"))
    for change in result.changes:
        kind = messages.text(f"kinds.{change.document}")
        click.echo(f"  - [{kind}] {change.message}")
    click.echo(messages.text("cli.wrote"))
    for path in paths.values():
        click.echo(f"  {path}")
