"""Properties of the built-in data and the feeds, for generated years and windows."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

import childdays
from childdays.ical import to_ical, to_ical_recurring

CATALOG = childdays.catalog()
NUMBERED = [o for o in CATALOG if o.label == "edition"]
IDS = st.sampled_from(CATALOG.ids())


@settings(max_examples=300, deadline=None)
@given(observance_id=IDS, year=st.integers(1, 9999))
def test_a_date_lies_in_its_year(observance_id, year):
    day = CATALOG[observance_id].date(year)
    assert day is None or day.year == year


@settings(max_examples=300, deadline=None)
@given(index=st.integers(0, len(NUMBERED) - 1), year=st.integers(1900, 2300))
def test_year_of_edition_inverts_edition(index, year):
    observance = NUMBERED[index]
    edition = observance.edition(year)
    if edition is not None:
        assert observance.year_of_edition(edition) == year


@settings(max_examples=200, deadline=None)
@given(index=st.integers(0, len(NUMBERED) - 1), year=st.integers(1900, 2300))
def test_editions_go_up_by_one_per_held_year(index, year):
    observance = NUMBERED[index]
    this, following = observance.edition(year), observance.edition(year + 1)
    if this is not None and following is not None:
        assert following == this + 1


@settings(max_examples=40, deadline=None)
@given(
    first=st.integers(1940, 2060),
    length=st.integers(0, 15),
    scope=st.sampled_from(["world", "KH", "CN", "TH", "DE", "KR", "AR", "ER"]),
)
def test_both_feed_modes_give_the_same_dates(first, length, scope):
    import icalendar
    import recurring_ical_events

    cat = CATALOG.for_country(scope) if scope != "world" else CATALOG.filter(scope="world")
    last = first + length
    recurring = icalendar.Calendar.from_ical(
        to_ical_recurring(cat, first_year=first, last_year=last)
    )
    events = recurring_ical_events.of(recurring).between(date(first, 1, 1), date(last + 1, 1, 1))
    found = sorted(e.decoded("DTSTART") for e in events)
    expected = sorted(
        o.start
        for o in cat.occurrences(date(first, 1, 1), date(last, 12, 31))
        if o.start.year >= first
    )
    assert found == expected


def test_feed_bytes_do_not_depend_on_the_hash_seed():
    code = (
        "import hashlib, childdays\n"
        "from childdays.ical import feed\n"
        "cat = childdays.catalog().for_country('KH')\n"
        "print(hashlib.sha256(feed(cat, first_year=2020, last_year=2030, lang='km')).hexdigest())\n"
        "print(hashlib.sha256(feed(cat, first_year=2020, last_year=2030, recurring=True))"
        ".hexdigest())\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            # PYTHONPATH passes through so that a source checkout is tested, not an install
            env={"PYTHONHASHSEED": seed, "PYTHONPATH": os.environ.get("PYTHONPATH", "")},
        ).stdout
        for seed in ("0", "1", "12345")
    }
    assert len(outputs) == 1
    here = childdays.ical.feed(
        CATALOG.for_country("KH"), first_year=2020, last_year=2030, lang="km"
    )
    assert outputs.pop().splitlines()[0] == hashlib.sha256(here).hexdigest()


def test_catalog_order_does_not_change_the_feed():
    occurrences = CATALOG.occurrences(date(2024, 1, 1), date(2024, 12, 31))
    assert to_ical(occurrences) == to_ical(sorted(occurrences, key=lambda o: o.id, reverse=True))
