from __future__ import annotations

from pathlib import Path

import pytest

from resume_helper.languages import SUPPORTED_LANGUAGES
from resume_helper.taxonomy import (
    CATEGORIES,
    TaxonomyError,
    _check_broader,
    implied_concepts,
    load_taxonomy,
    parse_concept,
)

VALID = {
    "id": "patience",
    "category": "soft",
    "label": {"en": "Patience", "de": "Geduld", "da": "Tålmodighed", "et": "Kannatlikkus"},
    "terms": {"en": ["patient"], "de": ["geduldig"], "da": ["tålmodig"], "et": ["kannatlik"]},
    "esco": ["http://data.europa.eu/esco/skill/1bb3a4b7-c0e4-434a-850d-0d2874a9c251"],
}


def test_taxonomy_is_large_and_uses_every_category() -> None:
    taxonomy = load_taxonomy()
    assert len(taxonomy) >= 250
    assert {c.category for c in taxonomy} == set(CATEGORIES)


def test_every_required_esco_skill_is_covered(data_dir: Path) -> None:
    lines = (data_dir / "esco_required_uris.txt").read_text().splitlines()
    required = {line.split()[1] for line in lines if line and not line.startswith("#")}
    assert len(required) == 201
    assert required - load_taxonomy().esco_uris() == set()


def test_every_concept_has_terms_in_every_language() -> None:
    for concept in load_taxonomy():
        for lang in SUPPORTED_LANGUAGES:
            assert concept.terms[lang], concept.id
            assert concept.label(lang), concept.id


def test_valid_entry_parses() -> None:
    concept = parse_concept(VALID, where="t")
    assert concept.guide_page == "skills"
    assert concept.guide_anchor == "patience"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": "Bad Id"}, "kebab-case"),
        ({"category": "magic"}, "category 'magic'"),
        ({"label": {"en": "Patience", "de": "Geduld", "da": "Tålmodighed"}}, "missing for et"),
        ({"terms": {**VALID["terms"], "fr": ["patient"]}}, "unknown language(s) fr"),
        ({"esco": ["http://example.com/skill/1"]}, "malformed ESCO skill URI"),
        ({"guide": "Skills Page"}, "page#anchor"),
        ({"colour": "blue"}, "unknown field(s) colour"),
        ({"broader": "crm-software"}, "broader must be a list"),
        ({"broader": ["patience"]}, "broader must be a list"),
        ({"list_terms": {"fr": ["Word"]}}, "list_terms must map languages"),
        ({"list_terms": {"en": "Word"}}, "list_terms must map languages"),
    ],
)
def test_invalid_entry_names_the_entry_and_the_problem(change: dict, message: str) -> None:
    with pytest.raises(TaxonomyError) as error:
        parse_concept({**VALID, **change}, where="tools.yaml, entry 3")
    assert "tools.yaml, entry 3" in str(error.value)
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("specific", "general"),
    [
        ("salesforce", "crm-software"),
        ("hubspot", "crm-software"),
        ("microsoft-dynamics-365", "crm-software"),
        ("zendesk", "ticketing-system"),
        ("freshdesk", "ticketing-system"),
        ("servicenow", "ticketing-system"),
        ("microsoft-excel", "microsoft-office"),
        ("microsoft-word", "microsoft-office"),
        ("microsoft-excel", "computer-literacy"),
        ("cert-itil-4-foundation", "itil-operations"),
    ],
)
def test_specific_implies_general_never_the_reverse(specific: str, general: str) -> None:
    taxonomy = load_taxonomy()
    assert general in taxonomy.broader(specific)
    assert general in implied_concepts({specific})
    assert specific not in implied_concepts({general})
    assert specific in taxonomy.narrower(general)


def test_implied_concepts_leaves_out_what_is_given() -> None:
    assert implied_concepts({"microsoft-excel", "microsoft-office"}) == {"computer-literacy"}
    assert implied_concepts({"patience"}) == set()


def test_broader_links_exist_and_never_loop() -> None:
    one = parse_concept({**VALID, "id": "one", "broader": ["two"]}, where="a.yaml, entry 1")
    two = parse_concept({**VALID, "id": "two", "broader": ["one"]}, where="a.yaml, entry 2")
    with pytest.raises(TaxonomyError, match="lead back to itself"):
        _check_broader({"one": one, "two": two})
    with pytest.raises(TaxonomyError, match="'two' does not exist"):
        _check_broader({"one": one})
    taxonomy = load_taxonomy()
    for concept in taxonomy:
        assert concept.id not in taxonomy.broader(concept.id)
