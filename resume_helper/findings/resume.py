"""Resume checks: will an applicant tracking system read it, and does it follow the
country's conventions? Each check yields a passed ("ok"), "tip" or "warning" finding."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterator

from resume_helper.analysis import Analysed
from resume_helper.documents.model import Resume
from resume_helper.findings.conventions import conventions, find_phrases, standard_fonts
from resume_helper.matching.model import Finding, Severity
from resume_helper.messages import Messages

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
RESULT = re.compile(r"\d|%")
SUBSET_PREFIX = re.compile(r"^[A-Z]{6}\+")
FONT_STYLE_SUFFIX = re.compile(r"[-,](?:Bold|Italic|BoldItalic|Regular|Light|Oblique)\w*$", re.I)
EDGES = ("header", "footer")
MIN_BULLETS_FOR_RESULTS = 3
EXAMPLES = 3
MAX_EXAMPLE = 60  # characters of a hidden text quoted in a finding
# Characters that take no space on the page: zero-width space, (non-)joiners, word joiner,
# a byte-order mark inside the text, and direction marks.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]")
STUFFED_MENTIONS = 4  # one skill named this often in one paragraph made only of keywords
STUFFED_SHARE = 0.6


def resume_findings(resume: Analysed, messages: Messages) -> list[Finding]:
    """Every resume check, in the order a reader would fix them."""
    document = resume.document
    if not isinstance(document, Resume):
        return []
    rules = conventions(resume.lang)["resume"]
    checks = (_contact, _layout, _headings, _dates, _fonts)
    found = [f for check in checks for f in check(document, messages)]
    found += _length(document, messages, rules)
    found += _results(document, messages)
    found += _style(document, messages, rules)
    found += _hidden(resume, messages)
    return found


def _stuffed(resume: Analysed, skill: object) -> bool:
    """Whether a paragraph names ``skill`` again and again and is mostly keywords (what a
    block of white or tiny text stuffed for applicant tracking systems looks like)."""
    spans = sorted(getattr(skill, "spans", ()))
    starts = [a for a, _ in spans]
    for paragraph in resume.document.paragraphs:
        # Why bisect: a paragraph's spans by their start, not every span per paragraph
        # (quadratic in a resume of thousands of lines naming a skill thousands of times)
        inside = spans[bisect_left(starts, paragraph.start) : bisect_left(starts, paragraph.end)]
        if len(inside) < STUFFED_MENTIONS:
            continue
        letters = sum(1 for c in paragraph.text if not c.isspace()) or 1
        covered = sum(sum(1 for c in resume.text[a:b] if not c.isspace()) for a, b in inside)
        if covered / letters >= STUFFED_SHARE:
            return True
    return False


def _hidden(resume: Analysed, messages: Messages) -> Iterator[Finding]:
    """Text a reader does not see but a machine does: invisible characters, white, tiny or
    hidden text (as the reader found it), and a skill repeated far beyond natural use."""
    from resume_helper.nlp.resources import concept_label

    invisible = len(INVISIBLE.findall(resume.text.lstrip("\ufeff")))
    if invisible:
        yield _finding(messages, "hidden-characters", "warning", count=invisible)
    hidden = resume.document.hidden_text
    if hidden:
        why = dict.fromkeys(reason for reason, _ in hidden)
        yield _finding(messages, "hidden-text", "warning",
                       words=sum(len(text.split()) for _, text in hidden),
                       why=messages.join(messages.text(f"words.hidden.{w}") for w in why),
                       examples=messages.join(messages.quote(_shortened(text))
                                              for _, text in hidden[:EXAMPLES]))
    stuffed = [s for s in resume.skills if _stuffed(resume, s)]
    if stuffed:
        yield _finding(messages, "keyword-stuffing", "warning", skills=messages.join(
            [f"{concept_label(s.id, messages.lang) or s.label} ({len(s.spans)}×)"
             for s in stuffed[:EXAMPLES]]))


def _shortened(text: str) -> str:
    return text if len(text) <= MAX_EXAMPLE else text[:MAX_EXAMPLE].rsplit(" ", 1)[0] + " …"


def _finding(messages: Messages, code: str, severity: Severity, **data: object) -> Finding:
    return Finding(code=code, severity=severity,
                   message=messages.text(f"findings.resume.{code}", **data), data=dict(data))


def _contact(document: Resume, messages: Messages) -> Iterator[Finding]:
    contact = document.contact
    if contact.found_in and all(source in EDGES for source in contact.found_in):
        yield _finding(messages, "contact-in-header", "warning")
    missing = [name for name, value in (("name", contact.name), ("email", contact.email),
                                        ("phone", contact.phone)) if not value]
    if missing:
        fields = messages.join(messages.text(f"words.{name}") for name in missing)
        yield _finding(messages, "contact-missing", "warning", fields=fields)
    elif contact.found_in and not all(source in EDGES for source in contact.found_in):
        yield _finding(messages, "contact-ok", "ok")
    if not contact.location:
        yield _finding(messages, "location-missing", "tip")


def _layout(document: Resume, messages: Messages) -> Iterator[Finding]:
    counts = {source: sum(1 for p in document.paragraphs if p.source == source)
              for source in ("table", "textbox")}
    if counts["table"]:
        yield _finding(messages, "layout-tables", "warning", count=counts["table"])
    if counts["textbox"]:
        yield _finding(messages, "layout-textboxes", "warning", count=counts["textbox"])
    for feature in document.layout:
        yield _finding(messages, f"layout-{feature}", "tip")
    if not counts["table"] and not counts["textbox"] and not document.layout:
        yield _finding(messages, "layout-ok", "ok")


def _headings(document: Resume, messages: Messages) -> Iterator[Finding]:
    unusual = [s.heading for s in document.sections if s.kind == "other" and s.heading]
    if unusual:
        yield _finding(messages, "headings-unusual", "tip",
                       headings=", ".join(messages.quote(h) for h in unusual[:EXAMPLES]))
    if not document.sections_of("experience"):
        yield _finding(messages, "no-experience", "warning")
    elif not unusual:
        yield _finding(messages, "headings-ok", "ok")


def _dates(document: Resume, messages: Messages) -> Iterator[Finding]:
    entries = [*document.experience, *document.education]
    unparsed = [e.dates.raw for e in entries if e.dates is not None and not e.dates.parsed]
    undated = [getattr(e, "title", None) or getattr(e, "degree", None) or "?"
               for e in document.experience if e.dates is None]
    if unparsed:
        yield _finding(messages, "dates-unparsed", "warning",
                       dates=", ".join(messages.quote(d) for d in unparsed[:EXAMPLES]))
    if undated:
        yield _finding(messages, "dates-missing", "warning",
                       jobs=", ".join(messages.quote(j) for j in undated[:EXAMPLES]))
    if entries and not unparsed and not undated:
        yield _finding(messages, "dates-ok", "ok")


def _fonts(document: Resume, messages: Messages) -> Iterator[Finding]:
    standard = standard_fonts()
    unusual = sorted({name for name in (_family(f) for f in document.fonts)
                      if name and name.lower() not in standard})
    if unusual:
        yield _finding(messages, "fonts-unusual", "tip", fonts=", ".join(unusual))


def _family(font: str) -> str:
    return FONT_STYLE_SUFFIX.sub("", SUBSET_PREFIX.sub("", font)).strip()


def _length(document: Resume, messages: Messages, rules: dict) -> Iterator[Finding]:
    words = len(WORD.findall(document.text))
    pages = max(document.pages or 0, math.ceil(words / rules["words_per_page"]))
    low, high = rules["words"]
    if pages > rules["max_pages"]:
        yield _finding(messages, "too-long", "warning", pages=pages, words=words,
                       max_pages=rules["max_pages"])
    elif words < low:
        yield _finding(messages, "too-short", "tip", words=words, low=low)
    elif words > high:
        yield _finding(messages, "wordy", "tip", words=words, high=high)
    else:
        yield _finding(messages, "length-ok", "ok", pages=pages, words=words)


def _results(document: Resume, messages: Messages) -> Iterator[Finding]:
    bullets = [b for job in document.experience for b in job.bullets]
    if len(bullets) < MIN_BULLETS_FOR_RESULTS:
        return
    measured = sum(1 for b in bullets if RESULT.search(b))
    share = measured / len(bullets)
    severity: Severity = "ok" if share >= 1 / 3 else "tip"
    yield _finding(messages, "results" if severity == "ok" else "few-results", severity,
                   measured=measured, total=len(bullets), share=messages.percent(share))


def _without_reflexives(line: str, rules: dict) -> str:
    """``line`` without the pronouns a verb needs after it ("Tager mig af reklamationer"):
    in a bullet without "jeg" they are no first person. After a preposition ("for mig") the
    pronoun stays."""
    spec = rules.get("reflexive") or {}
    if not spec.get("pronouns"):
        return line
    particles = "|".join(re.escape(p) for p in spec["particles"])
    pronouns = "|".join(re.escape(p) for p in spec["pronouns"])
    pattern = re.compile(rf"(?<!\w)(?!(?:{particles})\s)([^\W\d_]+\s+)(?:{pronouns})"
                         rf"(?=\s+(?:{particles})(?!\w))", re.I)
    return pattern.sub(r"\1", line)


def _style(document: Resume, messages: Messages, rules: dict) -> Iterator[Finding]:
    scope = [b for job in document.experience for b in job.bullets]
    if rules.get("pronouns_in_summary") and document.summary:
        scope.append(document.summary)
    pronouns = sorted({p.lower() for line in scope
                       for p in find_phrases(_without_reflexives(line, rules), rules["pronouns"])})
    if pronouns:
        yield _finding(messages, "pronouns", "tip",
                       pronouns=", ".join(messages.quote(p) for p in pronouns))
    cliches = find_phrases(document.text, rules["cliches"])
    if cliches:
        yield _finding(messages, "cliches", "tip",
                       phrases=", ".join(messages.quote(c) for c in cliches[:EXAMPLES + 2]))
