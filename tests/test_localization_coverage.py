"""Every built-in observance speaks all twelve languages, and every feed speaks its own.

Regenerate the golden SUMMARY lists after an intended change with:
``CHILDDAYS_UPDATE_GOLDEN=1 pytest tests/test_localization_coverage.py``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import icalendar
import pytest

import childdays
from childdays.i18n import LANGUAGES
from childdays.ical import feed, to_ical
from childdays.pages import feed_languages, feed_links

CATALOG = childdays.catalog()
GOLDEN = Path(__file__).parent / "golden" / "kh-2024-summaries.json"

#: The worldwide, regional and Cambodian observances (the files at the top of data/).
COVERED = [o for o in CATALOG if len(o.scope) != 2 or o.id == "cambodian-childrens-day"]

_SUMMARY = re.compile(r"^SUMMARY;LANGUAGE=([^:;]+):(.*)$")


def summaries(data: bytes) -> list[tuple[str, str]]:
    """(LANGUAGE, text) of every SUMMARY, unfolded and unescaped."""
    text = data.decode("utf-8").replace("\r\n ", "")
    found = []
    for line in text.split("\r\n"):
        match = _SUMMARY.match(line)
        if match:
            value = match.group(2).replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
            found.append((match.group(1), value))
    return found


def test_the_covered_observances_are_the_26_top_level_files():
    assert len(COVERED) == 26


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_built_in_observance_has_a_name_in_every_language(lang):
    missing = [o.id for o in COVERED if lang not in o.names]
    assert missing == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_name_is_sourced_or_a_marked_translation(lang):
    for observance in COVERED:
        name = observance.localized_name(lang)
        assert name.lang == lang
        if name.status == "sourced":
            assert name.source is not None
            assert name.source.startswith(("http://", "https://"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_built_in_observance_has_a_short_description_in_every_language(lang):
    for observance in COVERED:
        description = observance.localized_description(lang)
        assert description is not None
        assert description.lang == lang
        assert 20 <= len(description.text) <= 420
        assert (description.status == "translated") == (lang != "en")


def test_the_cambodian_feed_in_khmer_describes_in_khmer():
    icd = CATALOG.for_country("KH")["international-childrens-day"]
    (event,) = icalendar.Calendar.from_ical(
        to_ical([icd.occurrence(2024, country="KH")], lang="km")
    ).walk("VEVENT")
    description = str(event["DESCRIPTION"])
    assert event["DESCRIPTION"].params["LANGUAGE"] == "km"
    assert icd.record.descriptions["km"] in description
    assert "\nបង្កើតដោយ (បកប្រែក្រៅផ្លូវការ): សហព័ន្ធស្ត្រីប្រជាធិបតេយ្យអន្តរជាតិ\n" in description
    assert description.rsplit("\n", 1)[1].startswith("ប្រភព: https://www.cncc.gov.kh/kh/")


ICD_2024 = {
    "en": "75th International Children's Day",
    "km": "ទិវាកុមារអន្តរជាតិ លើកទី៧៥",
    "fr": "75e Journée internationale de l'enfance",
    "es": "75.º Día Internacional de la Infancia",
    "pt": "75.º Dia Internacional da Criança",
    "zh": "第75个国际儿童节",
    "vi": "Ngày Quốc tế Thiếu nhi lần thứ 75",
    "th": "วันเด็กสากล ครั้งที่ 75",
    "id": "Hari Anak Internasional ke-75",
    "ja": "第75回 国際子どもデー",
    "ar": "اليوم العالمي للطفولة الـ75",
    "ru": "75-й Международный день защиты детей",
}

WDACL_2024 = {
    "en": "23rd World Day Against Child Labour",
    "km": "ទិវាពិភពលោកប្រឆាំងពលកម្មកុមារ លើកទី២៣",
    "fr": "23e Journée mondiale contre le travail des enfants",
    "es": "23.er Día Mundial contra el Trabajo Infantil",
    "pt": "23.º Dia Mundial contra o Trabalho Infantil",
    "zh": "第23个世界无童工日",
    "vi": "Ngày Thế giới chống Lao động trẻ em lần thứ 23",
    "th": "วันต่อต้านการใช้แรงงานเด็กโลก ครั้งที่ 23",
    "id": "Hari Dunia Menentang Pekerja Anak ke-23",
    "ja": "第23回 児童労働反対世界デー",
    "ar": "اليوم العالمي لمكافحة عمل الأطفال الـ23",
    "ru": "23-й Всемирный день борьбы с детским трудом",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_international_childrens_day_2024_title(lang):
    occurrence = CATALOG.for_country("KH")["international-childrens-day"].occurrence(
        2024, country="KH"
    )
    title = occurrence.localized_title(lang)
    assert (title.text, title.lang) == (ICD_2024[lang], lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_world_day_against_child_labour_2024_title(lang):
    title = CATALOG["world-day-against-child-labour"].occurrence(2024).localized_title(lang)
    assert (title.text, title.lang) == (WDACL_2024[lang], lang)


def _kh_2024(lang: str) -> bytes:
    return feed(CATALOG.for_country("KH"), first_year=2024, last_year=2024, lang=lang)


def test_golden_summaries_of_the_cambodian_feed_2024():
    found = {lang: [text for _, text in summaries(_kh_2024(lang))] for lang in LANGUAGES}
    if os.environ.get("CHILDDAYS_UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", "utf-8")
    assert found == json.loads(GOLDEN.read_text("utf-8"))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_summary_of_the_cambodian_feed_is_in_its_language(lang):
    assert {code for code, _ in summaries(_kh_2024(lang))} == {lang}


def _built_in_feeds() -> list[tuple[str, str]]:
    links = feed_links(CATALOG, langs=lambda name: feed_languages(CATALOG, name))
    return [(link.name, lang) for link in links for lang in link.langs]


def test_every_built_in_feed_in_every_language_has_summaries_in_that_language():
    wrong = []
    for name, lang in _built_in_feeds():
        data = feed(CATALOG.select(name), first_year=2024, last_year=2025, lang=lang)
        wrong += [(name, lang, code, text) for code, text in summaries(data) if code != lang]
        assert f"DESCRIPTION;LANGUAGE={lang}:".encode() in data or b"BEGIN:VEVENT" not in data
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_worldwide_feed_in_every_language(lang):
    data = feed(CATALOG.select("world"), first_year=2024, last_year=2036, lang=lang)
    found = summaries(data)
    assert len(found) > 200
    assert {code for code, _ in found} == {lang}
