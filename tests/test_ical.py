"""Feeds: golden bytes, and independent parsers read back the same dates and titles.

Regenerate the golden files after an intended change with:
    CHILDDAYS_UPDATE_GOLDEN=1 pytest tests/test_ical.py -k golden
That run rewrites the files and fails on purpose (a rewritten file proves nothing); review the
diff with git, then run the tests again without the variable.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import icalendar
import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st
from ical.calendar_stream import IcsCalendarStream

import childdays
from childdays.ical import escape_text, feed, fold, to_ical, to_ical_recurring

HERE = Path(__file__).parent
GOLDEN = HERE / "golden"


@pytest.fixture(scope="module")
def example() -> childdays.Catalog:
    return childdays.load(HERE / "data" / "good")


def example_feed(example: childdays.Catalog, lang: str) -> bytes:
    occurrences = example.occurrences(date(2023, 1, 1), date(2025, 12, 31))
    return to_ical(occurrences, lang=lang, name="Example feed", version="0.0.0")


@pytest.mark.parametrize("lang", ["en", "km"])
def test_golden_feed(example, lang):
    feed = example_feed(example, lang)
    golden = GOLDEN / f"example.{lang}.ics"
    if os.environ.get("CHILDDAYS_UPDATE_GOLDEN"):
        golden.write_bytes(feed)
        pytest.fail(f"rewrote {golden.name}: review the diff, then run without the variable")
    assert feed == golden.read_bytes()


def parsed_by_icalendar(feed: bytes) -> list[tuple[date, date, str]]:
    calendar = icalendar.Calendar.from_ical(feed)
    return [
        (e.decoded("DTSTART"), e.decoded("DTEND"), str(e.get("SUMMARY")))
        for e in calendar.walk("VEVENT")
    ]


def parsed_by_ical(feed: bytes) -> list[tuple[date, date, str]]:
    calendar = IcsCalendarStream.calendar_from_ics(feed.decode("utf-8"))
    return [(e.dtstart, e.dtend, e.summary) for e in calendar.events]


def parsed_by_vobject(feed: bytes) -> list[tuple[date, date, str]]:
    calendar = vobject.readOne(feed.decode("utf-8"))
    return [(e.dtstart.value, e.dtend.value, e.summary.value) for e in calendar.vevent_list]


@pytest.mark.parametrize("lang", ["en", "km", "fr"])
def test_cambodia_feed_reads_the_same_in_three_parsers(cat, lang):
    occurrences = cat.for_country("KH").occurrences(date(2020, 1, 1), date(2030, 12, 31))
    feed = to_ical(occurrences, lang=lang)
    expected = [
        (o.start, o.end.fromordinal(o.end.toordinal() + 1), o.title(lang)) for o in occurrences
    ]
    assert parsed_by_icalendar(feed) == expected
    assert parsed_by_ical(feed) == expected
    assert parsed_by_vobject(feed) == expected


def test_event_properties(cat):
    occ = cat["international-childrens-day"].occurrence(2024)
    feed = to_ical([occ], lang="km")
    event = icalendar.Calendar.from_ical(feed).walk("VEVENT")[0]
    assert str(event["UID"]) == "international-childrens-day-2024@childdays"
    assert str(event["SUMMARY"]) == "ទិវាកុមារអន្តរជាតិ លើកទី៧៥"
    assert event["SUMMARY"].params["LANGUAGE"] == "km"
    assert event.decoded("DTSTART") == date(2024, 6, 1)
    assert event.decoded("DTEND") == date(2024, 6, 2)
    assert str(event["TRANSP"]) == "TRANSPARENT"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert b"DTSTART;VALUE=DATE:20240601\r\n" in feed


def test_a_khmer_calendar_names_and_describes_itself_in_khmer(cat):
    occ = cat["international-childrens-day"].occurrence(2024)
    calendar = icalendar.Calendar.from_ical(to_ical([occ], lang="km"))
    assert str(calendar["NAME"]) == "ទិវាការពារកុមារ"
    assert calendar["NAME"].params["LANGUAGE"] == "km"
    assert str(calendar["DESCRIPTION"]).startswith("ទិវាសម្រាប់សិទ្ធិ និងការការពារកុមារ")
    assert calendar["DESCRIPTION"].params["LANGUAGE"] == "km"


def test_a_feed_in_a_language_without_words_says_its_calendar_text_is_english(cat):
    occ = cat["international-childrens-day"].occurrence(2024)
    calendar = icalendar.Calendar.from_ical(to_ical([occ], lang="de"))
    assert str(calendar["NAME"]) == "Child protection days"
    assert calendar["NAME"].params["LANGUAGE"] == "en"
    assert calendar["DESCRIPTION"].params["LANGUAGE"] == "en"


def test_a_callers_calendar_name_and_description_carry_no_language(cat):
    occ = cat["international-childrens-day"].occurrence(2024)
    feed = to_ical([occ], lang="km", name="Kids", description="Our days")
    assert b"\r\nNAME:Kids\r\n" in feed
    assert b"\r\nDESCRIPTION:Our days\r\n" in feed


def test_feed_lines_are_crlf_and_at_most_75_octets(cat):
    occurrences = cat.for_country("KH").occurrences(date(2020, 1, 1), date(2030, 12, 31))
    feed = to_ical(occurrences, lang="km")
    assert feed.endswith(b"END:VCALENDAR\r\n")
    lines = feed.split(b"\r\n")
    assert b"\n" not in b"".join(lines)
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # no line starts or ends inside a UTF-8 sequence


def test_same_bytes_twice(cat):
    window = (date(2020, 1, 1), date(2030, 12, 31))
    first = to_ical(cat.occurrences(*window), lang="km")
    second = to_ical(list(reversed(cat.occurrences(*window))), lang="km")
    assert first == second


def test_import_childdays_does_not_import_icalendar_or_pydantic():
    import subprocess
    import sys

    code = (
        "import sys, childdays; childdays.catalog()['international-childrens-day'].edition(2024);"
        "print(sorted(m for m in ('icalendar', 'pydantic', 'dateutil') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_escape_text():
    assert escape_text("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne"
    assert escape_text("x\r\ny\rz") == "x\\ny\\nz"


def test_fold_never_splits_a_khmer_character():
    line = "SUMMARY:" + "ទិវាកុមារអន្តរជាតិ" * 10
    folded = fold(line).encode("utf-8")
    parts = folded.split(b"\r\n")
    assert all(len(part) <= 75 for part in parts)
    assert [p.decode("utf-8") for p in parts]
    assert folded.decode("utf-8").replace("\r\n ", "") == line + "\r\n"


def test_bad_refresh_interval_is_refused(cat):
    with pytest.raises(ValueError, match="is not an RFC 5545 duration"):
        to_ical([], refresh_interval="1 day")


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=200))
def test_any_text_survives_a_round_trip(text):
    from icalendar.parser import Contentline

    line = fold("SUMMARY:" + escape_text(text))
    unfolded = line.removesuffix("\r\n").replace("\r\n ", "")
    name, _params, value = Contentline(unfolded).parts()
    assert name == "SUMMARY"
    assert str(icalendar.vText.from_ical(value)) == text


@settings(max_examples=150, deadline=None)
@given(
    name=st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=120)
    .map(str.strip)
    .filter(bool),
    theme=st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=300),
)
def test_any_name_and_theme_survive_a_feed(name, theme):
    from childdays.model import with_defaults
    from childdays.records import ObservanceRecord, record_from_json

    record = record_from_json(
        ObservanceRecord,
        with_defaults(
            {
                "id": "any-day",
                "scope": "world",
                "tags": ["rights"],
                "names": {"en": name},
                "schedule": [{"rule": "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1", "since": 2000}],
                "sources": [{"url": "https://example.org", "title": "x"}],
                "themes": [
                    {"year": 2024, "lang": "en", "text": theme, "source": "https://example.org"}
                ],
            }
        ),
    )
    occurrence = childdays.Catalog([childdays.Observance(record)])["any-day"].occurrence(2024)
    feed = to_ical([occurrence])
    event = icalendar.Calendar.from_ical(feed).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == name
    assert str(event["DESCRIPTION"]).split("\n", 1)[0] == "Theme: " + theme.split("\n", 1)[0]
    assert str(event["DESCRIPTION"]).startswith("Theme: " + theme.replace("\r\n", "\n"))
    assert all(len(line) <= 75 for line in feed.split(b"\r\n"))


def _lines(content: bytes, *starts: str) -> list[str]:
    unfolded = content.decode("utf-8").replace("\r\n ", "")
    return [line for line in unfolded.split("\r\n") if line.startswith(starts)]


def test_icelands_whit_sunday_years_move_the_day_to_the_sunday_before(cat):
    iceland = cat.for_country("IS").filter(scope="IS")
    content = to_ical_recurring(iceland, first_year=2008, last_year=2024, lang="is")
    assert _lines(content, "DTSTART", "RRULE", "EXDATE", "RDATE", "SUMMARY") == [
        "DTSTART;VALUE=DATE:20080525",
        "RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1SU;UNTIL=20240526",
        "EXDATE;VALUE=DATE:20090531,20120527,20200531,20230528",
        "RDATE;VALUE=DATE:20090524,20120520,20200524,20230521",
        "SUMMARY;LANGUAGE=is:Dagur barnsins",
    ]


def _turn_of_the_year(tmp_path: Path, month_day: str, duration: int) -> childdays.Catalog:
    path = tmp_path / "turn.toml"
    path.write_text(
        f'id = "turn-of-the-year"\nscope = "world"\ntags = ["rights"]\nduration = {duration}\n'
        '[names]\nen = "Turn of the Year"\n'
        f'[[schedule]]\nrule = "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY={month_day}"\nsince = 1\n'
        '[[sources]]\nurl = "https://example.org"\ntitle = "Example"\n',
        encoding="utf-8",
    )
    return childdays.load(path)


@pytest.mark.parametrize(
    ("month_day", "duration", "first_year", "start", "end"),
    [
        # A week from 26 December ends on 1 January: it is in the next year's feed.
        ("26", 7, 2025, "20241226", "20250102"),
        # Two days from 31 December end on 1 January too.
        ("31", 2, 2025, "20241231", "20250102"),
        ("31", 2, 2, "00011231", "00020102"),
    ],
)
def test_a_span_ending_on_1_january_starts_both_feeds_a_year_early(
    tmp_path, month_day, duration, first_year, start, end
):
    days = _turn_of_the_year(tmp_path, month_day, duration)
    for recurring in (False, True):
        content = feed(days, first_year=first_year, last_year=first_year, recurring=recurring)
        assert _lines(content, "DTSTART", "DTEND")[:2] == [
            f"DTSTART;VALUE=DATE:{start}",
            f"DTEND;VALUE=DATE:{end}",
        ], recurring


@pytest.mark.parametrize(
    ("month_day", "duration", "start"),
    [("31", 1, "20251231"), ("1", 7, "20251201"), ("25", 6, "20251225")],
)
def test_a_span_ending_in_its_own_year_stays_in_its_year(tmp_path, month_day, duration, start):
    days = _turn_of_the_year(tmp_path, month_day, duration)
    for recurring in (False, True):
        content = feed(days, first_year=2025, last_year=2025, recurring=recurring)
        assert _lines(content, "DTSTART") == [f"DTSTART;VALUE=DATE:{start}"], recurring


def test_a_feed_of_one_year_from_1_january_and_a_feed_backwards(cat):
    gulf_child_day = cat.for_country("OM").filter(tags={"childrens-day"})
    content = feed(gulf_child_day, first_year=2024, last_year=2024)
    assert _lines(content, "DTSTART")[0] == "DTSTART;VALUE=DATE:20240115"  # 15 January
    with pytest.raises(ValueError, match=r"^last_year 2023 is before first_year 2024$"):
        feed(cat, first_year=2024, last_year=2023)


def test_recurring_feed_options_reach_the_calendar(cat):
    labour = cat.filter(tags={"child-labour"})
    content = to_ical_recurring(
        labour, first_year=2024, last_year=2025, lang="fr", name="Mes jours"
    )
    assert _lines(content, "NAME", "SUMMARY") == [
        "NAME:Mes jours",
        "SUMMARY;LANGUAGE=fr:Journée mondiale contre le travail des enfants",
    ]


MOVED_FIRST_YEAR = """
id = "example-day"
scope = "world"
tags = ["rights"]
label = "edition"
first_year = 2020
[names]
en = "Example Day"
[epochs.ZZ]
first_year = 2021
source = "https://example.org/zz"
[[schedule]]
rule = "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=4"
since = 2020
[[announced]]
year = 2020
date = 2020-03-05
source = "https://example.org/2020"
[[sources]]
url = "https://example.org"
title = "Example"
"""


def test_a_single_date_in_a_recurring_feed_is_numbered_as_the_country_counts(tmp_path):
    """2020 was moved to 5 March, so it is a single event; ZZ counts editions from 2021."""
    path = tmp_path / "example.toml"
    path.write_text(MOVED_FIRST_YEAR, encoding="utf-8")
    days = childdays.load(path)
    worldwide = to_ical_recurring(days, first_year=2020, last_year=2023)
    in_zz = to_ical_recurring(days.for_country("ZZ"), first_year=2020, last_year=2023)
    assert _lines(worldwide, "DTSTART", "SUMMARY")[:2] == [
        "DTSTART;VALUE=DATE:20200305",
        "SUMMARY;LANGUAGE=en:1st Example Day",
    ]
    assert _lines(in_zz, "DTSTART", "SUMMARY")[:2] == [
        "DTSTART;VALUE=DATE:20200305",
        "SUMMARY;LANGUAGE=en:Example Day",
    ]
