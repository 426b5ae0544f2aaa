"""One language per text: every name, description and theme says its language and status."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest

import childdays
from childdays import texts
from childdays.export import occurrences_document, to_hevent, to_jsonld
from childdays.i18n import language_name, url_language
from childdays.ical import feed, labelled, to_ical

CATALOG = childdays.catalog()
ICD = CATALOG["international-childrens-day"]
WDACL = CATALOG["world-day-against-child-labour"]

CUSTOM = """
id = "example-translated-day"
scope = "world"
tags = ["rights"]
established_by = "Example Council"
url = "https://example.org/en/day"
translated_names = ["fr"]
translated_descriptions = ["fr"]

[names]
en = "Example Day"
fr = "Journée exemple"

[name_sources]
en = "https://example.org/en/day"

[descriptions]
en = "A day for tests."
fr = "Une journée pour les tests."

[[schedule]]
rule = "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=4"
since = 2020

[[themes]]
year = 2024
lang = "en"
text = "Test everything"
source = "https://example.org/en/2024"

[[themes]]
year = 2024
lang = "fr"
text = "Tout tester"
source = "https://example.org/en/2024"
translated = true

[[sources]]
url = "https://example.org/en/day"
title = "Example"
"""


@pytest.mark.parametrize(
    ("url", "lang"),
    [
        ("https://www.un.org/fr/observances/child-labour-day", "fr"),
        ("https://www.un.org/zh/observances/child-labour-day", "zh"),
        ("https://www.ilo.org/global/topics/child-labour/lang--es/index.htm", "es"),
        ("https://www.cncc.gov.kh/kh/news/info/celebrating_children_1june_2024", "km"),
        ("https://fr.unesco.org/commemorations/educationday", "fr"),
        ("https://example.org/page?lang=ar", "ar"),
        ("https://www.acerwc.africa/day-of-african-child-dac/", None),
        ("http://cncc.gov.kh/news-article-0-23", None),
        # a link that carries another address in its query is in its own language
        ("https://example.org/go?to=https://fr.example.org/", None),
        # only the first path segments name a language, not a folder deep in the path
        ("https://www.example.org/news/2024/06/fr/", None),
        # nor a folder named in the query string
        ("https://example.org/search?path=/fr/?page=2", None),
        # an address written without its scheme
        ("www.un.org/es/observances/child-labour-day", "es"),
    ],
)
def test_the_language_a_page_address_names(url, lang):
    assert url_language(url) == lang


@pytest.mark.parametrize(
    ("url", "official"),
    [
        (
            "https://www.ilo.org/global/about-the-ilo/newsroom/news/WCMS_007774/lang--en/index.htm",
            True,
        ),
        ("https://www.un.org/en/observances/world-day-against-child-labour", True),
        ("https://dppa.un.org/en/node/194230", True),
        ("https://www.cncc.gov.kh/kh/news/info/celebrating_children_1june_2024", True),
        ("https://www.moh.gov.sa/en/HealthAwareness/healthDay/2023/x.aspx", True),
        ("https://www.coe.int/en/web/children", True),
        ("https://m.phnompenhpost.com/national/pm-announces", False),
        ("https://franco.wiki/fr/Journ%C3%A9e_de_l%27enfance.html", False),
    ],
)
def test_official_pages(url, official):
    assert texts.is_official(url) is official


def test_language_names_in_the_readers_language():
    assert language_name("en", "km") == "អង់គ្លេស"
    assert language_name("km", "fr") == "khmer"
    assert language_name("en", "vi") == "tiếng Anh"
    assert language_name("ar", "ja") == "アラビア語"


def test_a_text_in_another_language_is_labelled_with_its_language():
    theme = texts.LocalizedText("Act on your commitments", "en", "sourced", "https://x.org")
    assert labelled("theme", theme, "km") == "ប្រធានបទ (អង់គ្លេស): Act on your commitments"
    assert labelled("theme", theme, "en") == "Theme: Act on your commitments"
    translated = texts.LocalizedText("Agissons", "fr", "translated")
    assert labelled("theme", translated, "fr") == "Thème (traduction non officielle): Agissons"


def test_name_status_is_sourced_with_its_page_or_translated():
    name = ICD.localized_name("km")
    assert (name.text, name.lang, name.status) == ("ទិវាកុមារអន្តរជាតិ", "km", "sourced")
    assert name.source == "https://www.cncc.gov.kh/kh/news/info/celebrating_children_1june_2024"
    for observance in CATALOG:
        for lang in observance.names:
            found = observance.localized_name(lang)
            assert found.lang == lang
            if found.status == "sourced":
                assert found.source is not None
                assert found.source.startswith("http")
            else:
                assert lang in observance.record.translated_names


def test_a_theme_only_in_another_language_keeps_that_language():
    kh = CATALOG.for_country("KH")["international-childrens-day"]
    theme = kh.localized_theme(2023, "fr", country="KH")
    assert theme is not None
    assert (theme.lang, theme.status) == ("en", "sourced")
    assert theme.text == (
        "We must unite to safeguard and develop children in the shade of peace in the digital age"
    )
    km = kh.localized_theme(2023, "km", country="KH")
    assert km is not None
    assert km.lang == "km"


def _events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_feed_description_is_in_the_feeds_language_and_a_foreign_theme_is_labelled():
    kh = CATALOG.for_country("KH")
    data = to_ical([kh["international-childrens-day"].occurrence(2023, country="KH")], lang="fr")
    (event,) = _events(data)
    assert event["DESCRIPTION"].params["LANGUAGE"] == "fr"
    assert str(event["DESCRIPTION"]).startswith(
        "Thème (anglais): We must unite to safeguard and develop children"
    )


def test_every_event_lists_at_most_three_sources_official_first():
    data = feed(CATALOG.for_country("KH"), first_year=2024, last_year=2024, lang="km")
    for event in _events(data):
        description = str(event["DESCRIPTION"])
        sources = description.rsplit("ប្រភព: ", 1)[1].split(" ")
        assert 1 <= len(sources) <= 3
    assert [s.url for s in ICD.sources_for("km", limit=3)] == [
        "https://www.cncc.gov.kh/kh/news/info/celebrating_children_1june_2024",
        "https://pressocm.gov.kh/archives/82532",
        "http://cncc.gov.kh/news-article-0-23",
    ]
    assert len(ICD.sources_for("km")) == len(ICD.sources)


def test_the_event_url_is_the_official_page_in_the_feeds_language():
    assert WDACL.url_for("fr").endswith("/wdacl/lang--fr/index.htm")
    assert WDACL.url_for("en").endswith("/wdacl/lang--en/index.htm")
    (event,) = _events(to_ical([WDACL.occurrence(2024)], lang="fr"))
    assert str(event["URL"]).endswith("/wdacl/lang--fr/index.htm")


def test_an_english_feed_links_an_official_english_page_rather_than_a_french_one(
    tmp_path: Path,
):
    path = tmp_path / "day.toml"
    path.write_text(
        CUSTOM.replace(
            'url = "https://example.org/en/day"', 'url = "https://un.org/fr/day"'
        ).replace(
            "[[sources]]",
            '[[sources]]\nurl = "https://news.example.com/en/day"\n'
            'title = "News"\n\n[[sources]]\nurl = "https://un.org/es/day"\n'
            'title = "ONU"\n\n[[sources]]\nurl = "https://www.who.int/en/day"\n'
            'title = "WHO"\n\n[[sources]]',
            1,
        ),
        encoding="utf-8",
    )
    day = childdays.load(path)["example-translated-day"]
    assert day.url_for("fr") == "https://un.org/fr/day"
    assert day.url_for("es") == "https://un.org/es/day"  # the same site first
    assert day.url_for("en") == "https://www.who.int/en/day"  # then another official page
    assert day.url_for("km") == "https://un.org/fr/day"  # no Khmer page is cited


def test_occurrence_dict_says_the_language_and_status_of_every_text():
    item = WDACL.occurrence(2024).as_dict("fr")
    assert item["texts"]["title"]["lang"] == "fr"
    assert item["texts"]["title"]["text"] == item["title"]
    assert item["texts"]["name"]["status"] == "sourced"
    assert item["url"].endswith("/wdacl/lang--fr/index.htm")
    assert len(item["sources"]) == len(WDACL.sources)
    document = occurrences_document([WDACL.occurrence(2024)], lang="fr")
    assert json.loads(json.dumps(document)) == document


def test_observance_dict_has_the_status_of_every_name_and_theme():
    item = WDACL.as_dict()
    assert set(item["name_status"]) == set(WDACL.names)
    assert item["name_status"]["fr"]["status"] == "sourced"
    assert all(theme["status"] in ("sourced", "translated") for theme in item["themes"])
    assert len(item["themes"]) == len(WDACL.record.themes)


def test_jsonld_sets_the_language_and_marks_foreign_texts():
    kh = CATALOG.for_country("KH")
    occurrence = kh["international-childrens-day"].occurrence(2023, country="KH")
    document = to_jsonld([occurrence], lang="fr")
    assert document["@context"] == ["https://schema.org", {"@language": "fr"}]
    event = document["@graph"][0]["subEvent"][0]
    assert event["description"]["@language"] == "en"
    assert isinstance(event["name"], str)


def test_hevent_marks_a_theme_in_another_language():
    kh = CATALOG.for_country("KH")
    occurrence = kh["international-childrens-day"].occurrence(2023, country="KH")
    fragment = to_hevent([occurrence], lang="fr")
    assert '<span class="p-summary" lang="en">We must unite' in fragment


def test_translated_names_descriptions_and_themes_are_marked(tmp_path: Path):
    path = tmp_path / "mine.toml"
    path.write_text(CUSTOM, encoding="utf-8")
    day = childdays.load(path)["example-translated-day"]
    assert day.localized_name("fr").status == "translated"
    description = day.localized_description("fr")
    assert description is not None
    assert description.status == "translated"
    theme = day.localized_theme(2024, "fr")
    assert theme is not None
    assert (theme.text, theme.status) == ("Tout tester", "translated")
    assert day.localized_theme(2024, "km") == texts.LocalizedText(
        "Test everything", "en", "sourced", "https://example.org/en/2024"
    )
    (event,) = _events(to_ical([day.occurrence(2024)], lang="fr"))
    assert event["SUMMARY"].params["LANGUAGE"] == "fr"
    assert str(event["DESCRIPTION"]) == (
        "Thème (traduction non officielle): Tout tester\nUne journée pour les tests.\n"
        "Établie par (anglais): Example Council\nSources: https://example.org/en/day"
    )


@pytest.mark.parametrize(
    ("lang", "body"),
    [
        ("en", "International Labour Organization"),
        ("km", "អង្គការពលកម្មអន្តរជាតិ"),
        ("fr", "Organisation internationale du Travail"),
        ("es", "Organización Internacional del Trabajo"),
        ("pt", "Organização Internacional do Trabalho"),
        ("zh", "国际劳工组织"),
        ("vi", "Tổ chức Lao động Quốc tế"),
        ("th", "องค์การแรงงานระหว่างประเทศ"),
        ("id", "Organisasi Perburuhan Internasional"),
        ("ja", "国際労働機関"),
        ("ar", "منظمة العمل الدولية"),
        ("ru", "Международная организация труда"),
    ],
)
def test_the_establishing_body_is_named_in_every_language(lang, body):
    found = WDACL.localized_established_by(lang)
    assert found is not None
    assert (found.text, found.lang) == (body, lang)
    assert found.status == ("sourced" if lang == "en" else "translated")


def test_every_builtin_establishing_body_is_named_in_the_twelve_languages():
    missing = [
        (observance.id, lang)
        for observance in CATALOG
        if not observance.record.is_national and observance.established_by
        for lang in childdays.i18n.LANGUAGES
        if getattr(observance.localized_established_by(lang), "lang", None) != lang
    ]
    assert missing == []


def test_a_khmer_feed_names_the_establishing_body_in_khmer():
    (event,) = _events(to_ical([ICD.occurrence(2024)], lang="km"))
    lines = str(event["DESCRIPTION"]).split("\n")
    assert "បង្កើតដោយ (បកប្រែក្រៅផ្លូវការ): សហព័ន្ធស្ត្រីប្រជាធិបតេយ្យអន្តរជាតិ" in lines
    (english,) = _events(to_ical([ICD.occurrence(2024)], lang="en"))
    assert "Established by: Women's International Democratic Federation" in str(
        english["DESCRIPTION"]
    ).split("\n")


def test_the_establishing_body_in_json_has_its_status():
    item = WDACL.as_dict()
    assert item["established_by_names"]["ru"] == "Международная организация труда"
    assert item["established_by_status"]["en"] == {"status": "sourced", "source": None}
    assert item["established_by_status"]["km"] == {"status": "translated", "source": None}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            'established_by = "Example Council"\n',
            "established_by_names.fr: 'fr': needs established_by",
        ),
        (
            'established_by = "Example Council"\ntranslated_established_by = ["es"]\n',
            "translated_established_by[0]: 'es': has no name in [established_by_names]",
        ),
    ],
)
def test_a_body_name_without_its_english_name_or_text_is_refused(tmp_path, change, message):
    source = CUSTOM.replace(
        "[names]", '[established_by_names]\nfr = "Conseil exemple"\n\n[names]', 1
    )
    if change.startswith('established_by = "Example Council"\ntranslated'):
        source = source.replace('established_by = "Example Council"\n', change, 1)
    else:
        source = source.replace(change, "", 1)
    path = tmp_path / "mine.toml"
    path.write_text(source, encoding="utf-8")
    with pytest.raises(childdays.DataError) as error:
        childdays.load(path)
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("lang", "third"),
    [
        # a French reader gets the UN's English page, not the Cambodian council's Khmer one
        ("fr", "https://www.un.org/en/observances/world-day-against-child-labour"),
        ("en", "https://www.un.org/en/observances/world-day-against-child-labour"),
    ],
)
def test_sources_in_a_third_language_come_after_english_ones(cat, lang, third):
    labour = cat["world-day-against-child-labour"]
    assert [s.url for s in labour.sources_for(lang, limit=3)] == [
        "http://www.oit.org/global/topics/child-labour/campaignandadvocacy/wdacl/lang--en/index.htm",
        "http://www.ilo.org/global/about-the-ilo/newsroom/news/WCMS_007774/lang--en/index.htm",
        third,
    ]


def test_a_khmer_reader_gets_the_khmer_page_first(cat):
    labour = cat["world-day-against-child-labour"]
    assert labour.sources_for("km", limit=1)[0].url == (
        "https://www.cncc.gov.kh/kh/news/info/celebrating_children_1june_2024"
    )
