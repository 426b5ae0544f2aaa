"""The catalog and observance API on small, invented data: every query's exact answer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import childdays
from childdays import DataError, UnknownObservanceError

DATA = Path(__file__).parent / "data"


@pytest.fixture
def small() -> childdays.Catalog:
    return childdays.load(DATA / "schedule", DATA / "numbering")


def test_what_a_small_catalog_holds(small):
    assert repr(small) == "<Catalog of 4 observances>"
    assert repr(small.for_country("kh")) == "<Catalog of 4 observances for KH>"
    assert repr(small["moving-day"]) == "<Observance moving-day>"
    assert len(small) == 4
    assert [o.id for o in small] == small.ids()
    assert small.ids() == ["announced-day", "moving-day", "skipping-day", "year-end-week"]
    assert "moving-day" in small
    assert "no-such-day" not in small
    assert small.countries() == ["KH"]
    assert small.tags() == ["online-safety", "rights"]
    assert small.last_updated() is None
    assert small.country is None
    assert small.for_country("KH").country == "KH"


def test_an_unknown_id_suggests_close_ones(small):
    with pytest.raises(UnknownObservanceError) as caught:
        small["moving-days"]
    assert caught.value.suggestions == ("moving-day", "skipping-day")


@pytest.mark.parametrize(
    ("name", "ids"),
    [
        ("world", ["announced-day", "moving-day", "skipping-day"]),
        ("rights", ["moving-day", "skipping-day"]),
        ("online-safety", ["announced-day"]),
        ("KH", ["announced-day", "moving-day", "skipping-day", "year-end-week"]),
    ],
)
def test_select_a_feed_name(small, name, ids):
    assert small.select(name).ids() == ids


@pytest.mark.parametrize("name", ["FR", "kh", "childrens-day", "africa", ""])
def test_select_refuses_what_no_feed_is(small, name):
    with pytest.raises(KeyError):
        small.select(name)


def test_select_a_region_of_the_builtin_catalog(cat):
    africa = cat.select("africa")
    assert {o.scope for o in africa} == {"africa"}
    assert "day-of-the-african-child" in africa


@pytest.mark.parametrize(
    ("tags", "scope", "ids"),
    [
        ({"rights"}, None, ["moving-day", "skipping-day"]),
        ({"rights", "childrens-day"}, None, ["moving-day", "skipping-day", "year-end-week"]),
        (None, "KH", ["year-end-week"]),
        ({"online-safety"}, "world", ["announced-day"]),
        ({"online-safety"}, "KH", []),
        (set(), None, []),
    ],
)
def test_filter(small, tags, scope, ids):
    assert small.filter(tags=tags, scope=scope).ids() == ids


def test_merge_names_both_files_on_a_clash(small):
    again = childdays.load(DATA / "numbering")
    with pytest.raises(DataError) as caught:
        small.merge(again)
    (problem,) = caught.value.problems
    assert problem.field == "id"
    assert problem.value == "'skipping-day'"
    assert problem.message.startswith("already in the catalog (from ")
    assert problem.message.endswith("pass override=True to replace it")
    merged = small.merge(again, override=True)
    assert merged.ids() == small.ids()
    assert merged["skipping-day"] is again["skipping-day"]


def test_an_observance_as_a_dict(small):
    assert small["skipping-day"].as_dict() == {
        "id": "skipping-day",
        "scope": "world",
        "tags": ["rights"],
        "label": "edition",
        "names": {"en": "Skipping Day"},
        "established": 1999,
        "first_year": 2000,
        "start_known": True,
        "established_by": None,
        "established_by_names": {},
        "established_by_status": {},
        "instrument": None,
        "url": None,
        "duration": 1,
        "date_set_yearly": False,
        "schedule": [{"rule": "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1", "since": 2000, "until": None}],
        "sources": [{"url": "https://example.org", "title": "Example"}],
        "name_status": {"en": {"status": "sourced", "source": None}},
        "descriptions": {},
        "description_status": {},
        "themes": [],
    }


def test_an_occurrence_as_a_dict(small):
    occurrence = small.for_country("KH")["skipping-day"].occurrence(2011, country="KH")
    assert occurrence.as_dict("en") == {
        "id": "skipping-day",
        "uid": "skipping-day-2011@childdays",
        "year": 2011,
        "start": "2011-03-01",
        "end": "2011-03-01",
        "edition": 9,
        "confirmed": True,
        "country": "KH",
        "scope": "world",
        "tags": ["rights"],
        "title": "9th Skipping Day",
        "name": "Skipping Day",
        "date_text": "1 March 2011",
        "theme": None,
        "description": None,
        "texts": {
            "title": {
                "text": "9th Skipping Day",
                "lang": "en",
                "status": "sourced",
                "source": None,
            },
            "name": {"text": "Skipping Day", "lang": "en", "status": "sourced", "source": None},
            "theme": None,
            "description": None,
        },
        "url": None,
        "sources": [{"url": "https://example.org", "title": "Example"}],
    }
    assert occurrence.anniversary_title("en") == "12th anniversary of Skipping Day"
    assert small["skipping-day"].occurrence(1999) is None
    assert small["skipping-day"].anniversary_title(1999) is None


def test_a_catalog_seen_from_a_country_numbers_as_that_country(small):
    kh = small.for_country("KH")
    (found,) = kh.filter(tags={"rights"}, scope="world").on(date(2011, 3, 1))[1:]
    assert (found.id, found.edition, found.country, found.title("en")) == (
        "skipping-day",
        9,
        "KH",
        "9th Skipping Day",
    )
    (world,) = small.filter(tags={"rights"}).on(date(2011, 3, 1))[1:]
    assert (world.edition, world.country) == (10, None)


@pytest.mark.parametrize(
    ("year", "holiday"), [(2001, False), (2002, True), (2019, True), (2020, False)]
)
def test_international_childrens_day_was_a_public_holiday_in_cambodia(cat, year, holiday):
    icd = cat.for_country("KH")["international-childrens-day"]
    assert icd.is_public_holiday(year, "KH") is holiday
    assert icd.is_public_holiday(year, "VN") is False


def test_cambodias_ceremonies(cat):
    icd = cat.for_country("KH")["international-childrens-day"]
    assert icd.ceremony(2024, "KH").date == date(2024, 5, 30)
    assert icd.ceremony(2023, "KH").date == date(2023, 6, 1)
    assert icd.ceremony(2024, "VN") is None
    assert icd.ceremony(1990, "KH") is None


def test_a_national_record_folded_into_the_worldwide_day_adds_names_not_numbers(cat):
    vietnam = cat.for_country("VN")
    assert "childrens-day-vn" not in vietnam
    icd = vietnam["international-childrens-day"]
    assert icd.edition(2024) == cat["international-childrens-day"].edition(2024)
    assert set(cat["international-childrens-day"].names) <= set(icd.names)


SAME_AS_WITH_A_CEREMONY = """
id = "childrens-day-zz"
scope = "ZZ"
tags = ["childrens-day"]
same_as = "international-childrens-day"
translated_names = ["en", "it"]
[names]
en = "Children's Day"
de = "Kindertag"
it = "Giornata dei bambini"
[name_sources]
de = "https://example.org/zz/de"
[[schedule]]
rule = "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1"
since = 1990
[[public_holiday]]
country = "ZZ"
since = 2000
source = "https://example.org/zz/holidays"
[[ceremonies]]
country = "ZZ"
year = 2025
date = 2025-05-31
place = "National Stadium"
source = "https://example.org/zz/2025"
[[sources]]
url = "https://example.org/zz"
title = "Example"
"""


def test_a_same_as_national_records_ceremonies_show_in_its_country(cat, write):
    merged = cat.merge(childdays.load(write(SAME_AS_WITH_A_CEREMONY)))
    icd = merged.for_country("ZZ")["international-childrens-day"]
    ceremony = icd.ceremony(2025, "ZZ")
    assert (ceremony.country, ceremony.year, ceremony.date, ceremony.place, ceremony.source) == (
        "ZZ",
        2025,
        date(2025, 5, 31),
        "National Stadium",
        "https://example.org/zz/2025",
    )
    assert icd.ceremony(2024, "ZZ") is None
    assert icd.ceremony(2024, "KH").date == date(2024, 5, 30)  # the worldwide record's stay
    assert merged["international-childrens-day"].ceremony(2025, "ZZ") is None  # only in ZZ's view
    assert merged.for_country("KH")["international-childrens-day"].ceremony(2025, "ZZ") is None


def test_a_same_as_national_record_adds_its_names_and_holidays_in_its_country(cat, write):
    merged = cat.merge(childdays.load(write(SAME_AS_WITH_A_CEREMONY)))
    icd = merged.for_country("ZZ")["international-childrens-day"]
    german = icd.localized_name("de")
    assert (german.text, german.status, german.source) == (
        "Kindertag",
        "sourced",
        "https://example.org/zz/de",
    )
    assert (icd.localized_name("it").text, icd.localized_name("it").status) == (
        "Giornata dei bambini",
        "translated",
    )
    english = icd.localized_name("en")  # the worldwide record's own English name stays sourced
    assert (english.text, english.status) == ("International Children's Day", "sourced")
    assert icd.is_public_holiday(2025, "ZZ") is True
    assert icd.is_public_holiday(2019, "KH") is True  # the worldwide record's years stay
    assert merged["international-childrens-day"].is_public_holiday(2025, "ZZ") is False


def test_a_catalog_refuses_the_same_id_twice(small):
    day = small["moving-day"]
    with pytest.raises(DataError) as caught:
        childdays.Catalog([day, small["skipping-day"], day])
    (problem,) = caught.value.problems
    assert (problem.file, problem.field, problem.value, problem.message) == (
        day.origin,
        "id",
        "'moving-day'",
        "appears twice",
    )


def test_at_most_three_suggestions(cat):
    with pytest.raises(UnknownObservanceError) as caught:
        cat["childrens-day-k"]
    assert len(caught.value.suggestions) == 3


def test_countries_are_the_national_records_and_the_region_members(cat):
    countries = cat.countries()
    assert {"KH", "VN", "NG", "FR", "SA"} <= set(countries)
    assert countries == sorted(set(countries))
    assert len(countries) > 150


def test_the_child_labour_days_2023_themes_as_exported(cat):
    """Worldwide themes first (by language), then Cambodia's own, each with status and source."""
    themes = [
        t for t in cat["world-day-against-child-labour"].as_dict()["themes"] if t["year"] == 2023
    ]
    assert [(t["lang"], t["country"]) for t in themes] == [
        ("ar", None),
        ("en", None),
        ("es", None),
        ("fr", None),
        ("km", None),
        ("zh", None),
        ("km", "KH"),
    ]
    assert themes[1] == {
        "year": 2023,
        "lang": "en",
        "text": "Social Justice for All. End Child Labour!",
        "country": None,
        "status": "sourced",
        "source": "https://alliance87.org/es/node/185",
    }
    assert themes[4]["text"] == themes[6]["text"] == "យុត្តិធម៌សង្គមសម្រាប់គ្រប់គ្នាបញ្ចប់ពលកម្មកុមារ"
    assert themes[5]["text"] == "实现社会正义，消除童工现象"


def test_description_status_says_which_descriptions_are_translations(cat):
    status = cat["world-day-against-child-labour"].as_dict()["description_status"]
    assert list(status) == ["ar", "en", "es", "fr", "id", "ja", "km", "pt", "ru", "th", "vi", "zh"]
    assert status["en"] == {
        "status": "sourced",
        "source": "http://www.oit.org/global/topics/child-labour/campaignandadvocacy/wdacl/lang--en/index.htm",
    }
    assert status["km"] == {"status": "translated", "source": None}


TRANSLATED_THEME = """
id = "example-day"
scope = "world"
tags = ["rights"]
[names]
en = "Example Day"
[[schedule]]
rule = "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=4"
since = 2000
[[themes]]
year = 2024
lang = "en"
text = "Every child counts"
source = "https://example.org/2024"
[[themes]]
year = 2024
lang = "fr"
text = "Chaque enfant compte"
source = "https://example.org/2024"
translated = true
[[sources]]
url = "https://example.org"
title = "Example"
"""


def test_a_translated_theme_is_exported_as_translated(write):
    themes = childdays.load(write(TRANSLATED_THEME))["example-day"].as_dict()["themes"]
    assert [(t["lang"], t["status"]) for t in themes] == [("en", "sourced"), ("fr", "translated")]


def test_a_worldwide_occurrence_in_french_has_the_french_theme(cat):
    occurrence = cat["world-day-against-child-labour"].occurrence(2023)
    french = "La justice sociale pour tous. Mettons fin au travail des enfants !"
    assert occurrence.theme("fr") == french
    assert cat["world-day-against-child-labour"].theme(2023, "fr") == french
    assert occurrence.theme("en") == "Social Justice for All. End Child Labour!"


def test_the_child_labour_day_2023_in_cambodia_in_khmer(cat):
    occurrence = cat.for_country("KH")["world-day-against-child-labour"].occurrence(
        2023, country="KH"
    )
    theme = "យុត្តិធម៌សង្គមសម្រាប់គ្រប់គ្នាបញ្ចប់ពលកម្មកុមារ"
    cncc = "https://www.cncc.gov.kh/kh/news/info/celebrating_children_1june_2024"
    assert occurrence.name("km") == "ទិវាពិភពលោកប្រឆាំងពលកម្មកុមារ"
    assert occurrence.name("en") == "World Day Against Child Labour"
    assert occurrence.title("km") == "ទិវាពិភពលោកប្រឆាំងពលកម្មកុមារ លើកទី២២"
    assert occurrence.anniversary_title("km") == "ខួបលើកទី២១ ទិវាពិភពលោកប្រឆាំងពលកម្មកុមារ"
    assert occurrence.theme("km") == theme
    assert occurrence.localized_title("km").source == cncc
    exported = occurrence.as_dict("km")
    assert exported["theme"] == theme
    assert exported["texts"]["theme"] == {
        "text": theme,
        "lang": "km",
        "status": "sourced",
        "source": "https://freshnewsasia.com/index.php/en/localnews/293426-2023-05-30-07-25-36.html",
    }
    assert exported["description"].startswith("បង្កើតឡើងដោយអង្គការពលកម្មអន្តរជាតិ (ILO) ក្នុងឆ្នាំ២០០២")
    assert exported["texts"]["description"]["status"] == "translated"
    assert exported["url"] == cncc
    assert exported["sources"][0] == {
        "url": cncc,
        "title": "Cambodian National Council for Children (CNCC) – 2024 national celebration",
    }


def test_a_feed_name_keeps_the_catalogs_country_and_regions(cat):
    cambodia = cat.for_country("KH")
    labour = cambodia.select("child-labour")
    assert labour.country == "KH"
    assert labour.regions == cat.regions
    assert "world-day-against-child-labour" in labour
    with pytest.raises(KeyError, match="nowhere"):
        cat.select("nowhere")


def test_an_observance_from_its_core_reads_its_details_when_first_needed(cat):
    from childdays.loader import builtin_cores, builtin_records
    from childdays.observances import Observance

    core = next(c for c in builtin_cores()[0] if c.id == "world-day-against-child-labour")
    with pytest.raises(
        TypeError, match=r"^an observance needs its whole record or a way to read it$"
    ):
        Observance(core)
    lazy = Observance(core, details=lambda: builtin_records()(core.id))
    assert lazy.record == cat["world-day-against-child-labour"].record
    assert lazy.theme(2023) == "Social Justice for All. End Child Labour!"


EXAMPLE_DAY = """
id = "example-day"
scope = "world"
tags = ["rights"]
label = "edition"
first_year = 2024
[names]
en = "Example Day"
es = "Jornada de Ejemplo"
[[schedule]]
rule = "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=4"
since = 2024
[[sources]]
url = "https://example.org"
title = "Example"
"""


def test_a_same_as_national_record_gives_the_grammatical_gender_the_day_lacked(write):
    write(EXAMPLE_DAY, "world.toml")
    national = EXAMPLE_DAY.replace('id = "example-day"', 'id = "example-day-zz"')
    national = national.replace('scope = "world"', 'scope = "ZZ"\nsame_as = "example-day"')
    national = national.replace('label = "edition"\nfirst_year = 2024\n', "")
    national = national.replace("[names]", '[genders]\nes = "feminine"\n[names]')
    days = childdays.load(write(national, "zz.toml").parent)
    assert days["example-day"].title(2024, "es") == "1.er Jornada de Ejemplo"
    assert days.for_country("ZZ")["example-day"].title(2024, "es") == "1.ª Jornada de Ejemplo"


def test_the_child_labour_days_founding_body_in_french_and_as_exported(cat):
    labour = cat["world-day-against-child-labour"]
    french = labour.localized_established_by("fr")
    assert (french.text, french.lang, french.status) == (
        "Organisation internationale du Travail",
        "fr",
        "translated",
    )
    status = labour.as_dict()["established_by_status"]
    assert list(status) == ["ar", "en", "es", "fr", "id", "ja", "km", "pt", "ru", "th", "vi", "zh"]
    assert status["en"] == {"status": "sourced", "source": None}
