"""What the commands share: the error handler, common options, reading inputs, colour."""

from __future__ import annotations

import functools
import os
import shutil
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from resume_helper.errors import ResumeHelperError
from resume_helper.languages import SUPPORTED_LANGUAGES

F = TypeVar("F", bound=Callable[..., Any])
MAX_WIDTH = 120


def handle_user_errors(command: F) -> F:
    """Turn :class:`ResumeHelperError` into a one-line message and exit code 1.

    Why one place: every command gets the same contract, and anything else that escapes is
    our bug and keeps its traceback.
    """

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ResumeHelperError as exc:
            lang = message_language(kwargs)
            raise UserError(exc.in_language(lang), lang=lang) from exc

    return wrapper  # type: ignore[return-value]


class UserError(click.ClickException):
    """A :class:`click.ClickException` whose "Error:" is in the user's language too.

    Why: click writes "Error: " in English (its gettext catalogue has no German, Danish or
    Estonian); the line is one sentence, so it is said in one language.
    """

    def __init__(self, message: str, *, lang: str) -> None:
        super().__init__(message)
        self.lang = lang

    def show(self, file: Any = None) -> None:
        from resume_helper.messages import Messages

        line = Messages(self.lang).text("cli.error", message=self.format_message())
        click.echo(line, file=file, err=file is None)


def message_language(options: dict[str, Any]) -> str:
    """The language to speak to the user in: the command's ``--lang``, else the system's.

    Why the system's: an error may come before any document is read, and a German user's
    terminal usually says ``LANG=de_DE.UTF-8``.
    """
    chosen = options.get("lang")
    if chosen in SUPPORTED_LANGUAGES:
        return chosen
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        code = os.environ.get(variable, "")[:2].lower()
        if code in SUPPORTED_LANGUAGES:
            return code
        if code:
            break
    return "en"


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

REPORT_LANG_OPTION = click.option(
    "--lang", type=click.Choice(SUPPORTED_LANGUAGES), default=None,
    help="Language of the report; the resume's own when left out.")

INPUT_LANG_OPTION = click.option(
    "--input-lang", type=click.Choice(SUPPORTED_LANGUAGES), default=None,
    help="Language the documents are written in; detected for each when left out.")

FORCE_OPTION = click.option("--force", is_flag=True, help="Replace output files that exist.")

GUIDE_OPTION = click.option(
    "--guide", default="", envvar="RESUME_HELPER_GUIDE", show_envvar=True,
    help="Where the guide is, for links in HTML and Markdown reports: a web address or the "
         "folder of the unzipped offline guide.")

INPUT_FILE = click.Path(dir_okay=False, allow_dash=True)
EXISTING_FILE = click.Path(exists=True, dir_okay=False)


def read_input(file: str, *, kind: str | None = None, lang: str | None = None) -> Any:
    """Read FILE (or standard input for "-") as a resume, letter or posting; ``lang`` is the
    command's --lang, for the name standard input goes by in messages."""
    from resume_helper.documents import read_document
    from resume_helper.documents.safety import MAX_FILE_BYTES
    from resume_helper.messages import Messages

    if file == "-":
        # One byte over the limit is enough for the reader to refuse it with its message.
        data = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
        name = Messages(message_language({"lang": lang})).text("words.standard_input")
        return read_document(data, kind=kind, name=name)  # type: ignore[arg-type]
    return read_document(file, kind=kind)  # type: ignore[arg-type]


def use_color() -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def terminal_width() -> int:
    return min(shutil.get_terminal_size((100, 24)).columns, MAX_WIDTH)
