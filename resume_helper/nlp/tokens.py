"""From a tokenised text to the stream of lemma pieces that skill terms are matched on."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, partial
from typing import Any, NamedTuple

from resume_helper.nlp.analysis import Analyzer
from resume_helper.nlp.coordination import modifier_pairs, shared_pieces

# Punctuation that joins words ("Kunden-Service", "E-Mail", "Diplom (FH)") is see-through;
# other punctuation and line breaks end a phrase, so a match never spans a list separator.
TRANSPARENT = frozenset("-–—/&+()[]'\"’‘„“”«»*")
BARRIER = None
JOINERS = re.compile(r"[-–/&+()\[\]'’.]+")
ABBREVIATION_MAX = 3
SEPARABLE_REACH = 16  # words between a separable verb and its particle, at most
SENTENCE_ENDS = frozenset(".!?;:")  # a separable verb's search stops here, not at a comma
WEB_ADDRESS = re.compile(r"(?i)^(?:[a-z][a-z0-9+.-]*://|www\.)")
# Distinct texts whose spaCy attributes are kept per language and following space (about 250
# bytes each). Why a bound: a long-lived process meets new words with every document (names,
# typos, a damaged file's garbage); a resume's words and the frequent ones fit well within it.
CACHED_TEXTS = 5_000


class Piece(NamedTuple):
    """One lemma part of a token, with the token's character span.

    Why a named tuple: a text makes about one piece per word, and a named tuple is built in
    less than half the time of a frozen dataclass; it is as immutable.
    """

    lemma: str
    start: int
    end: int
    borrowed: bool = False
    """Borrowed from a list's shared head ("selling" for "Cross-" in "Cross- und Upselling"):
    it helps a match but is no evidence on its own."""
    lead: bool = False
    """Borrowed from the words before a list ("by" for "phone" in "by email, chat and phone"):
    an exact match may also pass over it ("exchanges and refunds")."""


# Why: Piece(...) runs the named tuple's Python-level constructor; a text makes a piece per
# word, and this builds the same tuple in half the time (every field given).
_new_piece = partial(tuple.__new__, Piece)


class TokenData(NamedTuple):
    """What the piece stream reads of a spaCy token, by spaCy's attribute names, except its
    offset: one shared tuple for every token of the same text and following space.

    Why: spaCy builds a token object on each access and its text and lower-case form anew on
    each read, and the readers below (lists, closed spellings, separable verbs) read each
    token several times: a tenth of a warm extraction went there.
    """

    text: str
    lower_: str
    is_alpha: bool
    is_punct: bool
    is_space: bool
    like_email: bool
    like_url: bool
    whitespace_: str


class ReadTokens(NamedTuple):
    """A text's tokens as read by ``read_tokens``: their data and character offsets."""

    rows: list[TokenData]
    starts: list[int]

    def text(self) -> str:
        """The text the tokens were made from (as spaCy's ``Doc.text``, without its token
        objects)."""
        return "".join([row.text + row.whitespace_ for row in self.rows])


def read_tokens(tokens: Iterable[Any]) -> ReadTokens:
    """Every token's data and character offset; a spaCy ``Doc``'s from its arrays, each
    distinct text's data read once per process (see ``known_token_data``)."""
    to_array = getattr(tokens, "to_array", None)
    if to_array is None:
        tokens = list(tokens)
        return ReadTokens([_token_data(token, token.whitespace_) for token in tokens],
                          [token.idx for token in tokens])
    from spacy.attrs import IDX, ORTH, SPACY

    vocab = tokens.vocab
    known = known_token_data(tokens.lang_)
    array = to_array([ORTH, SPACY, IDX])
    rows = []
    for orth, space in array[:, :2].tolist():
        data = known[space].get(orth)
        if data is None:
            if len(known[space]) >= CACHED_TEXTS:
                known[space].clear()
            data = known[space][orth] = _token_data(vocab[orth], " " if space else "")
        rows.append(data)
    return ReadTokens(rows, array[:, 2].tolist())


@cache
def known_token_data(lang: str) -> tuple[dict[int, TokenData], dict[int, TokenData]]:
    """The data of the texts met in ``lang`` by their spaCy hash: of tokens without, then
    with a space after them."""
    return {}, {}


def _token_data(token_or_lexeme: Any, whitespace: str) -> TokenData:
    lexeme = token_or_lexeme
    return TokenData(lexeme.text, lexeme.lower_, lexeme.is_alpha, lexeme.is_punct,
                     lexeme.is_space, lexeme.like_email, lexeme.like_url, whitespace)


def token_pieces(token: Any, analyzer: Analyzer) -> list[str] | None:
    """The lemma pieces of one spaCy token; ``None`` marks a phrase barrier, [] is skipped."""
    text: str = token.text
    if token.is_space:
        return BARRIER if "\n" in text else []
    if all(ch in TRANSPARENT for ch in text):
        return []
    if token.is_punct or not any(ch.isalnum() for ch in text):
        return BARRIER
    if is_address(token):
        return BARRIER
    joined = hyphen_joined(text)
    if joined is not None and joined in analyzer.forms:
        return list(analyzer.parts(joined))  # "pro-active", "multi-task", "co-operate"
    pieces: list[str] = []
    for word, is_abbreviation in token_words(text):
        if is_abbreviation:
            pieces.append("^" + word.lower())
        else:
            pieces.extend(analyzer.parts(word.lower()))
    return pieces


def is_address(token: Any) -> bool:
    """Whether a token is an e-mail address or a web address: it names a mailbox or a site,
    not a skill ("jane.doe@gmail.com" is not Google Workspace).

    Why not spaCy's ``like_url`` alone: it also holds for "cand.merc." and "Intercom.io";
    a web address here has a scheme, "www." or a path.
    """
    text: str = token.text
    if "@" in text:
        return bool(token.like_email)
    if "/" in text:
        return bool(WEB_ADDRESS.match(text) or token.like_url)
    return text[:4].lower() == "www."


def hyphen_joined(text: str) -> str | None:
    """The lower-cased word a hyphenated token spells without its hyphens, if it has any.

    Why: one word is written with and without hyphens ("pro-active", "proactive"); when the
    lexicon knows the closed spelling, the hyphenated one reads like it.
    """
    if "-" not in text:
        return None
    joined = text.replace("-", "")
    return joined.lower() if joined.isalpha() else None


def token_words(text: str) -> Iterator[tuple[str, bool]]:
    """The words a token is joined from ("Kunden-Service"), each flagged if an abbreviation.

    Short capitalised abbreviations (CRM, IVR) only match text that writes them in capitals.
    """
    for word in JOINERS.split(text):
        if word.isupper() and len(word) <= ABBREVIATION_MAX and word.isalpha():
            yield word, True
        elif any(ch.isalnum() for ch in word):
            yield word, False


def piece_stream(
    tokens: Iterable[Any] | ReadTokens, analyzer: Analyzer, *,
    function_words: frozenset[str] | None = None,
) -> list[Piece | None]:
    """Every token's pieces in order, with ``None`` where a phrase ends (``tokens``: spaCy's,
    or as ``read_tokens`` read them).

    With ``function_words`` (a text, not a term), list members that leave out a shared head
    get its pieces too ("Cross- und Upselling", see :mod:`resume_helper.nlp.coordination`).
    """
    tokens, starts = tokens if isinstance(tokens, ReadTokens) else read_tokens(tokens)
    known: dict[str, list[str] | None] = {}

    def pieces_of(token: Any) -> list[str] | None:
        # Once per distinct text: a token's pieces follow from its text (spaCy's lexical
        # attributes), and a text repeats its words, punctuation and function words.
        text = token.text
        if text not in known:
            known[text] = token_pieces(token, analyzer)
        return known[text]

    shared = {} if function_words is None else shared_pieces(
        tokens, analyzer, function_words, pieces_of
    )
    closed = closed_spellings(tokens, analyzer)
    shared.update(closed)
    if function_words is not None:
        for index, pieces in separable_verbs(tokens, analyzer).items():
            shared.setdefault(index, (pieces, None))
        for index, (pieces, own) in infinitive_brackets(tokens, analyzer, pieces_of).items():
            shared.setdefault(index, (pieces, own))
    see_through = function_words is not None and analyzer.morph.see_through_participles
    passed = modifier_pairs(tokens, analyzer) if function_words is not None else set()
    stream: list[Piece | None] = []
    for index, token in enumerate(tokens):
        if index in shared:
            pieces, own, lead = (*shared[index], 0)[:3]
        else:  # most tokens: a text read before (known), without a call
            pieces = known[token.text] if token.text in known else pieces_of(token)
            own, lead = None, 0
        if see_through and _see_through(token, pieces, analyzer):
            continue
        if pieces is BARRIER:
            if stream and stream[-1] is not None:
                stream.append(None)
            continue
        start = starts[index]
        end = start + len(token.text)
        if index in closed and closed[index][0]:  # the span runs to the closed spelling's end
            end = starts[index + 2] + len(tokens[index + 2].text)
        if own is None and passed and index in passed:  # "nationalen und" before a noun
            stream.extend([_new_piece((lemma, start, end, False, True)) for lemma in pieces])
        elif own is None:
            if len(pieces) == 1:  # most words: one piece
                stream.append(_new_piece((pieces[0], start, end, False, False)))
            else:
                stream.extend([_new_piece((lemma, start, end, False, False)) for lemma in pieces])
        else:
            # Borrowed pieces stand before a member's own ("by" + "phone") and after them.
            stream.extend(_new_piece((lemma, start, end, not lead <= n < lead + own, n < lead))
                          for n, lemma in enumerate(pieces))
    return stream


def _see_through(token: Any, pieces: list[str] | None, analyzer: Analyzer) -> bool:
    """Whether a text's word is an unknown participle standing before the noun it describes.

    Why: Estonian puts a participle phrase between a verb and its object ("juhendavad
    keskhariduse omandanud õppureid": instruct students who have completed secondary school);
    the participle no term can contain must not push the object out of a loose window.
    """
    if not (analyzer.morph.see_through_participles and pieces is not None and len(pieces) == 1):
        return False  # checked first: most words are no participle
    word = pieces[0]  # the word itself when it is read as is: then its lower_ (which costs) is it
    return (word.endswith(analyzer.morph.participles) and word not in analyzer.forms
            and word == token.lower_)


def closed_spellings(
    tokens: list[Any], analyzer: Analyzer
) -> dict[int, tuple[list[str], int]]:
    """Pieces for "pro", "-", "active" split by the tokenizer: those of "proactive" when the
    lexicon knows the closed spelling (the hyphen and second word then add nothing)."""
    found: dict[int, tuple[list[str], int]] = {}
    for middle in range(1, len(tokens) - 1):
        hyphen = tokens[middle]
        if hyphen.text != "-":
            continue
        index = middle - 1
        first, second = tokens[index], tokens[middle + 1]
        if (not first.whitespace_ and not hyphen.whitespace_
                and first.is_alpha and second.is_alpha):
            joined = (first.text + second.text).lower()
            if joined in analyzer.forms:
                parts = list(analyzer.parts(joined))
                found[index] = (parts, len(parts))
                found[index + 2] = ([], 0)
    return found


def separable_verbs(tokens: list[Any], analyzer: Analyzer) -> dict[int, list[str]]:
    """Pieces for the verb of a clause that ends in its separated particle: those of the joined
    verb ("arbeiten" in "Sie arbeiten eng mit den Kollegen zusammen" reads as zusammenarbeiten).

    Why: German puts a separable verb's particle at the clause end, beyond any phrase window,
    so "zusammenarbeiten", "Aufgaben zuweisen" or "Preise aushandeln" never met the text. The
    verb is the nearest lower-case word before the particle whose joined form the lexicon knows;
    the search stops at a verb the particle joins into a verb of no term ("bringen … ein und
    tragen dazu bei" is no beibringen).
    """
    particles = analyzer.morph.separable_particles
    found: dict[int, list[str]] = {}
    if not particles:
        return found
    for index, token in enumerate(tokens):
        if token.text not in particles:
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if not (after is None or after.is_punct or after.text in analyzer.morph.conjunctions):
            continue
        words = 0
        for back in range(index - 1, -1, -1):
            verb = tokens[back]
            if verb.text in SENTENCE_ENDS or "\n" in verb.text or words >= SEPARABLE_REACH:
                break
            if verb.is_punct:
                continue  # a list of objects ("mit Partnern, Verbänden und …") or "Leitern/-innen"
            words += 1
            joined = token.text + verb.text
            if verb.is_alpha and verb.text.islower() and joined in analyzer.forms:
                found[back] = list(analyzer.parts(joined))
                break
            if verb.text in analyzer.separable_stems:
                break  # the particle's own verb, of no term ("tragen … bei": beitragen)
    return found


def infinitive_brackets(
    tokens: list[Any], analyzer: Analyzer, pieces_of: Callable[[Any], list[str] | None]
) -> dict[int, tuple[list[str], int]]:
    """Pieces for the word that opens a zu-infinitive ("um … zu gewährleisten"): its own, then
    the infinitive's, borrowed ("um die Einhaltung der Normen zu gewährleisten" reads as
    "um gewährleisten die Einhaltung der Normen"), with how many of them are its own.

    Why: German puts the infinitive at the bracket's end, after its object and every modifier
    of it, so "Einhaltung gewährleisten" never met a loose window; read at the opener, the verb
    stands where a main clause puts it. Borrowed: the verb alone is no evidence there.
    """
    morph = analyzer.morph
    marker = morph.infinitive_marker
    found: dict[int, tuple[list[str], int]] = {}
    if not marker:
        return found
    for index, token in enumerate(tokens):
        if marker not in token.text:
            continue  # most words hold no "zu": no bracket ends there
        verb, first = _infinitive(tokens, index, analyzer)
        if not verb:
            continue
        words = 0
        for back in range(first - 1, -1, -1):
            opener = tokens[back]
            text = opener.text
            if text in SENTENCE_ENDS or "\n" in text or words >= SEPARABLE_REACH:
                break
            if opener.is_punct:
                continue
            words += 1
            if text == marker or marker in text and _infinitive(tokens, back, analyzer)[0]:
                break  # another bracket's end: the opener before it is that bracket's
            if text.lower() in morph.infinitive_openers:
                own = pieces_of(opener) or []
                found[back] = ([*own, *verb], len(own))
                break
    return found


def _infinitive(tokens: list[Any], index: int, analyzer: Analyzer) -> tuple[list[str], int]:
    """The pieces of the infinitive that closes a zu-bracket at ``index``: the marker before
    it ("zu gewährleisten") or a separable verb holding the marker ("einzuhalten", read as
    einhalten); with the index the bracket's end begins at. No pieces if none ends there."""
    morph = analyzer.morph
    marker = morph.infinitive_marker
    token = tokens[index]
    last = index + 1 if token.text == marker else index
    if last >= len(tokens):
        return [], index
    verb = tokens[last]
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    if not (verb.is_alpha and verb.text.islower()
            and (after is None or after.is_punct or after.text in morph.conjunctions)):
        return [], index
    word = verb.text
    if last != index:
        return list(analyzer.parts(word)), index
    at = word.find(marker, 2)
    joined = word[:at] + word[at + len(marker):]
    if at > 0 and word[:at] in morph.separable_particles and joined in analyzer.forms:
        return list(analyzer.parts(joined)), index
    return [], index


def term_pieces(tokens: Iterable[Any], analyzer: Analyzer) -> tuple[str, ...]:
    """A taxonomy term's pieces: like a text's, with every barrier left out."""
    return tuple(p.lemma for p in piece_stream(tokens, analyzer) if p is not None)
