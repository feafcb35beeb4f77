"""The match report: what `check` found, as immutable data that every output format renders.

Messages are already in the report's language when the report is made, so renderers only
lay them out; codes and numbers stay alongside for programs that read the JSON.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Importance = Literal["required", "nice_to_have", "duty", "mentioned"]
Status = Literal["matched", "partial", "missing"]
Severity = Literal["ok", "tip", "warning"]

IMPORTANCE_ORDER: tuple[Importance, ...] = ("required", "nice_to_have", "duty", "mentioned")
STATUS_ORDER: tuple[Status, ...] = ("missing", "partial", "matched")


@dataclass(frozen=True, kw_only=True)
class SkillMatch:
    """One concept the posting asks for, and how the resume answers it."""

    id: str
    label: str
    category: str
    importance: Importance
    status: Status
    resume_evidence: tuple[str, ...]
    posting_evidence: tuple[str, ...]
    advice: str
    guide: str
    letter_evidence: tuple[str, ...] = ()
    level_required: str | None = None
    level_found: str | None = None
    alternatives: tuple[str, ...] = ()
    """The other concepts of an "X or Y" requirement; the requirement counts once."""
    term: str = ""
    """The posting's word for it in its base form, as the advice quotes it."""
    posting_count: int = 0
    resume_count: int = 0
    """How often the posting and the resume name it (the keyword table)."""
    gain: int = 0
    """Points the score would gain if the resume showed it in the posting's words (what-if)."""
    basis: str = "words"
    """What the status rests on: "words", "concept" (other language), "member" (a specific
    skill for a category), "related" (a general or near skill, in part), "title" (a job
    held), "alternative", "level", "field"."""


@dataclass(frozen=True, kw_only=True)
class ScorePart:
    """One ingredient of the score: its share of the whole and how well the resume did."""

    name: str
    label: str
    weight: float
    value: float
    explanation: str


@dataclass(frozen=True, kw_only=True)
class Finding:
    """A check on the resume or the letter: passed ("ok"), worth a look ("tip") or a problem."""

    code: str
    severity: Severity
    message: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class DocumentInfo:
    """Which file was read as what, and in which language."""

    name: str
    kind: str
    lang: str
    file_format: str


@dataclass(frozen=True, kw_only=True)
class Change:
    """One edit `tailor` made: where, what was there, what is there now, in words."""

    document: Literal["resume", "letter"]
    kind: str
    message: str
    before: str = ""
    after: str = ""


@dataclass(frozen=True, kw_only=True)
class MatchReport:
    """Everything `check` says about a resume (and letter) against one posting."""

    score: int
    keywords_found: int
    keywords_total: int
    parts: tuple[ScorePart, ...]
    lang: str
    documents: tuple[DocumentInfo, ...]
    job_title: str | None
    company: str | None
    skills: tuple[SkillMatch, ...]
    resume_findings: tuple[Finding, ...]
    letter_findings: tuple[Finding, ...]
    summary: str
    changes: tuple[Change, ...] = ()
    score_before: int | None = None

    @property
    def keyword_share(self) -> float:
        """The share of the posting's concepts the resume names in the posting's words."""
        return self.keywords_found / self.keywords_total if self.keywords_total else 0.0

    @property
    def languages(self) -> dict[str, str]:
        """Document kind → language code, for the documents that were read."""
        return {doc.kind: doc.lang for doc in self.documents}

    def skills_with(self, status: Status) -> tuple[SkillMatch, ...]:
        """The skills of one status, in report order."""
        return tuple(s for s in self.skills if s.status == status)
