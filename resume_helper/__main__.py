"""The program's entry point (``resume-helper`` and ``python -m resume_helper``).

A Ctrl-C while Python is still loading the command ends the process quietly with code 130:
until the command group can end an interrupted command cleanly, an interrupt would print a
traceback from whatever module was loading, and nothing has been written yet.
"""

from __future__ import annotations

import gc
import os
import signal

INTERRUPTED = 130  # as resume_helper.cli.INTERRUPTED, without loading the CLI to know it
# Why: a command's start-up allocates some 100,000 objects that live until it exits (spaCy's
# modules, the lexicon, the pipeline). At Python's defaults (a young collection every 700 new
# objects, a middle one every 10 young ones) the cycle collector scans them over and over:
# about a tenth of a cold `check`. Collections stay on, each one after more new objects.
GC_YOUNG_THRESHOLD = 10_000
GC_MIDDLE_THRESHOLD = 100


def run() -> None:
    """Load the CLI with Ctrl-C ending the process; the command group puts Python's own
    handler back once it can end an interrupted command cleanly."""
    signal.signal(signal.SIGINT, lambda signum, frame: os._exit(INTERRUPTED))
    gc.set_threshold(GC_YOUNG_THRESHOLD, GC_MIDDLE_THRESHOLD, gc.get_threshold()[2])
    from resume_helper.cli import main

    main()


if __name__ == "__main__":
    run()
