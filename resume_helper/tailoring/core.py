"""`tailor`: a tailored resume, a cover letter and the match report for them.

The resume keeps the user's own Word document where there is one (edited copy), or is
rebuilt as a clean single-column document (``ats_safe``, or any other input format). Nothing
is invented: see :mod:`resume_helper.tailoring.plan` and :mod:`resume_helper.tailoring.letter`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from os import fspath
from pathlib import Path

from resume_helper.analysis import Analysed, Source, analyse, analyse_application
from resume_helper.documents.model import Resume
from resume_helper.matching.factors import core_title
from resume_helper.matching.model import Change, MatchReport
from resume_helper.messages import Messages


@dataclass(frozen=True)
class Tailored:
    """The outputs of one tailoring, in memory."""

    resume_docx: bytes
    letter_docx: bytes
    report: MatchReport
    lang: str

    @property
    def changes(self) -> tuple[Change, ...]:
        return self.report.changes


def tailor(resume: Source, posting: Source, *, letter: Source | None = None,
           lang: str | None = None, ats_safe: bool = False,
           today: date | None = None, stem: str | None = None) -> Tailored:
    """Tailor ``resume`` (and ``letter``) to ``posting``; nothing is written to disk.

    ``lang`` is the language of the outputs (default: the posting's). ``today`` dates the
    letter and ends open periods (default: the real date). ``stem`` starts the output names
    the report mentions (default: the resume's file name).
    """
    from resume_helper.checker import compare

    today = today or date.today()
    data, name = _read_once(resume)
    resume_doc, posting_doc, letter_doc = analyse_application(
        resume if data is None else data, posting, letter, resume_name=name)
    lang = lang or posting_doc.lang
    before = compare(resume_doc, posting_doc, letter=letter_doc, lang=lang, today=today)
    resume_bytes, resume_changes = _tailor_resume(data, resume_doc, posting_doc, before,
                                                  lang=lang, ats_safe=ats_safe)
    from resume_helper.tailoring.letter import compose_letter
    from resume_helper.tailoring.letter_docx import build_letter_docx

    composed = compose_letter(resume_doc, posting_doc, before, letter=letter_doc, lang=lang,
                              today=today)
    person = resume_doc.document.contact.name if isinstance(resume_doc.document, Resume) \
        else None
    letter_bytes = build_letter_docx(composed, lang, author=person or "")
    stem = stem or Path(resume_doc.document.name).stem
    after = compare(
        analyse(resume_bytes, "resume", name=f"{stem}-tailored.docx",
                fallback_lang=resume_doc.lang),
        posting_doc,
        letter=analyse(letter_bytes, "letter", name=f"{stem}-cover-letter.docx",
                       fallback_lang=lang),
        lang=lang, today=today)
    report = dataclasses.replace(after, changes=(*resume_changes, *composed.changes),
                                 score_before=before.score)
    return Tailored(resume_docx=resume_bytes, letter_docx=letter_bytes, report=report, lang=lang)


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


def _tailor_resume(data: bytes | None, resume: Analysed, posting: Analysed,
                   report: MatchReport, *, lang: str, ats_safe: bool
                   ) -> tuple[bytes, tuple[Change, ...]]:
    from resume_helper.tailoring.language import tailor_data
    from resume_helper.tailoring.plan import make_plan
    from resume_helper.tailoring.resume_clean import build_clean_resume
    from resume_helper.tailoring.resume_docx import tailor_docx

    document = resume.document
    assert isinstance(document, Resume)
    messages = Messages(lang)
    plan = make_plan(resume, posting, report, lang=lang)
    changes: list[Change] = []
    if document.file_format != "docx" or ats_safe:
        data = None
    if data is not None:
        output, made = tailor_docx(data, document, plan)
        plan = dataclasses.replace(plan, wordings=made)
    else:
        output = build_clean_resume(document, plan)
        changes.append(_change(messages, "rebuilt", language=messages.text(f"languages.{lang}"),
                               font=tailor_data(lang)["font"]))
        if any(p.source in ("header", "footer") for s in document.sections_of("contact")
               for p in s.paragraphs):
            changes.append(_change(messages, "contact_moved"))
    if plan.profile:
        key = "profile_before_summary" if document.sections_of("summary") and data else \
            "profile_added"
        title = core_title(getattr(posting.document, "title", "") or "")
        changes.append(_change(messages, key, title=title, text=messages.quote(plan.profile)))
    if plan.first_items:
        changes.append(_change(messages, "skills_reordered",
                               items=", ".join(plan.first_items)))
    changes += [Change(document="resume", kind="wording", before=w.before, after=w.after,
                       message=messages.text("changes.wording", before=messages.quote(w.before),
                                             after=messages.quote(w.after)))
                for w in plan.wordings]
    if resume.lang != lang:
        changes.insert(0, _change(messages, "resume_other_language", code=resume.lang,
                                  resume=messages.text(f"languages.{resume.lang}"),
                                  output=messages.text(f"languages.{lang}")))
    missing = [s.label for s in report.skills if s.status == "missing"
               and s.importance in ("required", "nice_to_have")]
    if missing:
        changes.append(_change(messages, "missing_skills", skills=messages.join(missing)))
    return output, tuple(changes)


def _change(messages: Messages, key: str, **values: object) -> Change:
    return Change(document="resume", kind=key, message=messages.text(f"changes.{key}", **values))
