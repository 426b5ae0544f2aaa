"""Every theme of a worldwide or regional day reads in Khmer: sourced, or translated and marked."""

from __future__ import annotations

import re
from collections import defaultdict

import childdays
from childdays.ical import feed

CATALOG = childdays.catalog()
WDACL = CATALOG["world-day-against-child-labour"]
SAFER_INTERNET_DAY = CATALOG["safer-internet-day"]
AFRICAN_CHILD = CATALOG["day-of-the-african-child"]
WORLDWIDE_AND_REGIONAL = [
    observance
    for observance in CATALOG
    if len(observance.record.scope) != 2 or observance.id == "cambodian-childrens-day"
]


def test_the_2024_world_day_against_child_labour_theme_reads_in_khmer_as_a_translation() -> None:
    theme = WDACL.localized_theme(2024, "km")

    assert theme is not None
    assert theme.text == "ចូរយើងអនុវត្តតាមការប្ដេជ្ញាចិត្តរបស់យើង៖ បញ្ចប់ពលកម្មកុមារ"
    assert (theme.lang, theme.status) == ("km", "translated")


def test_a_translated_khmer_theme_cites_the_page_of_the_theme_it_translates() -> None:
    khmer = next(t for t in WDACL.record.themes if t.year == 2024 and t.lang == "km")
    english = next(t for t in WDACL.record.themes if t.year == 2024 and t.lang == "en")

    assert khmer.translated
    assert (
        khmer.source
        == english.source
        == "https://live.ilo.org/event/world-day-against-child-labour-2024-06-12"
    )


def test_the_2023_world_day_against_child_labour_theme_keeps_the_royal_governments_wording() -> (
    None
):
    theme = WDACL.localized_theme(2023, "km")

    assert theme is not None
    assert theme.text == "យុត្តិធម៌សង្គមសម្រាប់គ្រប់គ្នាបញ្ចប់ពលកម្មកុមារ"
    assert theme.status == "sourced"


def test_themes_in_other_languages_are_translated_from_their_own_words() -> None:
    child_labour_2004 = WDACL.localized_theme(2004, "km")
    internet_2024 = SAFER_INTERNET_DAY.localized_theme(2024, "km")
    african_child_2024 = AFRICAN_CHILD.localized_theme(2024, "km")

    assert child_labour_2004 is not None
    assert internet_2024 is not None
    assert african_child_2024 is not None
    assert child_labour_2004.text == "នៅពីក្រោយទ្វារបិទជិត៖ ពលកម្មកុមារក្នុងការងារតាមផ្ទះ"
    assert internet_2024.text == "រួមគ្នាដើម្បីអ៊ីនធឺណិតដែលប្រសើរជាងមុន"
    assert african_child_2024.text == "ការអប់រំសម្រាប់កុមារទាំងអស់នៅអាហ្វ្រិក៖ ពេលវេលាគឺឥឡូវនេះ"


def test_every_worldwide_and_regional_theme_has_a_khmer_text() -> None:
    without_khmer = []
    for observance in WORLDWIDE_AND_REGIONAL:
        languages: dict[tuple[int, str | None], set[str]] = defaultdict(set)
        for theme in observance.record.themes:
            languages[(theme.year, theme.country)].add(theme.lang)
        without_khmer += [
            (observance.id, key) for key, langs in languages.items() if "km" not in langs
        ]

    assert len(WORLDWIDE_AND_REGIONAL) == 26
    assert without_khmer == []


def test_the_khmer_cambodian_feed_of_2024_labels_no_theme_as_english() -> None:
    text = feed(CATALOG.for_country("KH"), first_year=2024, last_year=2024, lang="km").decode()
    unfolded = text.replace("\r\n ", "")

    assert "ប្រធានបទ (អង់គ្លេស)" not in unfolded
    assert "ប្រធានបទ (បកប្រែក្រៅផ្លូវការ): ចូរយើងអនុវត្តតាមការប្ដេជ្ញាចិត្តរបស់យើង៖ បញ្ចប់ពលកម្មកុមារ" in unfolded


def test_no_theme_of_the_khmer_cambodian_feed_is_labelled_with_another_language() -> None:
    text = feed(CATALOG.for_country("KH"), first_year=2002, last_year=2026, lang="km").decode()
    labels = set(re.findall(r"ប្រធានបទ(?: \(([^)]*)\))?:", text.replace("\r\n ", "")))

    assert labels == {"", "បកប្រែក្រៅផ្លូវការ"}
