"""A dictionary word is read whole or split by what the word is made of, not by which other
terms happen to be in the skill lexicon (build.whole_words).

Why: "õpetaja" (teacher) split as "õpe" (study) + "aja" because "aja", a case form of "aeg"
(time), had entered the lexicon through an unrelated term; one term added anywhere changed
how job titles read. A part shorter than analysis.SHORT_PART letters explains a word only when
it is a word of its own (its own lemma), never another word's inflected form.
Job titles modelled on https://www.cvkeskus.ee/toopakkumised?op=search&search%5Bkeyword%5D=%C3%B5petaja
("matemaatikaõpetaja", "karjäärinõustaja", "tugiõpetaja").
"""

from __future__ import annotations

import pytest

from resume_helper import extract_skills
from resume_helper.nlp.analysis import Analyzer, analyzer, morphology
from resume_helper.nlp.build import whole_words

# A small Estonian dictionary (form -> lemma) and a skill lexicon holding the verbs
# "õpetama" (to teach) and "nõustama" (to advise) as one-word terms.
DICTIONARY = {
    "õpetaja": "õpetaja", "õpetajad": "õpetaja", "õpetajana": "õpetaja",
    "nõustaja": "nõustaja", "nõustajad": "nõustaja",
    "õpetama": "õpetama", "õpeta": "õpetama", "õpetan": "õpetama",
    "nõustama": "nõustama", "nõusta": "nõustama", "nõustan": "nõustama",
    "õpe": "õpe", "õpet": "õpe", "nõu": "nõu", "nõust": "nõu",
    "aeg": "aeg", "aja": "aeg", "ajad": "aeg",
}
LEXICON = {form: lemma for form, lemma in DICTIONARY.items()
           if lemma in {"õpetama", "nõustama", "õpe", "nõu"}}
STANDALONE = {"õpetama", "nõustama"}


def kept(forms: dict[str, str]) -> dict[str, str]:
    return whole_words(DICTIONARY, Analyzer(lang="et", forms=forms, morph=morphology("et")),
                       STANDALONE)


def test_a_word_kept_whole_stays_whole_when_an_unrelated_term_brings_a_fragment() -> None:
    before = kept(LEXICON)
    # a term about time ("aja planeerimine") brings "aja" into the lexicon as its own lemma
    after = kept({**LEXICON, "aja": "aja"})
    assert {"õpetaja", "õpetajad", "nõustaja"} <= set(before)
    assert after == before


def test_a_split_into_real_words_is_still_a_compound() -> None:
    # a dictionary word made of a term's stem and a short word of its own ("nõu", advice)
    # is a compound of the two, not held whole
    dictionary = {**DICTIONARY, "õpetamisnõu": "õpetamisnõu"}
    forms = {**LEXICON, "õpetamis": "õpetama"}
    result = whole_words(dictionary, Analyzer(lang="et", forms=forms, morph=morphology("et")),
                         STANDALONE)
    assert "õpetamisnõu" not in result


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("õpetaja", ("õpetaja",)),
        ("õpetajatele", ("õpetaja",)),
        ("matemaatikaõpetajana", ("matemaatikaõpetaja",)),
        ("nõustajad", ("nõustaja",)),
        ("karjäärinõustaja", ("karjäärinõustaja",)),
        ("otsustajad", ("otsustaja",)),
        # inside a compound the head kept whole stays whole ("kutseõpe|t|aja" was
        # vocational education + time)
        ("kutseõpetajana", ("kutse", "õpetaja")),
        # the verbs and their nouns still read as the skill
        ("õpetavad", ("õpetama",)),
        ("nõustamine", ("nõustama",)),
        # a word of its own because the rest is unknown, as before
        ("julgeolek", ("julgeolek",)),
    ],
)
def test_estonian_agent_nouns_read_whole(word: str, parts: tuple[str, ...]) -> None:
    assert analyzer("et").parts(word) == parts


@pytest.mark.parametrize(
    ("lang", "word", "parts"),
    [
        # real compounds of words of their own keep their split in every language
        ("et", "magistritöö", ("magister", "töö")),
        ("et", "tabelarvutus", ("tabel", "arvutus")),
        ("de", "kundenberatung", ("kunde", "beraten")),
        ("da", "kundeservice", ("kunde", "service")),
    ],
)
def test_compounds_of_words_of_their_own_still_split(
    lang: str, word: str, parts: tuple[str, ...]
) -> None:
    assert analyzer(lang).parts(word) == parts


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Töötan alates 2019. aastast kutseõpetajana.", "edu-vocational"),
        ("Kutseõpetajad juhendavad praktikante.", "edu-vocational"),
    ],
)
def test_a_teacher_of_a_school_is_no_evidence_of_its_education(text: str, concept: str) -> None:
    assert concept not in {skill.id for skill in extract_skills(text, lang="et")}
