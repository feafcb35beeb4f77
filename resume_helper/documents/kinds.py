"""Guess whether blocks are a resume, a cover letter or a job posting."""

from __future__ import annotations

from collections.abc import Sequence

from resume_helper.documents import lexicon
from resume_helper.documents.letter import find_closing, find_greeting
from resume_helper.documents.model import Block, Kind
from resume_helper.documents.sections import heading_kind

HEADING_WEIGHT = 2


def guess_kind(blocks: Sequence[Block]) -> Kind:
    """"resume", "letter" or "posting", from headings, salutations and telltale phrases.

    Why scores rather than rules: a resume may say "Ansprechpartner" and a posting
    "Berufserfahrung"; what the document has most of decides. Ties go to "resume".
    """
    text = "\n".join(b.text for b in blocks).lower()
    resume = posting = letter = 0
    for block in blocks:
        if heading_kind(block, "resume") is not None:
            resume += HEADING_WEIGHT
        if heading_kind(block, "posting") is not None:
            posting += HEADING_WEIGHT
    posting += sum(hint in text for hint in lexicon.words("posting_hints"))
    letter += sum(hint in text for hint in lexicon.words("letter_hints"))
    greeting = find_greeting(blocks)
    if greeting is not None and find_closing(blocks, greeting) is not None:
        letter += 3 * HEADING_WEIGHT
    best = max((resume, "resume"), (posting, "posting"), (letter, "letter"),
               key=lambda item: item[0])
    return best[1] if best[0] > 0 else "resume"  # type: ignore[return-value]
