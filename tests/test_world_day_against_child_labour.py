"""World Day Against Child Labour: 12 June, launched by the ILO in 2002."""

from __future__ import annotations

from datetime import date

import pytest

ID = "world-day-against-child-labour"


def test_2001_has_no_world_day_against_child_labour(cat):
    assert cat[ID].date(2001) is None
    assert cat[ID].occurrence(2001) is None
    assert cat[ID].edition(2001) is None


@pytest.mark.parametrize(
    ("year", "expected"),
    [(2002, date(2002, 6, 12)), (2013, date(2013, 6, 12)), (2024, date(2024, 6, 12))],
)
def test_date(cat, year, expected):
    assert cat[ID].date(year) == expected


@pytest.mark.parametrize(
    ("year", "edition"),
    [
        (2002, 1),
        (2003, 2),
        (2005, 4),
        (2013, 12),
        (2016, 15),
        (2017, 16),
        (2020, 19),
        (2021, 20),
        (2023, 22),
        (2024, 23),
    ],
)
def test_editions(cat, year, edition):
    assert cat[ID].edition(year) == edition
    assert cat[ID].year_of_edition(edition) == year


def test_established_by_the_ilo(cat):
    assert cat[ID].established_by == "International Labour Organization"
    assert cat[ID].first_year == 2002
    assert "child-labour" in cat[ID].tags


@pytest.mark.parametrize(
    ("year", "theme"),
    [
        (2002, "A future without child labour"),
        (2013, "No to child labour in domestic work"),
        (2018, "Generation Safe and Healthy"),
    ],
)
def test_official_themes(cat, year, theme):
    assert cat[ID].occurrence(year).theme("en") == theme


@pytest.mark.parametrize(
    ("year", "theme"),
    [
        (2008, "L'éducation, la bonne réponse au travail des enfants"),
        (2019, "Les enfants ne devraient pas travailler aux champs, mais sur leurs rêves"),
        (2024, "Respectons nos engagements: mettons fin au travail des enfants!"),
    ],
)
def test_french_themes(cat, year, theme):
    assert cat[ID].occurrence(year).theme("fr") == theme


def test_2007_has_no_theme_in_any_language(cat):
    """The ILO named only the topic (agriculture) in 2007; no wording was found."""
    assert cat[ID].localized_theme(2007, "fr") is None
    assert cat[ID].occurrence(2007).theme("en") is None


def test_a_french_reader_sees_the_english_theme_of_a_year_without_a_french_one(cat):
    found = cat[ID].localized_theme(2005, "fr")
    assert found is not None
    assert found.lang == "en"
    assert found.text == "A Load too Heavy: Child labour in mining and quarrying"


def test_titles(cat):
    occ = cat[ID].occurrence(2024)
    assert occ.title("en") == "23rd World Day Against Child Labour"
    assert occ.title("km") == "ទិវាពិភពលោកប្រឆាំងពលកម្មកុមារ លើកទី២៣"
    assert cat[ID].occurrence(2002).title("fr") == (
        "1re Journée mondiale contre le travail des enfants"
    )
    assert cat[ID].occurrence(2004).title("es") == "3.er Día Mundial contra el Trabajo Infantil"
