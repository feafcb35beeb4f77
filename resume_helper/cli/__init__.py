"""The command-line interface: thin wrappers that read options and call the library.

Each command lives in the module named after its concern; this module only gathers them, so
``resume-helper --help`` imports no heavy library.
"""

from __future__ import annotations

import sys

import click

from resume_helper.cli.check import check
from resume_helper.cli.documents import parse, skills
from resume_helper.cli.tailor import tailor
from resume_helper.cli.workshop import batch, demo


def _version() -> str:
    from resume_helper import __version__

    return __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
