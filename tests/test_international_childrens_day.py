"""International Children's Day: 1 June since 1950, counted as Cambodia counts it (1950 = 1st)."""

from __future__ import annotations

from datetime import date

import pytest

ID = "international-childrens-day"


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1949, None),  # decided in November 1949, first held in 1950
        (1950, date(1950, 6, 1)),
        (2020, date(2020, 6, 1)),
        (2024, date(2024, 6, 1)),
        (2100, date(2100, 6, 1)),
    ],
)
def test_date(cat, year, expected):
    assert cat[ID].date(year) == expected


@pytest.mark.parametrize(
    ("year", "edition"),
    [
        (1950, 1),
        (2011, 62),
        (2013, 64),
        (2015, 66),
        (2017, 68),
        (2018, 69),
        (2020, 71),
        (2022, 73),
        (2023, 74),
        (2024, 75),
        (2025, 76),
    ],
)
def test_cambodian_official_editions(cat, year, edition):
    assert cat[ID].edition(year) == edition
    assert cat[ID].year_of_edition(edition) == year


def test_no_edition_before_the_first(cat):
    assert cat[ID].edition(1949) is None
    assert cat[ID].year_of_edition(0) is None


def test_china_counts_1951_as_the_first(cat):
    assert cat[ID].edition(2020, country="CN") == 70
    assert cat[ID].edition(1951, country="CN") == 1
    assert cat[ID].edition(1950, country="CN") is None
    assert cat[ID].year_of_edition(70, country="CN") == 2020


def test_a_country_without_its_own_epoch_uses_the_default_count(cat):
    assert cat[ID].edition(2024, country="KH") == 75


def test_2024_is_the_75th_anniversary_of_the_1949_decision(cat):
    assert cat[ID].established == 1949
    assert cat[ID].anniversary(2024) == 75
    assert cat[ID].anniversary(1949) is None


def test_titles(cat):
    occ = cat[ID].occurrence(2024)
    assert occ.title("en") == "75th International Children's Day"
    assert occ.title("km") == "ទិវាកុមារអន្តរជាតិ លើកទី៧៥"
    assert occ.title("fr") == "75e Journée internationale de l'enfance"
    assert occ.title("zh") == "第75个国际儿童节"
    assert cat[ID].occurrence(2020).title("en") == "71st International Children's Day"


def test_names(cat):
    icd = cat[ID]
    assert icd.name("km") == "ទិវាកុមារអន្តរជាតិ"
    assert icd.name("en") == "International Children's Day"
    assert icd.name("km-KH") == "ទិវាកុមារអន្តរជាតិ"
    assert icd.name("de") == "International Children's Day"  # falls back to English


def test_no_longer_a_public_holiday_in_cambodia_from_2020(cat):
    icd = cat[ID]
    assert icd.is_public_holiday(2019, "KH")
    assert not icd.is_public_holiday(2020, "KH")
    assert not icd.is_public_holiday(2024, "KH")


def test_the_sub_decree_that_removed_the_holiday_is_cited(cat):
    (holiday,) = [h for h in cat[ID].record.public_holiday if h.country == "KH"]
    assert (holiday.since, holiday.until) == (2002, 2019)
    assert holiday.note is not None
    assert "Sub-decree No. 112 អនក្រ.បក of 2 August 2019" in holiday.note


@pytest.mark.parametrize(
    ("year", "day", "place"),
    [
        (2007, date(2007, 6, 1), "Phnom Penh"),
        (2011, date(2011, 5, 26), "Phnom Penh"),
        (2013, date(2013, 6, 1), "Diamond Island Grand Theater, Phnom Penh"),
        (2015, date(2015, 6, 1), "Diamond Island Grand Theater, Phnom Penh"),
        (2016, date(2016, 5, 31), None),  # a day early: the Prime Minister left for Malaysia
        (2017, date(2017, 6, 8), "Koh Pich Convention and Exhibition Hall"),
        (2024, date(2024, 5, 30), "សាលមហោស្រពកោះពេជ្រ (Koh Pich theatre hall)"),
    ],
)
def test_cambodian_national_ceremonies(cat, year, day, place):
    ceremony = cat[ID].ceremony(year, "KH")
    assert ceremony is not None
    assert (ceremony.date, ceremony.place) == (day, place)
    assert cat[ID].occurrence(year).start == date(year, 6, 1)


def test_the_2024_ceremony_was_presided_over_by_deputy_prime_minister_sar_sokha(cat):
    ceremony = cat[ID].ceremony(2024, "KH")
    assert ceremony is not None
    assert ceremony.note is not None
    assert "Presided over by Deputy Prime Minister Sar Sokha, Minister of Interior" in ceremony.note


def test_cambodia_held_its_2024_ceremony_on_30_may(cat):
    ceremony = cat[ID].ceremony(2024, "KH")
    assert ceremony is not None
    assert ceremony.date == date(2024, 5, 30)
    assert cat[ID].occurrence(2024).start == date(2024, 6, 1)


def test_cambodian_theme_is_shown_in_cambodia_only(cat):
    icd = cat[ID]
    assert icd.occurrence(2018, country="KH").theme("en") == (
        "Together Protecting Children for Family and Society Development"
    )
    assert icd.occurrence(2018).theme("en") is None


def test_occurrence(cat):
    occ = cat[ID].occurrence(2024)
    assert (occ.year, occ.start, occ.end, occ.edition, occ.confirmed) == (
        2024,
        date(2024, 6, 1),
        date(2024, 6, 1),
        75,
        True,
    )
    assert occ.as_dict()["title"] == "75th International Children's Day"
    assert occ.as_dict()["start"] == "2024-06-01"


@pytest.mark.parametrize(
    ("year", "khmer", "english"),
    [
        (
            2011,
            "សិទ្ធិរស់រានមានជីវិតស្មើគ្នាសម្រាប់កុមារទាំងអស់ – រួមគ្នាកាត់បន្ថយមរណភាពកុមារនៅទូទាំងប្រទេសកម្ពុជា",
            "Equal right to life for all children – work together to reduce child mortality"
            " across Cambodia",
        ),
        (
            2013,
            "ការអភិវឌ្ឍកុមារ គឺជាមូលដ្ឋានគ្រឹះនៃការអភិវឌ្ឍជាតិ",
            "Child development is the foundation for the national development",
        ),
        (
            2017,
            "លើកកម្ពស់ការចូលរួមរបស់កុមារ ដើម្បីការអភិវឌ្ឍសង្គម",
            "Promoting Child Participation for Social Development",
        ),
        (
            2018,
            "រួមគ្នាការពារកុមារ ដើម្បីការអភិវឌ្ឍគ្រួសារ និងសង្គម",
            "Together Protecting Children for Family and Society Development",
        ),
    ],
)
def test_cambodian_themes_read_only_in_english_have_a_marked_khmer_translation(
    cat, year, khmer, english
):
    km = cat[ID].localized_theme(year, "km", country="KH")
    en = cat[ID].localized_theme(year, "en", country="KH")
    assert km is not None
    assert en is not None
    assert (km.text, km.lang, km.status) == (khmer, "km", "translated")
    assert (en.text, en.lang, en.status) == (english, "en", "sourced")


def test_the_2023_cambodian_theme_is_sourced_in_khmer(cat):
    km = cat[ID].localized_theme(2023, "km", country="KH")
    assert km is not None
    assert (km.status, km.source) == (
        "sourced",
        "https://freshnewsasia.com/index.php/en/localnews/293426-2023-05-30-07-25-36.html",
    )


def test_a_khmer_feed_labels_a_translated_cambodian_theme_as_unofficial(cat):
    import icalendar

    from childdays.ical import to_ical

    occurrence = cat.for_country("KH")[ID].occurrence(2018, country="KH")
    (event,) = icalendar.Calendar.from_ical(to_ical([occurrence], lang="km")).walk("VEVENT")
    assert event["DESCRIPTION"].params["LANGUAGE"] == "km"
    assert str(event["DESCRIPTION"]).startswith(
        "ប្រធានបទ (បកប្រែក្រៅផ្លូវការ): រួមគ្នាការពារកុមារ ដើម្បីការអភិវឌ្ឍគ្រួសារ និងសង្គម"
    )


@pytest.mark.parametrize("year", [2012, 2014, 2015, 2016, 2019, 2020, 2021, 2022, 2024, 2025])
def test_no_cambodian_theme_is_recorded_for_years_whose_theme_was_not_read(cat, year):
    occurrence = cat[ID].occurrence(year, country="KH")
    assert (occurrence.theme("km"), occurrence.theme("en")) == (None, None)
