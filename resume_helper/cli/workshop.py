"""`demo` and `batch`: the workshop commands."""

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
from resume_helper.languages import SUPPORTED_LANGUAGES


@click.command()
@click.option("--lang", type=click.Choice(SUPPORTED_LANGUAGES), default="en", show_default=True,
              help="Language of the sample documents.")
@click.option("-o", "--output", "out_dir", default="resume-helper-demo", show_default=True,
              type=click.Path(file_okay=False),
              help="Folder for the tailored samples and their report.")
@handle_user_errors
def demo(lang: str, out_dir: str) -> None:
    """Check and tailor the bundled sample resume, letter and posting.

    The samples are fictional and ship with resume-helper, so this works offline on a fresh
    install: the first five minutes of a workshop. A second run replaces the demo's files.
    """
    from resume_helper.messages import Messages
    from resume_helper.report import render
    from resume_helper.workshop import run_demo

    messages = Messages(lang)
    click.echo(messages.text("cli.demo_checking", language=messages.text(f"languages.{lang}")),
               err=True)
    result = run_demo(lang, out_dir)
    click.echo(render(result.report, "text", color=use_color(), width=terminal_width()),
               nl=False)
    click.echo()
    click.echo(messages.text("cli.samples"))
    labels = {kind: messages.text(f"kinds.{kind}") for kind in result.samples}
    width = max(len(label) for label in labels.values())
    for kind, path in result.samples.items():
        label = labels[kind][:1].upper() + labels[kind][1:]  # a label, not inside a sentence
        click.echo(f"  {label:<{width}} {path}")
    click.echo(messages.text("cli.tailored", before=result.tailored.report.score_before,
                             after=result.tailored.report.score))
    for path in result.paths.values():
        click.echo(f"  {path}")


@click.command()
@click.argument("resumes_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("posting", type=EXISTING_FILE)
@click.option("-o", "--output", "out_dir", default="resume-helper-batch", show_default=True,
              type=click.Path(file_okay=False),
              help="Folder for summary.csv, summary.html and one report per resume.")
@click.option("--anonymize", is_flag=True,
              help="Leave names, e-mail addresses and phone numbers out of the summary.")
@click.option("--jobs", type=click.IntRange(1, 64), default=None,
              help="Processes to use [default: all cores].")
@REPORT_LANG_OPTION
@INPUT_LANG_OPTION
@GUIDE_OPTION
@FORCE_OPTION
@handle_user_errors
def batch(resumes_dir: str, posting: str, out_dir: str, anonymize: bool, jobs: int | None,
          lang: str | None, input_lang: str | None, guide: str, force: bool) -> None:
    """Check every resume in RESUMES_DIR (subfolders too) against one POSTING.

    Reads DOCX, PDF, TXT, MD, HTML and JSON Resume files. Writes summary.csv and a sortable
    summary.html (file, score, top matches, top gaps, findings) and one report per resume.
    A file that cannot be read gets a row with the reason; the batch goes on.
    """
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from resume_helper.cli.options import message_language
    from resume_helper.messages import Messages
    from resume_helper.workshop import run_batch

    console = Console(stderr=True)
    with Progress("[progress.description]{task.description}", BarColumn(),
                  MofNCompleteColumn(), TimeRemainingColumn(), console=console,
                  transient=True, disable=not console.is_terminal) as bar:
        progress_text = Messages(message_language({"lang": lang})).text("cli.batch_progress")
        task = bar.add_task(progress_text, total=None)
        rows = run_batch(resumes_dir, posting, out_dir, jobs=jobs, lang=lang,
                         anonymize=anonymize, force=force, guide=guide, input_lang=input_lang,
                         progress=lambda done, total: bar.update(task, completed=done,
                                                                 total=total))
    failed = [row for row in rows.rows if row.error]
    messages = Messages(rows.lang)
    folder = Path(out_dir)
    click.echo(messages.text("cli.checked", done=len(rows.rows) - len(failed),
                             total=len(rows.rows), csv=folder / "summary.csv",
                             html=folder / "summary.html"))
    for row in failed:
        click.echo("  " + messages.text("cli.failed", file=row.file, error=row.error))
    if rows.key is not None:
        click.echo(messages.text("cli.key", path=rows.key))
