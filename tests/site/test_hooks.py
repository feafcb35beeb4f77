"""Unit tests of the guide's build hook: formatting, markers, search enrichment, skills."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from guide_site import LANGS, PROJECT

sys.path.insert(0, str(PROJECT / "docs" / "hooks"))

import guide  # noqa: E402
import guide_format  # noqa: E402
import guide_search  # noqa: E402
import guide_skills  # noqa: E402
from guide_data import GuideDataError, load_factbook, load_strings, parse_factbook  # noqa: E402


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("en_US", "USD\u00a033,750"), ("de_DE", "33.750\u00a0USD"), ("da_DK", "33.750\u00a0USD"),
     ("et_EE", "33\u00a0750\u00a0USD")],
)
def test_money_uses_locale_format(locale: str, expected: str) -> None:
    assert guide_format.money(33750, "USD", locale) == expected


def test_inline_fact_has_value_source_and_year() -> None:
    html = guide.render_marker("fact", "us-2018-median-annual", "et")
    assert "33\u00a0750\u00a0USD" in html
    assert ">BLS</a>, 2018)" in html


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "marker",
    ["[[facts-table:pay-us-history]]", "[[pay-where]]", "[[ref:kutseregister-4]]",
     "[[facts-table:similar-jobs-pay]]", "[[chart:pay-us-history]]", "[[quick-facts]]",
     "[[sources-list]]", "[[top-skills]]", "[[skills-table]]", "[[education-table]]",
     "[[edition]]"],
)
def test_every_marker_renders(lang: str, marker: str) -> None:
    out = guide.render_markers(f"before\n\n{marker}\n\nafter", lang, "test.md")
    assert "[[" not in out


def test_unknown_marker_fails_the_build() -> None:
    from mkdocs.exceptions import PluginError

    with pytest.raises(PluginError, match=r"test.md: unknown marker \[\[fact:nope\]\]"):
        guide.render_markers("x [[fact:nope]]", "en", "test.md")


def test_chart_is_accessible_svg() -> None:
    svg = guide.render_marker("chart", "pay-us-history", "de")
    assert 'role="img"' in svg
    assert "<title" in svg
    assert "<desc" in svg
    assert "Mittlerer Stundenlohn" in svg
    assert "14,36" in svg


@pytest.mark.parametrize(("lang", "first"), [("en", "United States"), ("de", "Deutschland"),
                                             ("da", "Danmark"), ("et", "Eesti")])
def test_pay_where_lists_the_reader_country_first(lang: str, first: str) -> None:
    html = guide.render_marker("pay-where", None, lang)
    assert html.split("<li><strong>")[1].startswith(first)
    assert "https://web.arbeitsagentur.de/entgeltatlas/" in html
    assert html.count("<li>") == 4


def test_entgeltatlas_filters_are_region_age_and_gender() -> None:
    html = guide.render_marker("pay-where", None, "de")
    assert "Region (Bundesland), Altersgruppe und Geschlecht" in html
    assert "Betriebsgröße" not in html


def test_rounded_count_is_not_given_false_precision() -> None:
    assert "2,9\u00a0Millionen" in guide.render_marker("fact", "us-2023-employment", "de") or (
        "2,9 Millionen" in guide.render_marker("fact", "us-2023-employment", "de")
    )
    assert "2.9 million" in guide.render_marker("fact", "us-2023-employment", "en")


def test_superseded_projection_is_not_a_fact() -> None:
    assert "us-outlook-2016-2026" not in load_factbook().facts


def test_edition_date_comes_from_the_build(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 1 January 2026, 00:00 UTC
    assert "1. Januar 2026" in guide.render_marker("edition", None, "de")
    assert "January 1, 2026" in guide.render_marker("edition", None, "en")


def test_esco_links_are_https_and_named_after_the_skill() -> None:
    concepts = guide_skills.load_concepts()
    html = guide_skills.skills_table(concepts, "da", load_strings("da"))
    assert 'href="http://' not in html
    assert "ESCO-kompetence 1" not in html
    assert ">active listening<" in html.lower() or ">listen actively<" in html.lower()


def test_unrelated_concepts_have_an_anchor_but_no_row() -> None:
    concepts = guide_skills.load_concepts()
    html = guide_skills.skills_table(concepts, "en", load_strings("en"))
    for concept_id in ("hygiene", "artistic-expression", "network-protocols"):
        assert f'<tr id="{concept_id}"' not in html
        assert f'id="{concept_id}"' in html


def test_education_tables_have_no_empty_column() -> None:
    concepts = guide_skills.load_concepts()
    html = guide_skills.education_table(concepts, "en", load_strings("en"))
    assert html.count("<table>") == 2
    for table in html.split("<table>")[1:]:
        body = table.split("<tbody>")[1]
        cells = body.count("<td>")
        assert cells == 0 or cells != body.count("<td>–</td>")


def test_bad_fact_is_reported_by_name() -> None:
    with pytest.raises(GuideDataError, match="fact 'x'"):
        parse_factbook({"sources": {}, "facts": {"x": {"kind": "money"}}})


@pytest.mark.parametrize("lang", LANGS)
def test_strings_complete(lang: str) -> None:
    assert load_strings(lang)["locale"]


def test_estonian_lemmas_are_indexed() -> None:
    index = {"docs": [{"location": "et/a.html", "title": "A",
                       "text": "<p>Ta töötab klienditeenindajana.</p>"},
                      {"location": "et/b.html", "title": "B", "text": "teenindaja"}]}
    doc = guide_search.enrich_index(index)["docs"][0]
    assert "klienditeenindaja" in doc["lemmas"].split()
    assert "teenindaja" in doc["lemmas"].split()


def test_index_is_split_by_language() -> None:
    index = {"config": {"lang": ["en", "de", "da"]}, "docs": [
        {"location": "a.html", "title": "", "text": ""},
        {"location": "de/a.html#x", "title": "", "text": ""}]}
    parts = guide_search.split_index(index, LANGS, "en")
    assert [d["location"] for d in parts["en"]["docs"]] == ["a.html"]
    assert [d["location"] for d in parts["de"]["docs"]] == ["a.html#x"]
    assert parts["de"]["config"]["lang"] == ["de"]


@dataclass(frozen=True)
class FakeConcept:
    id: str
    category: str
    guide_page: str = "skills"
    guide_anchor: str = ""
    esco_uris: tuple[str, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, lang: str) -> str:
        return self.labels.get(lang, self.id)


def test_skills_table_rows_carry_anchors() -> None:
    concepts = [FakeConcept("patience", "soft", guide_anchor="patience",
                            labels={"de": "Geduld"}),
                FakeConcept("crm", "tool", guide_anchor="crm-tools"),
                FakeConcept("edu-x", "education", guide_page="education",
                            guide_anchor="edu-x")]
    html = guide_skills.skills_table(concepts, "de", load_strings("de"))
    assert '<tr id="patience">' in html
    assert "Geduld" in html
    assert '<tr id="crm-tools">' in html
    assert '<span id="crm">' in html
    assert "edu-x" not in html
    assert "### Persönliche Stärken {#skills-soft}" in html
    assert '<tr id="edu-x">' in guide_skills.education_table(concepts, "de", load_strings("de"))


def test_real_taxonomy_renders() -> None:
    concepts = guide_skills.load_concepts()
    html = guide_skills.skills_table(concepts, "et", load_strings("et"))
    for concept in concepts:
        if concept.guide_page == "skills":
            assert f'id="{concept.guide_anchor}"' in html


def test_factbook_loads() -> None:
    assert load_factbook().facts
    assert Path(guide.__file__).parent.name == "hooks"


def test_task_checkboxes_get_their_item_text_as_name() -> None:
    html = (
        '<li class="task-list-item"><label class="task-list-control"><input type="checkbox" '
        'disabled/><span class="task-list-indicator"></span></label> Read the '
        '<a href="pay.html">pay page</a></li>'
    )
    out = guide.label_task_checkboxes(html)
    assert 'aria-label="Read the pay page"' in out
    assert out.endswith('Read the <a href="pay.html">pay page</a></li>')


def test_every_esco_link_has_its_esco_name() -> None:
    """docs/data/skills-guide.yaml names every ESCO URI of the taxonomy; when the taxonomy
    gains a URI, run `python docs/hooks/guide_skills.py <ESCO extract folder>`."""
    names = guide_skills.load_skills_data()["esco_labels"]
    uris = {uri for concept in guide_skills.load_concepts() for uri in concept.esco_uris}
    assert sorted(uris - set(names)) == []
