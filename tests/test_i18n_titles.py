"""Edition titles, year labels, anniversaries and dates in the 12 languages, exactly."""

from __future__ import annotations

from datetime import date

import pytest

from childdays.i18n import (
    LANGUAGES,
    anniversary_title,
    edition_title,
    format_date,
    year_title,
)

N = "NAME"
EDITIONS = (1, 2, 3, 11, 21, 23, 75, 101, 111)

# language, gender of the name -> the titles of EDITIONS
EXPECTED = {
    ("en", "masculine"): [
        "1st NAME",
        "2nd NAME",
        "3rd NAME",
        "11th NAME",
        "21st NAME",
        "23rd NAME",
        "75th NAME",
        "101st NAME",
        "111th NAME",
    ],
    ("km", "masculine"): [
        "NAME លើកទី១",
        "NAME លើកទី២",
        "NAME លើកទី៣",
        "NAME លើកទី១១",
        "NAME លើកទី២១",
        "NAME លើកទី២៣",
        "NAME លើកទី៧៥",
        "NAME លើកទី១០១",
        "NAME លើកទី១១១",
    ],
    ("fr", "feminine"): [
        "1re NAME",
        "2e NAME",
        "3e NAME",
        "11e NAME",
        "21e NAME",
        "23e NAME",
        "75e NAME",
        "101e NAME",
        "111e NAME",
    ],
    ("fr", "masculine"): [
        "1er NAME",
        "2e NAME",
        "3e NAME",
        "11e NAME",
        "21e NAME",
        "23e NAME",
        "75e NAME",
        "101e NAME",
        "111e NAME",
    ],
    ("es", "masculine"): [
        "1.er NAME",
        "2.º NAME",
        "3.er NAME",
        "11.º NAME",
        "21.er NAME",
        "23.er NAME",
        "75.º NAME",
        "101.er NAME",
        "111.º NAME",
    ],
    ("es", "feminine"): [
        "1.ª NAME",
        "2.ª NAME",
        "3.ª NAME",
        "11.ª NAME",
        "21.ª NAME",
        "23.ª NAME",
        "75.ª NAME",
        "101.ª NAME",
        "111.ª NAME",
    ],
    ("pt", "masculine"): [
        "1.º NAME",
        "2.º NAME",
        "3.º NAME",
        "11.º NAME",
        "21.º NAME",
        "23.º NAME",
        "75.º NAME",
        "101.º NAME",
        "111.º NAME",
    ],
    ("zh", "masculine"): [
        "第1个NAME",
        "第2个NAME",
        "第3个NAME",
        "第11个NAME",
        "第21个NAME",
        "第23个NAME",
        "第75个NAME",
        "第101个NAME",
        "第111个NAME",
    ],
    ("ja", "masculine"): [
        "第1回 NAME",
        "第2回 NAME",
        "第3回 NAME",
        "第11回 NAME",
        "第21回 NAME",
        "第23回 NAME",
        "第75回 NAME",
        "第101回 NAME",
        "第111回 NAME",
    ],
    ("vi", "masculine"): [f"NAME lần thứ {n}" for n in EDITIONS],
    ("th", "masculine"): [f"NAME ครั้งที่ {n}" for n in EDITIONS],
    ("id", "masculine"): [f"NAME ke-{n}" for n in EDITIONS],
    ("ru", "masculine"): [f"{n}-й NAME" for n in EDITIONS],
    ("ru", "feminine"): [f"{n}-я NAME" for n in EDITIONS],
    ("ar", "masculine"): [f"NAME الـ{n}" for n in EDITIONS],
}


@pytest.mark.parametrize(("lang", "gender"), list(EXPECTED))
def test_edition_titles(lang, gender):
    assert [edition_title(lang, N, n, gender) for n in EDITIONS] == EXPECTED[(lang, gender)]


def test_every_language_has_edition_titles():
    assert {lang for lang, _ in EXPECTED} == set(LANGUAGES)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "NAME 2024"),
        ("km", "NAME ឆ្នាំ២០២៤"),
        ("fr", "NAME 2024"),
        ("es", "NAME 2024"),
        ("pt", "NAME 2024"),
        ("zh", "2024年NAME"),
        ("ja", "2024年 NAME"),
        ("vi", "NAME năm 2024"),
        ("th", "NAME ประจำปี 2567"),
        ("id", "NAME 2024"),
        ("ru", "NAME 2024"),
        ("ar", "NAME لعام 2024"),
    ],
)
def test_year_labels(lang, expected):
    assert year_title(lang, N, 2024) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "35th anniversary of NAME"),
        ("km", "ខួបលើកទី៣៥ NAME"),
        ("fr", "NAME : 35e anniversaire"),
        ("es", "NAME: 35.º aniversario"),
        ("zh", "NAME35周年"),
        ("vi", "Kỷ niệm 35 năm NAME"),
    ],
)
def test_anniversaries(lang, expected):
    assert anniversary_title(lang, N, 35) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("km", "ថ្ងៃទី១ ខែមិថុនា ឆ្នាំ២០២៤"),
        ("en", "1 June 2024"),
        ("fr", "1er juin 2024"),
        ("es", "1 de junio de 2024"),
        ("pt", "1 de junho de 2024"),
        ("zh", "2024年6月1日"),
        ("ja", "2024年6月1日"),
        ("vi", "ngày 1 tháng 6 năm 2024"),
        ("th", "1 มิถุนายน 2567"),
        ("id", "1 Juni 2024"),
        ("ru", "1 июня 2024 г."),
        ("ar", "1 يونيو 2024"),
        ("de", "1 June 2024"),
    ],
)
def test_dates_in_prose(lang, expected):
    assert format_date(date(2024, 6, 1), lang) == expected


def test_the_75th_anniversary_in_khmer(cat):
    icd = cat["international-childrens-day"]
    assert icd.anniversary_title(2024, "km") == "ខួបលើកទី៧៥ ទិវាកុមារអន្តរជាតិ"
    assert icd.occurrence(2024).date_text("km") == "ថ្ងៃទី១ ខែមិថុនា ឆ្នាំ២០២៤"
    assert icd.anniversary_title(1949, "en") is None


def test_no_language_falls_back_when_the_observance_has_a_name_in_it(cat):
    for observance in cat:
        year = observance.first_year or observance.record.schedule[0].since
        for lang, name in observance.names.items():
            assert observance.name(lang) == name
            assert name in observance.title(year + 1, lang), (observance.id, lang)


def test_numbered_french_journees_are_feminine(cat):
    for observance in cat:
        french = observance.names.get("fr", "")
        if observance.label == "edition" and french.startswith("Journée"):
            assert observance.record.genders.get("fr") == "feminine", observance.id
            year = observance.year_of_edition(1)
            assert observance.title(year, "fr").startswith("1re "), observance.id
