"""Compose the cover letter: the applicant's own letter aimed at this posting, or a first draft
from the resume with marked places for what only the applicant can say.

Facts come from the inputs only: the sender from the letter or the resume (never its birth
date, marital status or photo note), the recipient and job from the posting (the title in
the applicant's grammatical gender), and the paragraph on the posting's requirements names
the job and employer where the resume shows each, in a sentence of the letter's language.
A greeting that names a person is kept.
"""

from __future__ import annotations

import dataclasses
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
from resume_helper.tailoring.language import (
    address_form,
    article,
    gendered_title,
    letter_date,
    position,
    tailor_data,
)
from resume_helper.tailoring.plan import ConceptGuard, skill_name

MAX_TIES = 3
SENTENCE_END = re.compile(r"[.!?](?=\s)")
TIE_IMPORTANCE = ("required", "nice_to_have")
PLACEHOLDER = re.compile(r"\[[^\]]+\]")
POSTCODE = re.compile(r"^\s*(?:[A-Z]{1,2}-)?\d{4,5}\s+")
# A Danish postal district after the town ("8000 Aarhus C", "2100 København Ø", "2450
# København SV") is part of the address, not of the town a dateline names.
POSTAL_DISTRICT = re.compile(r"\s+(?:C|K|[NS][VØ]?|V|Ø)$")


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
    data = tailor_data(lang)
    spec = {**data["letter"], "personal": data["personal"],
            "greeting_generic_words": data["greeting_generic_words"]}
    form = address_form(ad.text, posting.lang) if posting.lang == lang else "formal"
    words = spec[form]
    title = gendered_title(core_title(ad.title), cv, lang) if ad.title else None
    changes: list[Change] = []
    own = letter.document if letter is not None else None
    if own is not None and letter is not None and letter.lang != lang:
        changes.append(_change(messages, "letter_other_language",
                               letter=messages.text(f"languages.{letter.lang}"),
                               posting=messages.text(f"languages.{lang}")))
        own = None
    assert own is None or isinstance(own, CoverLetter)
    guard = ConceptGuard(resume, posting, lang)
    ties = _ties(report, resume, guard, messages)
    recipient = _recipient(ad, spec)
    greeting = _greeting(ad, spec, form, own.greeting if own is not None else None)
    if title and tailor_data(lang)["lowercase_titles"] and title[1:2].islower():
        title = title[0].lower() + title[1:]  # "jobbet som kundeservicemedarbejder"
    if own is not None:
        body = _reuse(own, ad, title, words, messages, changes, lang)
    else:
        body = _draft(cv, title, ad.company, words, spec["placeholders"], lang)
    if ties:
        tie_names = messages.join(label for label, _, _ in ties)
        sentences = [words["ties_intro"].format(skills=tie_names)]
        by_job: dict[tuple[str, str], list[str]] = {}
        for label, role, employer in ties:
            by_job.setdefault((role, employer), []).append(label)
        for (role, employer), labels in by_job.items():
            if tailor_data(lang)["lowercase_titles"] and role[1:2].islower():
                role = role[0].lower() + role[1:]
            sentence = words["tie"].format(skills=messages.join(labels), role=role,
                                           employer=employer, article=article(employer, lang),
                                           role_as=position(role, lang, key="role_as"))
            if not guard.claims(sentence):  # words together may claim what none does alone
                sentences.append(sentence)
        if len(sentences) == 1 or guard.claims(sentences[0]):
            sentences = []
        block = [LetterPart("body", re.sub(r"\.\.(?=\s|$)", ".", " ".join(sentences)))] \
            if sentences else []
        # After the applicant's first paragraph (behind an opening of ours, if we added one).
        at = 2 if len(body) > 2 and body[0].kind == "opening" else 1
        body = body[:at] + block + body[at:]
        if block:
            changes.append(_change(messages, "letter_ties", skills=tie_names))
    sender = list(own.sender) if own is not None and own.sender else _sender(cv, spec)
    place = _city(cv.contact.location)
    parts = [LetterPart("sender", line) for line in sender]
    parts += [LetterPart("recipient", line) for line in recipient]
    parts.append(LetterPart("date", letter_date(today, lang, place)))
    if title and spec["subject"]:
        subject = spec["subject"].format(title=title, position=position(title, lang))
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
    named = [line for line in recipient if not PLACEHOLDER.fullmatch(line)]
    if named:
        changes.insert(0, _change(messages, "letter_recipient", recipient=", ".join(named)))
    changes.insert(1 if named else 0, _change(messages, "letter_greeting", greeting=greeting))
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
    lines = {"company": ad.company or spec["placeholders"]["company"], "contact": contact,
             "place": ad.location}
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


def _greeting(ad: Posting, spec: dict, form: str, own: str | None) -> str:
    """The applicant's own greeting when it names a person (and the posting names nobody
    else); else the posting's contact; else the language's greeting to no one in particular."""
    greetings = spec["greeting"]
    informal = form == "informal"
    if own and _names_a_person(own, spec) and (
            not ad.contact_person or ad.contact_person.split()[-1] in own):
        return own
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


def _names_a_person(greeting: str, spec: dict) -> bool:
    """Whether a greeting names someone ("Dear Ms. Whitfield,", "Kære Lise Holm"), not a team
    or "Sehr geehrte Damen und Herren"."""
    generic = {w.lower().rstrip(".") for w in spec["greeting_generic_words"]}
    generic |= {h.lower().rstrip(".") for hs in spec["honorifics"].values() for h in hs}
    words = re.findall(r"[^\W\d_]+", greeting)
    return any(w[:1].isupper() and w.lower() not in generic for w in words[1:])


def _ties(report: MatchReport, resume: Analysed, guard: ConceptGuard, messages: Messages
          ) -> list[tuple[str, str, str]]:
    """Up to three of the posting's requirements, each with the job where the resume shows it:
    (skill, role, employer). Only requirements an experience line proves are tied; a word in
    the skills list is no experience to write a sentence about."""
    assert isinstance(resume.document, Resume)
    chosen = [s for s in report.skills if s.status != "missing" and s.resume_evidence
              and s.category not in ("language", "education")]
    chosen.sort(key=lambda s: 0 if s.importance in TIE_IMPORTANCE else 1)
    ties: list[tuple[str, str, str]] = []
    for skill in chosen:
        label = skill_name(skill, messages.lang)
        job = _job_of(skill, resume)
        if job is None or guard.claims(label) or any(label == t[0] for t in ties):
            continue
        ties.append((label, *job))
        if len(ties) == MAX_TIES:
            break
    return ties


def _job_of(skill: SkillMatch, resume: Analysed) -> tuple[str, str] | None:
    """(title, employer) of the job whose line evidences ``skill``, titles checked as in the
    profile (never an employer or a place)."""
    from resume_helper.tailoring.plan import own_role

    document = resume.document
    assert isinstance(document, Resume)
    own = resume.skill(skill.id)
    if own is None:
        return None
    for start, _end in own.spans:
        paragraph = next((p for p in document.paragraphs if p.start <= start < p.end + 1), None)
        if paragraph is None or paragraph.section != "experience":
            continue
        text = paragraph.text.strip()
        for job in document.experience:
            if text in (b.strip() for b in job.bullets) and job.employer:
                role = own_role(dataclasses.replace(document, experience=(job,)))
                if role:
                    return role, job.employer
    return None


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
        opening = _opening(title, ad.company, words, lang)
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


def _opening(title: str, company: str | None, words: dict, lang: str) -> str:
    where = position(title, lang)
    if company:
        return words["opening"].format(title=title, company=company, position=where,
                                       article=article(company, lang))
    return words["opening_no_company"].format(title=title, position=where)


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
           placeholders: dict, lang: str) -> list[LetterPart]:
    """A first draft from the resume, with [marked places] only the applicant can fill."""
    opening = _opening(title, company, words, lang) if title else ""
    parts = [LetterPart("body", f"{opening} {placeholders['motivation']}".strip())]
    current = next((job for job in cv.experience if job.dates and job.dates.present
                    and job.title and job.employer), None)
    middle = placeholders["example"]
    if current is not None:
        role_title = current.title
        if tailor_data(lang)["lowercase_titles"] and role_title[1:2].islower():
            role_title = role_title[0].lower() + role_title[1:]
        role = words["role"].format(role=role_title, employer=current.employer,
                                    article=article(current.employer, lang))
        role = re.sub(r"\.\.$", ".", role)
        middle = f"{role} {middle}"
    parts.append(LetterPart("body", middle))
    parts.append(LetterPart("body", f"{words['closing_paragraph']} "
                                    f"{placeholders['availability']}"))
    return parts


def _sender(cv: Resume, spec: dict) -> list[str]:
    from resume_helper.tailoring.resume_clean import contact_lines

    name = cv.contact.name or spec["placeholders"]["name"]
    return [name, *(line for line in contact_lines(cv) if not personal_data(line, spec))]


def personal_data(line: str, spec: dict) -> bool:
    """Whether a contact line is personal data a letterhead never repeats: birth date, marital
    status, nationality, a photo note ("Geburtsdatum: 14.05.1991", "Født: 3. marts 1990")."""
    low = line.lower()
    if any(re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", low) for w in spec["personal"]):
        return True
    return bool(re.search(r"\b\d{1,2}[./]\s?\d{1,2}[./]\s?(?:19|20)\d{2}\b", line))


def _city(location: str | None) -> str | None:
    """The town of an address line ("22089 Hamburg" → "Hamburg")."""
    if not location:
        return None
    town = POSTCODE.sub("", location.split(",")[-1] if "," in location else location).strip()
    return POSTAL_DISTRICT.sub("", town) or None

