"""The skill taxonomy: one source of truth for the checker, the tailoring and the guide.

Concepts live in YAML files under ``concepts/`` (one file per theme, found by glob), each
with a stable id, a category, a label and surface terms in every supported language, the
ESCO skill URIs it covers, the guide page that explains it and the broader concepts it implies.

Specific implies general, never the reverse: a concept may name ``broader`` concepts
("salesforce" → "crm-software", "microsoft-excel" → "microsoft-office"); a resume that names
Salesforce evidences CRM software, while a resume that says "CRM" does not evidence
Salesforce. :meth:`Taxonomy.broader` gives every concept a concept implies (transitively)
and :func:`implied_concepts` the concepts a set of found concepts implies beyond itself::

    >>> sorted(implied_concepts({"zendesk"}))
    ['ticketing-system']
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

from resume_helper.errors import ResumeHelperError
from resume_helper.languages import SUPPORTED_LANGUAGES

CATEGORIES = ("hard", "soft", "tool", "certification", "language", "education")
ESCO_URI = re.compile(
    r"^http://data\.europa\.eu/esco/skill/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
)
CONCEPT_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
GUIDE_REF = re.compile(r"^[a-z0-9-]+(?:#[a-z0-9-]+)?$")
DEFAULT_GUIDE_PAGE = "skills"


class TaxonomyError(ResumeHelperError):
    """The taxonomy data is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Concept:
    """One skill, tool, certification, language or education level, in every language."""

    id: str
    category: str
    labels: Mapping[str, str]
    terms: Mapping[str, tuple[str, ...]]
    esco_uris: tuple[str, ...]
    guide_page: str
    guide_anchor: str
    source: str
    broader: tuple[str, ...] = ()
    """Ids of the more general concepts this one directly implies (never the reverse)."""
    list_terms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Terms that name the concept only as a member of a list beside a sibling concept
    (one sharing a broader concept): "Word" in "Word, Excel og PowerPoint", never alone."""

    def label(self, lang: str) -> str:
        """The concept's display label in ``lang`` (English when ``lang`` is unknown)."""
        return self.labels.get(lang, self.labels["en"])


@dataclass(frozen=True)
class Taxonomy:
    """All concepts, by id, in file order."""

    concepts: Mapping[str, Concept]

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts.values())

    def __len__(self) -> int:
        return len(self.concepts)

    def __getitem__(self, concept_id: str) -> Concept:
        return self.concepts[concept_id]

    def by_category(self, category: str) -> list[Concept]:
        return [c for c in self if c.category == category]

    def esco_uris(self) -> set[str]:
        return {uri for c in self for uri in c.esco_uris}

    def broader(self, concept_id: str) -> tuple[str, ...]:
        """Every concept ``concept_id`` implies, nearest first, following ``broader`` links.

        ``broader("microsoft-excel")`` is ``("microsoft-office", "computer-literacy")``.
        Raises ``KeyError`` for an unknown id.
        """
        found: dict[str, None] = {}
        frontier = list(self.concepts[concept_id].broader)
        while frontier:
            nxt = frontier.pop(0)
            if nxt not in found and nxt != concept_id:
                found[nxt] = None
                frontier.extend(self.concepts[nxt].broader)
        return tuple(found)

    def narrower(self, concept_id: str) -> tuple[str, ...]:
        """The concepts that imply ``concept_id`` (directly or through others)."""
        return tuple(c.id for c in self if concept_id in self.broader(c.id))


def implied_concepts(concept_ids: Iterable[str]) -> set[str]:
    """The broader concepts that ``concept_ids`` imply and do not already contain.

    For matching: a posting asks for "CRM software", the resume names Salesforce; the
    resume's concepts plus ``implied_concepts(resume_ids)`` cover the requirement. Use it on
    the evidence side only (the resume), never to widen a requirement.
    """
    given = set(concept_ids)
    taxonomy = load_taxonomy()
    implied = {b for concept_id in given if concept_id in taxonomy.concepts
               for b in taxonomy.broader(concept_id)}
    return implied - given


def concept_files() -> list[Any]:
    """The YAML files that make up the taxonomy, in a stable order."""
    folder = files("resume_helper.taxonomy").joinpath("concepts")
    return sorted((f for f in folder.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """Load and validate every concept file; raise :class:`TaxonomyError` naming a bad entry."""
    concepts: dict[str, Concept] = {}
    for path in concept_files():
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        try:
            document = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        except yaml.YAMLError as exc:
            raise TaxonomyError(f"{path.name}: not valid YAML: {exc}") from exc
        entries = (document or {}).get("concepts")
        if not isinstance(entries, list):
            raise TaxonomyError(f"{path.name}: expected a top-level 'concepts' list")
        for index, entry in enumerate(entries):
            concept = parse_concept(entry, where=f"{path.name}, entry {index + 1}")
            if concept.id in concepts:
                first = concepts[concept.id].source
                raise TaxonomyError(
                    f"{path.name}: duplicate concept id '{concept.id}' (first defined in {first})"
                )
            concepts[concept.id] = concept
    _check_broader(concepts)
    return Taxonomy(concepts)


def _check_broader(concepts: Mapping[str, Concept]) -> None:
    """Every ``broader`` id exists and no chain leads back to where it started."""
    for concept in concepts.values():
        for target in concept.broader:
            if target not in concepts:
                raise TaxonomyError(f"{concept.source}: broader concept '{target}' does not exist")
    for concept in concepts.values():
        seen: set[str] = set()
        frontier = list(concept.broader)
        while frontier:
            nxt = frontier.pop()
            if nxt == concept.id:
                raise TaxonomyError(f"{concept.source}: broader concepts lead back to itself")
            if nxt not in seen:
                seen.add(nxt)
                frontier.extend(concepts[nxt].broader)


def parse_concept(entry: Any, *, where: str) -> Concept:
    """Validate one raw YAML entry and turn it into a :class:`Concept`."""
    if not isinstance(entry, dict):
        raise TaxonomyError(f"{where}: a concept must be a mapping")
    concept_id = entry.get("id")
    if not isinstance(concept_id, str) or not CONCEPT_ID.match(concept_id):
        raise TaxonomyError(f"{where}: id {concept_id!r} must be lower-case kebab-case")
    where = f"{where} ('{concept_id}')"
    unknown = set(entry) - {
        "id", "category", "label", "terms", "esco", "guide", "broader", "list_terms"
    }
    if unknown:
        raise TaxonomyError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    category = entry.get("category")
    if category not in CATEGORIES:
        raise TaxonomyError(f"{where}: category {category!r} is not one of {', '.join(CATEGORIES)}")
    labels = _per_language(entry.get("label"), where=f"{where}: label", single=True)
    terms = _per_language(entry.get("terms"), where=f"{where}: terms", single=False)
    esco = entry.get("esco") or []
    if not isinstance(esco, list):
        raise TaxonomyError(f"{where}: esco must be a list of URIs")
    for uri in esco:
        if not isinstance(uri, str) or not ESCO_URI.match(uri):
            raise TaxonomyError(f"{where}: malformed ESCO skill URI {uri!r}")
    guide = entry.get("guide") or f"{DEFAULT_GUIDE_PAGE}#{concept_id}"
    if not isinstance(guide, str) or not GUIDE_REF.match(guide):
        raise TaxonomyError(f"{where}: guide {guide!r} must look like 'page#anchor'")
    page, _, anchor = guide.partition("#")
    broader = entry.get("broader") or []
    if not isinstance(broader, list) or not all(
        isinstance(b, str) and CONCEPT_ID.match(b) and b != concept_id for b in broader
    ):
        raise TaxonomyError(f"{where}: broader must be a list of other concepts' ids")
    list_terms = entry.get("list_terms") or {}
    if not (isinstance(list_terms, dict) and set(list_terms) <= set(SUPPORTED_LANGUAGES)
            and all(isinstance(v, list) and all(isinstance(t, str) and t.strip() for t in v)
                    for v in list_terms.values())):
        raise TaxonomyError(f"{where}: list_terms must map languages to lists of terms")
    return Concept(
        id=concept_id,
        category=category,
        labels=labels,
        terms=terms,
        esco_uris=tuple(esco),
        guide_page=page,
        guide_anchor=anchor or concept_id,
        source=where,
        broader=tuple(broader),
        list_terms={lang: tuple(t.strip() for t in v) for lang, v in list_terms.items()},
    )


def _per_language(value: Any, *, where: str, single: bool) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TaxonomyError(f"{where} must map each of {', '.join(SUPPORTED_LANGUAGES)}")
    missing = [lang for lang in SUPPORTED_LANGUAGES if not value.get(lang)]
    if missing:
        raise TaxonomyError(f"{where} missing for {', '.join(missing)}")
    extra = set(value) - set(SUPPORTED_LANGUAGES)
    if extra:
        raise TaxonomyError(f"{where} has unknown language(s) {', '.join(sorted(extra))}")
    result: dict[str, Any] = {}
    for lang in SUPPORTED_LANGUAGES:
        item = value[lang]
        if single:
            if not isinstance(item, str) or not item.strip():
                raise TaxonomyError(f"{where} for {lang} must be a non-empty string")
            result[lang] = item.strip()
            continue
        if not isinstance(item, list) or not all(isinstance(t, str) and t.strip() for t in item):
            raise TaxonomyError(f"{where} for {lang} must be a list of non-empty strings")
        result[lang] = tuple(t.strip() for t in item)
    return result
