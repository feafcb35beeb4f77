"""Add base forms and compound parts to the search index, for Estonian above all.

Why: Material's search (lunr) has stemmers for English, German and Danish but none for
Estonian, a language with fourteen cases: "klienditeenindajana" (as a customer service
representative) must be found by "klienditeenindaja", and "teenindaja" should find the
compound too. Material already appends a trailing wildcard to every query term, so a
query finds words that *start* with it ("Beschwerde" finds "Beschwerdemanagement"); what
it cannot do is find a stem that changes ("tööd" → "töö", "kaebusi" → "kaebus") or the
tail of a compound ("management" in "Beschwerdemanagement"). So after the build, for each
German, Danish and Estonian entry, we store the lemmas (simplemma) and the compound tails
that are words of the same language's pages in an extra field, `lemmas`, that the search
indexes (see `fields` in mkdocs.yml) but never displays.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

LEMMA_LANGS = ("de", "da", "et")
WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
TAG = re.compile(r"<[^>]+>")
MIN_TAIL = 4
MIN_COMPOUND = 8
FIELD = "lemmas"
# lunr language per guide language: stop words only, as the pipeline has no stemmer.
# Estonian has no lunr support; English stop words are the harmless fallback.
SEARCH_LANG = {"en": "en", "de": "de", "da": "da", "et": "en"}


LEMMA_TABLE = Path(__file__).resolve().parent.parent / "data" / "search-lemmas.json"


@lru_cache(maxsize=1)
def lemma_table() -> dict[str, dict[str, str]]:
    """Lemmas of every word on the guide's pages, looked up once with simplemma.

    Why: loading simplemma's German, Danish and Estonian dictionaries takes about half of
    the whole build. The table is refreshed with `python docs/hooks/guide_search.py SITE`
    after a build; a word missing from it still gets its lemma from simplemma, so a stale
    table only costs time, never a search hit.
    """
    if not LEMMA_TABLE.is_file():
        return {}
    return json.loads(LEMMA_TABLE.read_text(encoding="utf-8"))


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    known = lemma_table().get(lang, {}).get(word)
    if known is not None:
        return known
    return _simplemma(word, lang)


def _simplemma(word: str, lang: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang=lang).casefold()


def words(text: str) -> list[str]:
    return [w.casefold() for w in WORD.findall(TAG.sub(" ", text))]


def entry_lang(location: str, langs: Iterable[str]) -> str | None:
    head = location.split("/", 1)[0]
    return head if head in langs else None


def compound_tails(word: str, vocabulary: set[str]) -> list[str]:
    """The longest tail of ``word`` that is itself a word of the vocabulary, if any."""
    if len(word) < MIN_COMPOUND:
        return []
    for start in range(MIN_TAIL - 1, len(word) - MIN_TAIL + 1):
        tail = word[start:]
        if tail in vocabulary:
            return [tail]
    return []


def extra_terms(text: str, lang: str, vocabulary: set[str]) -> list[str]:
    """Lemmas and compound tails of ``text`` that the text does not already contain."""
    present = set(words(text))
    extra: dict[str, None] = {}
    for word in present:
        base = lemma(word, lang)
        for term in (base, *compound_tails(base, vocabulary), *compound_tails(word, vocabulary)):
            if term not in present:
                extra[term] = None
    return list(extra)


def _vocabularies(docs: list[dict[str, Any]], langs: Iterable[str]) -> dict[str, set[str]]:
    vocab: dict[str, set[str]] = {lang: set() for lang in langs}
    for doc in docs:
        lang = entry_lang(doc.get("location", ""), vocab)
        if lang:
            tokens = words(doc.get("title", "") + " " + doc.get("text", ""))
            vocab[lang].update(tokens)
            vocab[lang].update(lemma(t, lang) for t in tokens)
    return vocab


def enrich_index(index: Mapping[str, Any], langs: Iterable[str] = LEMMA_LANGS) -> dict[str, Any]:
    """Return a copy of a Material search index with the `lemmas` field filled in."""
    result = dict(index)
    docs = [dict(doc) for doc in index.get("docs", [])]
    vocab = _vocabularies(docs, langs)
    for doc in docs:
        lang = entry_lang(doc.get("location", ""), vocab)
        if lang:
            terms = extra_terms(doc.get("title", "") + " " + doc.get("text", ""), lang, vocab[lang])
            if terms:
                doc[FIELD] = " ".join(terms)
    result["docs"] = docs
    return result


def split_index(
    index: Mapping[str, Any], langs: Iterable[str], default: str
) -> dict[str, dict[str, Any]]:
    """One index per language, locations made relative to that language's folder.

    Why: the i18n plugin writes one index for all languages, so a German reader would get
    English, Danish and Estonian hits too. Each language's pages point their search at their
    own folder (see `guide.on_post_page`), where this index is written.
    """
    others = [lang for lang in langs if lang != default]
    parts: dict[str, dict[str, Any]] = {}
    for lang in [default, *others]:
        prefix = "" if lang == default else f"{lang}/"
        docs = []
        for doc in index.get("docs", []):
            location = doc.get("location", "")
            owner = entry_lang(location, others) or default
            if owner == lang:
                docs.append({**doc, "location": location[len(prefix):]})
        config = {**index.get("config", {}), "lang": [SEARCH_LANG.get(lang, "en")]}
        parts[lang] = {**index, "config": config, "docs": docs}
    return parts


def write_index(folder: Path, index: Mapping[str, Any]) -> list[Path]:
    """search_index.json, and the JS copy the offline plugin's file:// search loads."""
    folder.mkdir(parents=True, exist_ok=True)
    data = json.dumps(index, ensure_ascii=False, separators=(",", ":"))
    json_path, js_path = folder / "search_index.json", folder / "search_index.js"
    json_path.write_text(data, encoding="utf-8")
    js_path.write_text(f"var __index = {data}", encoding="utf-8")
    return [json_path, js_path]


def enrich_site(site_dir: Path, langs: Iterable[str], default: str) -> list[Path]:
    """Split the built site's search index by language and add base forms to each part."""
    source = site_dir / "search" / "search_index.json"
    if not source.is_file():
        return []
    index = enrich_index(json.loads(source.read_text(encoding="utf-8")))
    written = []
    for lang, part in split_index(index, list(langs), default).items():
        folder = site_dir / "search" if lang == default else site_dir / lang / "search"
        written += write_index(folder, part)
    return written


def refresh_lemma_table(site_dir: Path, langs: Iterable[str] = LEMMA_LANGS) -> dict[str, int]:
    """Rewrite docs/data/search-lemmas.json from a built site's per-language indexes."""
    table: dict[str, dict[str, str]] = {}
    for lang in langs:
        index = json.loads((site_dir / lang / "search" / "search_index.json").read_text("utf-8"))
        vocabulary = {
            w for doc in index["docs"] for w in words(doc.get("title", "") + " " + doc["text"])
        }
        table[lang] = {w: _simplemma(w, lang) for w in sorted(vocabulary)}
    LEMMA_TABLE.write_text(
        json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
        encoding="utf-8",
    )
    return {lang: len(entries) for lang, entries in table.items()}


if __name__ == "__main__":
    import sys

    print(refresh_lemma_table(Path(sys.argv[1])))
