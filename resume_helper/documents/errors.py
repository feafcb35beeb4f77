"""The errors raised while reading a document; all are :class:`ResumeHelperError`."""

from __future__ import annotations

from resume_helper.errors import ResumeHelperError


class DocumentError(ResumeHelperError):
    """A document cannot be read: empty, corrupt, encrypted, too large or of an unknown type."""


class UnknownFileTypeError(DocumentError):
    """The content is none of the formats we read."""


class UnsafeDocumentError(DocumentError):
    """The file looks built to exhaust memory or to make the parser fetch or expand things."""


class EncryptedDocumentError(DocumentError):
    """The file is password-protected (or, for Word, a legacy .doc that looks the same)."""


class NoTextError(DocumentError):
    """The file holds no text we can read, such as a scanned PDF."""
