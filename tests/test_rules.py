"""Yearly RRULEs: the fast evaluator agrees with dateutil, and bad rules are refused."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from childdays.rules import WEEKDAYS, RuleError, parse_rule


def dateutil_dates(rule: str, year: int) -> tuple[date, ...]:
    start = datetime(year, 1, 1)
    return tuple(
        d.date()
        for d in rrulestr(rule, dtstart=start).between(start, datetime(year, 12, 31), inc=True)
    )


@pytest.mark.parametrize(
    ("rule", "year", "expected"),
    [
        ("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1", 2024, date(2024, 6, 1)),
        ("FREQ=YEARLY;BYMONTH=2;BYDAY=2TU", 2024, date(2024, 2, 13)),  # second Tuesday
        ("FREQ=YEARLY;BYMONTH=5;BYDAY=-1SU", 2024, date(2024, 5, 26)),  # last Sunday of May
        ("FREQ=YEARLY;BYMONTH=1;BYDAY=2SA", 2024, date(2024, 1, 13)),  # Thailand
        ("FREQ=YEARLY;BYMONTH=8;BYDAY=3SU", 2024, date(2024, 8, 18)),  # Argentina
        ("FREQ=YEARLY;BYMONTH=11;BYDAY=1TH", 2024, date(2024, 11, 7)),  # first Thursday
        ("FREQ=YEARLY;BYMONTH=2;BYDAY=TU;BYMONTHDAY=5,6,7,8,9,10,11", 2029, date(2029, 2, 6)),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1", 2024, date(2024, 2, 29)),
        ("FREQ=YEARLY;BYMONTH=11;BYDAY=SA;BYSETPOS=-1", 2024, date(2024, 11, 30)),
        ("FREQ=YEARLY;BYYEARDAY=100", 2024, date(2024, 4, 9)),  # dateutil fallback
    ],
)
def test_known_dates(rule, year, expected):
    assert parse_rule(rule).dates_in(year) == (expected,)


def test_29_february_falls_only_in_leap_years():
    rule = parse_rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29")
    assert rule.dates_in(2024) == (date(2024, 2, 29),)
    assert rule.dates_in(2023) == ()


def test_the_last_day_of_february_follows_the_gregorian_leap_years():
    last = parse_rule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1")
    last_monday = parse_rule("FREQ=YEARLY;BYMONTH=2;BYDAY=-1MO")
    assert [last.dates_in(year)[0].day for year in (1900, 2000, 2023, 2024, 2100)] == [
        28, 29, 28, 29, 28,
    ]  # fmt: skip
    assert last_monday.dates_in(2000) == (date(2000, 2, 28),)
    assert last_monday.dates_in(2044) == (date(2044, 2, 29),)
    mondays = [parse_rule(f"FREQ=YEARLY;BYMONTH={m};BYDAY=MO") for m in range(1, 13)]
    assert [len(rule.dates_in(2024)) for rule in mondays] == [5, 4, 4, 5, 4, 4, 5, 4, 5, 4, 4, 5]


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("", "the rule is empty"),
        ("FREQ=MONTHLY;BYMONTHDAY=1", "expected FREQ=YEARLY"),
        ("FREQ=YEARLY;BYMONTH=13;BYMONTHDAY=1", "BYMONTH=13: 13 is out of range"),
        ("FREQ=YEARLY;BYMONTH=6", "a yearly rule needs BYMONTHDAY or BYDAY"),
        ("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1;COUNT=3", "COUNT is not supported"),
        ("FREQ=YEARLY;BYMONTH=6;BYDAY=9TU", "BYDAY=9TU: ordinal 9 is out of range"),
        ("FREQ=YEARLY;BYMONTH=6;BYDAY=XX", "BYDAY=XX: 'XX' is not a weekday"),
        ("FREQ=YEARLY;FREQ=YEARLY", "FREQ appears twice"),
        ("FREQ=YEARLY;BYMONTH", "'BYMONTH' is not KEY=VALUE"),
        ("FREQ=YEARLY;BYMONTH=;BYMONTHDAY=1", "'BYMONTH=' is not KEY=VALUE"),
        ("FREQ=YEARLY;BYMONTH=1=2;BYMONTHDAY=1", "BYMONTH=1=2: '1=2' is not a whole number"),
        ("FREQ=YEARLY;BYMONTH=x;BYMONTHDAY=1", "BYMONTH=x: 'x' is not a whole number"),
        ("FREQ=YEARLY;BYMONTH=-1;BYMONTHDAY=1", "BYMONTH=-1: -1 is out of range"),
        ("FREQ=YEARLY;BYMONTHDAY=0", "BYMONTHDAY=0: 0 is out of range"),
        (
            "FREQ=YEARLY;BYMONTHDAY=1;COUNT=3;INTERVAL=2",
            "COUNT, INTERVAL is not supported (a span's since/until give the years)",
        ),
        ("FREQ=YEARLY;BYMONTH=1;BYDAY=MO;WKST=XX", "WKST=XX is not a weekday"),
        ("FREQ=YEARLY;BYEASTER=x", "BYEASTER=x: expected one offset from -366 to 366 days"),
        ("FREQ=YEARLY;BYEASTER=367", "BYEASTER=367: expected one offset from -366 to 366 days"),
        ("FREQ=YEARLY;BYYEARDAY=367", "BYYEARDAY=367: 367 is out of range"),
        ("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=32", "BYMONTHDAY=32: 32 is out of range"),
        ("FREQ=YEARLY;BYMONTH=1;BYDAY=MO;BYSETPOS=367", "BYSETPOS=367: 367 is out of range"),
        ("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=-32", "BYMONTHDAY=-32: -32 is out of range"),
        ("FREQ=YEARLY;BYWEEKNO=54;BYDAY=MO", "BYWEEKNO=54: 54 is out of range"),
        (
            "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1 ",
            "'BYMONTHDAY=1 ' may hold only ASCII letters, digits and = , + - (no spaces)",
        ),
        ("FREQ=YEARLY;BYEASTER=0;BYMONTH=4", "BYEASTER stands alone (no other BY part beside it)"),
    ],
)
def test_bad_rules_are_refused(rule, message):
    with pytest.raises(RuleError, match="^" + re.escape(message)):
        parse_rule(rule)


ordinals = st.sampled_from([-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5])


@st.composite
def rules(draw: st.DrawFn) -> str:
    parts = ["FREQ=YEARLY"]
    month = draw(st.integers(1, 12))
    parts.append(f"BYMONTH={month}")
    kind = draw(st.sampled_from(["monthday", "weekday", "both", "setpos"]))
    weekday = draw(st.sampled_from(WEEKDAYS))
    if kind == "monthday":
        parts.append(f"BYMONTHDAY={draw(st.sampled_from([*range(1, 32), -1, -2, -7]))}")
    elif kind == "weekday":
        ordinal = draw(ordinals)
        parts.append(f"BYDAY={ordinal if ordinal else ''}{weekday}")
    elif kind == "both":
        first = draw(st.integers(1, 25))
        days = ",".join(str(d) for d in range(first, first + 7))
        parts += [f"BYDAY={weekday}", f"BYMONTHDAY={days}"]
    else:
        parts += [f"BYDAY={weekday}", f"BYSETPOS={draw(st.sampled_from([1, 2, -1, -2]))}"]
    return ";".join(parts)


@settings(max_examples=400, deadline=None)
@given(rule=rules(), year=st.integers(1900, 2200))
def test_fast_path_matches_dateutil(rule, year):
    assert parse_rule(rule).dates_in(year) == dateutil_dates(rule, year)


@pytest.mark.parametrize(
    ("rule", "year", "expected"),
    [
        # BYSETPOS beyond the candidates: no date
        ("FREQ=YEARLY;BYMONTH=2;BYDAY=MO;BYSETPOS=5", 2023, ()),
        ("FREQ=YEARLY;BYMONTH=2;BYDAY=MO;BYSETPOS=4", 2023, (date(2023, 2, 27),)),
        ("FREQ=YEARLY;BYMONTH=2;BYDAY=MO;BYSETPOS=-4", 2023, (date(2023, 2, 6),)),
        # dateutil's rules: the first and the last day of the year are inside the year
        ("FREQ=YEARLY;BYYEARDAY=1", 2024, (date(2024, 1, 1),)),
        ("FREQ=YEARLY;BYYEARDAY=-1", 2024, (date(2024, 12, 31),)),
        # an ordinal weekday of the year (no BYMONTH) may go past 5
        ("FREQ=YEARLY;BYDAY=20MO", 2024, (date(2024, 5, 13),)),
        ("FREQ=YEARLY;BYDAY=53MO", 2024, (date(2024, 12, 30),)),
        ("FREQ=YEARLY;BYDAY=-53MO", 2024, (date(2024, 1, 1),)),
        # several weekdays
        (
            "FREQ=YEARLY;BYMONTH=1;BYDAY=MO,TU",
            2024,
            tuple(date(2024, 1, d) for d in (1, 2, 8, 9, 15, 16, 22, 23, 29, 30)),
        ),
    ],
)
def test_edges_of_the_rule_subset(rule, year, expected):
    assert parse_rule(rule).dates_in(year) == expected


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("FREQ=YEARLY;BYMONTH=1;BYDAY=6MO", "BYDAY=6MO: ordinal 6 is out of range"),
        ("FREQ=YEARLY;BYMONTH=1;BYDAY=-6MO", "BYDAY=-6MO: ordinal -6 is out of range"),
        ("FREQ=YEARLY;BYDAY=54MO", "BYDAY=54MO: ordinal 54 is out of range"),
    ],
)
def test_ordinals_are_bounded_by_month_or_year(rule, message):
    with pytest.raises(RuleError, match=message):
        parse_rule(rule)


def test_a_week_start_is_accepted_and_does_not_move_yearly_dates():
    rule = parse_rule("FREQ=YEARLY;BYMONTH=1;BYDAY=MO;WKST=SU")
    assert rule.dates_in(2024)[:2] == (date(2024, 1, 1), date(2024, 1, 8))


def test_a_month_day_with_an_ordinal_weekday_is_left_to_dateutil():
    # The first Monday of June is never between the 8th and the 14th.
    rule = parse_rule("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=8,9,10,11,12,13,14;BYDAY=1MO")
    assert rule.fallback
    assert rule.dates_in(2024) == ()
    assert not parse_rule("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=8,9,10,11,12,13,14;BYDAY=MO").fallback


@pytest.mark.parametrize(
    "rule",
    ["FREQ=YEARLY;BYYEARDAY=100", "FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO", "FREQ=YEARLY;BYEASTER=0"],
)
def test_rules_outside_the_subset_are_read_by_dateutil(rule):
    assert parse_rule(rule).fallback


@pytest.mark.parametrize(
    ("rule", "year", "dates"),
    [
        ("FREQ=YEARLY;BYEASTER=0", 2024, (date(2024, 3, 31),)),  # Easter Sunday
        ("FREQ=YEARLY;BYEASTER=-2", 2024, (date(2024, 3, 29),)),  # Good Friday
        ("FREQ=YEARLY;BYEASTER=1;WKST=MO", 2025, (date(2025, 4, 21),)),  # Easter Monday
        ("FREQ=YEARLY;BYEASTER=366", 2024, ()),  # a year after Easter 2024 is in 2025
        ("FREQ=YEARLY;BYEASTER=-366", 2025, ()),  # a year before Easter 2025 is in 2024
        ("FREQ=YEARLY;BYEASTER=-366", 2024, ()),
        ("FREQ=YEARLY;BYEASTER=270", 2024, (date(2024, 12, 26),)),  # still 2024
    ],
)
def test_days_counted_from_easter(rule, year, dates):
    assert parse_rule(rule).dates_in(year) == dates


@pytest.mark.parametrize(
    ("rule", "since", "last", "found"),
    [
        # 1 January 2018 was a Monday, 1 January 2019 a Tuesday.
        ("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1;BYDAY=MO", 2018, 2030, (2019, 0)),
        # The next Monday 1 January after 2018 is in 2024.
        ("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1;BYDAY=MO", 2024, 2024, None),
        ("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1;BYDAY=MO", 2024, 2025, (2025, 0)),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", 2024, 2030, (2025, 0)),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", 2024, 2024, None),
        ("FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1", 1, 9999, None),
        ("FREQ=YEARLY;BYEASTER=0", 1, 9999, None),
        # Easter 2025 is on 20 April; 270 days later is 15 January 2026.
        ("FREQ=YEARLY;BYEASTER=270", 2024, 2025, (2025, 0)),
        ("FREQ=YEARLY;BYEASTER=270", 2024, 2024, None),  # Easter 2024 + 270 = 26 December
    ],
)
def test_the_first_year_a_rule_does_not_give_one_date(rule, since, last, found):
    assert parse_rule(rule).first_year_not_once(since, last) == found


@pytest.mark.parametrize(
    ("rule", "year", "dates"),
    [
        ("FREQ=YEARLY;BYYEARDAY=366", 2020, (date(2020, 12, 31),)),  # a leap year's last day
        ("FREQ=YEARLY;BYYEARDAY=366", 2021, ()),
        ("FREQ=YEARLY;BYYEARDAY=-366", 2020, (date(2020, 1, 1),)),
        ("FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO", 2020, (date(2020, 12, 28),)),  # ISO week 53
        ("FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO", 2021, ()),  # 2021 has 52 ISO weeks
    ],
)
def test_year_days_and_week_numbers_at_their_limits(rule, year, dates):
    assert parse_rule(rule).dates_in(year) == dates
