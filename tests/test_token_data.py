"""The piece stream reads each token's spaCy attributes once (tokens.read_tokens): what it reads
from a document's arrays and its per-text store must be what spaCy's tokens say, and the store
stays bounded in a long-lived process."""

from __future__ import annotations

import pytest

from resume_helper.nlp import tokens
from resume_helper.nlp.pipeline import get_pipeline
from resume_helper.nlp.tokens import read_tokens

# Modelled on contact and skill lines of real resumes (addresses, hyphenated lists, line
# breaks, a web address and a list-only product), with invented names and addresses.
TEXTS = {
    "en": "Jane Doe | jane.doe@example.com | www.example.com/jane\n"
          "Skills: CRM, cross- and upselling; MS Office (Word, Excel) – fluent English (C1).",
    "de": "Kontakt: max.mustermann@example.de\nKunden-Service, Cross- und Upselling, "
          "E-Mail-Bearbeitung; sehr gute Deutsch- und Englischkenntnisse.",
    "da": "Mail: anne@example.dk  Tlf. +45 12 34 56 78\nKundeservice, in- og outbound "
          "opkald, Zendesk/Salesforce.",
    "et": "E-post: mari.maasikas@example.ee\nKlienditeenindus, telefoni- ja e-posti teel "
          "suhtlemine; eesti, vene ja inglise keel.",
}
FIELDS = ("text", "lower_", "is_alpha", "is_punct", "is_space", "like_email", "like_url",
          "whitespace_")


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_documents_token_data_is_spacys(lang):
    doc = get_pipeline(lang).make_doc(TEXTS[lang])
    rows, starts = read_tokens(doc)
    read_twice = read_tokens(doc)  # the second time from the per-text store

    assert [tuple(getattr(t, name) for name in FIELDS) for t in doc] == [tuple(r) for r in rows]
    assert starts == [t.idx for t in doc]
    assert read_twice == (rows, starts)
    assert read_tokens(list(doc)) == (rows, starts)  # tokens that are no Doc, one by one
    assert read_tokens(doc).text() == doc.text == TEXTS[lang]


def test_the_per_text_store_is_bounded(monkeypatch):
    monkeypatch.setattr(tokens, "CACHED_TEXTS", 5)
    store = tokens.known_token_data("en")
    for texts in store:
        texts.clear()  # ten new texts, whatever other tests read before
    doc = get_pipeline("en").make_doc("one two three four five six seven eight nine ten")
    rows, _starts = read_tokens(doc)

    assert all(len(texts) <= 5 for texts in store)
    assert [r.text for r in rows] == [t.text for t in doc]
