"""Both feed modes agree, and every feed the CLI can produce parses in four libraries."""

from __future__ import annotations

from datetime import date, timedelta

import icalendar
import pytest
import recurring_ical_events
import vobject
from ical.calendar_stream import IcsCalendarStream

import childdays
from childdays.ical import FeedTooLargeError, feed, to_ical, to_ical_recurring, word

CATALOG = childdays.catalog()
SCOPES = sorted({o.scope for o in CATALOG if len(o.scope) == 2})
LANGS = ["en", "km", "fr", "es", "pt", "zh", "vi", "th", "id", "ja", "ar", "ru"]


def observance_id(uid: str) -> str:
    """The observance id in a UID: ``{id}-{year}@childdays`` or ``{id}.rule-...@childdays``."""
    local = uid.removesuffix("@childdays")
    if ".rule-" in local:
        return local.split(".rule-")[0]
    return local.rsplit("-", 1)[0]


def expanded_dates(content: bytes, first: int, last: int) -> list[tuple[str, date]]:
    """Every (observance, first day) the feed gives in the window, sorted, duplicates kept."""
    calendar = icalendar.Calendar.from_ical(content)
    found = recurring_ical_events.of(calendar).between(date(first, 1, 1), date(last + 1, 1, 1))
    return sorted((observance_id(str(e["UID"])), e.decoded("DTSTART")) for e in found)


def occurrence_dates(cat: childdays.Catalog, first: int, last: int) -> list[tuple[str, date]]:
    return sorted((o.id, o.start) for o in cat.occurrences(date(first, 1, 1), date(last, 12, 31)))


@pytest.mark.parametrize(
    ("first", "last"), [(1940, 2040), (2000, 2030), (2004, 2010), (2024, 2024), (2026, 2032)]
)
def test_recurring_feed_expands_to_the_same_dates(first, last):
    recurring = to_ical_recurring(CATALOG, first_year=first, last_year=last)
    # occurrences held in the years of the window (a multi-day one that began in the year
    # before overlaps the window but is not carried by the window's series)
    expected = [pair for pair in occurrence_dates(CATALOG, first, last) if pair[1].year >= first]
    assert expanded_dates(recurring, first, last) == expected


def test_safer_internet_day_in_recurring_mode():
    sid = CATALOG.filter(tags={"online-safety"})
    content = to_ical_recurring(sid, first_year=2004, last_year=2030)
    events = icalendar.Calendar.from_ical(content).walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    assert "safer-internet-day.rule-2009@childdays" in uids
    assert "safer-internet-day.rule-2009-projected@childdays" in uids
    assert "safer-internet-day-2004@childdays" in uids  # a Friday: no rule carries it
    statuses = {str(e["UID"]): str(e["STATUS"]) for e in events}
    assert statuses["safer-internet-day.rule-2009-projected@childdays"] == "TENTATIVE"
    assert statuses["safer-internet-day.rule-2009@childdays"] == "CONFIRMED"


def summaries_and_dates(cat: childdays.Catalog, lang: str, first: int, last: int):
    occurrences = cat.occurrences(date(first, 1, 1), date(last, 12, 31))
    return sorted((o.start, o.title(lang)) for o in occurrences)


def recurring_event_count(cat: childdays.Catalog, first: int, last: int) -> int:
    windows = [o.recurrence(first, last) for o in cat]
    return sum(len(w.series) + len(w.singles) for w in windows)


@pytest.mark.parametrize("scope", SCOPES)
def test_every_country_feed_parses(scope):
    """Every (language, mode) feed of the country: `ical` reads the same (date, summary) set;
    the Khmer and English feeds are also read by icalendar, vobject and recurring-ical-events."""
    cat = CATALOG.for_country(scope)
    first, last = 2025, 2027
    for lang in LANGS:
        expected = summaries_and_dates(cat, lang, first, last)
        expanded = feed(cat, first_year=first, last_year=last, lang=lang)
        events = IcsCalendarStream.calendar_from_ics(expanded.decode()).events
        assert sorted((e.dtstart, e.summary) for e in events) == expected
        recurring = feed(cat, first_year=first, last_year=last, recurring=True, lang=lang)
        read_back = IcsCalendarStream.calendar_from_ics(recurring.decode()).events
        assert len(read_back) == recurring_event_count(cat, first, last)
        if lang in ("en", "km"):
            parsed = icalendar.Calendar.from_ical(expanded).walk("VEVENT")
            assert sorted((e.decoded("DTSTART"), str(e["SUMMARY"])) for e in parsed) == expected
            read = vobject.readOne(expanded.decode()).vevent_list
            assert sorted((e.dtstart.value, e.summary.value) for e in read) == expected
            assert expanded_dates(recurring, first, last) == expanded_dates(expanded, first, last)
            assert len(vobject.readOne(recurring.decode()).vevent_list) == len(
                icalendar.Calendar.from_ical(recurring).walk("VEVENT")
            )


def test_world_feed_in_every_language_and_mode_parses():
    world = CATALOG.filter(scope="world")
    titles = {lang: summaries_and_dates(world, lang, 2020, 2030) for lang in LANGS}
    assert len(titles["en"]) == 213
    for lang in LANGS:
        expanded = icalendar.Calendar.from_ical(
            feed(world, first_year=2020, last_year=2030, lang=lang)
        )
        summaries = sorted(
            (e.decoded("DTSTART"), str(e["SUMMARY"])) for e in expanded.walk("VEVENT")
        )
        assert summaries == titles[lang]
        assert str(expanded["X-WR-CALNAME"]) == word("calendar", lang)
        recurring = icalendar.Calendar.from_ical(
            feed(world, first_year=2020, last_year=2030, recurring=True, lang=lang)
        )
        assert len(recurring.walk("VEVENT")) == recurring_event_count(world, 2020, 2030)
        assert str(recurring["X-WR-CALNAME"]) == word("calendar", lang)


def test_options():
    icd = CATALOG["international-childrens-day"].occurrence(2024)
    content = to_ical(
        [icd],
        color="teal",
        alarm_days=7,
        transparent=False,
        refresh_interval="PT12H",
        description="Mine; yours",
    )
    calendar = icalendar.Calendar.from_ical(content)
    assert str(calendar["COLOR"]) == "teal"
    assert str(calendar["DESCRIPTION"]) == "Mine; yours"
    assert b"X-WR-CALDESC:Mine\\; yours\r\n" in content
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT12H\r\n" in content
    event = calendar.walk("VEVENT")[0]
    assert "TRANSP" not in event
    alarm = event.walk("VALARM")[0]
    assert alarm.decoded("TRIGGER") == -timedelta(days=7)


def test_max_bytes():
    occurrences = CATALOG.occurrences(date(2000, 1, 1), date(2030, 12, 31))
    with pytest.raises(FeedTooLargeError, match="more than the limit of 1000 bytes"):
        to_ical(occurrences, max_bytes=1000)


def test_bad_options_are_refused():
    with pytest.raises(ValueError, match="is not a CSS3 color name"):
        to_ical([], color="#00ff00")
    with pytest.raises(ValueError, match="is not between 0 and 366"):
        to_ical([], alarm_days=-1)
    with pytest.raises(ValueError, match="last_year 2000 is before first_year 2001"):
        to_ical_recurring(CATALOG, first_year=2001, last_year=2000)
