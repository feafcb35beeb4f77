"""`batch`: check every resume in a folder against one posting, for a room of applicants.

Each resume gets its own report; a summary table lists them all. A file that cannot be read
gets a row with the reason and never stops the batch. Work is spread over processes; the
posting is read once, in the parent, and the pipelines are shared by forking where the
system allows it.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import re
import signal
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from os import PathLike
from pathlib import Path

from resume_helper.analysis import Analysed, analyse, require_substance
from resume_helper.errors import ResumeHelperError
from resume_helper.matching.model import SkillMatch

RESUME_SUFFIXES = (".docx", ".docm", ".pdf", ".txt", ".md", ".markdown", ".json", ".html",
                   ".htm")
TOP = 3


@dataclass(frozen=True)
class BatchRow:
    """One resume's line in the summary; ``error`` is set when it could not be checked."""

    file: str
    report: str | None = None
    name: str | None = None
    score: int | None = None
    keyword_share: float | None = None
    top_matches: tuple[str, ...] = ()
    top_gaps: tuple[str, ...] = ()
    warnings: int = 0
    tips: int = 0
    error: str | None = None
    language: str | None = None  # the resume's language (ISO code)
    warning_codes: tuple[str, ...] = ()  # what the warnings are, to explain their count


@dataclass(frozen=True)
class BatchResult:
    """The rows in file order, the summary's language, and the anonymization key's path."""

    rows: tuple[BatchRow, ...]
    lang: str
    key: Path | None = None


def find_resumes(folder: Path, *, skip: Path | None = None) -> list[Path]:
    """Resume files under ``folder`` (subfolders too), in a stable order; hidden files and
    the output folder left out."""
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if skip is not None and skip in path.parents:
            continue
        if path.suffix.lower() in RESUME_SUFFIXES:
            found.append(path)
    return found


def run_batch(resumes_dir: str | PathLike[str], posting: str | PathLike[str],
              out_dir: str | PathLike[str], *, jobs: int | None = None, lang: str | None = None,
              anonymize: bool = False, today: date | None = None, force: bool = False,
              guide: str = "", input_lang: str | None = None,
              progress: Callable[[int, int], None] | None = None) -> BatchResult:
    """Check every resume in ``resumes_dir``; write reports and the summary to ``out_dir``.

    ``progress(done, total)`` is called after each resume. The summary speaks ``lang`` (default:
    the posting's language). An earlier batch's summary in ``out_dir`` is replaced only with
    ``force``; the per-resume reports in ``out_dir/reports`` are the batch's own and are
    replaced. With ``anonymize``, ``key.csv`` says which number is which file. ``input_lang`` is
    the language the posting and resumes are written in, instead of detecting it.
    """
    from resume_helper.files import check_target, same_file
    from resume_helper.workshop.summary import SUMMARY_FILES, write_key, write_summary

    folder, out = Path(resumes_dir), Path(out_dir)
    if not folder.is_dir():
        raise ResumeHelperError(key="no_folder", folder=folder)
    if same_file(folder, out):
        raise ResumeHelperError(key="output_is_input")
    for name in (*SUMMARY_FILES, "key.csv") if anonymize else SUMMARY_FILES:
        check_target(out / name, force=force)
    files = find_resumes(folder, skip=out.resolve() if out.exists() else None)
    if not files:
        raise ResumeHelperError(key="no_resumes", folder=folder)
    ad = analyse(posting, "posting", lang=input_lang)
    try:
        (out / "reports").mkdir(parents=True, exist_ok=True)
        _remove_old_reports(out / "reports")
    except OSError as exc:
        raise ResumeHelperError(key="cannot_write_folder", folder=out,
                                reason=exc.strerror) from exc
    tasks = [_Task(path=path, label=_label(path, folder, number, anonymize),
                   report=out / "reports" / f"{_slug(path, folder, number, anonymize)}.html")
             for number, path in enumerate(files, start=1)]
    rows: list[BatchRow] = []
    settings = _Settings(lang=lang, today=today or date.today(), guide=guide,
                         input_lang=input_lang)
    try:
        for done, row in enumerate(_map(tasks, ad, settings, jobs), start=1):
            rows.append(row)
            if progress:
                progress(done, len(tasks))
    except BaseException:  # Ctrl-C or SIGTERM: the workers are gone; leave no half file
        _remove_temporary(out)
        _remove_temporary(out / "reports")
        raise
    order = {task.label: number for number, task in enumerate(tasks)}
    rows.sort(key=lambda row: order[row.file])
    key = None
    if anonymize:
        rows = [_anonymous(row) for row in rows]
        key = write_key([(t.label, t.path.relative_to(folder).as_posix()) for t in tasks], out,
                        force=force)
    summary_lang = lang or ad.lang
    write_summary(rows, out, anonymize=anonymize, posting=ad, lang=summary_lang, force=force)
    return BatchResult(rows=tuple(rows), lang=summary_lang, key=key)


OWN_REPORT = re.compile(r"^(?:\d{3,}-.*|resume-\d{3,})\.html$")


def _remove_temporary(folder: Path) -> None:
    """Remove the temporary files an interrupted worker left (named as write_atomic names
    them: ".<target>.<random>.tmp")."""
    for path in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            path.unlink()


def _remove_old_reports(folder: Path) -> None:
    """Remove an earlier batch's reports (only files named as this tool names them), so the
    folder holds this batch's and no stale one with another person's name."""
    for path in folder.iterdir():
        if path.is_file() and OWN_REPORT.match(path.name):
            path.unlink()


@dataclass(frozen=True)
class _Settings:
    lang: str | None
    today: date
    guide: str
    input_lang: str | None = None


@dataclass(frozen=True)
class _Task:
    path: Path
    label: str
    report: Path


def _label(path: Path, folder: Path, number: int, anonymize: bool) -> str:
    return f"#{number:03d}" if anonymize else path.relative_to(folder).as_posix()


def _slug(path: Path, folder: Path, number: int, anonymize: bool) -> str:
    if anonymize:
        return f"resume-{number:03d}"
    text = re.sub(r"[^\w.-]+", "-", path.relative_to(folder).with_suffix("").as_posix())
    return f"{number:03d}-{text.strip('-')[:60]}"


_POSTING: Analysed | None = None


def _init(posting: Analysed, worker: bool = False) -> None:
    global _POSTING  # noqa: PLW0603 - one posting per worker process, set once
    _POSTING = posting
    if worker:
        # Why: Ctrl-C reaches the whole process group; the parent alone decides to stop and
        # ends the workers, so none of them prints a traceback of its own.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _map(tasks: list[_Task], posting: Analysed, settings: _Settings,
         jobs: int | None) -> Iterator[BatchRow]:
    """Rows as they finish: in this process for one job, else in a process pool."""
    workers = max(1, min(jobs or os.cpu_count() or 1, len(tasks)))
    if workers == 1:
        _init(posting)
        for task in tasks:
            yield _check_released(task, settings)
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init,
                               initargs=(posting, True))
    try:
        futures = {pool.submit(_check_released, task, settings): task for task in tasks}
        for future in as_completed(futures):
            try:
                yield future.result()
            except BrokenProcessPool as exc:  # a worker died (out of memory, killed)
                yield _failed(futures[future], settings, exc)
    except BaseException:
        # Why not ``with``: its exit waits for every queued resume; an interrupt must stop now.
        pool.shutdown(wait=False, cancel_futures=True)
        for process in multiprocessing.active_children():
            process.terminate()
        # The pool's manager thread now sees its workers gone and ends at once; waiting for it
        # here keeps Python's exit from writing to its closed wake-up pipe ("Exception
        # ignored in <module 'threading'>" on SIGTERM).
        pool.shutdown(wait=True)
        raise
    pool.shutdown()


def _check_released(task: _Task, settings: _Settings) -> BatchRow:
    """One resume's row; then the memory its check freed goes back to the system (a worker
    checks resume after resume, see :func:`resume_helper.memory.release_freed_memory`)."""
    from resume_helper.memory import release_freed_memory

    row = _check_one(task, settings)
    release_freed_memory()
    return row


def _check_one(task: _Task, settings: _Settings) -> BatchRow:
    """One resume's row; any input problem becomes the row's error, never an exception."""
    from resume_helper.checker import compare
    from resume_helper.documents.model import Resume
    from resume_helper.files import write_atomic
    from resume_helper.report.html import render_html

    assert _POSTING is not None
    try:
        resume = analyse(task.path, "resume", lang=settings.input_lang,
                         fallback_lang=_POSTING.lang, name=task.label)
        require_substance(resume)
        report = compare(resume, _POSTING, lang=settings.lang, today=settings.today)
        write_atomic(task.report, render_html(report, guide_base=settings.guide), force=True)
    except ResumeHelperError as exc:
        # Why the summary's language: the row is a cell of the summary the user reads.
        lang = settings.lang or _POSTING.lang
        return BatchRow(file=task.label, error=_one_line(exc.in_language(lang)))
    except Exception as exc:  # noqa: BLE001 - our bug, but one file must not end the batch
        return _failed(task, settings, exc)
    document = resume.document
    contact = document.contact if isinstance(document, Resume) else None
    return BatchRow(
        file=task.label, report=f"reports/{task.report.name}",
        name=contact.name if contact else None,
        score=report.score, keyword_share=report.keyword_share,
        top_matches=_labels(report.skills_with("matched")[:TOP], settings),
        top_gaps=_labels(report.skills_with("missing")[:TOP], settings),
        warnings=sum(1 for f in (*report.resume_findings, *report.letter_findings)
                     if f.severity == "warning"),
        tips=sum(1 for f in report.resume_findings if f.severity == "tip"),
        language=resume.lang,
        warning_codes=tuple(f.code for f in (*report.resume_findings, *report.letter_findings)
                            if f.severity == "warning"),
    )


def _labels(skills: Sequence[SkillMatch], settings: _Settings) -> tuple[str, ...]:
    """Skill names in the summary's language: a resume in English among German ones still
    gets German cells (its own report stays in its own language)."""
    from resume_helper.nlp.resources import concept_label

    lang = settings.lang or (_POSTING.lang if _POSTING else None) or "en"
    return tuple(concept_label(s.id, lang) or s.label for s in skills)


def _failed(task: _Task, settings: _Settings, exc: BaseException) -> BatchRow:
    """The row of a resume whose check failed for a reason that is our bug, not the user's."""
    lang = settings.lang or (_POSTING.lang if _POSTING else "en")
    error = ResumeHelperError(key="check_failed", error=type(exc).__name__)
    return BatchRow(file=task.label, error=_one_line(error.in_language(lang)))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _anonymous(row: BatchRow) -> BatchRow:
    """The row without the person's name; an error names the file by its number only, and
    any e-mail address in it is blanked out."""
    from dataclasses import replace

    from resume_helper.documents.contacts import EMAIL

    return replace(row, name=None, error=EMAIL.sub("…", row.error) if row.error else None)
