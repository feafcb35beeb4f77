"""The languages resume-helper reads and writes."""

from __future__ import annotations

SUPPORTED_LANGUAGES = ("en", "de", "da", "et")



def require_supported(lang: str) -> str:
    """``lang`` unchanged, or the user-facing error when it is not one we read and write."""
    if lang not in SUPPORTED_LANGUAGES:
        from resume_helper.errors import ResumeHelperError

        raise ResumeHelperError(key="unsupported_language", lang=repr(lang),
                                choices=", ".join(SUPPORTED_LANGUAGES))
    return lang


LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "da": "Danish",
    "et": "Estonian",
}
