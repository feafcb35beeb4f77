"""The one exception type for problems the user can fix."""


class ResumeHelperError(Exception):
    """A problem with the user's input or setup, shown as a one-line message (exit code 1).

    Why: anything else that escapes is our bug and keeps its traceback; this type is the
    contract between the library and the CLI's single error handler.
    """
