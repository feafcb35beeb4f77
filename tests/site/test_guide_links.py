"""Every link a report gives to the guide lands on a page and an anchor that exist, in every
language: the advice for a missing skill points at the row that explains it."""

from __future__ import annotations

from pathlib import Path

import pytest
from guide_site import LANGS

from resume_helper.matching.skills import guide_path
from resume_helper.taxonomy import load_taxonomy


@pytest.mark.parametrize("lang", LANGS)
def test_every_concept_links_to_its_row(site: Path, lang: str) -> None:
    pages: dict[str, str] = {}
    for concept in load_taxonomy():
        path, _, anchor = guide_path(concept.id, lang).partition("#")
        if path not in pages:
            page = site / path
            assert page.is_file(), f"{concept.id}: no page {path}"
            pages[path] = page.read_text(encoding="utf-8")
        assert f'id="{anchor}"' in pages[path], f"{concept.id}: no #{anchor} in {path}"


def test_html_reports_link_to_the_offline_guide(site: Path) -> None:
    from resume_helper.checker import check
    from resume_helper.report import render
    from resume_helper.workshop.demo import sample_paths

    paths = sample_paths("de")
    report = check(paths["resume"], paths["posting"])
    linked = render(report, "html", guide=str(site))
    missing = report.skills_with("missing")[0]
    assert f'href="{site.resolve().as_uri()}/{missing.guide}"' in linked
    plain = render(report, "html")
    assert f"<code>{missing.guide}</code>" in plain
    assert 'href="de/' not in plain
