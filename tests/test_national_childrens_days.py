"""National Children's Days: years -> dates from each country's sources, across rule changes."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

import pytest

# (country record id, year, first day or None when not held / not yet / no longer)
DATES = [
    # Japan: Kodomo no Hi, national holiday law of 1948, first kept on 5 May 1949
    ("childrens-day-jp", 1948, None),
    ("childrens-day-jp", 1949, date(1949, 5, 5)),
    # South Korea: 1 May 1923-1926, first Sunday of May 1927-1938, none 1939-1945, 5 May since
    ("childrens-day-kr", 1923, date(1923, 5, 1)),
    ("childrens-day-kr", 1927, date(1927, 5, 1)),
    ("childrens-day-kr", 1938, date(1938, 5, 1)),
    ("childrens-day-kr", 1939, None),
    ("childrens-day-kr", 2024, date(2024, 5, 5)),
    # Thailand: first Monday of October 1955-1963, none in 1964, second Saturday of January
    ("childrens-day-th", 1955, date(1955, 10, 3)),
    ("childrens-day-th", 1963, date(1963, 10, 7)),
    ("childrens-day-th", 1964, None),
    ("childrens-day-th", 1965, date(1965, 1, 9)),
    ("childrens-day-th", 2025, date(2025, 1, 11)),
    # Argentina: first Sunday of August to 2002, second to 2012, third since 2013
    ("childrens-day-ar", 1960, date(1960, 8, 7)),
    ("childrens-day-ar", 2002, date(2002, 8, 4)),
    ("childrens-day-ar", 2003, date(2003, 8, 10)),
    ("childrens-day-ar", 2012, date(2012, 8, 12)),
    ("childrens-day-ar", 2013, date(2013, 8, 18)),
    # Cuba: third Sunday of July (1974 decision); Castro spoke on Children's Day 1981 and 1983
    ("childrens-day-cu", 1981, date(1981, 7, 19)),
    ("childrens-day-cu", 1983, date(1983, 7, 17)),
    # Türkiye: 23 April
    ("childrens-day-tr", 2024, date(2024, 4, 23)),
    # Mexico: 30 April since 1924
    ("childrens-day-mx", 1924, date(1924, 4, 30)),
    # Panama: third Sunday of July 2005-2024 (Law 56 of 2004), 1 November from 2025 (Law 453)
    ("childrens-day-pa", 2005, date(2005, 7, 17)),
    ("childrens-day-pa", 2024, date(2024, 7, 21)),
    ("childrens-day-pa", 2025, date(2025, 11, 1)),
    # Ukraine: 1 June to 2024; 20 November from 2025 (decree of 30 May 2025)
    ("childrens-day-ua", 2024, date(2024, 6, 1)),
    ("childrens-day-ua", 2025, date(2025, 11, 20)),
    # Lithuania: 1 June removed in 2023; third Friday of May from 2024
    ("childrens-day-lt", 2023, date(2023, 6, 1)),
    ("childrens-day-lt", 2024, date(2024, 5, 17)),
    # Hungary: first Sunday of June 1950-1953, last Sunday of May since 1954
    ("childrens-day-hu", 1950, date(1950, 6, 4)),
    ("childrens-day-hu", 1954, date(1954, 5, 30)),
    ("childrens-day-hu", 2024, date(2024, 5, 26)),
    # Tunisia: 11 January 1992-2011, 16 June from 2012
    ("childrens-day-tn", 1992, date(1992, 1, 11)),
    ("childrens-day-tn", 2012, date(2012, 6, 16)),
    # Bangladesh: 17 March 1997-2024, cancelled in October 2024
    ("childrens-day-bd", 1997, date(1997, 3, 17)),
    ("childrens-day-bd", 2024, date(2024, 3, 17)),
    ("childrens-day-bd", 2025, None),
    # Finland: 20 November from 2002
    ("childrens-day-fi", 2002, date(2002, 11, 20)),
    # Eritrea: 8 December in 2016-2017, 20 November from 2019
    ("childrens-day-er", 2016, date(2016, 12, 8)),
    ("childrens-day-er", 2019, date(2019, 11, 20)),
    # India: 14 November
    ("childrens-day-in", 1957, date(1957, 11, 14)),
    # Germany: Weltkindertag on 20 September
    ("childrens-day-de", 2024, date(2024, 9, 20)),
    # Indonesia: Hari Anak Nasional, 23 July
    ("childrens-day-id", 2024, date(2024, 7, 23)),
    # Brazil: 12 October
    ("childrens-day-br", 2024, date(2024, 10, 12)),
    # South Africa: first Saturday of November (2005 and 2015 dated government pages)
    ("childrens-day-za", 2005, date(2005, 11, 5)),
    ("childrens-day-za", 2015, date(2015, 11, 7)),
    # Romania: 1 June, first celebrated in 1950
    ("childrens-day-ro", 1949, None),
    ("childrens-day-ro", 1950, date(1950, 6, 1)),
    # Serbia: Children's Week from the first Monday of October (dated from 2010; first marked 1934)
    ("childrens-day-rs", 2010, date(2010, 10, 4)),
    ("childrens-day-rs", 2017, date(2017, 10, 2)),
    # Tajikistan, Turkmenistan, Uzbekistan, Moldova: 1 June since the Soviet Union's first in 1950
    ("childrens-day-tj", 1950, date(1950, 6, 1)),
    ("childrens-day-tm", 1991, date(1991, 6, 1)),
    ("childrens-day-uz", 1950, date(1950, 6, 1)),
    ("childrens-day-md", 1949, None),
    ("childrens-day-md", 1950, date(1950, 6, 1)),
    # Sri Lanka: 1 October, attested from 2003
    ("childrens-day-lk", 2003, date(2003, 10, 1)),
    # Dominican Republic: 29 September by Decree 288-92 (span from 1993)
    ("childrens-day-do", 1993, date(1993, 9, 29)),
    ("childrens-day-do", 2025, date(2025, 9, 29)),
    # Sudan: World Children's Day kept by the government, attested from 2009
    ("childrens-day-sd", 2020, date(2020, 11, 20)),
    # Tuvalu: first Monday of August under the Public Holidays Act (2008 edition); the rule
    # from 2019 is disputed, so no date is given
    ("childrens-day-tv", 2008, date(2008, 8, 4)),
    ("childrens-day-tv", 2018, date(2018, 8, 6)),
    ("childrens-day-tv", 2019, None),
    # Iceland: last Sunday of May from 2008, the Sunday before when that is Whit Sunday
    ("childrens-day-is", 2007, None),
    ("childrens-day-is", 2008, date(2008, 5, 25)),
    ("childrens-day-is", 2009, date(2009, 5, 24)),
    ("childrens-day-is", 2023, date(2023, 5, 21)),
    ("childrens-day-is", 2024, date(2024, 5, 26)),
    # Tonga: Children's Sunday (Fakame), first Sunday of May (church custom, attested from 2010)
    ("childrens-day-to", 2010, date(2010, 5, 2)),
    ("childrens-day-to", 2024, date(2024, 5, 5)),
    # Philippines: 17 October from Proclamation No. 74 of 16 October 1992
    ("childrens-day-ph", 1991, None),
    ("childrens-day-ph", 1992, date(1992, 10, 17)),
    # Uruguay: 6 January as Día de los Niños from Law 6997 of October 1919
    ("childrens-day-uy", 1919, None),
    ("childrens-day-uy", 1920, date(1920, 1, 6)),
]


@pytest.mark.parametrize(("observance_id", "year", "expected"), DATES)
def test_dates(cat, observance_id, year, expected):
    assert cat[observance_id].date(year) == expected


@pytest.mark.parametrize(
    ("observance_id", "first_year"),
    [
        ("childrens-day-ro", 1950),
        ("childrens-day-rs", 1934),
        ("childrens-day-is", 2008),
        ("childrens-day-ph", 1992),
        ("childrens-day-uy", 1920),
        ("childrens-day-tn", 1992),
        ("childrens-day-lt-20-november", 2024),
    ],
)
def test_sourced_first_years(cat, observance_id, first_year):
    assert cat[observance_id].first_year == first_year


@pytest.mark.parametrize(
    ("observance_id", "year", "edition"),
    [
        ("childrens-day-kr", 1923, 1),
        ("childrens-day-kr", 2018, 96),
        ("childrens-day-kr", 2023, 101),
        ("childrens-day-er", 2016, 25),
        ("childrens-day-er", 2021, 30),
    ],
)
def test_countries_that_number_their_day(cat, observance_id, year, edition):
    assert cat[observance_id].edition(year) == edition


@pytest.mark.parametrize(
    ("observance_id", "year", "holiday"),
    [
        ("childrens-day-jp", 2024, True),
        ("childrens-day-kr", 2024, True),
        ("childrens-day-tr", 2024, True),
        ("childrens-day-ng", 2024, False),  # a school holiday, not a public holiday
        ("childrens-day-id", 2024, False),
        ("childrens-day-tv", 2010, True),
        ("childrens-day-ro", 2016, False),  # a legal holiday from 2017
        ("childrens-day-ro", 2017, True),
    ],
)
def test_public_holiday(cat, observance_id, year, holiday):
    observance = cat[observance_id]
    assert observance.is_public_holiday(year, observance.scope) is holiday


def test_germany_observes_two_days(cat):
    germany = cat.for_country("DE").filter(tags={"childrens-day"})
    days = [(o.start, o.id) for o in germany.occurrences(date(2024, 1, 1), date(2024, 12, 31))]
    assert (date(2024, 9, 20), "childrens-day-de") in days
    assert (date(2024, 6, 1), "international-childrens-day") in days


def test_where_the_national_day_is_the_international_one_the_numbering_is_the_countrys(cat):
    china = cat.for_country("CN")
    assert "childrens-day-cn" not in china
    assert china["international-childrens-day"].edition(2020, country="CN") == 70
    vietnam = cat.for_country("VN")
    assert vietnam["international-childrens-day"].name("vi") == "Ngày Quốc tế Thiếu nhi"


def test_coverage(cat):
    countries = {o.scope for o in cat if "childrens-day" in o.tags and len(o.scope) == 2}
    assert len(countries) >= 120
    for observance in cat:
        assert observance.sources, observance.id


ATTESTED = tomllib.loads((Path(__file__).parent / "national_attested.toml").read_text("utf-8"))[
    "attested"
]


@pytest.mark.parametrize(
    "entry", ATTESTED, ids=[f"{a['id']}-{a['date'].isoformat()}" for a in ATTESTED]
)
def test_every_dated_attestation_from_the_sources(cat, entry):
    """A source says the day was held on this date (see the excerpt in the table)."""
    assert entry["source"].startswith(("https://", "http://"))
    assert cat[entry["id"]].date(entry["date"].year) == entry["date"]


def test_the_attestations_cover_most_countries():
    countries = {a["id"].split("-")[2] for a in ATTESTED}
    assert len(countries) >= 90


# Their English names were cited to a US community arts group's page: they are marked
# translations of the sourced name in the country's language.
ENGLISH_NAME_TRANSLATED = [
    ("childrens-day-ar", "es", "Día del Niño"),
    ("childrens-day-br", "pt", "Dia das Crianças"),
    ("childrens-day-de", "de", "Weltkindertag"),
    ("childrens-day-de-1-june", "de", "Internationaler Kindertag"),
    ("childrens-day-bg", "bg", "Международен ден на детето"),
    ("childrens-day-pt", "pt", "Dia Mundial da Criança"),
]


@pytest.mark.parametrize(("record", "lang", "own_name"), ENGLISH_NAME_TRANSLATED)
def test_an_english_name_no_english_source_gives_is_a_marked_translation(
    cat, record, lang, own_name
):
    observance = cat[record]
    english = observance.localized_name("en")
    assert english.status == "translated"
    own = observance.localized_name(lang)
    assert (own.text, own.status) == (own_name, "sourced")


def test_no_national_name_cites_the_us_community_page_any_longer(cat):
    cited = [
        (o.id, lang)
        for o in cat
        for lang, url in (o.record.name_sources or {}).items()
        if "casaazulgreensboro" in url
    ]
    assert cited == []
