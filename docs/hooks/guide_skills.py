"""`[[skills-table]]` and `[[education-table]]`: the project's taxonomy as tables.

One row per concept whose guide page is the page being rendered, grouped by category, each
row carrying the concept's anchor so `skills.md#<id>` and `education.md#<id>` links work.
Works with whatever the taxonomy holds, from one concept to hundreds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any, Protocol

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


def _esco_links(concept: ConceptLike, strings: Mapping[str, Any]) -> str:
    if not concept.esco_uris:
        return strings["none"]
    return " ".join(
        f'<a href="{escape(uri)}">{escape(strings["skills"]["esco_link"].format(n=n))}</a>'
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


def _table(caption: str, first: str, rows: Sequence[str], strings: Mapping[str, Any]) -> str:
    return (
        f'<div class="guide-table guide-skills"><table><caption>{escape(caption)}</caption>'
        f'<thead><tr><th scope="col">{escape(first)}</th>'
        f'<th scope="col">{escape(strings["skills"]["esco"])}</th></tr></thead>'
        f'<tbody>{"".join(rows)}</tbody></table></div>'
    )


def _by_category(concepts: Sequence[ConceptLike], page: str) -> dict[str, list[ConceptLike]]:
    groups: dict[str, list[ConceptLike]] = {}
    for concept in concepts:
        if concept.guide_page == page:
            groups.setdefault(concept.category, []).append(concept)
    order = {c: i for i, c in enumerate(CATEGORY_ORDER)}
    return dict(sorted(groups.items(), key=lambda item: order.get(item[0], len(order))))


def skills_table(concepts: Sequence[ConceptLike], lang: str, strings: Mapping[str, Any]) -> str:
    """Markdown headings (so they reach the table of contents) and one table per category."""
    blocks = []
    names = strings["skills"]["categories"]
    for category, members in _by_category(concepts, "skills").items():
        heading = names.get(category, category)
        members = sorted(members, key=lambda c: c.label(lang).casefold())
        rows = [_row(c, lang, strings) for c in members]
        caption = strings["skills"]["caption"].format(category=heading)
        blocks.append(
            f"### {heading} {{#skills-{category}}}\n\n"
            + _table(caption, strings["skills"]["skill"], rows, strings)
        )
    return "\n\n".join(blocks)


def education_table(
    concepts: Sequence[ConceptLike], lang: str, strings: Mapping[str, Any]
) -> str:
    """Education concepts whose guide page is `education`, in taxonomy order (low to high)."""
    members = [c for group in _by_category(concepts, "education").values() for c in group]
    if not members:
        return ""
    rows = [_row(c, lang, strings) for c in members]
    texts = strings["education"]
    return _table(texts["caption"], texts["level"], rows, strings)
