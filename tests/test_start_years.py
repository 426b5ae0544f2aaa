"""Start years of national and regional Children's Days: the earliest year a source gives.

Each row is a day's first year in the data and the year before it; the note of each file says
whether that year is the day's sourced start or only its earliest attestation.
"""

from __future__ import annotations

from datetime import date

import pytest

# (observance id, first year the data holds, its date that year)
FIRST_YEARS = [
    # Algeria: 15 July, first celebrated nationally in 2017 (law 15-12 of 15 July 2015)
    ("childrens-day-dz", date(2017, 7, 15)),
    # Guinea-Bissau: 1 June, the First Lady's programme of 2004
    ("childrens-day-gw", date(2004, 6, 1)),
    # Gulf Children's Day: Al-Ittihad 2007, the GCC states mark 15 January every year
    ("gulf-child-day", date(2007, 1, 15)),
    ("childrens-day-sa-gulf-childrens-day", date(2007, 1, 15)),
    # Arab Children's Day: celebrated in Latakia on 1 October 2005 (Al-Thawra)
    ("arab-child-day", date(2005, 10, 1)),
]


@pytest.mark.parametrize(("observance_id", "first"), FIRST_YEARS)
def test_the_day_is_held_from_its_first_sourced_year(cat, observance_id, first):
    observance = cat[observance_id]
    assert observance.date(first.year) == first
    assert observance.date(first.year - 1) is None


def test_algeria_records_its_first_year(cat):
    assert cat["childrens-day-dz"].first_year == 2017


@pytest.mark.parametrize(("year", "holiday"), [(2004, False), (2005, True), (2025, True)])
def test_cabo_verde_made_1_june_a_public_holiday_in_2005(cat, year, holiday):
    assert cat["childrens-day-cv"].is_public_holiday(year, "CV") is holiday


@pytest.mark.parametrize(("year", "holiday"), [(2002, True), (2019, True), (2020, False)])
def test_cambodia_dropped_the_1_june_public_holiday_from_2020(cat, year, holiday):
    assert cat["international-childrens-day"].is_public_holiday(year, "KH") is holiday
