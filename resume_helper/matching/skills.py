"""Per concept: does the resume show what the posting asks for, in the posting's words?

``matched``: the resume evidences the concept and uses the posting's words (up to
inflection, compound spelling and word order) or is in another language, where only the
concept can be compared. ``partial``: same concept, other words; many applicant tracking
systems match words, so the posting's are suggested. ``missing``: not in the resume.
Languages compare CEFR levels instead of words.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Sequence
from functools import cache

from resume_helper.analysis import Analysed
from resume_helper.documents.model import Posting, Resume
from resume_helper.matching.demand import Demand, evidence_text
from resume_helper.matching.education import education_status, is_qualification
from resume_helper.matching.model import STATUS_ORDER, SkillMatch, Status
from resume_helper.matching.scoring import level_rank, scoring
from resume_helper.matching.wording import any_same_wording, base, same_word, wording
from resume_helper.messages import Messages
from resume_helper.nlp.resources import concept_label, load_compiled
from resume_helper.skills import Skill

WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
SKILLS = ("hard", "soft")  # tools, certificates and degrees are not shown by a related skill


def match_skills(demands: Sequence[Demand], resume: Analysed, posting: Analysed, *,
                 letter: Analysed | None, messages: Messages) -> list[SkillMatch]:
    """A :class:`SkillMatch` per demand, in the demands' order; the concepts of an "X or Y"
    requirement share the best status among them."""
    found = [_match(demand, resume, posting, letter, messages) for demand in demands]
    return _alternatives_met(found, messages)


def _match(demand: Demand, resume: Analysed, posting: Analysed, letter: Analysed | None,
           messages: Messages) -> SkillMatch:
    skill = demand.skill
    same_language = resume.lang == posting.lang
    own = resume.skill(skill.id)
    in_letter = letter.skill(skill.id) if letter is not None else None
    level_required = level_found = None
    basis = "words" if same_language else "concept"
    resume_evidence: tuple[str, ...] = ()
    if skill.category == "language":
        level_required, level_found, status = _language_status(skill, resume, posting)
        basis = "level"
    elif skill.category == "education":
        status, resume_evidence, basis = education_status(skill, demand, resume, posting)
        own = None
    elif own is None and skill.id in scoring()["implied_by_languages"]:
        status = _speaks_several(resume)
        resume_evidence = _language_evidence(resume) if status == "partial" else ()
    else:
        status = _status(demand, own, lang=posting.lang, same_language=same_language)
        if own is None:
            status, resume_evidence, basis = _other_evidence(demand, resume, posting)
    if own is not None:
        resume_evidence = tuple(dict.fromkeys(
            evidence_text(resume.text, *span) for span in own.spans))
    if skill.category == "language":
        resume_evidence = _listed_language(skill, resume) or resume_evidence
    if status == "matched" and not resume_evidence:
        resume_evidence = ((messages.text("words.written_in"),)
                           if skill.category == "language" else _language_evidence(resume))
    letter_evidence = tuple(in_letter.evidence(letter.text)) if in_letter and letter else ()
    return SkillMatch(
        id=skill.id, label=concept_label(skill.id, messages.lang) or skill.label,
        category=skill.category, importance=demand.importance, status=status,
        resume_evidence=resume_evidence, posting_evidence=demand.evidence,
        letter_evidence=letter_evidence if status == "missing" else (),
        advice=_advice(status, demand, resume_evidence, letter_evidence, messages,
                       level_required, level_found, basis=basis, posting=posting),
        guide=guide_path(skill.id, messages.lang),
        level_required=level_required, level_found=level_found,
        alternatives=demand.alternatives, basis=basis,
        term=posting_words(demand, posting.lang), posting_count=len(demand.skill.spans),
        resume_count=len(own.spans) if own is not None and same_language else 0,
    )


def _status(demand: Demand, own: Skill | None, *, lang: str, same_language: bool) -> Status:
    if own is None:
        return "missing"
    if not same_language:
        return "matched"  # only the concept compares across languages
    # Why the base form too: a mention's lemma form may carry a word a list lent it
    # ("Handle complaints and find fair solutions" reads as complaint+fair+handle).
    # and each mention as written: a lemma form may carry a word a list lent it ("by phone,
    # email and live chat" reads email as chat+email), the posting's own words do not
    wanted = [*demand.forms, " ".join(WORD.findall(posting_words(demand, lang).lower())),
              *(" ".join(WORD.findall(e.lower())) for e in demand.evidence),
              *(c for e in demand.evidence for c in conjuncts(e, lang))]
    return "matched" if any_same_wording(wanted, own.forms, lang) else "partial"


def conjuncts(evidence: str, lang: str) -> list[str]:
    """The posting's wording read once per member of a pair it joins: "bearbeiten Beschwerden
    und Reklamationen" asks for "bearbeiten Beschwerden" and "bearbeiten Reklamationen", so a
    resume's "Bearbeitung von Gästebeschwerden" uses its words."""
    words = WORD.findall(evidence.lower())
    joining = set(wording(lang).get("conjunctions", ())) | set(wording(lang).get(
        "alternatives", ()))
    found = []
    for at, word in enumerate(words):
        if word in joining and 0 < at < len(words) - 1:
            found.append(" ".join(words[:at] + words[at + 2:]))  # without the one after
            found.append(" ".join(words[:at - 1] + words[at + 1:]))  # without the one before
    return found


def _other_evidence(demand: Demand, resume: Analysed, posting: Analysed
                    ) -> tuple[Status, tuple[str, ...], str]:
    """A concept the resume does not name, shown another way: by a member of the category
    the posting asks for (Salesforce for CRM software), or by a job held under a title that
    names the field ("Klienditeenindaja" for customer service)."""
    from resume_helper.matching.relations import members_found, near_found, same_skill

    members = members_found(demand.skill.id, resume.skills)
    if members:
        evidence = tuple(dict.fromkeys(evidence_text(resume.text, *span)
                                       for member in members for span in member.spans))
        return "matched", evidence, "member"
    titles = [held.title for held in resume.titles
              if demand.skill.id in held.occupation.evidences]
    if titles:
        if resume.lang != posting.lang:
            return "matched", tuple(titles), "title"
        title_forms = [" ".join(WORD.findall(title.lower())) for title in titles]
        surface = [" ".join(WORD.findall(e.lower())) for e in demand.evidence]
        same = any_same_wording([*demand.forms, *surface], title_forms, posting.lang)
        return ("matched" if same else "partial"), tuple(titles), "title"
    gendered = _same_title_word(demand, resume, posting.lang)
    if gendered:
        return "matched", gendered, "title"
    transferable = [held.title for held in resume.titles
                    if demand.skill.id in held.occupation.transfers]
    if transferable:
        return "partial", tuple(transferable), "title"
    near = near_found(demand.skill.id, resume.skills) if demand.skill.category in SKILLS else []
    if near:
        evidence = tuple(dict.fromkeys(evidence_text(resume.text, *span)
                                       for skill in near for span in skill.spans))
        if resume.lang != posting.lang and any(s.id in same_skill(demand.skill.id) for s in near):
            return "matched", evidence, "concept"  # across languages only the skill compares
        return "partial", evidence, "related"
    return "missing", (), "words"


def _same_title_word(demand: Demand, resume: Analysed, lang: str) -> tuple[str, ...]:
    """The resume's job titles that hold the posting's one-word evidence up to grammatical
    gender ("Kundenberaterin" for "Kundenberater", "Kauffrau" for "Kaufmann"): the same
    word, never a reason to change one's title."""
    if resume.lang != lang:
        return ()
    words = {base(e, lang) for e in demand.evidence if len(WORD.findall(e)) == 1}
    if not words:
        return ()
    return tuple(role.title for role in resume.roles if role.title and any(
        base(word, lang) in words for word in WORD.findall(role.title)))


def _alternatives_met(found: list[SkillMatch], messages: Messages) -> list[SkillMatch]:
    """Each concept of an "X or Y" requirement with the best status among them: either one
    meets it, and the advice says which one did. A related skill that shows one of them only
    in part ("by phone" for outbound calls) is too far from the other to count for it."""
    by_id = {match.id: match for match in found}
    result = []
    for match in found:
        group = [by_id[m] for m in match.alternatives
                 if m in by_id and by_id[m].basis != "related"]
        best = max([match, *group], key=lambda m: STATUS_ORDER.index(m.status))
        if best is match or STATUS_ORDER.index(best.status) <= STATUS_ORDER.index(match.status):
            result.append(match)
            continue
        result.append(dataclasses.replace(
            match, status=best.status, resume_evidence=best.resume_evidence,
            level_found=best.level_found, basis="alternative", letter_evidence=(),
            advice=messages.text("advice.alternative", other=messages.quote(best.label))))
    return result


def _language_evidence(resume: Analysed) -> tuple[str, ...]:
    """The resume's own words for the languages it lists (what shows multilingualism)."""
    document = resume.document
    if isinstance(document, Resume) and document.languages:
        return tuple(x.language for x in document.languages)
    return tuple(e for s in resume.skills if s.category == "language" for e in s.evidence(
        resume.text)[:1])


def _listed_language(skill: Skill, resume: Analysed) -> tuple[str, ...]:
    """The resume's own line for a language it lists ("eesti – emakeel" from a table row),
    so a language stated only in the languages section is shown as stated there."""
    code = scoring()["language_codes"].get(skill.id)
    document = resume.document
    if code is None or not isinstance(document, Resume):
        return ()
    return tuple(dict.fromkeys(x.written or x.language for x in document.languages
                               if x.code == code))


def _speaks_several(resume: Analysed) -> Status:
    """Multilingualism: two or more languages at B2 or above; "partial" for two languages of
    which one is lower or has no level stated (a conversational second language)."""
    good = level_rank(scoring()["multilingual_level"])
    levels = resume.language_levels.values()
    if sum(1 for level in levels if level_rank(level) >= good) >= 2:
        return "matched"
    return "partial" if len(levels) >= 2 else "missing"


def _language_status(skill: Skill, resume: Analysed, posting: Analysed
                     ) -> tuple[str | None, str | None, Status]:
    """(level asked, level stated, status): a language named without a level where the
    posting asks for one is "partial" (level not stated), never a guessed level."""
    code = scoring()["language_codes"].get(skill.id)
    required = None
    if isinstance(posting.document, Posting):
        for requirement in posting.document.language_requirements:
            if requirement.code == code and level_rank(requirement.level) > level_rank(required):
                required = requirement.level
    levels = resume.language_levels
    if code not in levels:
        return required, None, "missing"
    found = levels[code]
    if required is None or level_rank(found) >= level_rank(required):
        return required, found, "matched"
    return required, found, "partial"


@cache
def _terms(lang: str) -> dict[str, list[tuple[frozenset[str], str]]]:
    """Concept id → (lemma set, term as written) for every term of ``lang``."""
    terms: dict[str, list[tuple[frozenset[str], str]]] = {}
    for concept_id, lemmas, term in load_compiled(lang)["patterns"]:
        terms.setdefault(concept_id, []).append(
            (frozenset(x.lstrip("^") for x in lemmas), term))
    return terms


MAX_PIECE = 3  # letters an inflection may change at the end of a word
MIN_BASE_FORM = 3


def posting_words(demand: Demand, lang: str) -> str:
    """The posting's words for a concept, in their base form: the taxonomy's term its
    shortest mention reads as ("kannatlikkust" → "kannatlikkus"), else that mention as
    written; never a piece of a longer phrase when a shorter mention exists."""
    if not demand.evidence:
        return ""
    shortest = min(demand.evidence, key=lambda e: (len(e.split()), len(e)))
    if demand.skill.category in ("education", "certification", "language"):
        # a degree or a certificate is asked for by its full name, its head in base form
        return _head_in_base_form(demand.evidence[0], lang)
    if demand.skill.category == "tool":
        name = _product_name(shortest, concept_label(demand.skill.id, lang) or "")
        if name:
            return name
    terms = _terms(lang).get(demand.skill.id, ())
    for evidence in sorted(demand.evidence, key=lambda e: (len(e.split()), len(e))):
        # the closest base form: "ausus" for "ausus", not the adjective "aus" it starts with
        fitting = [term for _, term in terms if _base_form_of(term, evidence, lang)]
        if fitting:
            return max(fitting, key=len)
    inside = [term for form in demand.forms for term_lemmas, term in terms
              if term_lemmas and term_lemmas <= set(form.split())
              and any(_base_form_of(term, e, lang, inside=True) for e in demand.evidence)]
    return max(inside, key=len) if inside else _verb_last(shortest, terms, lang)


def _product_name(evidence: str, name: str) -> str:
    """A product's name when the posting writes it with a case ending ("Zendeskis",
    "Salesforce'i" → "Salesforce"): a name has no base form of its own to quote."""
    ending = evidence[len(name):].lstrip("'’")
    if name and evidence.lower().startswith(name.lower()) and len(ending) <= MAX_PIECE and \
            (not ending or ending.isalpha()):
        return name
    return ""


def _head_in_base_form(evidence: str, lang: str) -> str:
    """A noun phrase with its last word, the head, in the lexicon's base form where the
    language inflects only the head ("vene keele oskust" → "vene keele oskus",
    "keskharidust" → "keskharidus"); the modifiers keep their case."""
    if not wording(lang).get("head_inflects"):
        return evidence
    from resume_helper.nlp.resources import load_compiled

    found = list(WORD.finditer(evidence))
    if not found:
        return evidence
    last = found[-1]
    lemma = load_compiled(lang)["forms"].get(last.group().lower())
    if not lemma or not last.group().lower().startswith(lemma[:MIN_BASE_FORM]):
        return evidence
    head = lemma if last.group().islower() else lemma[:1].upper() + lemma[1:]
    return evidence[:last.start()] + head + evidence[last.end():]


def _verb_last(evidence: str, terms: Sequence[tuple[frozenset[str], str]], lang: str) -> str:
    """A mention in sentence order put in the order a skill is named where verbs come last
    ("finden kundenorientierte Lösungen" → "kundenorientierte Lösungen finden", "nõustad
    kliente" → "kliente nõustama"): when the language names skills verb-last and the
    mention starts with the verb the concept's terms end with, which is put in their form."""
    words = evidence.split()
    if not wording(lang).get("verb_last") or len(words) < 2:
        return evidence
    verbs = sorted({WORD.findall(term.lower())[-1] for _, term in terms if WORD.findall(term)})
    first = words[0].lower()
    for verb in verbs:
        if first == verb or (len(first) >= MIN_BASE_FORM + 2 and same_word(first, verb, lang)):
            return " ".join([*words[1:], verb])  # the verb as the terms name it ("nõustama")
    return evidence


def _base_form_of(term: str, evidence: str, lang: str, *, inside: bool = False) -> bool:
    """Whether ``term`` is ``evidence`` in its base form: the same words, each as long or
    shorter by an ending ("kannatlikkus" for "kannatlikkust", "Kundenkontakte dokumentieren"
    for "dokumentieren alle Kundenkontakte"), not another word ("livechat" for "chat") nor
    another word class ("tålmodighed" for "tålmodig"). ``inside``: the term may be a part of
    a longer evidence ("kaebuste lahendamine" in "Kaebuste lahendamine ja klientide")."""
    function = set(wording(lang).get("function", ()))
    if len(WORD.findall(term)) > len(WORD.findall(evidence)):
        return False  # the term adds words the posting does not use ("på e-mail")
    wanted = [w.lower() for w in WORD.findall(evidence) if w.lower() not in function]
    have = [w.lower() for w in WORD.findall(term) if w.lower() not in function]
    if not have or (len(have) != len(wanted) and not inside):
        return False
    said = {w.lower() for w in WORD.findall(evidence)}
    if any(w.lower() in function and w.lower() not in said for w in WORD.findall(term)):
        return False  # another small word is another wording ("telefoni kaudu", "telefoni teel")

    def base_of(word: str, inflected: str) -> bool:
        common = len(os.path.commonprefix((word, inflected)))
        return len(word) <= len(inflected) and \
            common >= max(len(inflected) - MAX_PIECE, min(len(word), MIN_BASE_FORM))

    return all(any(base_of(h, w) for w in wanted) for h in have)


def _advice(status: Status, demand: Demand, resume_evidence: tuple[str, ...],
            letter_evidence: tuple[str, ...], messages: Messages,
            level_required: str | None, level_found: str | None, *, basis: str,
            posting: Analysed) -> str:
    wanted = posting_words(demand, posting.lang)
    quoted = messages.quote(wanted) if wanted else ""
    category = demand.skill.category
    if category == "language" and status != "matched":
        if status == "partial" and level_found is None:
            # a language the resume is only written in is not named without a level
            key = "advice.language_not_stated" if resume_evidence else "advice.language_implied"
            return messages.text(key, required=messages.level(level_required))
        if status == "partial":
            return messages.text("advice.language_lower", found=messages.level(level_found),
                                 required=messages.level(level_required))
        return messages.text("advice.language_missing", posting=quoted)
    if status == "matched":
        return messages.text("advice.matched")
    if status == "partial" and basis == "related":
        return messages.text("advice.related", posting=quoted,
                             resume=messages.quote(resume_evidence[0]))
    if category == "education" and status == "partial":
        return messages.text("advice.education_field", posting=quoted,
                             resume=messages.quote(resume_evidence[0]))
    if status == "partial":
        return messages.text("advice.partial", posting=quoted,
                             resume=messages.quote(resume_evidence[0]))
    if letter_evidence:
        return messages.text("advice.missing_in_letter", letter=messages.quote(letter_evidence[0]))
    if category == "certification" and is_qualification(demand.skill.id):
        return messages.text("advice.missing_vocational", posting=quoted)
    if category in ("education", "certification"):
        return messages.text(f"advice.missing_{category}", posting=quoted)
    key = "advice.missing_required" if demand.importance == "required" else "advice.missing"
    return messages.text(key, posting=quoted)


def guide_path(concept_id: str, lang: str) -> str:
    """The guide page explaining a concept, relative to the guide's root, in ``lang``.

    The English guide is the site's root, the others are in their language's folder; pages
    are ``<page>.html`` (the guide is built for reading from disk, without directory URLs).
    """
    page, _, anchor = load_compiled(lang)["concepts"][concept_id]["guide"].partition("#")
    prefix = "" if lang == "en" else f"{lang}/"
    return f"{prefix}{page}.html#{anchor}"
