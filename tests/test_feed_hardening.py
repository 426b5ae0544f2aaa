"""Feeds hold for every accepted input: unique UIDs, both modes alike, the edges of the years."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

import icalendar
import pytest
import recurring_ical_events

import childdays
from childdays.export import to_csv, to_hevent, to_jsonld
from childdays.ical import feed

CATALOG = childdays.catalog()

DAY = """\
[[observances]]
id = "{id}"
scope = "world"
tags = ["rights"]
duration = {duration}
[observances.names]
en = "{name}"
[[observances.schedule]]
rule = "{rule}"
since = {since}
[[observances.sources]]
url = "https://example.org"
title = "Example"
"""


def catalog_of(tmp_path, *days: dict[str, object]) -> childdays.Catalog:
    text = "\n".join(
        DAY.format(
            **{
                "duration": 1,
                "since": 2000,
                "rule": "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1",
                "name": "A day",
                **day,
            }
        )
        for day in days
    )
    path = tmp_path / "days.toml"
    path.write_text(text, encoding="utf-8")
    return childdays.load(path)


def uids(content: bytes) -> list[str]:
    unfolded = content.replace(b"\r\n ", b"")
    return [uid.decode() for uid in re.findall(rb"^UID:(.*?)\r$", unfolded, flags=re.M)]


def events(content: bytes, first: int, last: int) -> list[tuple[str, date, date]]:
    """Every event of the window as (summary, start, end), sorted; duplicates kept."""
    calendar = icalendar.Calendar.from_ical(content)
    found = recurring_ical_events.of(calendar).between(date(first, 1, 1), date(last + 1, 1, 1))
    return sorted(
        (str(e["SUMMARY"]).split(" ", 1)[-1], e.decoded("DTSTART"), e.decoded("DTEND"))
        for e in found
    )


def test_an_observance_named_like_another_ones_series_keeps_its_own_uid(tmp_path):
    cat = catalog_of(tmp_path, {"id": "camp", "name": "Camp"}, {"id": "camp-rule"})
    for recurring in (False, True):
        content = feed(cat, first_year=2000, last_year=2001, recurring=recurring)
        found = uids(content)
        assert len(found) == len(set(found)), found
    recurring = feed(cat, first_year=2000, last_year=2001, recurring=True)
    assert sorted(uids(recurring)) == [
        "camp-rule.rule-2000@childdays",
        "camp.rule-2000@childdays",
    ]


def feed_names() -> list[str]:
    return ["world", *sorted(CATALOG.regions), *CATALOG.tags(), *CATALOG.countries()]


@pytest.mark.parametrize("recurring", [False, True], ids=["expanded", "recurring"])
def test_every_built_in_feed_has_unique_uids(recurring):
    duplicates = {}
    for name in feed_names():
        content = feed(CATALOG.select(name), first_year=2020, last_year=2030, recurring=recurring)
        repeated = [uid for uid, n in Counter(uids(content)).items() if n > 1]
        if repeated:
            duplicates[name] = repeated
    assert duplicates == {}


@pytest.mark.parametrize(
    ("first", "last"), [(2025, 2025), (2024, 2026), (2001, 2001), (2000, 2000)]
)
def test_a_day_across_the_new_year_is_the_same_in_both_modes(tmp_path, first, last):
    cat = catalog_of(
        tmp_path,
        {"id": "winter-camp", "rule": "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25", "duration": 14},
    )
    expanded = events(feed(cat, first_year=first, last_year=last), first, last)
    recurring = events(feed(cat, first_year=first, last_year=last, recurring=True), first, last)
    assert recurring == expanded
    starts = [start for _, start, _ in expanded]
    expected = [date(y, 12, 25) for y in range(max(first - 1, 2000), last + 1)]
    assert starts == expected


def test_a_short_day_from_the_year_before_is_not_pulled_in(tmp_path):
    cat = catalog_of(
        tmp_path, {"id": "eve", "rule": "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25", "duration": 7}
    )
    content = feed(cat, first_year=2025, last_year=2025, recurring=True)
    assert b"DTSTART;VALUE=DATE:20241225" not in content
    assert events(content, 2025, 2025) == events(
        feed(cat, first_year=2025, last_year=2025), 2025, 2025
    )


@pytest.mark.parametrize("recurring", [False, True], ids=["expanded", "recurring"])
@pytest.mark.parametrize(
    ("rule", "duration"),
    [
        ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31", 1),
        ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=25", 14),
        ("FREQ=YEARLY;BYMONTH=12;BYDAY=-1SU", 3),
        ("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1", 366),
    ],
)
def test_the_last_year_renders_in_every_format(tmp_path, rule, duration, recurring):
    cat = catalog_of(tmp_path, {"id": "last-day", "rule": rule, "duration": duration, "since": 1})
    content = feed(cat, first_year=9999, last_year=9999, recurring=recurring)
    calendar = icalendar.Calendar.from_ical(content)
    reaching = [
        e
        for e in calendar.walk("VEVENT")
        if e.decoded("DTSTART").year == 9999 or (recurring and e["RRULE"]["UNTIL"][0].year == 9999)
    ]
    assert len(reaching) == 1
    (event,) = reaching
    if event.get("DTEND") is None:
        assert event.decoded("DURATION").days == duration
    occurrences = [
        o for o in cat.occurrences(date(9999, 1, 1), date(9999, 12, 31)) if o.start.year == 9999
    ]
    assert len(occurrences) == 1
    assert "h-event" in to_hevent(occurrences)
    assert to_jsonld(occurrences)["@graph"][0]["subEvent"][0]["startDate"].startswith("9999-")
    assert to_csv(occurrences).count("\r\n") == 2


def test_the_first_year_renders_in_every_format(tmp_path):
    cat = catalog_of(
        tmp_path, {"id": "first-day", "rule": "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1", "since": 1}
    )
    for recurring in (False, True):
        content = feed(cat, first_year=1, last_year=2, recurring=recurring)
        assert b"DTSTART;VALUE=DATE:00010101" in content
