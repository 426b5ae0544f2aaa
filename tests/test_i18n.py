"""Ordinals and titles per language; no process locale involved."""

from __future__ import annotations

import pytest

from childdays.i18n import edition_title, fallback_chain, khmer_digits, language_name, year_title

EDITIONS = [1, 2, 3, 11, 12, 13, 21, 22, 23, 75, 101, 111]


@pytest.mark.parametrize(
    ("edition", "expected"),
    list(
        zip(
            EDITIONS,
            [
                "1st",
                "2nd",
                "3rd",
                "11th",
                "12th",
                "13th",
                "21st",
                "22nd",
                "23rd",
                "75th",
                "101st",
                "111th",
            ],
            strict=True,
        )
    ),
)
def test_english_ordinals(edition, expected):
    assert edition_title("en", "Day", edition) == f"{expected} Day"


@pytest.mark.parametrize(
    ("edition", "feminine", "masculine"),
    [(1, "1re", "1er"), (2, "2e", "2e"), (75, "75e", "75e")],
)
def test_french_ordinals(edition, feminine, masculine):
    assert edition_title("fr", "Journée", edition, "feminine") == f"{feminine} Journée"
    assert edition_title("fr", "Jour", edition, "masculine") == f"{masculine} Jour"


@pytest.mark.parametrize(
    ("edition", "masculine", "feminine"),
    [
        (1, "1.er", "1.ª"),
        (2, "2.º", "2.ª"),
        (3, "3.er", "3.ª"),
        (11, "11.º", "11.ª"),
        (75, "75.º", "75.ª"),
    ],
)
def test_spanish_ordinals(edition, masculine, feminine):
    assert edition_title("es", "Día", edition) == f"{masculine} Día"
    assert edition_title("es", "Jornada", edition, "feminine") == f"{feminine} Jornada"


def test_khmer_uses_khmer_digits():
    assert khmer_digits(1234567890) == "១២៣៤៥៦៧៨៩០"
    assert edition_title("km", "ទិវាកុមារអន្តរជាតិ", 75) == "ទិវាកុមារអន្តរជាតិ លើកទី៧៥"
    assert year_title("km", "ទិវាកុមារកម្ពុជា", 2024) == "ទិវាកុមារកម្ពុជា ឆ្នាំ២០២៤"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh", "第75个国际儿童节"),
        ("vi", "国际儿童节 lần thứ 75"),
        ("th", "国际儿童节 ครั้งที่ 75"),
        ("id", "国际儿童节 ke-75"),
        ("ja", "第75回 国际儿童节"),
    ],
)
def test_other_patterns(lang, expected):
    assert edition_title(lang, "国际儿童节", 75) == expected


def test_fallback_chain():
    assert fallback_chain("pt-BR") == ("pt-BR", "pt", "en")
    assert fallback_chain("km") == ("km", "en")
    assert fallback_chain("en") == ("en",)
    assert fallback_chain("zh_Hans_CN") == ("zh-Hans-CN", "zh-Hans", "zh", "en")


def test_titles_do_not_depend_on_the_process_locale():
    import subprocess
    import sys

    code = (
        "import childdays; o = childdays.catalog()['international-childrens-day'];"
        "print(o.title(2024, 'en'), o.title(2024, 'km'), sep='|')"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            check=True,
            env={"LANG": lang, "LC_ALL": lang, "PYTHONIOENCODING": "utf-8"},
        ).stdout
        for lang in ("C", "km_KH.UTF-8", "fr_FR.UTF-8")
    }
    assert outputs == {"75th International Children's Day|ទិវាកុមារអន្តរជាតិ លើកទី៧៥\n".encode()}


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("pt-BR", "en", "Portuguese"),  # a regional variant is named by its language
        ("km", "fr", "khmer"),
        ("en", "km", "អង់គ្លេស"),
        ("xx", "en", "xx"),  # unknown: the code itself
    ],
)
def test_language_names(code, lang, name):
    assert language_name(code, lang) == name


def test_a_regional_variant_takes_its_languages_year_title():
    assert year_title("th-TH", "วันเด็ก", 2024) == "วันเด็ก ประจำปี 2567"  # Buddhist Era
