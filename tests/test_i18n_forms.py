"""Every language's ordinal, edition, anniversary and year forms, exactly."""

from __future__ import annotations

from datetime import date

import pytest

from childdays.i18n import (
    anniversary_title,
    edition_title,
    fallback_chain,
    format_date,
    khmer_digits,
    month_name,
    pick,
    year_title,
)


@pytest.mark.parametrize(
    ("number", "title"),
    [
        (1, "1st Day"),
        (2, "2nd Day"),
        (3, "3rd Day"),
        (4, "4th Day"),
        (11, "11th Day"),
        (12, "12th Day"),
        (13, "13th Day"),
        (21, "21st Day"),
        (22, "22nd Day"),
        (23, "23rd Day"),
        (101, "101st Day"),
        (111, "111th Day"),
        (112, "112th Day"),
    ],
)
def test_english_ordinals(number, title):
    assert edition_title("en", "Day", number) == title


@pytest.mark.parametrize(
    ("lang", "gender", "number", "title"),
    [
        ("fr", "masculine", 1, "1er Jour"),
        ("fr", "feminine", 1, "1re Jour"),
        ("fr", "feminine", 2, "2e Jour"),
        ("fr", "masculine", 75, "75e Jour"),
        ("es", "masculine", 1, "1.er Día"),
        ("es", "masculine", 3, "3.er Día"),
        ("es", "masculine", 11, "11.º Día"),
        ("es", "masculine", 13, "13.er Día"),
        ("es", "masculine", 21, "21.er Día"),
        ("es", "masculine", 111, "111.º Día"),
        ("es", "masculine", 101, "101.er Día"),
        ("es", "masculine", 2, "2.º Día"),
        ("es", "feminine", 1, "1.ª Día"),
        ("es", "feminine", 3, "3.ª Día"),
        ("pt", "masculine", 1, "1.º Dia"),
        ("pt", "feminine", 1, "1.ª Dia"),
        ("pt", "neuter", 7, "7.º Dia"),
        ("ru", "masculine", 5, "5-й День"),
        ("ru", "feminine", 5, "5-я День"),
        ("ru", "neuter", 5, "5-е День"),
    ],
)
def test_gendered_ordinals(lang, gender, number, title):
    assert edition_title(lang, title.split(" ", 1)[1], number, gender) == title


@pytest.mark.parametrize(
    ("lang", "title"),
    [("fr", "1er Jour"), ("es", "1.er Jour"), ("pt", "1.º Jour"), ("ru", "1-й Jour")],
)
def test_the_default_gender_is_masculine(lang, title):
    assert edition_title(lang, "Jour", 1) == title


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "75th X"),
        ("km", "X លើកទី៧៥"),
        ("fr", "75e X"),
        ("es", "75.º X"),
        ("pt", "75.º X"),
        ("zh", "第75个X"),
        ("ja", "第75回 X"),
        ("vi", "X lần thứ 75"),
        ("th", "X ครั้งที่ 75"),
        ("id", "X ke-75"),
        ("ru", "75-й X"),
        ("ar", "X الـ75"),
        ("pt-BR", "75.º X"),
        ("xx", "X"),
    ],
)
def test_edition_title_in_every_language(lang, title):
    assert edition_title(lang, "X", 75) == title


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "75th anniversary of X"),
        ("km", "ខួបលើកទី៧៥ X"),
        ("fr", "X : 75e anniversaire"),
        ("es", "X: 75.º aniversario"),
        ("pt", "X: 75.º aniversário"),
        ("zh", "X75周年"),
        ("ja", "X 75周年"),
        ("vi", "Kỷ niệm 75 năm X"),
        ("th", "ครบรอบ 75 ปี X"),
        ("id", "X: peringatan ke-75"),
        ("ru", "X: 75-я годовщина"),
        ("ar", "X: الذكرى الـ75"),
        ("xx", "75th anniversary of X"),
        ("pt-BR", "X: 75.º aniversário"),
        ("zh-Hant", "X75周年"),
    ],
)
def test_anniversary_title_in_every_language(lang, title):
    assert anniversary_title(lang, "X", 75) == title


@pytest.mark.parametrize(
    ("number", "title"),
    [(1, "X : 1er anniversaire"), (2, "X : 2e anniversaire")],
)
def test_french_anniversaries_are_masculine(number, title):
    assert anniversary_title("fr", "X", number) == title


def test_spanish_first_anniversary_is_apocopated():
    assert anniversary_title("es", "X", 1) == "X: 1.er aniversario"


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "X 2024"),
        ("km", "X ឆ្នាំ២០២៤"),
        ("zh", "2024年X"),
        ("ja", "2024年 X"),
        ("vi", "X năm 2024"),
        ("th", "X ประจำปี 2567"),
        ("ar", "X لعام 2024"),
        ("fr", "X 2024"),
    ],
)
def test_year_title_in_every_language(lang, title):
    assert year_title(lang, "X", 2024) == title


def test_khmer_digits():
    assert khmer_digits(1234567890) == "១២៣៤៥៦៧៨៩០"
    assert khmer_digits("ឆ្នាំ2024") == "ឆ្នាំ២០២៤"


@pytest.mark.parametrize(
    ("lang", "chain"),
    [
        ("en", ("en",)),
        ("km", ("km", "en")),
        ("pt-BR", ("pt-BR", "pt", "en")),
        ("zh-Hant-TW", ("zh-Hant-TW", "zh-Hant", "zh", "en")),
    ],
)
def test_fallback_chain(lang, chain):
    assert fallback_chain(lang) == chain


def test_pick_takes_the_first_language_of_the_chain_that_has_a_text():
    texts = {"en": "English", "pt": "Português"}
    assert pick(texts, "pt-BR") == ("pt", "Português")
    assert pick(texts, "km") == ("en", "English")
    assert pick({"fr": "Français"}, "km") is None


@pytest.mark.parametrize(
    ("lang", "month", "name"), [("km", 6, "មិថុនា"), ("en", 12, "December"), ("xx", 1, "January")]
)
def test_month_names(lang, month, name):
    assert month_name(month, lang) == name


@pytest.mark.parametrize(
    ("lang", "text"),
    [("km", "ថ្ងៃទី១ ខែមិថុនា ឆ្នាំ២០២៤"), ("en", "1 June 2024"), ("xx", "1 June 2024")],
)
def test_dates_in_prose(lang, text):
    assert format_date(date(2024, 6, 1), lang) == text
