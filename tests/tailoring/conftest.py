from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from resume_helper.workshop.demo import sample_paths


@pytest.fixture(scope="session")
def samples() -> Callable[[str], dict[str, Path]]:
    """The bundled sample resume, letter and posting of a language."""
    return sample_paths
