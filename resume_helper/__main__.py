"""The program's entry point (``resume-helper`` and ``python -m resume_helper``).

A Ctrl-C while Python is still loading the command ends the process quietly with code 130:
until the command group can end an interrupted command cleanly, an interrupt would print a
traceback from whatever module was loading, and nothing has been written yet.
"""

from __future__ import annotations

import os
import signal

INTERRUPTED = 130  # as resume_helper.cli.INTERRUPTED, without loading the CLI to know it


def run() -> None:
    """Load the CLI with Ctrl-C ending the process; the command group puts Python's own
    handler back once it can end an interrupted command cleanly."""
    signal.signal(signal.SIGINT, lambda signum, frame: os._exit(INTERRUPTED))
    from resume_helper.cli import main

    main()


if __name__ == "__main__":
    run()
