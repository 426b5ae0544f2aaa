"""Cambodian Children's Day: celebrated jointly on 1 June, named by year, never numbered."""

from __future__ import annotations

from datetime import date

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
