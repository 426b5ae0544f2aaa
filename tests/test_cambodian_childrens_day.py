"""Cambodian Children's Day: celebrated jointly on 1 June, named by year, never numbered."""

from __future__ import annotations

from datetime import date

import pytest

ID = "cambodian-childrens-day"


def test_is_cambodian(cat):
    assert cat[ID].scope == "KH"
    assert "childrens-day" in cat[ID].tags
    assert ID in cat.for_country("KH")
    assert ID not in cat.for_country("VN")


def test_held_jointly_on_1_june(cat):
    assert cat[ID].date(2024) == date(2024, 6, 1)
    assert cat[ID].date(2024) == cat["international-childrens-day"].date(2024)


def test_never_numbered(cat):
    assert cat[ID].edition(2024) is None
    assert cat[ID].occurrence(2024).edition is None
    assert cat[ID].year_of_edition(1) is None


def test_named_by_year(cat):
    occ = cat[ID].occurrence(2024)
    assert occ.title("en") == "Cambodian Children's Day 2024"
    assert occ.title("km") == "ទិវាកុមារកម្ពុជា ឆ្នាំ២០២៤"


def test_2013_is_the_earliest_attested_year_not_a_founding_year(cat):
    ccd = cat[ID]
    assert ccd.first_year is None
    assert ccd.start_known is False
    assert ccd.date(2013) == date(2013, 6, 1)
    assert ccd.date(2012) is None
    assert ccd.as_dict()["start_known"] is False
    assert ccd.record.note is not None
    assert "No source was found for when Cambodian Children's Day was established" in (
        ccd.record.note
    )


def test_the_2023_joint_theme_in_khmer_and_english(cat):
    occ = cat[ID].occurrence(2023, country="KH")
    assert occ.theme("km") == ("យើងរួមគ្នាថែរក្សាការពារ និងអភិវឌ្ឍកុមារគ្រប់រូបក្រោមម្លប់សន្តិភាពក្នុងយុគ្គសម័យឌីជីថល")
    assert occ.theme("en") == (
        "We must unite to safeguard and develop children in the shade of peace in the digital age"
    )
    assert cat[ID].localized_theme(2023, "en", country="KH").status == "sourced"


def test_the_2013_joint_theme(cat):
    assert cat[ID].occurrence(2013, country="KH").theme("en") == (
        "Child development is the foundation for the national development"
    )


@pytest.mark.parametrize(
    ("year", "day"),
    [
        (2013, date(2013, 6, 1)),
        (2016, date(2016, 5, 31)),
        (2017, date(2017, 6, 8)),
        (2024, date(2024, 5, 30)),
    ],
)
def test_joint_national_ceremonies(cat, year, day):
    ours = cat[ID].ceremony(year, "KH")
    international = cat["international-childrens-day"].ceremony(year, "KH")
    assert ours is not None
    assert international is not None
    assert (ours.date, international.date) == (day, day)


def test_the_2013_joint_theme_in_khmer_is_a_marked_translation(cat):
    theme = cat[ID].localized_theme(2013, "km", country="KH")
    assert theme is not None
    assert (theme.text, theme.lang, theme.status, theme.source) == (
        "ការអភិវឌ្ឍកុមារ គឺជាមូលដ្ឋានគ្រឹះនៃការអភិវឌ្ឍជាតិ",
        "km",
        "translated",
        None,
    )
    english = cat[ID].localized_theme(2013, "en", country="KH")
    assert english is not None
    assert english.status == "sourced"


@pytest.mark.parametrize("year", [2024, 2025])
def test_no_joint_theme_is_recorded_where_none_was_read(cat, year):
    # 2024: the Prime Minister's message was read in a reprint that gives no theme;
    # 2025: the one source read gives none. Nothing is filled in by guesswork.
    assert cat[ID].occurrence(year, country="KH").theme("km") is None
    assert cat[ID].occurrence(year, country="KH").theme("en") is None


def test_the_2024_prime_ministers_message_is_cited(cat):
    urls = [source.url for source in cat[ID].sources]
    assert (
        "https://singaporenewsgazette.com/pm-marks-childrens-days-with-emphasis-on-online-security-for-children"
        in urls
    )
    assert "read in an English reprint (Singapore News Gazette), which gives no theme" in (
        cat[ID].record.note or ""
    )


def test_the_2022_prime_ministers_message_attests_the_day(cat):
    assert "https://eacnews.asia/home/details/12896" in [s.url for s in cat[ID].sources]
    assert "2022 (EAC News: the Prime Minister's message for the 73rd International" in (
        cat[ID].record.note or ""
    )
    assert cat["international-childrens-day"].edition(2022) == 73
