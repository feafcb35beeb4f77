"""Precompute each language's lexicon and skill patterns from the taxonomy and simplemma.

Run ``python -m resume_helper.nlp.build`` after changing the taxonomy. Why: simplemma's
dictionaries take one to two seconds each to load; the tool only needs the inflected forms
of the words the taxonomy uses, which fit in a small JSON file read in milliseconds.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from os.path import commonprefix
from pathlib import Path

from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.nlp.analysis import (
    SEPARABLE_STEMS,
    SHORT_PART,
    WHOLE_WORDS,
    Analyzer,
    morphology,
)
from resume_helper.nlp.resources import FORMS_BY_LEMMA, data_text, load_yaml, pack_forms
from resume_helper.nlp.tokens import term_pieces, token_words
from resume_helper.taxonomy import Taxonomy, concept_files, load_taxonomy

BUILD_VERSION = 2
RELATED_PREFIX = 3  # a lemma sharing fewer first letters with its word is another word
WHOLE_WORD_MIN = 6  # dictionary words this long and up may be kept whole
VERB_ENDINGS = ("en", "ern", "eln")  # how a German infinitive ends (separable_stems)
COMPILED_DIR = Path(__file__).parent / "compiled"


def source_digest() -> str:
    """A digest of everything the compiled files are made from, to tell when they are stale."""
    digest = hashlib.sha256(f"build-{BUILD_VERSION}".encode())
    for path in concept_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for name in ("morphology.yaml", "stopwords.yaml", "false_friends.yaml"):
        digest.update(data_text(name).encode())
    return digest.hexdigest()


def lowercase_dictionary(lang: str) -> dict[str, str]:
    """simplemma's form → lemma dictionary for ``lang``, keys and values lower-cased."""
    lowered: dict[str, str] = {}
    for form, lemma in _dictionary(lang).items():
        key = form.lower()
        if key not in lowered or form == key:
            lowered[key] = lemma.lower()
    return lowered


def separable_stems(lang: str) -> set[str]:
    """The finite verb forms that one of ``lang``'s separable particles makes a verb of
    ("tragen", "trägt": beitragen; "rufen": aufrufen): the present's plural (as written as the
    infinitive) and third person singular, lower-case words of lower-case lemmas.

    Why: a separated particle's verb is the nearest one it joins ("bringen … ein und tragen
    dazu bei" is beitragen, not beibringen), also when the lexicon holds no term of that verb.
    """
    particles = morphology(lang).separable_particles
    if not particles:
        return set()
    verbs = {form: lemma for form, lemma in _dictionary(lang).items()
             if form[:1].islower() and lemma[:1].islower() and lemma.endswith(VERB_ENDINGS)}
    stems: set[str] = set()
    for form, lemma in verbs.items():
        for particle in particles:
            rest = form[len(particle):]
            if (form.startswith(particle) and lemma.startswith(particle) and len(rest) > 2
                    and rest in verbs and _finite(rest, verbs[rest])):
                stems.add(rest)
    return stems


def _finite(form: str, lemma: str) -> bool:
    """Whether ``form`` of a verb ``lemma`` is its infinitive-like plural or a third person."""
    return form == lemma or form.endswith("t") and not form.startswith("ge")


def noun_lemmas(lang: str) -> dict[str, str]:
    """Lower-cased capitalised forms → their lemma: the noun readings (in German)."""
    return {form.lower(): lemma.lower() for form, lemma in _dictionary(lang).items()
            if form[:1].isupper() and not form.isupper()}


def _dictionary(lang: str) -> dict[str, str]:
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary(lang)


def read_as_nouns(taxonomy: Taxonomy, lang: str, dictionary: dict[str, str]) -> None:
    """Give the words that terms write as nouns their noun's lemma in ``dictionary``.

    Why: lower-cased, a German noun form may be another word's verb form ("Aufgaben" and
    "aufgaben", a form of aufgeben; "Geräte" and "geräte", of geraten), and the verb reading
    won. A term that writes the word with a capital means the noun, and so do ads; a noun
    and its own verb ("Arbeiten", "arbeiten") keep meeting as before.
    """
    if not morphology(lang).capitalised_nouns:
        return
    nouns = noun_lemmas(lang)
    nlp = tokenizer(lang)
    for concept in taxonomy:
        for term in concept.terms[lang]:
            for token in nlp(term):
                for word, abbreviation in token_words(token.text):
                    key = word.lower()
                    if (not abbreviation and word[:1].isupper() and key in nouns
                            and _unrelated(nouns[key], dictionary.get(key, nouns[key]))):
                        dictionary[key] = nouns[key]


def _unrelated(noun: str, other: str) -> bool:
    """Whether two lemmas are different words, not a noun and its verb ("Arbeit", "arbeiten")."""
    return not (noun.startswith(other) or other.startswith(noun))


def term_words(taxonomy: Taxonomy, lang: str) -> set[str]:
    """Lower-cased words of every term in ``lang``, abbreviations left out."""
    nlp = tokenizer(lang)
    words: set[str] = set()
    for concept in taxonomy:
        for term in concept.terms[lang]:
            for token in nlp(term):
                if token.is_punct or token.is_space:
                    continue
                words.update(
                    word.lower()
                    for word, abbreviation in token_words(token.text)
                    if not abbreviation
                )
    return words


def tokenizer(lang: str):  # noqa: ANN201 - a spaCy Language
    from resume_helper.nlp.pipeline import blank

    return blank(lang)


def lemma_of(word: str, lang: str, dictionary: dict[str, str]) -> str:
    """The word's lemma, or the word itself when the lemma is another word.

    Why: simplemma reads a participle used as adjective as its verb ("gelassen" → "lassen");
    a term that says "gelassen" must not match every form of "lassen".
    """
    import simplemma

    lemma = dictionary.get(word) or simplemma.lemmatize(word, lang=lang).lower()
    if len(commonprefix([word, lemma])) < min(RELATED_PREFIX, len(word), len(lemma)):
        return word
    return lemma


def derivation_bases(words: set[str], lang: str, dictionary: dict[str, str]) -> set[str]:
    """Lemmas of the bases the term words derive from ("Belastbarkeit" → "belastbar").

    Why: with the base in the lexicon, a text that says "belastbar" meets a term that says
    "Belastbarkeit", and the reverse, through the same derivation rules.
    """
    bases: set[str] = set()
    for word in words:
        for rule in morphology(lang).derivations:
            base = rule.base_of(word)
            if base is not None and base in dictionary:
                bases.add(lemma_of(base, lang, dictionary))
    return bases


def whole_words(
    dictionary: dict[str, str], analyzer: Analyzer, standalone: set[str]
) -> dict[str, str]:
    """Forms of dictionary words that the skill lexicon explains only in part.

    A word the language's dictionary knows as a whole ("veranlassen", "energeetika",
    "julgeolek", "Deutschland") but that splits into a skill part plus unknown letters
    ("veran|lassen", "ener|geetika", "julge|olek", "deutsch|land"), or that holds one inside
    ("s|tants|id"), is a word of its own, not a compound of the skill part. Added to the
    lexicon as itself, it outweighs the fragment when a text's word is split
    ("energeetikasektoris" → energeetika + sektoris). Only words whose fragment is a whole
    term by itself (``standalone``) are kept, the others cannot mislead.
    """
    gram = analyzer.morph.min_part_beside_unknown
    by_start: dict[str, list[str]] = defaultdict(list)
    for form, lemma in analyzer.forms.items():
        if lemma in standalone and len(form) >= gram:
            by_start[form[:gram]].append(form)

    nouns = noun_lemmas(analyzer.lang) if analyzer.morph.noun_heads else {}

    def misleads(word: str) -> bool:
        """Whether ``word`` holds a standalone term's form that it is not made of."""
        if nouns and ends_in_noun(word):
            return False
        inside = any(
            word != form and word.startswith(form, i)
            for i in range(len(word) - gram + 1)
            for form in by_start.get(word[i : i + gram], ())
        )
        return inside and not explains(analyzer.parts(word))

    def explains(parts: tuple[str, ...]) -> bool:
        """Whether a reading of known parts accounts for the word, whatever else the lexicon
        holds: a part shorter than SHORT_PART letters counts only when it is a word of its own
        (its own lemma in the dictionary), not another word's inflected form ("õpet|aja": "aja"
        is a case of "aeg", so "õpetaja" stays a teacher whatever the lexicon says of time)."""
        return analyzer.is_known(parts) and (len(parts) == 1 or all(
            len(part) >= SHORT_PART or dictionary.get(part, part) == part
            for part in parts))

    def ends_in_noun(word: str) -> bool:
        """Whether ``word`` is a dictionary word (and a linker) followed by a standalone
        term's noun ("jahres|budget", "golf|unterricht"): a German compound names a kind of
        its last noun, so it is made of it. A false friend has no such head: its fragment
        stands first ("deutsch|land") or beside letters that make no word ("veran|lassen"),
        and an adjective head ("benutzer|freundlich") is no noun (morphology `noun_heads`)."""
        for i in range(analyzer.morph.min_part, len(word) - gram + 1):
            head = word[i:]
            if head in nouns and analyzer.forms.get(head) in standalone:
                front = word[:i]
                if any(front[: len(front) - len(linker)] in dictionary
                       for linker in ("", *analyzer.morph.linkers)
                       if len(front) - len(linker) >= analyzer.morph.min_part
                       and front.endswith(linker)):
                    return True
        return False

    forms_of: dict[str, list[str]] = defaultdict(list)
    for form, lemma in dictionary.items():
        forms_of[lemma].append(form)
    # A lemma the lexicon cannot read also counts when one of its forms misleads: "stants" (a
    # die) holds no dance, but "stantside" holds "tantsi" (of tantsima), and a compound's
    # unknown front took the "s" ("tõmbes|tantside"). A lemma the lexicon reads ("eetika|koodeks")
    # keeps its reading: its forms mislead only where the lexicon lacks an ending.
    kept = {lemma for lemma, forms in forms_of.items()
            if len(lemma) >= WHOLE_WORD_MIN and lemma not in analyzer.forms
            and (misleads(lemma) or (not explains(analyzer.parts(lemma))
                                     and any(misleads(form) for form in forms)))}
    return {form: lemma for form, lemma in dictionary.items()
            if lemma in kept and form not in analyzer.forms
            and (misleads(form) or analyzer.is_known(analyzer.parts(lemma)))}


def canonical(lemma: str, dictionary: dict[str, str]) -> str:
    """Follow the lower-cased dictionary from lemma to lemma until it settles.

    Why: lower-cased, "anfrage" is the noun's lemma and also a form of the verb "anfragen";
    one canonical lemma per chain makes noun and verb, singular and plural meet.
    """
    seen = [lemma]
    while (nxt := dictionary.get(seen[-1])) and nxt not in seen and len(seen) < 4:
        seen.append(nxt)
    nxt = dictionary.get(seen[-1])
    return min(seen[seen.index(nxt) :]) if nxt in seen else seen[-1]


def compound_parts(word: str, lang: str, dictionary: dict[str, str]) -> list[str]:
    """Split a term word into the fewest dictionary words (at least two), or nothing."""
    morph = morphology(lang)
    n = len(word)
    best: list[tuple[int, list[str]] | None] = [None] * (n + 1)
    best[0] = (0, [])
    for i in range(n):
        if best[i] is None:
            continue
        count, parts = best[i]  # type: ignore[misc]
        for j in range(i + morph.min_part, n + 1):
            part = word[i:j]
            if part not in dictionary:
                continue
            ends = [j] + [
                j + len(link)
                for link in morph.linkers
                if word.startswith(link, j) and j + len(link) < n
            ]
            if word[j:] in morph.endings:
                ends.append(n)
            for end in ends:
                if best[end] is None or best[end][0] > count + 1:  # type: ignore[index]
                    best[end] = (count + 1, [*parts, part])
    final = best[n]
    return final[1] if final and final[0] >= 2 else []


def participle_terms(taxonomy: Taxonomy, lang: str, dictionary: dict[str, str]) -> set[str]:
    """One-word terms that are participles used as adjectives ("motivated", "organised",
    "caring", "motiviert", "motiveret", "motiveeritud"): they keep their own form as lemma.

    Why: read as their verb, every form of it would evidence the trait ("motivate the
    team" would say the applicant is motivated, "organise events" that they are organised,
    "patient care" that they are caring). Endings per language are in morphology.yaml.
    """
    endings = morphology(lang).participles
    kept: set[str] = set()
    for concept in taxonomy:
        for term in concept.terms[lang]:
            word = term.lower()
            if (word.isalpha() and word.endswith(endings)
                    and dictionary.get(word, word) != word):
                kept.add(word)
    return kept


def modifier_stems(lemma: str, lang: str) -> list[str]:
    """The forms ``lemma`` takes as the first part of a compound, by the rules in
    morphology.yaml ("andmed" → "andme" in "andmekaitse")."""
    stems = []
    for rule in morphology(lang).modifier_stems:
        base = rule.base_of(lemma)
        if base is not None:
            stems.append(base)
    return stems


def build_language(taxonomy: Taxonomy, lang: str) -> dict[str, object]:
    dictionary = lowercase_dictionary(lang)
    read_as_nouns(taxonomy, lang, dictionary)
    words = term_words(taxonomy, lang)
    kept = participle_terms(taxonomy, lang, dictionary)
    lemmas = {w if w in kept else lemma_of(w, lang, dictionary) for w in words}
    lemmas |= derivation_bases(words, lang, dictionary)
    if morphology(lang).compounds:
        for word in words:
            lemmas.update(dictionary[p] for p in compound_parts(word, lang, dictionary))
    forms_by_lemma: dict[str, set[str]] = defaultdict(set)
    for form, lemma in dictionary.items():
        if lemma in lemmas:
            forms_by_lemma[lemma].add(form)
    forms: dict[str, str] = {}
    for lemma in sorted(lemmas):
        for form in forms_by_lemma[lemma]:
            forms.setdefault(form, lemma)
    forms.update((lemma, lemma) for lemma in lemmas)
    for lemma in sorted(lemmas):
        for stem in modifier_stems(lemma, lang):
            forms.setdefault(stem, lemma)
    for word in words:
        forms[word] = word if word in kept else lemma_of(word, lang, dictionary)
    as_written = set(load_yaml("morphology.yaml")[lang].get("as_written", ()))
    forms.update((word, word) for word in as_written)
    read_as: dict[str, str] = load_yaml("morphology.yaml")[lang].get("read_as", {})
    forms.update(read_as)
    own = ({w for w in words if forms[w] == w and dictionary.get(w, w) != w} | kept | as_written
           | set(read_as))
    forms = {form: lemma if form in own else canonical(lemma, dictionary)
             for form, lemma in forms.items()}
    if morphology(lang).compounds:
        partial = Analyzer(lang=lang, forms=forms, morph=morphology(lang))
        patterns = compile_patterns(taxonomy, lang, partial)["patterns"]
        standalone = {pieces[0] for _id, pieces, _term in patterns if len(pieces) == 1}
        kept_whole = whole_words(dictionary, partial, standalone)
        forms.update(kept_whole)
        whole = {lemma for lemma in kept_whole.values() if partial.is_known(partial.parts(lemma))}
    else:
        whole = set()
    analyzer = Analyzer(lang=lang, forms=forms, morph=morphology(lang), whole=frozenset(whole))
    return {
        "forms": dict(sorted(forms.items())),
        WHOLE_WORDS: " ".join(sorted(whole)),
        SEPARABLE_STEMS: " ".join(sorted(separable_stems(lang))),
        "concepts": concept_summaries(taxonomy, lang),
        **compile_patterns(taxonomy, lang, analyzer),
    }


def concept_summaries(taxonomy: Taxonomy, lang: str) -> dict[str, dict[str, object]]:
    """What a match report needs of each concept, so extraction need not load the YAML."""
    return {
        c.id: {"label": c.label(lang), "category": c.category, "esco": list(c.esco_uris),
               "guide": f"{c.guide_page}#{c.guide_anchor}", "broader": list(taxonomy.broader(c.id))}
        for c in taxonomy
    }


def compile_patterns(taxonomy: Taxonomy, lang: str, analyzer: Analyzer) -> dict[str, object]:
    nlp = tokenizer(lang)
    owner: dict[tuple[str, ...], str] = {}
    patterns: list[list[object]] = []
    conflicts: list[str] = []
    for concept in taxonomy:
        for term in concept.terms[lang]:
            pieces = term_pieces(nlp(term), analyzer)
            if not pieces:
                conflicts.append(f"{concept.id}: term {term!r} has no words")
                continue
            first = owner.setdefault(pieces, concept.id)
            if first != concept.id:
                conflicts.append(f"{concept.id}: term {term!r} reads like a term of {first}")
                continue
            patterns.append([concept.id, list(pieces), term])
    false_friends = []
    for phrase in load_yaml("false_friends.yaml").get(lang, ()):
        pieces = term_pieces(nlp(phrase), analyzer)
        if pieces in owner:
            conflicts.append(f"false friend {phrase!r} reads like a term of {owner[pieces]}")
        elif pieces:
            false_friends.append([list(pieces), phrase])
    list_patterns = [
        [concept.id, list(pieces), term]
        for concept in taxonomy
        for term in concept.list_terms.get(lang, ())
        if (pieces := term_pieces(nlp(term), analyzer))
    ]
    return {"patterns": patterns, "false_friends": false_friends,
            "list_patterns": list_patterns, "conflicts": conflicts}


def build_all(languages: tuple[str, ...] = SUPPORTED_LANGUAGES) -> list[str]:
    """Write compiled/<lang>.json for each language; return the conflicts found."""
    taxonomy = load_taxonomy()
    digest = source_digest()
    problems: list[str] = []
    COMPILED_DIR.mkdir(exist_ok=True)
    for lang in languages:
        compiled = {"source_digest": digest, "lang": lang, **build_language(taxonomy, lang)}
        problems += [f"{lang}: {c}" for c in compiled["conflicts"]]  # type: ignore[union-attr]
        compiled[FORMS_BY_LEMMA] = pack_forms(compiled.pop("forms"))  # type: ignore[arg-type]
        text = json.dumps(compiled, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        (COMPILED_DIR / f"{lang}.json").write_text(text + "\n", encoding="utf-8")
    return problems


def main() -> None:
    problems = build_all()
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"compiled {len(SUPPORTED_LANGUAGES)} languages, {len(problems)} term conflict(s)")


if __name__ == "__main__":
    main()
