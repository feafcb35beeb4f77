"""The languages resume-helper reads and writes."""

from __future__ import annotations

SUPPORTED_LANGUAGES = ("en", "de", "da", "et")

LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "da": "Danish",
    "et": "Estonian",
}
