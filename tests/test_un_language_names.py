"""The seed's observances named in the six UN languages, each with its status (issue 13)."""

from __future__ import annotations

import pytest

import childdays

CATALOG = childdays.catalog()

#: (observance, language) -> (name, status). A translation made for childdays is "translated".
NAMES = {
    "international-childrens-day": {
        "en": ("International Children's Day", "sourced"),
        "fr": ("Journée internationale de l'enfance", "sourced"),
        "es": ("Día Internacional de la Infancia", "sourced"),
        "zh": ("国际儿童节", "sourced"),
        "ar": ("اليوم الدولي للطفل", "translated"),
        "ru": ("Международный день защиты детей", "sourced"),
    },
    "world-day-against-child-labour": {
        "en": ("World Day Against Child Labour", "sourced"),
        "fr": ("Journée mondiale contre le travail des enfants", "sourced"),
        "es": ("Día Mundial contra el Trabajo Infantil", "sourced"),
        "zh": ("世界无童工日", "sourced"),
        "ar": ("اليوم العالمي لمكافحة عمل الأطفال", "sourced"),
        "ru": ("Всемирный день борьбы с детским трудом", "sourced"),
    },
    "world-childrens-day": {
        "en": ("World Children's Day", "sourced"),
        "fr": ("Journée mondiale de l’enfance", "sourced"),
        "es": ("Día Mundial de la Infancia", "sourced"),
        "zh": ("世界儿童日", "sourced"),
        "ar": ("اليوم العالمي للطفل", "sourced"),
        "ru": ("Всемирный день ребенка", "sourced"),
    },
    "safer-internet-day": {
        "en": ("Safer Internet Day", "sourced"),
        "fr": ("Journée pour un Internet plus sûr", "sourced"),
        "es": ("Día de Internet Segura", "sourced"),
        "zh": ("安全上网日", "translated"),
        "ar": ("اليوم العالمي للإنترنت الآمن", "sourced"),
        "ru": ("Международный день безопасного Интернета", "sourced"),
    },
}


@pytest.mark.parametrize(
    ("observance_id", "lang", "name", "status"),
    [
        (observance_id, lang, name, status)
        for observance_id, names in NAMES.items()
        for lang, (name, status) in names.items()
    ],
)
def test_the_seed_observances_in_the_six_un_languages(observance_id, lang, name, status):
    found = CATALOG[observance_id].localized_name(lang)
    assert (found.text, found.lang, found.status) == (name, lang, status)
    if status == "sourced":
        assert found.source is not None
        assert found.source.startswith(("http://", "https://"))
    else:
        assert found.source is None


@pytest.mark.parametrize(
    ("year", "lang", "theme"),
    [
        (2013, "ar", "لا لعمالة الأطفال في العمل المنزلي!"),
        (2016, "ar", "وضع حدٍّ لعمل الأطفال في سلاسل التوريد هو مسؤولية الجميع!"),
        (2018, "en", "Generation Safe and Healthy"),
        (2018, "fr", "Génération « Sécurité et santé »"),
        (2023, "ar", "تحقيق العدالة الاجتماعية للجميع.. إنهاء عمل الأطفال"),
        (2024, "fr", "Respectons nos engagements: mettons fin au travail des enfants!"),
    ],
)
def test_world_day_against_child_labour_themes_in_the_un_languages(year, lang, theme):
    found = CATALOG["world-day-against-child-labour"].localized_theme(year, lang)
    assert found is not None
    assert (found.text, found.lang, found.status) == (theme, lang, "sourced")


def test_a_year_without_a_theme_in_a_language_falls_back_to_english():
    found = CATALOG["world-day-against-child-labour"].localized_theme(2018, "ru")
    assert found is not None
    assert (found.text, found.lang) == ("Generation Safe and Healthy", "en")


@pytest.mark.parametrize(
    ("lang", "theme"),
    [
        ("en", "Learning for people, planet, prosperity and peace"),
        ("fr", "Apprendre pour les populations, la planète, la prospérité et la paix"),
        ("ru", "Обучение для людей, планеты, благополучия и мира"),
    ],
)
def test_the_2020_theme_of_the_international_day_of_education(lang, theme):
    assert CATALOG["international-day-of-education"].occurrence(2020).theme(lang) == theme


def test_the_2025_theme_of_the_world_day_against_trafficking_in_persons_in_arabic():
    occurrence = CATALOG["world-day-against-trafficking-in-persons"].occurrence(2025)
    assert occurrence.theme("ar") == "الاتجار بالبشر جريمة منظمة — أوقفوا الاستغلال"
