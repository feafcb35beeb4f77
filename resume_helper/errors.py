"""The one exception type for problems the user can fix."""

from __future__ import annotations

from typing import Any


class ResumeHelperError(Exception):
    """A problem with the user's input or setup, shown as a one-line message (exit code 1).

    Why: anything else that escapes is our bug and keeps its traceback; this type is the
    contract between the library and the CLI's single error handler.

    Raise it with a message ``key`` (a text under ``errors:`` in
    ``resume_helper/messages/<lang>.yaml``) and its parameters, so that the CLI can say it in
    the report's language: ``DocumentError(key="empty", name="cv.docx")``. ``str(exc)`` is
    the English text.
    """

    def __init__(self, message: str = "", *, key: str | None = None, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(message or self.in_language("en"))

    def in_language(self, lang: str) -> str:
        """The message in ``lang`` (English where the error carries no message key)."""
        if self.key is None:
            return str(self)
        from resume_helper.messages import Messages

        params = {name: _localised(value, lang) for name, value in self.params.items()}
        return Messages(lang).text(f"errors.{self.key}", **params)

    def __reduce__(self) -> tuple[Any, ...]:
        # Why: batch workers send errors across processes; keep the key and parameters.
        return (_rebuild, (type(self), str(self), self.key, self.params))


def _localised(value: Any, lang: str) -> Any:
    """A parameter that is itself an error (a cause) is said in the same language."""
    return value.in_language(lang) if isinstance(value, ResumeHelperError) else value


def _rebuild(cls: type[ResumeHelperError], message: str, key: str | None,
             params: dict[str, Any]) -> ResumeHelperError:
    error = cls.__new__(cls)
    ResumeHelperError.__init__(error, message, key=key, **params)
    return error
