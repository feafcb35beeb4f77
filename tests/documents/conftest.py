from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
LANGUAGES = ("de", "en", "da", "et")


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES
