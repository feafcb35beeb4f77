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
@click.option("-o", "--output", "out_dir", default=None,
              type=click.Path(file_okay=False, writable=True),
              help="Folder for the outputs (made if missing).")
@click.option("--plan", "plan_path", type=click.Path(dir_okay=False, writable=True),
              default=None, help="Write the suggestions to this YAML file to edit; nothing else "
                                 "is written.")
@click.option("--apply", "apply_path", type=EXISTING_FILE, default=None,
              help="Write the documents as the edited plan file says.")
@click.option("--review", is_flag=True,
              help="Walk through the suggestions here (accept, reject, edit), then write.")
@click.option("--page-check/--no-page-check", default=True,
              help="Say when the edits make your resume a page longer (needs LibreOffice).")
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
def tailor(resume: str, posting: str, letter: str | None, out_dir: str | None,
           plan_path: str | None, apply_path: str | None, review: bool, page_check: bool,
           ats_safe: bool,
           lang: str | None, stem: str | None, input_lang: str | None, guide: str,
           force: bool) -> None:
    """Write a resume and cover letter tailored to POSTING, and their match report.

    Into the -o folder go NAME-tailored.docx, NAME-cover-letter.docx and NAME-report.html.
    A DOCX resume is edited in a copy that keeps your layout; other formats, and --ats-safe,
    give a clean single-column document. Nothing is invented: skills the resume does not
    show appear only in the report. Existing files are kept unless --force is given.

    Tailoring is a list of suggestions, each with the posting's requirement and the resume
    line that proves it. Without --review or --apply only the safe ones are written (skills
    reordered, the posting's term next to your own words); --plan writes them all to a file
    to edit, --apply writes the documents from it.
    """
    if sum(bool(x) for x in (plan_path, apply_path, review)) > 1:
        raise click.UsageError("Use only one of --plan, --apply and --review.")
    if plan_path:
        _write_plan(resume, posting, plan_path, lang=lang, inputs=[resume, posting, letter],
                    force=force, input_lang=input_lang)
        return
    if not out_dir:
        raise click.UsageError("Missing option '-o' / '--output'.")
    from resume_helper.messages import Messages
    from resume_helper.tailoring import tailor as run_tailor
    from resume_helper.tailoring.output import output_paths, write_tailored

    inputs = [p for p in (resume, posting, letter) if p]
    stem = stem or Path(resume).stem
    from resume_helper.files import check_target

    for path in output_paths(out_dir, stem).values():  # fail before the slow part
        check_target(path, inputs=inputs, force=force)
    from resume_helper.cli.options import message_language

    click.echo(Messages(message_language({"lang": lang})).text("cli.tailoring"), err=True)
    decide = None
    if apply_path:
        from resume_helper.tailoring.plan_file import read_decisions

        def decide(plan):  # noqa: ANN001, ANN202 - a Review callback
            return read_decisions(apply_path, plan)
    elif review:
        decide = _review
    result = run_tailor(resume, posting, letter=letter, lang=lang, ats_safe=ats_safe, stem=stem,
                        input_lang=input_lang, review=decide, count_pages=page_check)
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


def _write_plan(resume: str, posting: str, path: str, *, lang: str | None,
                inputs: list[str | None], force: bool, input_lang: str | None) -> None:
    from resume_helper.files import check_target, write_atomic
    from resume_helper.messages import Messages
    from resume_helper.tailoring.core import suggest
    from resume_helper.tailoring.plan_file import plan_yaml

    sources = [p for p in inputs if p]
    check_target(Path(path), inputs=sources, force=force)
    plan = suggest(resume, posting, lang=lang, input_lang=input_lang)
    write_atomic(path, plan_yaml(plan), inputs=sources, force=force)
    click.echo(Messages(plan.lang).text("suggestions.plan_written", path=path))


def _review(plan):  # noqa: ANN001, ANN202 - a Review callback
    """Ask about each suggestion in the terminal: a(ccept), r(eject) or e(dit)."""
    from resume_helper.messages import Messages

    messages = Messages(plan.lang)
    writable = [s for s in plan.suggestions if s.writes]
    click.echo(messages.text("suggestions.review.header", count=len(writable)), err=True)
    decisions = {}
    for number, s in enumerate(plan.suggestions, 1):
        from resume_helper.tailoring.core import suggestion_change

        text = suggestion_change(s, messages, False).message
        if s.writes:  # no "[not applied]" yet: that is what the applicant decides now
            text = text.split("] ", 1)[-1]
        click.echo(f"\n{number}. {text}", err=True)
        if not s.writes:
            continue
        answer = click.prompt(messages.text("suggestions.review.prompt"),
                              type=click.Choice(["a", "r", "e"]),
                              default="a" if s.safe else "r", err=True)
        if answer == "e":
            decisions[s.id] = click.prompt(messages.text("suggestions.review.edit"),
                                           default=s.after, err=True)
        else:
            decisions[s.id] = answer == "a"
    return decisions
