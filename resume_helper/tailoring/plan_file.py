"""The suggestions as a YAML file the applicant or a counselor edits (``tailor --plan``), and
the decisions read back from it (``tailor --apply``)."""

from __future__ import annotations

from os import PathLike
from pathlib import Path

from resume_helper.errors import ResumeHelperError
from resume_helper.messages import Messages
from resume_helper.tailoring.plan import Decision, Plan

FIELDS = ("id", "kind", "requirement", "proof", "before", "after", "why")
MAX_PLAN_BYTES = 1_000_000


def plan_yaml(plan: Plan) -> str:
    """The plan as YAML: one entry per suggestion, ``apply`` yes for the safe ones; a gap is
    listed for information and never written."""
    import yaml

    messages = Messages(plan.lang)
    entries = []
    for s in plan.suggestions:
        entry = {key: getattr(s, key) for key in FIELDS}
        entry["kind_name"] = messages.text(f"suggestions.kinds.{s.kind}")
        if s.writes:
            entry["apply"] = s.safe
        entries.append(entry)
    header = "# " + messages.text("suggestions.plan_written", path="plan.yaml") + "\n"
    body = yaml.safe_dump({"lang": plan.lang, "suggestions": entries}, allow_unicode=True,
                          sort_keys=False, width=100)
    return header + body


def _invalid(name: str, problem: str, **params: str) -> ResumeHelperError:
    """The error for a plan file that is not what tailor --plan wrote; ``problem`` is a key
    under errors.plan_problem, said in the same language as the error."""
    return ResumeHelperError(key="plan_invalid", path=name,
                             problem=ResumeHelperError(key=f"plan_problem.{problem}", **params))


def read_decisions(path: str | PathLike[str], plan: Plan) -> dict[str, Decision]:
    """What the edited plan file says about each suggestion of ``plan``: accept, reject, or
    the applicant's own text for ``after``. A file made for other inputs is refused."""
    import yaml

    name = str(path)
    try:
        raw = Path(path).read_bytes()
        data = yaml.safe_load(raw.decode("utf-8")) if len(raw) <= MAX_PLAN_BYTES else None
    except (OSError, UnicodeDecodeError, yaml.YAMLError, ValueError) as exc:
        problem = type(exc).__name__ if not str(exc) else str(exc).splitlines()[0][:80]
        raise ResumeHelperError(key="plan_invalid", path=name, problem=problem) from exc
    if len(raw) > MAX_PLAN_BYTES:
        raise _invalid(name, "too_large")
    entries = data.get("suggestions") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise _invalid(name, "no_list")
    known = {s.id: s for s in plan.suggestions}
    decisions: dict[str, Decision] = {}
    for entry in entries:
        if not isinstance(entry, dict) or "id" not in entry:
            raise _invalid(name, "no_id")
        ident = str(entry["id"])
        current = known.get(ident)
        if current is None or str(entry.get("before") or "") != current.before:
            raise ResumeHelperError(key="plan_stale", path=name, id=ident)
        if not current.writes:
            continue
        take = entry.get("apply")
        if not isinstance(take, bool):
            raise _invalid(name, "apply", id=ident)
        after = str(entry.get("after") or "")
        decisions[ident] = after if take and after and after != current.after else take
    return decisions
