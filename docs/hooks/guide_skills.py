"""`[[skills-table]]` and `[[education-table]]`: the project's taxonomy as tables.

One row per concept whose guide page is the page being rendered, grouped by category, each
row carrying the concept's anchor so `skills.md#<id>` and `education.md#<id>` links work.
Works with whatever the taxonomy holds, from one concept to hundreds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any, Protocol

import yaml

SKILLS_DATA = Path(__file__).resolve().parent.parent / "data" / "skills-guide.yaml"

CATEGORY_ORDER = ("hard", "soft", "tool", "certification", "language", "education")


class ConceptLike(Protocol):
    id: str
    category: str
    esco_uris: tuple[str, ...]
    guide_page: str
    guide_anchor: str

    def label(self, lang: str) -> str: ...


def load_concepts() -> list[ConceptLike]:
    """All taxonomy concepts, imported lazily so the rest of the hook works without it."""
    from resume_helper.taxonomy import load_taxonomy

    return list(load_taxonomy())


@lru_cache(maxsize=2)
def load_skills_data(path: Path = SKILLS_DATA) -> Mapping[str, Any]:
    """The ranked short list, the concepts left out, and ESCO's name for each skill URI."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def https(uri: str) -> str:
    """ESCO URIs are http://data.europa.eu/...; the same address answers over https."""
    return "https://" + uri.removeprefix("http://") if uri.startswith("http://") else uri


def _esco_links(concept: ConceptLike, strings: Mapping[str, Any]) -> str:
    """Links named after the ESCO skill they open (ESCO's English name, marked as English)."""
    if not concept.esco_uris:
        return strings["none"]
    names = load_skills_data()["esco_labels"]
    return "; ".join(
        f'<a href="{escape(https(uri))}" hreflang="en"><span lang="en">'
        f'{escape(names.get(uri, strings["skills"]["esco_link"].format(n=n)))}</span></a>'
        for n, uri in enumerate(concept.esco_uris, start=1)
    )


def _row(concept: ConceptLike, lang: str, strings: Mapping[str, Any]) -> str:
    # The row's id is the anchor the taxonomy points to (the concept id unless the taxonomy
    # names another one); a second, empty anchor keeps `#<concept id>` working as well.
    extra = (
        f'<span id="{escape(concept.id)}"></span>' if concept.guide_anchor != concept.id else ""
    )
    return (
        f'<tr id="{escape(concept.guide_anchor)}"><th scope="row">{extra}'
        f"{escape(concept.label(lang))}</th><td>{_esco_links(concept, strings)}</td></tr>"
    )


def _table(
    caption: str, first: str, rows: Sequence[str], strings: Mapping[str, Any], *, esco: bool = True
) -> str:
    second = f'<th scope="col">{escape(strings["skills"]["esco"])}</th>' if esco else ""
    return (
        f'<div class="guide-table guide-skills"><table><caption>{escape(caption)}</caption>'
        f'<thead><tr><th scope="col">{escape(first)}</th>{second}</tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></div>'
    )


def _name_row(concept: ConceptLike, lang: str) -> str:
    """A one-cell row (no ESCO column where no concept in the table has an ESCO link)."""
    extra = (
        f'<span id="{escape(concept.id)}"></span>' if concept.guide_anchor != concept.id else ""
    )
    return (
        f'<tr id="{escape(concept.guide_anchor)}"><th scope="row">{extra}'
        f"{escape(concept.label(lang))}</th></tr>"
    )


def _by_category(concepts: Sequence[ConceptLike], page: str) -> dict[str, list[ConceptLike]]:
    groups: dict[str, list[ConceptLike]] = {}
    for concept in concepts:
        if concept.guide_page == page:
            groups.setdefault(concept.category, []).append(concept)
    order = {c: i for i, c in enumerate(CATEGORY_ORDER)}
    return dict(sorted(groups.items(), key=lambda item: order.get(item[0], len(order))))


def _excluded() -> set[str]:
    return set(load_skills_data().get("exclude") or ())


def top_skills(concepts: Sequence[ConceptLike], lang: str, strings: Mapping[str, Any]) -> str:
    """The ranked short list: what ESCO's customer contact occupations require most often."""
    data = load_skills_data()
    by_id = {c.id: c for c in concepts}
    texts = strings["skills"]
    items = []
    for entry in data["top"]:
        concept = by_id.get(entry["concept"])
        if concept is None:
            continue
        share = texts["top_share"].format(n=entry["occupations"], total=data["out_of"])
        items.append(
            f'<li><a href="#{escape(concept.guide_anchor)}">{escape(concept.label(lang))}</a>'
            f" – {escape(share)}</li>"
        )
    return f'<ol class="guide-top-skills">{"".join(items)}</ol>'


def skills_table(concepts: Sequence[ConceptLike], lang: str, strings: Mapping[str, Any]) -> str:
    """Markdown headings (so they reach the table of contents) and one folded table each.

    Concepts listed under `exclude` are not about this job: they get no table row, only an
    anchor in one closing line, so a report's link to them still lands on the page.
    """
    blocks = []
    texts = strings["skills"]
    names = texts["categories"]
    excluded = _excluded()
    left_out = []
    for category, members in _by_category(concepts, "skills").items():
        heading = names.get(category, category)
        left_out += [c for c in members if c.id in excluded]
        members = sorted(
            (c for c in members if c.id not in excluded), key=lambda c: c.label(lang).casefold()
        )
        rows = [_row(c, lang, strings) for c in members]
        caption = texts["caption"].format(category=heading)
        summary = texts["show_all"].format(n=len(members), category=heading)
        blocks.append(
            f"### {heading} {{#skills-{category}}}\n\n"
            f'<details class="guide-inventory"><summary>{escape(summary)}</summary>'
            + _table(caption, texts["skill"], rows, strings)
            + "</details>"
        )
    if left_out:
        spans = ", ".join(
            f'<span id="{escape(c.guide_anchor)}">{escape(c.label(lang))}</span>'
            + (f'<span id="{escape(c.id)}"></span>' if c.guide_anchor != c.id else "")
            for c in sorted(left_out, key=lambda c: c.label(lang).casefold())
        )
        blocks.append(f'<p class="guide-left-out">{escape(texts["left_out"])} {spans}.</p>')
    return "\n\n".join(blocks)


def education_table(
    concepts: Sequence[ConceptLike], lang: str, strings: Mapping[str, Any]
) -> str:
    """School and training levels and certifications, in two tables (taxonomy order).

    A column of ESCO links appears only when a row in that table has one, so no column is
    empty from top to bottom.
    """
    groups = _by_category(concepts, "education")
    texts = strings["education"]
    tables = []
    for category, caption, first in (
        ("education", texts["caption"], texts["level"]),
        ("certification", texts["caption_certificates"], texts["certificate"]),
    ):
        members = groups.get(category, [])
        if not members:
            continue
        esco = any(c.esco_uris for c in members)
        rows = [_row(c, lang, strings) if esco else _name_row(c, lang) for c in members]
        tables.append(_table(caption, first, rows, strings, esco=esco))
    return "\n\n".join(tables)


def refresh_esco_labels(reference_dir: Path, path: Path = SKILLS_DATA) -> int:
    """Refresh `esco_labels` in skills-guide.yaml from an ESCO extract (skills.json and
    language_skills.json): ESCO's English name of every skill URI the taxonomy links to."""
    import json

    names: dict[str, str] = {}
    for name in ("skills.json", "language_skills.json"):
        for skill in json.loads((reference_dir / name).read_text(encoding="utf-8")):
            names.setdefault(skill["uri"], skill["preferred"])
    uris = sorted({uri for concept in load_concepts() for uri in concept.esco_uris})
    labels = {uri: names[uri] for uri in uris if uri in names}
    text = path.read_text(encoding="utf-8")
    head = text[: text.index("\nesco_labels:") + 1]
    path.write_text(
        head + yaml.safe_dump({"esco_labels": labels}, allow_unicode=True, width=100),
        encoding="utf-8",
    )
    load_skills_data.cache_clear()
    return len(uris) - len(labels)


if __name__ == "__main__":
    import sys

    missing = refresh_esco_labels(Path(sys.argv[1]))
    print(f"{missing} URI(s) without an ESCO name in the extract")
