"""Read resumes, cover letters and job postings as people have them.

DOCX (with tables, text boxes, headers and footers), PDF with a text layer, plain text and
Markdown in any common encoding, HTML job pages and JSON Resume; the format is told by
content. Each document keeps every paragraph with its section, source and offsets.
"""

from resume_helper.documents.errors import (
    DocumentError,
    EncryptedDocumentError,
    NoTextError,
    UnknownFileTypeError,
    UnsafeDocumentError,
)
from resume_helper.documents.jsonresume import to_json_resume
from resume_helper.documents.model import (
    Contact,
    CoverLetter,
    DateRange,
    Document,
    Education,
    Experience,
    LanguageRequirement,
    LanguageSkill,
    Paragraph,
    Phone,
    Posting,
    Resume,
    Section,
)
from resume_helper.documents.output import document_to_dict, format_document
from resume_helper.documents.reader import read_document, read_text

__all__ = [
    "Contact",
    "CoverLetter",
    "DateRange",
    "Document",
    "DocumentError",
    "Education",
    "EncryptedDocumentError",
    "Experience",
    "LanguageRequirement",
    "LanguageSkill",
    "NoTextError",
    "Paragraph",
    "Phone",
    "Posting",
    "Resume",
    "Section",
    "UnknownFileTypeError",
    "UnsafeDocumentError",
    "document_to_dict",
    "format_document",
    "read_document",
    "read_text",
    "to_json_resume",
]
