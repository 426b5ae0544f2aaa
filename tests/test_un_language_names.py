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
        "ar": ("اليوم العالمي للطفولة", "sourced"),
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


def test_international_childrens_day_and_world_childrens_day_have_distinct_arabic_names():
    """1 June is not a UN day: its Arabic name is Algeria's, not the UN's for 20 November."""
    icd = CATALOG["international-childrens-day"].localized_name("ar")
    wcd = CATALOG["world-childrens-day"].localized_name("ar")
    assert icd.text == "اليوم العالمي للطفولة"
    assert icd.source is not None
    assert "education.gov.dz" in icd.source
    assert wcd.text == "اليوم العالمي للطفل"
    assert icd.text != wcd.text


@pytest.mark.parametrize(
    ("observance_id", "year", "lang", "theme"),
    [
        ("world-day-against-child-labour", 2023, "zh", "实现社会正义，消除童工现象"),
        ("international-day-of-education", 2021, "zh", "为COVID-19一代人恢复和振兴教育"),
        ("international-day-of-education", 2022, "ar", "تغيير المسار، إحداث تحوُّل في التعليم"),
        ("international-day-of-education", 2024, "ar", "التعلم من أجل سلام دائم"),
        ("international-day-of-families", 2017, "ar", "الأسر والتعليم والرفاه"),
        (
            "international-day-of-families",
            2025,
            "zh",
            "以家庭为本的政策助力可持续发展：迈向第二届社会发展问题世界首脑会议",
        ),
        (
            "international-day-of-the-girl-child",
            2015,
            "ar",
            "قوة الفتاة المراهقة في رؤية لعام 2030",
        ),
        ("international-day-of-the-girl-child", 2019, "zh", "女童力量：能者无疆，势不可挡"),
        ("international-day-of-the-girl-child", 2024, "zh", "女童憧憬的未来"),
        (
            "international-day-of-the-girl-child",
            2025,
            "ar",
            "أنا الفتاة، أنا أقود التغيير: فتياتٌ على خطوط المواجهة في الأزمات",
        ),
        (
            "international-day-of-zero-tolerance-for-female-genital-mutilation",
            2015,
            "zh",
            "动员卫生人员参与，加快实现女性生殖器切割零容忍",
        ),
    ],
)
def test_un_day_themes_in_chinese_and_arabic(observance_id, year, lang, theme):
    found = CATALOG[observance_id].localized_theme(year, lang)
    assert found is not None
    assert (found.text, found.lang, found.status) == (theme, lang, "sourced")
    assert found.source is not None
    assert found.source.startswith(("http://", "https://"))


@pytest.mark.parametrize(
    ("year", "theme"), [(2021, "立即行动：终止童工！"), (2022, "普及社会保障，消除童工现象！")]
)
def test_child_labour_themes_2021_and_2022_in_chinese_are_marked_translations(year, theme):
    found = CATALOG["world-day-against-child-labour"].localized_theme(year, "zh")
    assert found is not None
    assert (found.text, found.status) == (theme, "translated")


def test_the_girl_child_2019_theme_in_chinese_is_read_on_the_uns_chinese_page():
    found = CATALOG["international-day-of-the-girl-child"].localized_theme(2019, "zh")
    assert found is not None
    assert found.source == "http://www.un.org/zh/events/girlchild/"


#: Names read on UN Information Centre (Tokyo), UN News, UNODC, government and state-media pages.
OTHER_LANGUAGE_NAMES = [
    ("international-day-of-families", "ja", "国際家族デー"),
    ("international-day-of-families", "pt", "Dia Internacional das Famílias"),
    (
        "international-day-for-the-elimination-of-sexual-violence-in-conflict",
        "ja",
        "紛争下の性的暴力根絶のための国際デー",
    ),
    (
        "international-day-for-the-elimination-of-sexual-violence-in-conflict",
        "pt",
        "Dia Internacional para a Eliminação da Violência Sexual em Conflito",
    ),
    (
        "international-day-of-zero-tolerance-for-female-genital-mutilation",
        "ja",
        "女性器切除の根絶のための国際デー",
    ),
    ("world-day-against-trafficking-in-persons", "ja", "人身取引反対世界デー"),
    ("world-day-against-trafficking-in-persons", "pt", "Dia Mundial contra o Tráfico de Pessoas"),
    ("world-drowning-prevention-day", "ja", "世界溺水防止デー"),
    ("world-drowning-prevention-day", "pt", "Dia Mundial de Prevenção do Afogamento"),
    (
        "international-day-of-innocent-children-victims-of-aggression",
        "ja",
        "侵略による罪のない幼児犠牲者の国際デー",
    ),
    ("international-day-of-the-girl-child", "pt", "Dia Internacional da Menina"),
    ("world-childrens-day", "pt", "Dia Mundial das Crianças"),
    ("world-childrens-day", "vi", "Ngày Trẻ em thế giới"),
    ("world-drowning-prevention-day", "vi", "Ngày Thế giới phòng, chống đuối nước"),
    ("world-drowning-prevention-day", "th", "วันป้องกันการจมน้ำโลก"),
    ("world-drowning-prevention-day", "id", "Hari Pencegahan Tenggelam Sedunia"),
    ("world-day-against-trafficking-in-persons", "vi", "Ngày Thế giới phòng, chống mua bán người"),
    ("international-day-of-families", "vi", "Ngày Quốc tế Gia đình"),
    ("international-day-of-families", "id", "Hari Keluarga Internasional"),
]


@pytest.mark.parametrize(("observance_id", "lang", "name"), OTHER_LANGUAGE_NAMES)
def test_names_read_on_un_and_government_pages_are_sourced(observance_id, lang, name):
    found = CATALOG[observance_id].localized_name(lang)
    assert (found.text, found.lang, found.status) == (name, lang, "sourced")
    assert found.source is not None


def test_world_childrens_day_title_in_portuguese_is_the_un_news_name():
    """UN News calls 20 November 'Dia Mundial das Crianças' (Portugal's 1 June is another day)."""
    assert CATALOG["world-childrens-day"].occurrence(2024).title("pt") == (
        "Dia Mundial das Crianças 2024"
    )


@pytest.mark.parametrize(
    ("observance_id", "year", "lang", "theme"),
    [
        (
            "world-day-against-trafficking-in-persons",
            2023,
            "pt",
            "Alcance todas as vítimas do tráfico, não deixe ninguém para trás",
        ),
        ("world-drowning-prevention-day", 2024, "pt", "Segundos podem salvar uma vida"),
        ("world-childrens-day", 2018, "zh", "儿童接管世界，蓝色点亮未来"),
        ("world-childrens-day", 2021, "pt", "Um Futuro Melhor para Cada Criança"),
        (
            "world-drowning-prevention-day",
            2021,
            "vi",
            "Đuối nước có thể xảy ra với bất kỳ ai nhưng hoàn toàn có thể phòng, chống",
        ),
    ],
)
def test_themes_in_portuguese_chinese_and_vietnamese(observance_id, year, lang, theme):
    assert CATALOG[observance_id].occurrence(year).theme(lang) == theme
