"""An edited plan file that tailor cannot use is refused in the user's language."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from resume_helper.errors import ResumeHelperError
from resume_helper.tailoring.plan_file import MAX_PLAN_BYTES, read_decisions

PLAN = SimpleNamespace(lang="en", suggestions=[])


@pytest.mark.parametrize(("content", "lang", "expected"), [
    ("- just a list\n", "de", "ist kein Plan von tailor --plan (keine Liste suggestions)."),
    ("suggestions:\n- apply: yes\n", "da", "(et forslag uden id)"),
    ("suggestions:\n- id: s9\n  before: x\n", "et", "(ettepanek s9 ei sobi enam)"),
    ("suggestions:\n- id: s9\n  before: x\n", "en", "was made for another resume or posting"),
    ("x" * (MAX_PLAN_BYTES + 1), "de", "(zu groß für einen Plan)."),
])
def test_a_plan_that_cannot_be_used_is_refused_in_the_language(
        tmp_path: Path, content: str, lang: str, expected: str) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ResumeHelperError) as caught:
        read_decisions(path, PLAN)  # type: ignore[arg-type]
    message = caught.value.in_language(lang)
    assert message.startswith(str(path))
    assert expected in message
