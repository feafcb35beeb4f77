"""The command-line interface: thin wrappers that read options and call the library.

Each command lives in the module named after its concern; this module only gathers them, so
``resume-helper --help`` imports no heavy library.
"""

from __future__ import annotations

import _thread
import signal
import sys
import threading

import click

from resume_helper.cli.check import check
from resume_helper.cli.documents import parse, skills
from resume_helper.cli.tailor import tailor
from resume_helper.cli.workshop import batch, demo


def _version() -> str:
    from resume_helper import __version__

    return __version__


INTERRUPTED = 130  # the shell's code for a run ended by Ctrl-C (128 + SIGINT)
TERMINATED = 143  # and by SIGTERM (128 + SIGTERM)


class Terminated(KeyboardInterrupt):
    """SIGTERM, turned into an interrupt so every ``finally`` (temporary files, worker
    processes) runs as it does for Ctrl-C."""


class _Main(click.Group):
    """The command group; an interrupt ends any command quietly with exit code 130 (143 for
    SIGTERM), after the command's own clean-up, instead of click's "Aborted!" and code 1."""

    def invoke(self, ctx: click.Context) -> object:
        _handle_signals()
        try:
            if threading.current_thread() is threading.main_thread():
                signal.signal(signal.SIGINT, signal.default_int_handler)  # see __main__
            return super().invoke(ctx)
        except KeyboardInterrupt as exc:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut
            signal.signal(signal.SIGTERM, signal.SIG_IGN)  # the clean-up short
            raise click.exceptions.Exit(
                TERMINATED if isinstance(exc, Terminated) else INTERRUPTED) from None


def _handle_signals() -> None:
    """SIGTERM raises :class:`Terminated`; an interrupt that lands in a finalizer (where
    Python can only print "Exception ignored in …") is raised again in the main program."""

    def terminate(signum: int, frame: object) -> None:
        raise Terminated

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, terminate)
    previous = sys.unraisablehook
    if getattr(previous, "resume_helper", False):
        return

    def unraisable(info: sys.UnraisableHookArgs) -> None:
        if isinstance(info.exc_value, KeyboardInterrupt):
            _thread.interrupt_main()
            return
        previous(info)

    unraisable.resume_helper = True  # type: ignore[attr-defined]
    sys.unraisablehook = unraisable


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version=_version(), prog_name="resume-helper")
def main() -> None:
    """Check and tailor customer service resumes against a job posting, privately.

    Reads English, German, Danish and Estonian. Nothing leaves your computer.
    """


for command in (skills, parse, check, tailor, demo, batch):
    main.add_command(command)

__all__ = ["main"]

if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
