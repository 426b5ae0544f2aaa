"""Dates year by year: rule changes, announced and moved dates, years not held, multi-day spans,
recurring series with EXDATE/RDATE, and the catalog's window edges."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import childdays
from childdays import Recurrence, Series
from childdays.ical import to_ical, to_ical_recurring

DATA = Path(__file__).parent / "data" / "schedule"


@pytest.fixture
def days() -> childdays.Catalog:
    return childdays.load(DATA)


@pytest.mark.parametrize(
    ("year", "start", "end"),
    [
        (2009, None, None),  # before the first year
        (2010, date(2010, 3, 1), date(2010, 3, 3)),
        (2014, date(2014, 3, 1), date(2014, 3, 3)),
        (2015, date(2015, 3, 5), date(2015, 3, 7)),  # announced: moved
        (2017, None, None),  # not held
        (2019, date(2019, 3, 1), date(2019, 3, 3)),
        (2020, date(2020, 4, 6), date(2020, 4, 8)),  # the new rule: first Monday of April
        (2021, None, None),
        (2022, date(2022, 4, 11), date(2022, 4, 13)),
        (2024, date(2024, 4, 1), date(2024, 4, 3)),
        (2030, date(2030, 4, 1), date(2030, 4, 3)),
    ],
)
def test_moving_day_year_by_year(days, year, start, end):
    moving = days["moving-day"]
    assert moving.date(year) == start
    occurrence = moving.occurrence(year)
    if start is None:
        assert occurrence is None
    else:
        assert (occurrence.start, occurrence.end, occurrence.confirmed) == (start, end, True)


def test_moving_day_as_recurring_series(days):
    assert days["moving-day"].recurrence(2010, 2025) == Recurrence(
        series=(
            Series(
                key="rule-2010",
                rule="FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1",
                first=date(2010, 3, 1),
                last=date(2019, 3, 1),
                exdates=(date(2015, 3, 1), date(2017, 3, 1)),
                rdates=(date(2015, 3, 5),),
                confirmed=True,
            ),
            Series(
                key="rule-2020",
                rule="FREQ=YEARLY;BYMONTH=4;BYDAY=1MO",
                first=date(2020, 4, 6),
                last=date(2025, 4, 7),
                exdates=(date(2021, 4, 5), date(2022, 4, 4)),
                rdates=(date(2022, 4, 11),),
                confirmed=True,
            ),
        ),
        singles=(),
    )


@pytest.mark.parametrize(
    ("first", "last", "series", "singles"),
    [
        (2016, 2016, [("rule-2010", date(2016, 3, 1), date(2016, 3, 1))], []),
        (2015, 2015, [], [(2015, date(2015, 3, 5))]),  # only a moved date: a single
        (2017, 2017, [], []),  # only a year not held: nothing
        (2015, 2016, [("rule-2010", date(2016, 3, 1), date(2016, 3, 1))],
         [(2015, date(2015, 3, 5))]),
        (2019, 2020, [("rule-2010", date(2019, 3, 1), date(2019, 3, 1)),
                      ("rule-2020", date(2020, 4, 6), date(2020, 4, 6))], []),
        (2000, 2009, [], []),
    ],
)  # fmt: skip
def test_recurrence_of_short_windows(days, first, last, series, singles):
    found = days["moving-day"].recurrence(first, last)
    assert [(s.key, s.first, s.last) for s in found.series] == series
    assert list(found.singles) == singles


def test_a_date_set_yearly_is_projected_after_its_last_announcement(days):
    announced = days["announced-day"]
    assert [announced.occurrence(y).confirmed for y in range(2019, 2024)] == [
        True,
        True,
        True,
        False,
        False,
    ]
    assert announced.recurrence(2019, 2023) == Recurrence(
        series=(
            Series(
                key="rule-2019",
                rule="FREQ=YEARLY;BYMONTH=2;BYDAY=2TU",
                first=date(2020, 2, 11),
                last=date(2021, 2, 9),
                exdates=(),
                rdates=(),
                confirmed=True,
            ),
            Series(
                key="rule-2019-projected",
                rule="FREQ=YEARLY;BYMONTH=2;BYDAY=2TU",
                first=date(2022, 2, 8),
                last=date(2023, 2, 14),
                exdates=(),
                rdates=(),
                confirmed=False,
            ),
        ),
        singles=((2019, date(2019, 2, 5)),),
    )
    assert (announced.edition(2019), announced.edition(2023)) == (1, 5)


def _events(feed: bytes) -> list[list[str]]:
    lines = feed.decode("utf-8").split("\r\n")
    events, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = []
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            current.append(line)
    return events


def test_the_recurring_feed_carries_exdate_and_rdate(days):
    feed = to_ical_recurring(days.filter(scope="world"), first_year=2010, last_year=2025)
    by_uid = {event[0]: event for event in _events(feed)}
    assert list(by_uid) == [
        "UID:moving-day.rule-2010@childdays",
        "UID:announced-day-2019@childdays",
        "UID:announced-day.rule-2019@childdays",
        "UID:moving-day.rule-2020@childdays",
        "UID:announced-day.rule-2019-projected@childdays",
    ]
    assert by_uid["UID:moving-day.rule-2010@childdays"][:7] == [
        "UID:moving-day.rule-2010@childdays",
        "DTSTAMP:19700101T000000Z",
        "DTSTART;VALUE=DATE:20100301",
        "DTEND;VALUE=DATE:20100304",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1;UNTIL=20190301",
        "EXDATE;VALUE=DATE:20150301,20170301",
        "RDATE;VALUE=DATE:20150305",
    ]
    assert by_uid["UID:moving-day.rule-2020@childdays"][4:7] == [
        "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1MO;UNTIL=20250407",
        "EXDATE;VALUE=DATE:20210405,20220404",
        "RDATE;VALUE=DATE:20220411",
    ]
    projected = by_uid["UID:announced-day.rule-2019-projected@childdays"]
    assert "STATUS:TENTATIVE" in projected
    assert "STATUS:CONFIRMED" in by_uid["UID:announced-day.rule-2019@childdays"]


def test_the_recurring_and_expanded_feeds_give_the_same_days(days):
    import recurring_ical_events
    from icalendar import Calendar

    world = days.filter(scope="world")
    recurring = Calendar.from_ical(to_ical_recurring(world, first_year=2010, last_year=2025))
    expanded = Calendar.from_ical(to_ical(world.occurrences(date(2010, 1, 1), date(2025, 12, 31))))

    def days_of(calendar: Calendar) -> list[tuple[object, object]]:
        found = recurring_ical_events.of(calendar).between(date(2010, 1, 1), date(2026, 1, 1))
        return sorted((e["DTSTART"].dt, e["DTEND"].dt) for e in found)

    assert days_of(recurring) == days_of(expanded)
    assert len(days_of(recurring)) == 14 + 7
    assert (date(2022, 4, 11), date(2022, 4, 14)) in days_of(recurring)
    assert (date(2022, 4, 4), date(2022, 4, 7)) not in days_of(recurring)


# The catalog's window edges.


def test_a_week_that_starts_in_december_is_found_in_january(days):
    week = days.filter(scope="KH")
    found = week.occurrences(date(2024, 1, 1), date(2024, 1, 3))
    assert [(o.year, o.start, o.end) for o in found] == [
        (2023, date(2023, 12, 28), date(2024, 1, 3))
    ]
    assert week.occurrences(date(2024, 1, 4), date(2024, 1, 10)) == []
    assert [o.year for o in week.on(date(2024, 1, 3))] == [2023]


def test_both_ends_of_a_window_are_inclusive_for_multi_day_spans(days):
    moving = days.filter(scope="world").filter(tags={"rights"})
    assert [o.year for o in moving.occurrences(date(2024, 4, 3), date(2024, 4, 3))] == [2024]
    assert [o.year for o in moving.occurrences(date(2024, 3, 30), date(2024, 4, 1))] == [2024]
    assert moving.occurrences(date(2024, 4, 4), date(2024, 12, 31)) == []


def test_a_query_spans_at_most_a_thousand_years(days):
    world = days.filter(scope="world")
    assert len(world.occurrences(date(2000, 1, 1), date(2999, 12, 31))) == 988 + 981
    with pytest.raises(ValueError, match="a query spans at most 1000 years"):
        world.occurrences(date(2000, 1, 1), date(3000, 1, 1))
    with pytest.raises(ValueError, match="end 2023-12-31 is before start 2024-01-01"):
        world.occurrences(date(2024, 1, 1), date(2023, 12, 31))


def test_upcoming_includes_an_occurrence_that_starts_on_the_day(days):
    world = days.filter(scope="world")
    found = world.upcoming(after=date(2024, 4, 1), limit=2)
    assert [(o.id, o.start) for o in found] == [
        ("moving-day", date(2024, 4, 1)),
        ("announced-day", date(2025, 2, 11)),
    ]
    assert [o.start for o in world.upcoming(after=date(2024, 4, 2), limit=1)] == [date(2025, 2, 11)]
    assert world.upcoming(after=date(2024, 4, 1), limit=0) == []
    assert [o.year for o in world.upcoming(after=date(2024, 4, 2), limit=5, years=1)] == [
        2025,
        2025,
    ]


@pytest.mark.parametrize(
    ("first", "last", "series"),
    [
        (2021, 2023, [("rule-2019", date(2021, 2, 9), date(2021, 2, 9), True),
                      ("rule-2019-projected", date(2022, 2, 8), date(2023, 2, 14), False)]),
        (2019, 2022, [("rule-2019", date(2020, 2, 11), date(2021, 2, 9), True),
                      ("rule-2019-projected", date(2022, 2, 8), date(2022, 2, 8), False)]),
        (2022, 2022, [("rule-2019-projected", date(2022, 2, 8), date(2022, 2, 8), False)]),
        (2020, 2021, [("rule-2019", date(2020, 2, 11), date(2021, 2, 9), True)]),
    ],
)  # fmt: skip
def test_the_last_announced_year_splits_the_series(days, first, last, series):
    found = days["announced-day"].recurrence(first, last)
    assert [(s.key, s.first, s.last, s.confirmed) for s in found.series] == series


def test_a_year_not_held_just_before_the_end_of_the_window_is_excluded(days):
    (series,) = days["moving-day"].recurrence(2010, 2018).series
    assert (series.last, series.exdates, series.rdates) == (
        date(2018, 3, 1),
        (date(2015, 3, 1), date(2017, 3, 1)),
        (date(2015, 3, 5),),
    )


def test_a_date_set_yearly_and_never_announced_is_projected_every_year():
    day = childdays.load(DATA.parent / "projected")["unannounced-day"]
    assert day.first_year is None
    assert [(o.start, o.confirmed) for o in (day.occurrence(y) for y in (2020, 2024))] == [
        (date(2020, 5, 29), False),
        (date(2024, 5, 31), False),
    ]
    assert day.occurrence(2019) is None
    assert day.recurrence(2018, 2025) == Recurrence(
        series=(
            Series(
                key="rule-2020-projected",
                rule="FREQ=YEARLY;BYMONTH=5;BYDAY=-1FR",
                first=date(2020, 5, 29),
                last=date(2025, 5, 30),
                exdates=(),
                rdates=(),
                confirmed=False,
            ),
        ),
        singles=(),
    )


@pytest.fixture
def edges() -> childdays.Catalog:
    return childdays.load(DATA.parent / "edges")


def test_a_rule_older_than_the_first_observance_gives_no_earlier_date(edges):
    late = edges["late-start-day"]
    assert [late.date(y) for y in (1990, 1999, 2000)] == [None, None, date(2000, 7, 1)]
    assert [(s.first, s.last) for s in late.recurrence(1995, 2001).series] == [
        (date(2000, 7, 1), date(2001, 7, 1))
    ]
    assert late.anniversary(2024) == 26


@pytest.mark.parametrize(
    ("first", "last", "singles", "series"),
    [
        (2008, 2011, [(2008, date(2008, 5, 5))], [(date(2010, 9, 9), date(2011, 9, 9))]),
        (2005, 2008, [(2008, date(2008, 5, 5))], []),
        (2008, 2008, [(2008, date(2008, 5, 5))], []),
        (2009, 2010, [], [(date(2010, 9, 9), date(2010, 9, 9))]),
    ],
)
def test_a_date_announced_before_the_rule_began_is_a_single_date(
    edges, first, last, singles, series
):
    found = edges["early-date-day"].recurrence(first, last)
    assert list(found.singles) == singles
    assert [(s.first, s.last) for s in found.series] == series


def test_a_closed_span_gives_no_date_after_it(edges):
    ended = edges["ended-day"]
    assert [ended.date(y) for y in (1999, 2000, 2005, 2006, 2030)] == [
        None,
        date(2000, 4, 4),
        date(2005, 4, 4),
        None,
        None,
    ]
    assert [(s.first, s.last) for s in ended.recurrence(2000, 2030).series] == [
        (date(2000, 4, 4), date(2005, 4, 4))
    ]


def test_a_span_running_past_the_year_9999_ends_on_its_last_day(days):
    week = days["year-end-week"]
    assert (week.occurrence(9998).start, week.occurrence(9998).end) == (
        date(9998, 12, 28),
        date(9999, 1, 3),
    )
    assert (week.occurrence(9999).start, week.occurrence(9999).end) == (
        date(9999, 12, 28),
        date(9999, 12, 31),
    )
