"""Cover letter checks: is it written for this posting, in its language, with its parts,
and does it tie what the posting asks for to evidence in the resume?"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from resume_helper.analysis import Analysed
from resume_helper.documents.entries import COMPANY
from resume_helper.documents.model import CoverLetter, Posting
from resume_helper.findings.conventions import conventions, find_phrases
from resume_helper.matching.factors import core_title
from resume_helper.matching.model import Finding, Severity, SkillMatch
from resume_helper.messages import Messages

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")
MIN_TIES = 2
ASKED = ("required", "nice_to_have")


def letter_findings(letter: Analysed | None, posting: Analysed, skills: Sequence[SkillMatch],
                    messages: Messages, *, in_letter: Sequence[SkillMatch] = ()
                    ) -> list[Finding]:
    """Every letter check; a single tip when there is no letter.

    ``in_letter`` is the match of the letter against the posting by the same engine as the
    resume's (a member for its category, either of two alternatives, other languages by
    concept): what the letter evidences of each requirement.
    """
    if letter is None or not isinstance(letter.document, CoverLetter):
        return [_finding(messages, "no-letter", "tip")]
    assert isinstance(posting.document, Posting)
    document, ad = letter.document, posting.document
    found = [*_names(letter, posting, messages)]
    if letter.lang != posting.lang:
        found.append(_finding(messages, "language-differs", "warning",
                              letter=messages.text(f"languages.{letter.lang}"),
                              posting=messages.text(f"languages.{posting.lang}")))
    found += _ties(letter, skills, messages, in_letter)
    found += _length(document, letter.lang, messages)
    found += _greeting(document, ad, messages)
    found += _parts(document, messages)
    generic = find_phrases(letter.text, conventions(letter.lang)["letter"]["generic"])
    if generic:
        found.append(_finding(messages, "generic", "tip",
                              phrases=", ".join(messages.quote(p) for p in generic)))
    return found


def _finding(messages: Messages, code: str, severity: Severity, **data: object) -> Finding:
    return Finding(code=code, severity=severity,
                   message=messages.text(f"findings.letter.{code}", **data), data=dict(data))


def company_core(company: str) -> str:
    """A company's name without its legal form ("Nordlicht Energie" for "… GmbH")."""
    core = COMPANY.sub("", company)
    return " ".join(core.replace(",", " ").split()) or company


def _names(letter: Analysed, posting: Analysed, messages: Messages) -> Iterator[Finding]:
    ad = posting.document
    assert isinstance(ad, Posting)
    text = letter.text.lower()
    if ad.company:
        core = company_core(ad.company)
        ok = core.lower() in text
        yield _finding(messages, "company-named" if ok else "company-missing",
                       "ok" if ok else "warning", company=core)
    if ad.title:
        title = core_title(ad.title)
        ok = letter.lang == posting.lang and names_title(letter.text, title, letter.lang)
        yield _finding(messages, "title-named" if ok else "title-missing",
                       "ok" if ok else "warning", title=title)


def names_title(text: str, title: str, lang: str) -> bool:
    """Whether one sentence of ``text`` names every word of the job title, each as a whole
    word in any form ("Kundenberaterin im Kundenservice" names "Kundenberater im
    Kundenservice"; "arbejder i kundeservice" does not name "Kundeservicemedarbejder")."""
    from resume_helper.matching.wording import same_word
    from resume_helper.nlp.resources import stopwords

    function_words = stopwords().get(lang, frozenset())

    def words(value: str) -> list[str]:
        return [w.lower() for w in WORD.findall(value) if w.lower() not in function_words]

    def covers(have: list[str], want: list[str]) -> bool:
        return all(any(same_word(w, h, lang) for h in have) for w in want)

    wanted = words(title)
    return bool(wanted) and any(covers(words(sentence), wanted)
                                for sentence in SENTENCE.split(text) if sentence.strip())


def _ties(letter: Analysed, skills: Sequence[SkillMatch], messages: Messages,
          in_letter: Sequence[SkillMatch] = ()) -> Iterator[Finding]:
    countable = [s for s in skills if s.category not in ("language", "education")]
    asked = [s for s in countable if s.importance in ASKED] or countable
    shown = {m.id for m in in_letter if m.status != "missing"} or \
        {s.id for s in letter.skills}
    in_both = [s for s in asked if s.status != "missing" and s.id in shown]
    if len(in_both) >= MIN_TIES:
        yield _finding(messages, "ties", "ok", count=len(in_both),
                       skills=messages.join(s.label for s in in_both[:4]))
        return
    candidates = [s.label for s in asked if s.status != "missing" and s.id not in shown]
    yield _finding(messages, "few-ties", "warning", count=len(in_both),
                   suggestions=messages.join(candidates[:3]) or "–")


def _length(document: CoverLetter, lang: str, messages: Messages) -> Iterator[Finding]:
    words = sum(len(WORD.findall(line)) for line in document.body)
    low, high = conventions(lang)["letter"]["words"]
    if words < low:
        yield _finding(messages, "short", "tip", words=words, low=low, high=high)
    elif words > high:
        yield _finding(messages, "long", "warning", words=words, low=low, high=high)
    else:
        yield _finding(messages, "length-ok", "ok", words=words)


def _greeting(document: CoverLetter, ad: Posting, messages: Messages) -> Iterator[Finding]:
    if document.greeting is None:
        yield _finding(messages, "greeting-missing", "warning")
        return
    if ad.contact_person:
        surname = ad.contact_person.split()[-1]
        if surname.lower() in document.greeting.lower():
            yield _finding(messages, "greeting-named", "ok", contact=ad.contact_person)
        else:
            yield _finding(messages, "greeting-not-named", "warning", contact=ad.contact_person,
                           greeting=messages.quote(document.greeting))


def _parts(document: CoverLetter, messages: Messages) -> Iterator[Finding]:
    missing = [name for name, value in (("date", document.date),
                                        ("closing", document.closing),
                                        ("signature", document.signature)) if not value]
    if missing:
        yield _finding(messages, "parts-missing", "warning",
                       parts=messages.join(messages.text(f"words.{m}") for m in missing))
    else:
        yield _finding(messages, "parts-ok", "ok")
