"""Edition numbers: the count from first_year, years not held, skipped numbers, national epochs."""

from __future__ import annotations

from pathlib import Path

import pytest

import childdays
from childdays import DataError

SKIPPING = Path(__file__).parent / "data" / "numbering" / "skipping-day.toml"


@pytest.fixture
def day() -> childdays.Observance:
    return childdays.load(SKIPPING)["skipping-day"]


@pytest.mark.parametrize(
    ("year", "edition"),
    [
        (1999, None),  # before the first
        (2000, 1),
        (2001, None),  # not held, number skipped
        (2002, 2),
        (2004, 4),
        (2005, None),  # not held, number not skipped
        (2006, 6),
        (2009, 9),
        (2010, None),  # not held, number skipped
        (2011, 10),
        (2024, 23),
    ],
)
def test_worldwide_numbering(day, year, edition):
    assert day.edition(year) == edition


@pytest.mark.parametrize(
    ("year", "edition"),
    [(2000, None), (2001, None), (2002, 1), (2004, 3), (2006, 5), (2011, 9), (2024, 22)],
)
def test_cambodia_counts_from_its_own_epoch_and_ignores_skips_before_it(day, year, edition):
    assert day.edition(year, country="KH") == edition


def test_a_country_without_an_epoch_counts_as_the_world(day):
    assert day.edition(2024, country="DE") == 23
    assert day.year_of_edition(23, country="DE") == 2024


@pytest.mark.parametrize(("edition", "year"), [(1, 2015), (10, 2024), (0, None)])
def test_an_epoch_far_from_the_worldwide_one(day, edition, year):
    assert day.year_of_edition(edition, country="FR") == year
    if year is not None:
        assert day.edition(year, country="FR") == edition


def test_the_last_edition_before_the_year_10000(day):
    assert day.edition(9999) == 7998
    assert day.year_of_edition(7998) == 9999
    assert day.year_of_edition(7999) is None


@pytest.mark.parametrize(
    ("edition", "year"),
    [(1, 2000), (2, 2002), (4, 2004), (5, None), (6, 2006), (9, 2009), (10, 2011), (23, 2024)],
)
def test_year_of_each_edition(day, edition, year):
    assert day.year_of_edition(edition) == year


@pytest.mark.parametrize(("edition", "year"), [(1, 2002), (3, 2004), (9, 2011), (22, 2024)])
def test_year_of_each_cambodian_edition(day, edition, year):
    assert day.year_of_edition(edition, country="KH") == year


@pytest.mark.parametrize("edition", [0, -1])
def test_there_is_no_edition_zero(day, edition):
    assert day.year_of_edition(edition) is None


@pytest.mark.parametrize(("year", "years"), [(1998, None), (1999, None), (2000, 1), (2024, 25)])
def test_anniversary_counts_from_the_founding_decision(day, year, years):
    assert day.anniversary(year) == years


def test_titles_follow_the_skipped_numbering(day):
    assert day.occurrence(2011).title("en") == "10th Skipping Day"
    assert day.occurrence(2011, country="KH").title("en") == "9th Skipping Day"
    assert day.occurrence(2010) is None


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        (
            "edition = 10\n",
            "edition = 11\n",
            "skipping-day.toml: editions[0].edition: 11: but the numbering (by first_year, "
            "years not held) gives 10 for 2011; fix first_year, epochs or not_held",
        ),
        (
            "edition = 9\n",
            "edition = 10\n",
            "skipping-day.toml: editions[1].edition: 10: but the numbering (as KH counts, "
            "years not held) gives 9 for 2011; fix first_year, epochs or not_held",
        ),
        (
            "year = 2011\nedition = 10\n",
            "year = 2010\nedition = 10\n",
            "skipping-day.toml: editions[0].edition: 10: but the numbering (by first_year, "
            "years not held) gives None for 2010; fix first_year, epochs or not_held",
        ),
    ],
)
def test_a_stated_edition_must_agree_with_the_numbering(write, old, new, line):
    text = SKIPPING.read_text("utf-8")
    assert old in text
    path = write(text.replace(old, new, 1), "skipping-day.toml")
    with pytest.raises(DataError) as caught:
        childdays.load(path)
    assert str(caught.value).replace(str(path), "skipping-day.toml") == line


def test_without_the_skips_the_stated_edition_is_refused(write):
    text = SKIPPING.read_text("utf-8").replace("numbering_skips = true", "numbering_skips = false")
    path = write(text, "skipping-day.toml")
    with pytest.raises(DataError, match=r"editions\[0\]\.edition: 10: .* gives 12 for 2011"):
        childdays.load(path)
