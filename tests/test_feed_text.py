"""Feed text, exactly: escaping, control characters, folding at 75 octets, options, alarms."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import childdays
from childdays.ical import (
    FeedOptions,
    FeedTooLargeError,
    escape_text,
    feed,
    fold,
    labelled,
    to_ical,
    word,
)

DATA = Path(__file__).parent / "data" / "good"


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("a;b,c", "a\\;b\\,c"),
        ("back\\slash", "back\\\\slash"),
        ("one\ntwo", "one\\ntwo"),
        ("one\r\ntwo", "one\\ntwo"),
        ("one\rtwo", "one\\ntwo"),
        ("tab\tkept", "tab\tkept"),
        ("del\x7fgone", "delgone"),
        ("nul\x00bell\x07vt\x0bff\x0cesc\x1bgone", "nulbellvtffescgone"),
        ("ទិវា, កុមារ", "ទិវា\\, កុមារ"),
    ],
)
def test_escape_text(text, escaped):
    assert escape_text(text) == escaped


@pytest.mark.parametrize(
    ("length", "parts"),
    [(74, [74]), (75, [75]), (76, [75, 2]), (149, [75, 75]), (150, [75, 75, 2])],
)
def test_ascii_lines_fold_at_75_octets(length, parts):
    folded = fold("x" * length)
    assert folded.endswith("\r\n")
    assert [len(part) for part in folded[:-2].split("\r\n")] == parts
    assert folded[:-2].replace("\r\n ", "") == "x" * length


def test_utf8_lines_fold_at_character_boundaries():
    line = "S:" + "ក" * 40  # three octets each: 122 octets
    folded = fold(line)
    pieces = [piece.encode("utf-8") for piece in folded[:-2].split("\r\n")]
    assert [len(piece) for piece in pieces] == [74, 49]  # the second: a space and 16 characters
    assert folded[:-2].replace("\r\n ", "") == line
    assert fold("S:ក") == "S:ក\r\n"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"refresh_interval": "1D"}, "refresh_interval '1D' is not an RFC 5545 duration"),
        ({"refresh_interval": "P"}, "refresh_interval 'P' is not"),
        ({"refresh_interval": "P1DT"}, "refresh_interval 'P1DT' is not an RFC 5545 duration"),
        ({"refresh_interval": "PT"}, "refresh_interval 'PT' is not an RFC 5545 duration"),
        ({"refresh_interval": "PT1H30S"}, "refresh_interval 'PT1H30S' is not"),
        ({"refresh_interval": "P1W2D"}, "refresh_interval 'P1W2D' is not"),
        ({"refresh_interval": "-P1D"}, "refresh_interval '-P1D' is not"),
        ({"color": "Teal"}, "color 'Teal' is not a CSS3 color name such as teal"),
        ({"color": "ab"}, "color 'ab' is not"),
        ({"alarm_days": -1}, "alarm_days -1 is not between 0 and 366"),
        ({"alarm_days": 367}, "alarm_days 367 is not between 0 and 366"),
    ],
)
def test_bad_feed_options(options, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(")):
        FeedOptions(**options)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("refresh_interval", "PT12H"),
        ("refresh_interval", "P1W"),
        ("refresh_interval", "P1DT12H"),
        ("refresh_interval", "PT1H30M15S"),
        ("refresh_interval", "PT1M30S"),
        ("refresh_interval", "PT45S"),
        ("color", "teal"),
        ("alarm_days", 0),
        ("alarm_days", 366),
    ],
)
def test_good_feed_options(field, value):
    assert getattr(FeedOptions(**{field: value}), field) == value


@pytest.mark.parametrize(
    ("key", "lang", "text"),
    [
        ("theme", "km", "ប្រធានបទ"),
        ("theme", "pt-BR", "Tema"),
        ("sources", "xx", "Sources"),
        ("calendar", "en", "Child protection days"),
    ],
)
def test_feed_words(key, lang, text):
    assert word(key, lang) == text


@pytest.fixture(scope="module")
def example() -> childdays.Observance:
    return childdays.load(DATA)["example-day"]


def _event_lines(feed: bytes) -> list[str]:
    text = feed.decode("utf-8").replace("\r\n ", "")
    lines = text.split("\r\n")
    return lines[lines.index("BEGIN:VEVENT") : lines.index("END:VEVENT") + 1]


def test_an_event_with_an_alarm_and_busy_time(example):
    feed = to_ical([example.occurrence(2024)], alarm_days=2, transparent=False)
    lines = _event_lines(feed)
    assert "TRANSP:TRANSPARENT" not in lines
    assert "X-MICROSOFT-CDO-BUSYSTATUS:FREE" not in lines
    assert lines[-6:] == [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        "DESCRIPTION;LANGUAGE=en:5th Example Day",
        "TRIGGER:-P2D",
        "END:VALARM",
        "END:VEVENT",
    ]


def test_an_event_without_options(example):
    lines = _event_lines(to_ical([example.occurrence(2024)]))
    assert lines[:6] == [
        "BEGIN:VEVENT",
        "UID:example-day-2024@childdays",
        "DTSTAMP:20250115T000000Z",
        "DTSTART;VALUE=DATE:20240312",
        "DTEND;VALUE=DATE:20240313",
        "SUMMARY;LANGUAGE=en:5th Example Day",
    ]
    assert lines[6].startswith("DESCRIPTION;LANGUAGE=en:Theme: Line one\\nline two\\, with")
    assert lines[-5:] == [
        "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
        "STATUS:CONFIRMED",
        "SEQUENCE:2",
        "LAST-MODIFIED:20250115T000000Z",
        "END:VEVENT",
    ]
    assert "VALARM" not in "".join(lines)


def test_the_calendar_header(example):
    feed = to_ical([example.occurrence(2024)], name="Mine", refresh_interval="PT12H", color="teal")
    head = feed.decode("utf-8").split("BEGIN:VEVENT")[0].split("\r\n")
    assert "NAME:Mine" in head
    assert "X-WR-CALNAME:Mine" in head
    assert "REFRESH-INTERVAL;VALUE=DURATION:PT12H" in head
    assert "X-PUBLISHED-TTL:PT12H" in head
    assert "COLOR:teal" in head
    assert head[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"]


def test_an_empty_feed_is_a_calendar_without_events():
    feed = to_ical([], version="9.9")
    head = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//childdays//childdays 9.9//EN\r\n"
    assert feed.startswith(head)
    assert feed.endswith(b"END:VCALENDAR\r\n")
    assert b"VEVENT" not in feed


def test_events_are_sorted_by_date_then_id(cat):
    june = cat.occurrences(date(2024, 6, 1), date(2024, 6, 30))
    feed = to_ical(list(reversed(june)))
    lines = feed.decode().replace("\r\n ", "").split("\r\n")
    uids = [line for line in lines if line.startswith("UID:")]
    assert uids == [f"UID:{o.uid}" for o in june]


@pytest.mark.parametrize("template", ["https://example.org/days", "/days/{id}"])
def test_a_details_url_is_an_http_template_with_the_id(template):
    with pytest.raises(ValueError, match="is not an http\\(s\\) URL template with \\{id\\}"):
        FeedOptions(details_url=template)
    assert FeedOptions(details_url="https://example.org/days/{id}")


def test_a_feed_too_large_says_its_size_and_the_limit(cat):
    occurrences = cat.occurrences(date(2024, 1, 1), date(2024, 12, 31))
    with pytest.raises(FeedTooLargeError) as caught:
        to_ical(occurrences, max_bytes=1000)
    size = len(to_ical(occurrences))
    assert caught.value.limit == 1000
    assert caught.value.size == size
    assert str(caught.value) == f"the feed has {size} bytes, more than the limit of 1000 bytes"


def test_feed_is_the_expanded_feed_of_the_window_unless_recurring(example):
    small = childdays.load(DATA)
    window = small.occurrences(date(2023, 1, 1), date(2025, 12, 31))
    assert feed(small, first_year=2023, last_year=2025) == to_ical(window)
    assert b"RRULE:" not in feed(small, first_year=2023, last_year=2025)
    assert b"RRULE:" in feed(small, first_year=2023, last_year=2025, recurring=True)


def _lines(feed_bytes: bytes, *names: str) -> list[str]:
    """The event lines (not the calendar's own) that start with one of ``names``."""
    unfolded = feed_bytes.decode("utf-8").replace("\r\n ", "")
    events = unfolded.split("\r\nBEGIN:VEVENT\r\n", 1)[1]
    return [line for line in events.split("\r\n") if line.startswith(names)]


WDACL_PAGE = "https://example.org/days/world-day-against-child-labour"


def test_a_short_feed_points_each_event_at_its_details_page(cat):
    labour = cat["world-day-against-child-labour"].occurrence(2024)
    short = to_ical([labour], lang="en", details=False, details_url="https://example.org/days/{id}")
    assert _lines(short, "DESCRIPTION;", "URL") == [
        "DESCRIPTION;LANGUAGE=en:Theme: Let’s Act on our Commitments: End Child Labour\\n"
        + WDACL_PAGE,
        "URL:" + WDACL_PAGE,
    ]


def test_a_details_page_is_the_url_of_a_full_event_too(cat):
    labour = cat["world-day-against-child-labour"].occurrence(2024)
    full = to_ical([labour], lang="fr", details_url="https://example.org/days/{id}")
    assert _lines(full, "URL") == ["URL:" + WDACL_PAGE]


def test_an_event_lists_at_most_three_sources_separated_by_spaces(cat):
    labour = cat["world-day-against-child-labour"].occurrence(2024)
    (description,) = _lines(to_ical([labour], lang="en"), "DESCRIPTION;")
    assert description.endswith(
        "\\nSources: "
        "http://www.oit.org/global/topics/child-labour/campaignandadvocacy/wdacl/lang--en/index.htm"
        " http://www.ilo.org/global/about-the-ilo/newsroom/news/WCMS_007774/lang--en/index.htm"
        " https://www.un.org/en/observances/world-day-against-child-labour"
    )


@pytest.mark.parametrize(
    ("lang", "line"),
    [("en", "Theme: End child labour"), ("fr", "Thème (anglais): End child labour")],
)
def test_a_plain_text_theme_is_taken_as_english(lang, line):
    assert labelled("theme", "End child labour", lang) == line


def test_a_feed_of_exactly_the_limit_is_written(cat):
    occurrences = cat.occurrences(date(2024, 6, 1), date(2024, 6, 30))
    whole = to_ical(occurrences)
    assert to_ical(occurrences, max_bytes=len(whole)) == whole
