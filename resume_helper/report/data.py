"""The report as plain data: the stable JSON format documented in the guide.

Why a version field: counselors' spreadsheets and scripts read this; a change of meaning
gets a new ``schema`` value instead of silently breaking them.
"""

from __future__ import annotations

from typing import Any

from resume_helper.matching.model import Finding, MatchReport, ScorePart, SkillMatch

SCHEMA = "resume-helper/check-report/1"


def report_to_dict(report: MatchReport) -> dict[str, Any]:
    """``report`` as dicts and lists for ``json.dumps``, keys in a fixed order."""
    return {
        "schema": SCHEMA,
        "score": report.score,
        "summary": report.summary,
        "keyword_share": {"found": report.keywords_found, "total": report.keywords_total,
                          "share": round(report.keyword_share, 3)},
        "score_parts": [_part(p) for p in report.parts],
        "languages": {**report.languages, "report": report.lang},
        "documents": [{"kind": d.kind, "name": d.name, "lang": d.lang, "format": d.file_format}
                      for d in report.documents],
        "job": {"title": report.job_title, "company": report.company},
        "skills": [_skill(s) for s in report.skills],
        "resume_findings": [_finding(f) for f in report.resume_findings],
        "letter_findings": [_finding(f) for f in report.letter_findings],
    }


def _part(part: ScorePart) -> dict[str, Any]:
    return {"name": part.name, "label": part.label, "weight": round(part.weight, 3),
            "value": round(part.value, 3), "explanation": part.explanation}


def _skill(skill: SkillMatch) -> dict[str, Any]:
    return {
        "id": skill.id, "label": skill.label, "category": skill.category,
        "importance": skill.importance, "status": skill.status,
        "resume_evidence": list(skill.resume_evidence),
        "posting_evidence": list(skill.posting_evidence),
        "letter_evidence": list(skill.letter_evidence),
        "level_required": skill.level_required, "level_found": skill.level_found,
        "alternatives": list(skill.alternatives), "basis": skill.basis, "term": skill.term,
        "posting_count": skill.posting_count, "resume_count": skill.resume_count,
        "gain": skill.gain,
        "advice": skill.advice, "guide": skill.guide,
    }


def _finding(finding: Finding) -> dict[str, Any]:
    return {"code": finding.code, "severity": finding.severity, "message": finding.message,
            "data": finding.data}
