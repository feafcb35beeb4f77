"""The command-line interface: thin wrappers that parse options and call the library."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from resume_helper.errors import ResumeHelperError
from resume_helper.languages import SUPPORTED_LANGUAGES

F = TypeVar("F", bound=Callable[..., Any])


def handle_user_errors(command: F) -> F:
    """Turn :class:`ResumeHelperError` into a one-line message and exit code 1."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ResumeHelperError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


def _version() -> str:
    from resume_helper import __version__

    return __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=_version(), prog_name="resume-helper")
def main() -> None:
    """Check and tailor customer service resumes against a job posting, privately.

    Reads English, German, Danish and Estonian. Nothing leaves your computer.
    """


LANG_OPTION = click.option(
    "--lang",
    type=click.Choice(SUPPORTED_LANGUAGES),
    default=None,
    help="Language of the text; detected when left out.",
)

FORMAT_OPTION = click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@LANG_OPTION
@FORMAT_OPTION
@handle_user_errors
def skills(file: str, lang: str | None, output_format: str) -> None:
    """List the skills, tools, certifications, languages and education FILE evidences.

    FILE is a resume, cover letter or job posting (DOCX, PDF, text, Markdown, HTML or JSON
    Resume), or - for standard input.
    """
    from resume_helper.skills import extract_skills

    text = _read_input(file).text
    found = extract_skills(text, lang=lang)
    if output_format == "json":
        click.echo(json.dumps([_skill_json(s, text) for s in found], ensure_ascii=False, indent=2))
        return
    if not found:
        click.echo("No skills from the taxonomy found.")
        return
    width = max(len(s.label) for s in found)
    for skill in found:
        level = f" [{skill.level}]" if skill.level else ""
        evidence = "; ".join(f"“{e}”" for e in skill.evidence(text))
        click.echo(f"{skill.label:<{width}}  {skill.category:<13} {evidence}{level}")


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "--kind",
    type=click.Choice(["resume", "letter", "posting"]),
    default=None,
    help="What FILE is; guessed from its content when left out.",
)
@LANG_OPTION
@FORMAT_OPTION
@handle_user_errors
def parse(file: str, kind: str | None, lang: str | None, output_format: str) -> None:
    """Show the structure read from FILE: a resume, cover letter or job posting.

    FILE may be DOCX, PDF (with a text layer), text, Markdown, HTML or JSON Resume; the
    format is told by content. Use - for standard input.
    """
    import dataclasses

    from resume_helper.documents import document_to_dict, format_document
    from resume_helper.nlp.langdetect import detect_language

    doc = _read_input(file, kind=kind)
    doc = dataclasses.replace(doc, lang=lang or detect_language(doc.text))
    if output_format == "json":
        click.echo(json.dumps(document_to_dict(doc), ensure_ascii=False, indent=2))
    else:
        click.echo(format_document(doc))


def _read_input(file: str, *, kind: str | None = None) -> Any:
    """Read FILE (or standard input for "-") as a resume, letter or posting."""
    from resume_helper.documents import read_document
    from resume_helper.documents.safety import MAX_FILE_BYTES

    if file == "-":
        # One byte over the limit is enough for the reader to refuse it with its message.
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        return read_document(data, kind=kind, name="standard input")
    return read_document(file, kind=kind)


def _skill_json(skill: Any, text: str) -> dict[str, Any]:
    return {
        "id": skill.id,
        "label": skill.label,
        "category": skill.category,
        "esco_uris": list(skill.esco_uris),
        "level": skill.level,
        "spans": [list(span) for span in skill.spans],
        "evidence": skill.evidence(text),
    }


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
