"""One spaCy pipeline per language: blank tokenizer, lemma pieces, skill matcher.

The pipeline is ``spacy.blank(lang)`` plus two components: ``rh_lemmas`` stores each
token's lemma pieces (compound parts reduced to lemmas, from the compiled simplemma
lexicon) and ``rh_skills`` writes the taxonomy matches to ``doc._.rh_matches``, each as
(start, end, concept id), in order.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

from resume_helper.nlp.analysis import analyzer, morphology
from resume_helper.nlp.lists import listed_members
from resume_helper.nlp.matcher import NOT_A_SKILL, Match, Pattern, PhraseMatcher
from resume_helper.nlp.resources import content_words, load_compiled, load_yaml, stopwords
from resume_helper.nlp.tokens import ReadTokens, piece_stream, read_tokens

# Categories whose words also make up names of institutions ("Hugo Treffneri Gümnaasium",
# "Aarhus Katedralskole Gymnasium", "Wellington College"): a name is not the person's level.
NAMED_CATEGORIES = frozenset({"education"})
# Language names make up names of employers and bodies too ("Danske Bank", "Deutsche Telekom",
# "English Heritage"): a language inside a proper name is not one the person speaks, unless the
# capitalised word after it states a level ("Dansk Modersmål", "English Fluent" in a table row).
LANGUAGE_CATEGORY = "language"
# Personal qualities also make up job titles ("Site Reliability Engineer", "Creative Director"):
# a title names the job, not the person's quality.
TITLED_CATEGORIES = frozenset({"soft"})
TITLE_RUN_MAX = 4  # capitalised words read after a quality to find the title's last word
# Personal qualities are also the heads of compounds whose first part names a subject, a field
# or an institution ("danskundervisning" Danish lessons, "institutionssamarbejde",
# "Deutschunterricht"): such a compound names a topic, not the person's quality.
TOPICAL_CATEGORIES = frozenset({"soft"})


@cache
def phrase_matcher(lang: str) -> PhraseMatcher:
    function_words = stopwords().get(lang, frozenset()) - content_words(lang)
    part_min = morphology(lang).phrase_part_min
    spec = load_yaml("morphology.yaml")[lang]
    verb_heads = bool(spec.get("verb_heads_compounds", False))
    patterns = []
    for concept_id, pieces, term in load_compiled(lang)["patterns"]:
        content = frozenset(p for p in pieces if p not in function_words)
        words = term.split()
        one_word = len(words) == 1
        if one_word and any(len(p) < part_min and p[:1] != "^" for p in pieces):
            content = frozenset()  # "vedholdende" is no phrase "ved … holde"
        verb_last = (verb_heads and not one_word and words[-1][:1].islower()
                     and pieces[-1] in content)
        patterns.append(Pattern(concept_id, tuple(pieces), content, one_word, verb_last))
    for pieces, _phrase in load_compiled(lang).get("false_friends", ()):
        patterns.append(Pattern(NOT_A_SKILL, tuple(pieces), frozenset()))
    return PhraseMatcher(patterns, gap=int(spec.get("premodifier_gap", 0)),
                         clause_words=frozenset(spec.get("clause_words", ())),
                         window_words=bool(spec.get("window_counts_words", False)))


@cache
def get_pipeline(lang: str) -> Any:
    """The cached spaCy pipeline for ``lang``."""
    from spacy.language import Language
    from spacy.tokens import Doc

    if not Doc.has_extension("rh_pieces"):
        Doc.set_extension("rh_pieces", default=None)
    if not Doc.has_extension("rh_tokens"):
        Doc.set_extension("rh_tokens", default=None)
    if not Doc.has_extension("rh_matches"):
        Doc.set_extension("rh_matches", default=None)
    if "rh_lemmas" not in Language.factories:
        Language.component("rh_lemmas", func=_lemma_component)
        Language.component("rh_skills", func=_skill_component)
    nlp = blank(lang)
    nlp.add_pipe("rh_lemmas")
    nlp.add_pipe("rh_skills")
    return nlp


def blank(lang: str) -> Any:
    """A blank spaCy ``Language`` for ``lang`` with the tokenizer below: what terms and texts
    are split with.

    Why not ``spacy.blank``: it resolves its configuration through spaCy's registry, which
    imports every registered language and function first; passing the tokenizer directly
    halves the pipeline's share of a cold start.
    """
    from spacy.util import get_lang_class

    return get_lang_class(lang)(create_tokenizer=_tokenizer_factory())


def _tokenizer_factory() -> Any:
    """The language's own prefix, suffix and infix rules without its special cases.

    Why: the special cases ("don't" → "do" "n't", "z.B.") cost a noticeable share of every cold
    start, and the skill matcher splits and rejoins words itself, so they change nothing it
    finds (the dev set in tests/data/devset keeps that true).
    """
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    def create(nlp: Any) -> Any:
        defaults = nlp.Defaults
        return Tokenizer(
            nlp.vocab, rules={},
            prefix_search=compile_prefix_regex(defaults.prefixes).search,
            suffix_search=compile_suffix_regex(defaults.suffixes).search,
            infix_finditer=compile_infix_regex(defaults.infixes).finditer,
            token_match=_keep_affix_runs(defaults.token_match), url_match=defaults.url_match,
        )

    return create


AFFIX_RUN = re.compile(r"[^\w\s]{16}")


def _keep_affix_runs(token_match: Any) -> Any:
    """``token_match`` that also keeps a word starting or ending in 16 punctuation marks whole.

    Why: spaCy strips one prefix or suffix at a time and searches the rest again, so a run
    of 100,000 commas took minutes (quadratic); no skill term is made of punctuation.
    """

    def match(text: str) -> bool:
        if len(text) >= 16 and (AFFIX_RUN.fullmatch(text[:16]) or AFFIX_RUN.fullmatch(text[-16:])):
            return True
        return bool(token_match and token_match(text))

    return match


def _lemma_component(doc: Any) -> Any:
    function_words = stopwords().get(doc.lang_, frozenset())
    doc._.rh_tokens = tokens = read_tokens(doc)  # read once, for the skill component too
    doc._.rh_pieces = piece_stream(tokens, analyzer(doc.lang_), function_words=function_words)
    return doc


def _may_list(doc: Any, text: str) -> bool:
    """Whether a list-only term's first word occurs capitalised (most texts: no, and nothing
    to do): a list term counts only written as the product is (``lists._as_named``), so
    "team" in "team player" or "teamfähig" is no Teams."""
    words = list_words(doc.lang_)
    return any(p is not None and p.lemma in words and text[p.start].isupper()
               for p in doc._.rh_pieces)


@cache
def list_words(lang: str) -> frozenset[str]:
    return frozenset(p[1][0] for p in load_compiled(lang).get("list_patterns", ()) if p[1])


@cache
def list_matcher(lang: str) -> PhraseMatcher:
    """Terms that count only as list members beside a sibling ("Word" next to "Excel")."""
    return PhraseMatcher(
        Pattern(concept_id, tuple(pieces), frozenset())
        for concept_id, pieces, _term in load_compiled(lang).get("list_patterns", ())
    )


def _skill_component(doc: Any) -> Any:
    lang = doc.lang_
    # Why from the tokens read once, and once: spaCy joins every token object anew on each
    # doc.text (a twentieth of a warm extraction each time; quadratic when read per match)
    tokens = doc._.rh_tokens
    text = tokens.text()
    matches = phrase_matcher(lang).find(doc._.rh_pieces)
    listed = list_matcher(lang).find_exact(doc._.rh_pieces) if _may_list(doc, text) else []
    if listed:
        matches += listed_members(text, lang, matches, listed)
    concepts = load_compiled(lang)["concepts"]
    languages = frozenset(m.start for m in matches
                          if concepts[m.concept_id]["category"] == LANGUAGE_CATEGORY)
    kept = []
    for m in matches:
        category = concepts[m.concept_id]["category"]
        # Why first: names, titles and a language in a name are capitalised, and most matches
        # are not (the checks below build a span to find out)
        upper = text[m.start : m.start + 1].isupper()
        if not (category in NAMED_CATEGORIES and upper
                and in_a_name(tokens, lang, m.start, m.end)
                or category == LANGUAGE_CATEGORY and upper
                and language_in_a_name(tokens, lang, m.start, m.end, languages)
                or category in TITLED_CATEGORIES and upper
                and in_a_title(tokens, lang, m.start, m.end)
                or category in TOPICAL_CATEGORIES and m.head
                and on_a_topic(text[m.start : m.end], lang)):
            kept.append(m)
    matches = _without_general(kept, concepts)
    # Why (start, end, concept id) and not doc.spans: building a Span per match and reading
    # it back cost a tenth of a warm extraction. A match begins and ends where its tokens do
    # (tests/test_fast_paths.py checks), so a span would only repeat its offsets.
    doc._.rh_matches = list(dict.fromkeys((m.start, m.end, m.concept_id) for m in matches))
    return doc


def _without_general(matches: list[Match], concepts: dict[str, Any]) -> list[Match]:
    """``matches`` less every loose match that lies within a match of a narrower concept (one
    that names it ``broader``): "lösen technische Probleme" is troubleshooting, not also
    problem solving.

    Why: an exact match already hides the loose ones inside it (English "resolve technical
    problems"); where the narrower term is itself met loosely (German, Danish, Estonian word
    order) nothing did, and the general skill was found beside the specific one.
    """
    narrower = [m for m in matches if concepts[m.concept_id].get("broader")]
    if not narrower:
        return matches
    return [m for m in matches
            if not (m.loose and any(m.concept_id in concepts[n.concept_id]["broader"]
                                    and n.start <= m.start and m.end <= n.end
                                    for n in narrower))]


def in_a_name(tokens: ReadTokens, lang: str, start: int, end: int) -> bool:
    """Whether the capitalised words at ``start:end`` stand in a proper name: next to another
    capitalised word that does not open a sentence or a line ("Hugo Treffneri Gümnaasium")."""
    span = _token_span(tokens, start, end)
    return span is not None and _name_around(tokens, lang, *span)


def _name_around(tokens: ReadTokens, lang: str, first: int, stop: int) -> bool:
    """Whether the capitalised tokens ``first:stop`` stand in a proper name (``in_a_name``)."""
    rows = tokens.rows
    if stop < len(rows) and _capitalised(rows[stop]):
        return True
    if first == 0:
        return False
    previous = rows[first - 1]
    if morphology(lang).lowercase_nouns and previous.is_alpha:
        return True  # "Jõeküla Gümnaasium": mid-sentence, only a name is capitalised
    if not _capitalised(previous):
        return False
    opener = rows[first - 2] if first >= 2 else None
    return opener is not None and not opener.is_punct and "\n" not in opener.text


def language_in_a_name(tokens: ReadTokens, lang: str, start: int, end: int,
                       languages: frozenset[int]) -> bool:
    """Whether a language named at ``start:end`` is part of a proper name ("Danske Bank"), not
    a language beside its level ("Englisch Verhandlungssicher") or beside another language
    (``languages``: where languages are named; "Deutsch Englisch Französisch")."""
    span = _token_span(tokens, start, end)
    if span is None or not _name_around(tokens, lang, *span):
        return False
    first, stop = span
    if stop < len(tokens.rows) and (tokens.rows[stop].text.lower() in _level_openers(lang)
                                    or tokens.starts[stop] in languages):
        return False
    return first == 0 or tokens.starts[first - 1] not in languages


@cache
def _level_openers(lang: str) -> frozenset[str]:
    """First words of the phrases that state a language level ("native" of "native speaker")."""
    from resume_helper.documents.lexicon import language_levels

    return frozenset(phrase.split()[0] for phrase in language_levels(lang))


def in_a_title(tokens: ReadTokens, lang: str, start: int, end: int) -> bool:
    """Whether the capitalised words at ``start:end`` begin a run of capitalised words that
    ends a job title ("Reliability" in "Site Reliability Engineer")."""
    span = _token_span(tokens, start, end)
    if span is None:
        return False
    first, stop = span
    rows = tokens.rows
    heads = title_heads(lang)
    if rows[stop - 1].text.lower() in heads:
        return False  # the title word itself ("Lead") is the match, not a word inside a title
    before = rows[first - 1] if first > 0 else None
    for offset, token in enumerate(rows[stop : stop + TITLE_RUN_MAX]):
        if not _capitalised(token):
            return False
        if token.text.lower() in heads:
            # "Detail-Oriented Analyst" describes the person; "Site Reliability Engineer" and
            # "Creative Technology Manager" have more title words around the quality
            return offset > 0 or (before is not None and _capitalised(before))
    return False


def _token_span(tokens: ReadTokens, start: int, end: int) -> tuple[int, int] | None:
    """The tokens (first, stop) holding the characters ``start:end`` when they begin with a
    capital, as spaCy's ``Doc.char_span(start, end, alignment_mode="expand")`` finds them.

    Why not ``char_span``: it builds a ``Span`` and token objects per call, and in German every
    noun is capitalised, so most matches came here (a twentieth of a warm extraction).
    """
    starts, rows = tokens.starts, tokens.rows
    if not rows or start < 0 or end - 1 >= starts[-1] + len(rows[-1].text + rows[-1].whitespace_):
        return None
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_right(starts, end - 1) - 1
    if first < 0 or last < 0:
        return None
    if start == starts[first] + len(rows[first].text):
        first += 1  # in the whitespace after a token: spaCy begins at the next one
    if first > last or not rows[first].text[:1].isupper():
        return None
    return first, last + 1


def on_a_topic(word: str, lang: str) -> bool:
    """Whether ``word`` begins with a noun naming a subject, field or institution
    ("dansk" in "danskundervisning"), by the list in topic_modifiers.yaml."""
    return word.lower().startswith(topic_modifiers(lang))


@cache
def topic_modifiers(lang: str) -> tuple[str, ...]:
    return tuple(load_yaml("topic_modifiers.yaml").get(lang, ()))


@cache
def title_heads(lang: str) -> frozenset[str]:
    return frozenset(load_yaml("job_titles.yaml").get(lang, ()))


def _capitalised(token: Any) -> bool:
    return bool(token.is_alpha and token.text[:1].isupper())
