"""Compose the cover letter: the applicant's own letter aimed at this posting, or a first draft
from the resume with marked places for what only the applicant can say.

Facts come from the inputs only: the sender from the letter or the resume, the recipient and
job from the posting, and the evidence paragraph quotes the resume word for word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from resume_helper.analysis import Analysed
from resume_helper.documents import lexicon
from resume_helper.documents.entries import COMPANY
from resume_helper.documents.model import CoverLetter, Posting, Resume
from resume_helper.findings.letter import company_core
from resume_helper.matching.factors import core_title
from resume_helper.matching.model import Change, MatchReport, SkillMatch
from resume_helper.messages import Messages
from resume_helper.tailoring.language import address_form, letter_date, tailor_data
from resume_helper.tailoring.plan import ConceptGuard, skill_name

MAX_TIES = 3
QUOTE_BULLET, QUOTE_SENTENCE, QUOTE_WORDS = 0, 1, 2
SENTENCE_END = re.compile(r"[.!?](?=\s)")
MAX_QUOTE = 160
TIE_IMPORTANCE = ("required", "nice_to_have")
PLACEHOLDER = re.compile(r"\[[^\]]+\]")
POSTCODE = re.compile(r"^\s*(?:[A-Z]{1,2}-)?\d{4,5}\s+")


@dataclass(frozen=True)
class LetterPart:
    """One paragraph of the letter and its role (sender, date, greeting, body, tie, …)."""

    kind: str
    text: str


@dataclass(frozen=True)
class Letter:
    """The composed letter: its paragraphs in order, and what was changed or added."""

    parts: tuple[LetterPart, ...]
    changes: tuple[Change, ...]


def compose_letter(resume: Analysed, posting: Analysed, report: MatchReport, *,
                   letter: Analysed | None, lang: str, today: date) -> Letter:
    """The tailored letter in ``lang``, from ``letter`` when it is in that language."""
    ad, cv = posting.document, resume.document
    assert isinstance(ad, Posting)
    assert isinstance(cv, Resume)
    messages = Messages(lang)
    spec = tailor_data(lang)["letter"]
    form = address_form(ad.text, posting.lang) if posting.lang == lang else "formal"
    words = spec[form]
    title = core_title(ad.title) if ad.title else None
    changes: list[Change] = []
    own = letter.document if letter is not None else None
    if own is not None and letter is not None and letter.lang != lang:
        changes.append(_change(messages, "letter_other_language",
                               letter=messages.text(f"languages.{letter.lang}"),
                               posting=messages.text(f"languages.{lang}")))
        own = None
    assert own is None or isinstance(own, CoverLetter)
    ties = _ties(report, resume, ConceptGuard(resume, posting, lang), messages)
    recipient = _recipient(ad, spec)
    greeting = _greeting(ad, spec, form)
    if title and tailor_data(lang)["lowercase_titles"] and title[1:2].islower():
        title = title[0].lower() + title[1:]  # "jobbet som kundeservicemedarbejder"
    if own is not None:
        body = _reuse(own, ad, title, words, messages, changes, lang)
    else:
        body = _draft(cv, title, ad.company, words, spec["placeholders"])
    if ties:
        tie_names = messages.join(label for label, _ in ties)
        block = [LetterPart("body", words["ties_intro"].format(skills=tie_names))]
        block += [LetterPart("tie", words["tie"].format(skill=label[:1].upper() + label[1:],
                                                        evidence=quote))
                  for label, quote in ties]
        # After the applicant's first paragraph (behind an opening of ours, if we added one).
        at = 2 if len(body) > 2 and body[0].kind == "opening" else 1
        body = body[:at] + block + body[at:]
        changes.append(_change(messages, "letter_ties", skills=tie_names))
    sender = list(own.sender) if own is not None and own.sender else _sender(cv, spec)
    place = _city(cv.contact.location)
    parts = [LetterPart("sender", line) for line in sender]
    parts += [LetterPart("recipient", line) for line in recipient]
    parts.append(LetterPart("date", letter_date(today, lang, place)))
    if title and spec["subject"]:
        subject = spec["subject"].format(title=title)
        parts.append(LetterPart("subject", subject[:1].upper() + subject[1:]))
    parts.append(LetterPart("greeting", greeting))
    parts += body
    parts.append(LetterPart("closing", own.closing if own is not None and own.closing
                            else spec["closing"]))
    signature = (own.signature if own is not None and own.signature else
                 cv.contact.name or spec["placeholders"]["name"])
    parts.append(LetterPart("signature", signature))
    if own is not None:
        parts += [LetterPart("attachments", p.text) for p in own.paragraphs
                  if p.section == "attachments"]
    changes.insert(0, _change(messages, "letter_recipient", recipient=", ".join(recipient)))
    changes.insert(1, _change(messages, "letter_greeting", greeting=greeting))
    if tailor_data(lang)["address"]["formal"]:  # a language with more than one form
        changes.append(_change(messages, "address_form", form=messages.text(f"forms.{form}")))
    placeholders = sum(len(PLACEHOLDER.findall(part.text)) for part in parts)
    if own is None and placeholders:
        changes.append(_change(messages, "letter_draft", count=placeholders))
    return Letter(parts=tuple(parts), changes=tuple(changes))


def _change(messages: Messages, key: str, **values: object) -> Change:
    return Change(document="letter", kind=key, message=messages.text(f"changes.{key}", **values))


def _recipient(ad: Posting, spec: dict) -> list[str]:
    contact = _contact_with_honorific(ad)
    lines = {"company": ad.company, "contact": contact, "place": ad.location}
    return [lines[key] for key in spec["recipient"] if lines.get(key)]


def _honorific(ad: Posting) -> str | None:
    """"Frau", "Herr", "Ms." … as the posting writes it before the contact's name."""
    if not ad.contact_person:
        return None
    match = re.search(rf"(?<!\w)([A-ZÄÖÜa-zäöü]+\.?)\s+{re.escape(ad.contact_person)}", ad.text)
    if match and match.group(1).lower().rstrip(".") in {h.rstrip(".") for h in
                                                         lexicon.words("honorifics")}:
        return match.group(1)
    return None


def _contact_with_honorific(ad: Posting) -> str | None:
    honorific = _honorific(ad)
    if ad.contact_person and honorific:
        return f"{honorific} {ad.contact_person}"
    return ad.contact_person


def _greeting(ad: Posting, spec: dict, form: str) -> str:
    greetings = spec["greeting"]
    informal = form == "informal"
    if not ad.contact_person:
        return greetings["generic_informal" if informal else "generic"]
    if informal:
        return greetings["named_informal"].format(name=ad.contact_person)
    surname = ad.contact_person.split()[-1]
    honorific = (_honorific(ad) or "").lower()
    for gender in ("female", "male"):
        if honorific and honorific in {h.lower() for h in spec["honorifics"][gender]}:
            return greetings[f"named_{gender}"].format(surname=surname, name=ad.contact_person)
    return greetings["named"].format(name=ad.contact_person, surname=surname)


def _ties(report: MatchReport, resume: Analysed, guard: ConceptGuard, messages: Messages
          ) -> list[tuple[str, str]]:
    """Up to three of the posting's requirements, each with the resume line that shows it.

    Requirements with a whole experience bullet or summary sentence to quote come first; a
    bare skills-list word is quoted only when too few have more.
    """
    assert isinstance(resume.document, Resume)
    chosen = [s for s in report.skills if s.status != "missing" and s.resume_evidence
              and s.category not in ("language", "education")]
    candidates = []
    for order, skill in enumerate(chosen):
        rank, quote = _quote(skill, resume)
        asked = 0 if skill.importance in TIE_IMPORTANCE else 1
        candidates.append((rank > QUOTE_SENTENCE, asked, order, quote, skill))
    ties: list[tuple[str, str]] = []
    quoted: set[str] = set()
    for *_, quote, skill in sorted(candidates, key=lambda c: c[:3]):
        label = skill_name(skill, messages.lang)
        if quote in quoted or guard.claims(label):
            continue
        quoted.add(quote)
        ties.append((label, messages.quote(quote)))
        if len(ties) == MAX_TIES:
            break
    return ties


def _quote(skill: SkillMatch, resume: Analysed) -> tuple[int, str]:
    """(rank, quote): an experience bullet (0) or summary sentence (1) that evidences the
    skill, whole when short; else the evidence words themselves (2)."""
    from resume_helper.documents.dates import find_date_range

    own = resume.skill(skill.id)
    best = (QUOTE_WORDS, skill.resume_evidence[0])
    if own is None:
        return best
    for start, end in own.spans:
        paragraph = next((p for p in resume.document.paragraphs
                          if p.start <= start < p.end + 1), None)
        if paragraph is None:
            continue
        text = paragraph.text.strip()
        if paragraph.section == "experience" and not find_date_range(text):
            candidate = (QUOTE_BULLET, text)
        elif paragraph.section == "summary":
            candidate = (QUOTE_SENTENCE, _sentence(paragraph.text, start - paragraph.start))
        else:
            candidate = (QUOTE_WORDS, resume.text[start:end])
        if len(candidate[1]) > MAX_QUOTE:
            candidate = (QUOTE_WORDS, resume.text[start:end])
        best = min(best, candidate)
    return best


def _sentence(text: str, at: int) -> str:
    """The sentence of ``text`` around position ``at``."""
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, max(at, 0))), default=0)
    following = SENTENCE_END.search(text, max(at, 0))
    return text[start:following.start() + 1 if following else len(text)].strip()


def _reuse(own: CoverLetter, ad: Posting, title: str | None, words: dict, messages: Messages,
           changes: list[Change], lang: str) -> list[LetterPart]:
    """The applicant's body paragraphs with the old company replaced by the new one, and an
    opening that names the job and the company where the body does not."""
    body = list(own.body)
    old_company = _old_company(own)
    moved = bool(old_company and ad.company
                 and company_core(old_company) != company_core(ad.company))
    swaps = [(old_company, ad.company), (company_core(old_company), company_core(ad.company))
             ] if moved else []
    for before, after in swaps:
        # Whole words only: "Baltikõnes" is an inflected name, not one to splice into.
        pattern = re.compile(rf"(?<!\w){re.escape(before)}(?!\w)")
        if any(pattern.search(line) for line in body):
            body = [pattern.sub(after, line) for line in body]
            changes.append(_change(messages, "letter_company", before=messages.quote(before),
                                   after=messages.quote(after)))
    if moved:
        changes.append(_change(messages, "letter_review", before=messages.quote(old_company),
                               after=messages.quote(ad.company)))
    text = " ".join(body).lower()
    names_company = not ad.company or company_core(ad.company).lower() in text
    names_title = not title or title.lower() in text
    parts = [LetterPart("body", line) for line in body]
    if not (names_company and names_title) and title:
        opening = _opening(title, ad.company, words)
        replaced = _replace_stock_sentence(parts[0].text, opening, lang) if parts else None
        if replaced is not None:
            parts[0] = LetterPart("body", replaced)  # "I am writing to apply for …" goes
            changes.append(_change(messages, "letter_opening_replaced",
                                   text=messages.quote(opening)))
        else:
            if parts:  # after "Sehr geehrte Frau …," German letters go on in lower case
                first = parts[0].text
                parts[0] = LetterPart("body", first[:1].upper() + first[1:])
            parts.insert(0, LetterPart("opening", opening))
            changes.append(_change(messages, "letter_opening", text=messages.quote(opening)))
    return parts


def _replace_stock_sentence(paragraph: str, opening: str, lang: str) -> str | None:
    """The paragraph with its first sentence replaced by ``opening`` when that sentence is a
    stock application line ("I am writing to apply for …", "hiermit bewerbe ich mich …");
    None when it is not."""
    from resume_helper.findings.conventions import conventions, find_phrases

    first = _sentence(paragraph, 0)
    if not find_phrases(first, conventions(lang)["letter"]["generic"]):
        return None
    rest = paragraph[paragraph.find(first) + len(first):].strip()
    return f"{opening} {rest}".strip()


def _opening(title: str, company: str | None, words: dict) -> str:
    if company:
        return words["opening"].format(title=title, company=company)
    return words["opening_no_company"].format(title=title)


def _old_company(own: CoverLetter) -> str | None:
    """The company the letter was written to: a recipient line that the body names too (the
    only place a swap matters), else the recipient line with a legal form (GmbH, Inc., A/S)."""
    body = " ".join(own.body)
    for line in own.recipient:
        name = line.strip()
        if name and not any(ch.isdigit() for ch in name) and (
                re.search(rf"(?<!\w){re.escape(name)}(?!\w)", body)
                or re.search(rf"(?<!\w){re.escape(company_core(name))}(?!\w)", body)):
            return name
    legal = next((line.strip() for line in own.recipient if COMPANY.search(line)), None)
    return legal or next((line.strip() for line in own.recipient if _names_an_organisation(
        line, own.greeting or "")), None)


def _names_an_organisation(line: str, greeting: str) -> bool:
    """Whether an address line is neither the contact ("Ms. Denise Alvarez", whose name the
    greeting repeats), nor their role ("Customer Support Manager"), nor a street or town."""
    words = re.findall(r"\w+", line.lower())
    greeted = {w for w in re.findall(r"\w+", greeting.lower()) if len(w) > 2}
    roles = set(lexicon.words("role_words"))
    return bool(words) and not any(ch.isdigit() for ch in line) and \
        not (greeted & set(words)) and not (roles & set(words))


def _draft(cv: Resume, title: str | None, company: str | None, words: dict,
           placeholders: dict) -> list[LetterPart]:
    """A first draft from the resume, with [marked places] only the applicant can fill."""
    opening = _opening(title, company, words) if title else ""
    parts = [LetterPart("body", f"{opening} {placeholders['motivation']}".strip())]
    current = next((job for job in cv.experience if job.dates and job.dates.present
                    and job.title and job.employer), None)
    middle = placeholders["example"]
    if current is not None:
        role = words["role"].format(role=current.title, employer=current.employer)
        middle = f"{role} {middle}"
    parts.append(LetterPart("body", middle))
    parts.append(LetterPart("body", f"{words['closing_paragraph']} "
                                    f"{placeholders['availability']}"))
    return parts


def _sender(cv: Resume, spec: dict) -> list[str]:
    from resume_helper.tailoring.resume_clean import contact_lines

    name = cv.contact.name or spec["placeholders"]["name"]
    return [name, *contact_lines(cv)]


def _city(location: str | None) -> str | None:
    """The town of an address line ("22089 Hamburg" → "Hamburg")."""
    if not location:
        return None
    town = POSTCODE.sub("", location.split(",")[-1] if "," in location else location).strip()
    return town or None

