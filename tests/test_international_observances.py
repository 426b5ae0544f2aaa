"""International and regional observances: dates, first years and numbering from their sources."""

from __future__ import annotations

from datetime import date

import pytest

# (id, year, first day or None when not held)
DATES = [
    ("day-of-the-african-child", 1990, None),
    ("day-of-the-african-child", 1991, date(1991, 6, 16)),
    ("day-of-the-african-child", 2024, date(2024, 6, 16)),
    ("international-day-of-innocent-children-victims-of-aggression", 1982, None),
    ("international-day-of-innocent-children-victims-of-aggression", 1983, date(1983, 6, 4)),
    ("world-day-against-trafficking-in-persons", 2013, None),
    ("world-day-against-trafficking-in-persons", 2014, date(2014, 7, 30)),
    ("international-day-for-street-children", 2011, date(2011, 4, 12)),
    ("international-day-of-zero-tolerance-for-female-genital-mutilation", 2024, date(2024, 2, 6)),
    ("international-day-against-the-use-of-child-soldiers", 2002, date(2002, 2, 12)),
    ("international-day-of-the-girl-child", 2011, None),
    ("international-day-of-the-girl-child", 2012, date(2012, 10, 11)),
    ("world-childrens-day", 2024, date(2024, 11, 20)),
    (
        "european-day-on-the-protection-of-children-against-sexual-exploitation-and-sexual-abuse",
        2015,
        date(2015, 11, 18),
    ),
    (
        "international-day-against-violence-and-bullying-at-school-including-cyberbullying",
        2020,
        date(2020, 11, 5),
    ),  # first Thursday of November
    (
        "international-day-against-violence-and-bullying-at-school-including-cyberbullying",
        2024,
        date(2024, 11, 7),
    ),
    (
        "world-day-for-the-prevention-of-and-healing-from-child-sexual-exploitation-abuse-and-violence",
        2022,
        date(2022, 11, 18),
    ),
    ("international-missing-childrens-day", 2024, date(2024, 5, 25)),
    ("international-day-of-families", 1994, date(1994, 5, 15)),
    ("international-day-of-play", 2023, None),
    ("international-day-of-play", 2024, date(2024, 6, 11)),
    ("international-day-of-education", 2019, date(2019, 1, 24)),
    ("world-drowning-prevention-day", 2021, date(2021, 7, 25)),
    ("world-day-for-the-prevention-of-child-abuse", 2000, date(2000, 11, 19)),
    (
        "international-day-for-the-elimination-of-sexual-violence-in-conflict",
        2016,
        date(2016, 6, 19),
    ),
]


@pytest.mark.parametrize(("observance_id", "year", "expected"), DATES)
def test_dates(cat, observance_id, year, expected):
    assert cat[observance_id].date(year) == expected


# Safer Internet Day: set each year by its organisers; (year, date, edition) as announced.
SAFER_INTERNET_DAY = [
    (2004, date(2004, 2, 6), 1),  # a Friday: the first edition
    (2007, date(2007, 2, 6), 4),
    (2024, date(2024, 2, 6), 21),
    (2025, date(2025, 2, 11), 22),
    (2026, date(2026, 2, 10), 23),
]


@pytest.mark.parametrize(("year", "expected", "edition"), SAFER_INTERNET_DAY)
def test_safer_internet_day_announced(cat, year, expected, edition):
    sid = cat["safer-internet-day"]
    assert sid.date(year) == expected
    assert sid.edition(year) == edition
    assert sid.occurrence(year).confirmed


def test_safer_internet_day_after_the_last_announcement_is_projected(cat):
    occ = cat["safer-internet-day"].occurrence(2027)
    assert occ.start == date(2027, 2, 9)  # the Tuesday falling on 5-11 February
    assert not occ.confirmed
    assert occ.edition == 24


def test_sixteen_days_span_25_november_to_10_december(cat):
    occ = cat["sixteen-days-of-activism-against-gender-based-violence"].occurrence(2024)
    assert (occ.start, occ.end) == (date(2024, 11, 25), date(2024, 12, 10))
    assert [o.id for o in cat.on(date(2024, 12, 1))] == [
        "sixteen-days-of-activism-against-gender-based-violence"
    ]


def test_street_children_day_counts_from_2011(cat):
    assert cat["international-day-for-street-children"].edition(2015) == 5


def test_girl_child_day_is_not_numbered_because_official_counts_disagree(cat):
    assert cat["international-day-of-the-girl-child"].edition(2022) is None
    assert cat["international-day-of-the-girl-child"].occurrence(2022).title("en") == (
        "International Day of the Girl Child 2022"
    )


@pytest.mark.parametrize(
    ("observance_id", "instrument"),
    [
        ("international-day-of-the-girl-child", "66/170"),
        ("world-day-against-trafficking-in-persons", "68/192"),
        ("international-day-of-innocent-children-victims-of-aggression", "ES-7/8"),
        ("international-day-of-zero-tolerance-for-female-genital-mutilation", "67/146"),
        (
            "world-day-for-the-prevention-of-and-healing-from-child-sexual-exploitation-abuse-and-violence",
            "77/8",
        ),
        ("international-day-of-play", "78/268"),
        ("international-day-of-education", "73/25"),
        ("international-day-of-families", "47/237"),
    ],
)
def test_un_resolutions(cat, observance_id, instrument):
    assert instrument in cat[observance_id].instrument
