"""The period pattern reads "March 1, 2019" and "März 2019" through one alternation of month
names (dates._patterns). That is only the same as two separate alternatives while no month
name holds a "." or a space: a shorter name that starts a longer one ("mar", "marts") can
then never end where the longer one goes on."""

import pytest

from resume_helper.documents import dates, lexicon


def test_month_names_are_letters_only() -> None:
    assert [m for m in lexicon.months() if not m.isalpha()] == []


@pytest.mark.parametrize(("text", "start"), [
    ("Mar 3, 2019 – heute", (2019, 3)),
    ("Marts 2019 – nu", (2019, 3)),
    ("März 2019 - 04/2020", (2019, 3)),
    ("1. januar 2019 til marts 2020", (2019, 1)),
])
def test_a_named_month_starts_its_period(text: str, start: tuple[int, int]) -> None:
    found = dates.find_date_range(text)
    assert found is not None
    assert found[0].start == start
