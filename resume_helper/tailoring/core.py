"""`tailor`: a tailored resume, a cover letter and the match report for them.

The resume keeps the user's own Word document where there is one (edited copy), or is
rebuilt as a clean single-column document (``ats_safe``, or any other input format). Nothing
is invented: see :mod:`resume_helper.tailoring.plan` and :mod:`resume_helper.tailoring.letter`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from os import fspath
from pathlib import Path

from resume_helper.analysis import Analysed, Source, analyse, analyse_application
from resume_helper.documents.model import Resume
from resume_helper.matching.model import Change, MatchReport
from resume_helper.messages import Messages
from resume_helper.tailoring.plan import Decision, Plan, Suggestion


@dataclass(frozen=True)
class Tailored:
    """The outputs of one tailoring, in memory, and the suggestions they were made from."""

    resume_docx: bytes
    letter_docx: bytes
    report: MatchReport
    lang: str
    plan: Plan

    @property
    def changes(self) -> tuple[Change, ...]:
        return self.report.changes


Review = Callable[[Plan], Mapping[str, Decision]]


def tailor(resume: Source, posting: Source, *, letter: Source | None = None,
           lang: str | None = None, ats_safe: bool = False,
           today: date | None = None, stem: str | None = None,
           accept: str | Mapping[str, Decision] = "safe",
           review: Review | None = None, input_lang: str | None = None,
           count_pages: bool = False) -> Tailored:
    """Tailor ``resume`` (and ``letter``) to ``posting``; nothing is written to disk.

    ``lang`` is the language of the outputs (default: the posting's). ``today`` dates the
    letter and ends open periods (default: the real date). ``stem`` starts the output names
    the report mentions (default: the resume's file name). ``accept`` says which suggestions
    are written: "safe" (reorder, the posting's term next to evidence), "all", "none", or a
    decision per suggestion id (True, False, or the text to write instead); ``review``, when
    given, is asked for those decisions with every suggestion in hand. ``input_lang`` is the
    language the documents are written in, instead of detecting it. ``count_pages``: say
    when the edits make the resume a page longer (LibreOffice's page count, where installed).
    """
    from resume_helper.checker import compare
    from resume_helper.tailoring.plan import make_plan

    today = today or date.today()
    data, name = _read_once(resume)
    resume_doc, posting_doc, letter_doc = analyse_application(
        resume if data is None else data, posting, letter, resume_name=name,
        input_lang=input_lang)
    lang = lang or posting_doc.lang
    before = compare(resume_doc, posting_doc, letter=letter_doc, lang=lang, today=today)
    plan = make_plan(resume_doc, posting_doc, before, lang=lang)
    plan = plan.decide(review(plan) if review is not None else accept)
    rebuilt = resume_doc.document.file_format != "docx" or ats_safe or data is None
    resume_bytes = _write_resume(data, resume_doc, plan, rebuilt=rebuilt)
    # The score after tailoring ignores the lines tailor writes itself (the profile).
    scored = plan.without({"profile"})
    scored_bytes = resume_bytes if scored == plan else _write_resume(data, resume_doc, scored,
                                                                     rebuilt=rebuilt)
    from resume_helper.tailoring.letter import compose_letter
    from resume_helper.tailoring.letter_docx import build_letter_docx

    composed = compose_letter(resume_doc, posting_doc, before, letter=letter_doc, lang=lang,
                              today=today)
    person = resume_doc.document.contact.name if isinstance(resume_doc.document, Resume) \
        else None
    letter_bytes = build_letter_docx(composed, lang, author=person or "")
    stem = stem or Path(resume_doc.document.name).stem
    after = compare(
        analyse(scored_bytes, "resume", name=f"{stem}-tailored.docx",
                fallback_lang=resume_doc.lang),
        posting_doc,
        letter=analyse(letter_bytes, "letter", name=f"{stem}-cover-letter.docx",
                       fallback_lang=lang),
        lang=lang, today=today)
    baseline = _write_resume(data, resume_doc, plan.decide("none"), rebuilt=True) \
        if rebuilt else None
    resume_changes = _resume_changes(resume_doc, plan, resume_bytes, baseline, lang=lang)
    if count_pages and not rebuilt and data is not None:
        resume_changes = (*_page_change(data, resume_bytes, lang), *resume_changes)
    report = dataclasses.replace(after, changes=(*resume_changes, *composed.changes),
                                 score_before=before.score)
    return Tailored(resume_docx=resume_bytes, letter_docx=letter_bytes, report=report,
                    lang=lang, plan=plan)


def suggest(resume: Source, posting: Source, *, lang: str | None = None,
            today: date | None = None, input_lang: str | None = None) -> Plan:
    """The suggestions for ``resume`` and ``posting``, none accepted (for ``--plan``)."""
    from resume_helper.checker import compare
    from resume_helper.tailoring.plan import make_plan

    resume_doc, posting_doc, _ = analyse_application(resume, posting, None,
                                                     input_lang=input_lang)
    lang = lang or posting_doc.lang
    report = compare(resume_doc, posting_doc, lang=lang, today=today or date.today())
    return make_plan(resume_doc, posting_doc, report, lang=lang)


def _read_once(source: Source) -> tuple[bytes | None, str | None]:
    """The resume file's bytes and name, read once for both the analysis and the edited copy
    (None for a document that was read already)."""
    from resume_helper.documents.model import Document
    from resume_helper.documents.safety import read_limited

    if isinstance(source, Document):
        return None, None
    if isinstance(source, bytes | bytearray):
        return read_limited(source, "the input"), None
    name = fspath(source)
    return read_limited(source, name), name


def _write_resume(data: bytes | None, resume: Analysed, plan: Plan, *, rebuilt: bool) -> bytes:
    from resume_helper.tailoring.resume_clean import build_clean_resume
    from resume_helper.tailoring.resume_docx import tailor_docx

    document = resume.document
    assert isinstance(document, Resume)
    if rebuilt or data is None:
        return build_clean_resume(document, plan)
    return tailor_docx(data, document, plan)


def _resume_changes(resume: Analysed, plan: Plan, output: bytes, baseline: bytes | None, *,
                    lang: str) -> tuple[Change, ...]:
    """What the written resume shows changed (a diff of the documents), then every suggestion
    with its proof and whether it was applied."""
    from resume_helper.documents import read_document
    from resume_helper.tailoring.diff import document_changes
    from resume_helper.tailoring.language import tailor_data

    document = resume.document
    assert isinstance(document, Resume)
    messages = Messages(lang)
    changes: list[Change] = []
    if resume.lang != lang:
        changes.append(_change(messages, "resume_other_language", code=resume.lang,
                               resume=messages.text(f"languages.{resume.lang}"),
                               output=messages.text(f"languages.{lang}")))
    original = document
    if baseline is not None:
        changes.append(_change(messages, "rebuilt", language=messages.text(f"languages.{lang}"),
                               font=tailor_data(lang)["font"]))
        if any(p.source in ("header", "footer") for s in document.sections_of("contact")
               for p in s.paragraphs):
            changes.append(_change(messages, "contact_moved"))
        original = read_document(baseline, kind="resume")
    written = read_document(output, kind="resume")
    found = document_changes(original, written, messages)
    changes += found or [_change(messages, "nothing")]
    texts = [p.text for p in written.paragraphs]
    for suggestion in plan.suggestions:
        changes.append(suggestion_change(suggestion, messages, _applied(suggestion, plan,
                                                                        document, texts)))
    return tuple(changes)


def _page_change(original: bytes, written: bytes, lang: str) -> tuple[Change, ...]:
    """A note when the edits make the resume a page longer (LibreOffice's count)."""
    from resume_helper.tailoring.pages import page_counts

    before, after = page_counts(original, written)
    if before is None or after is None or after <= before:
        return ()
    return (_change(Messages(lang), "page_longer", before=before, after=after),)


def _applied(suggestion: Suggestion, plan: Plan, document: Resume, written: list[str]) -> bool:
    """Whether the written resume shows the suggestion: the paragraph it edits reads as the
    accepted edits make it, the new paragraph is there, the reordered ones stand in their
    new order."""
    if not suggestion.accepted:
        return False
    if suggestion.order:
        wanted = [plan.text_of(document.paragraphs[i]) for i in suggestion.order]
        if not all(text in written for text in wanted):
            return False
        at = [written.index(text) for text in wanted]
        return at == sorted(at)
    if suggestion.paragraph is None:
        return suggestion.after in written
    return plan.text_of(document.paragraphs[suggestion.paragraph]) in written


def suggestion_change(suggestion: Suggestion, messages: Messages, applied: bool) -> Change:
    """One suggestion as the report lists it: requirement, proof, before → after, why, and
    whether the written resume has it."""
    if suggestion.kind == "gap":
        return Change(document="resume", kind="gap", message=messages.text(
            "changes.gap", requirement=messages.quote(suggestion.requirement),
            why=suggestion.why))
    status = messages.text("suggestions.applied" if applied else "suggestions.not_applied")
    return Change(document="resume", kind="suggestion", before=suggestion.before,
                  after=suggestion.after, message=messages.text(
                      "changes.suggestion", status=status,
                      kind=messages.text(f"suggestions.kinds.{suggestion.kind}"),
                      requirement=messages.quote(suggestion.requirement),
                      proof=messages.quote(suggestion.proof or "–"),
                      before=messages.quote(suggestion.before or "–"),
                      after=messages.quote(suggestion.after), why=suggestion.why))


def _change(messages: Messages, key: str, **values: object) -> Change:
    return Change(document="resume", kind=key, message=messages.text(f"changes.{key}", **values))
