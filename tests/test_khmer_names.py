"""Khmer names: which were read on a Cambodian or UN Cambodia page, and which are translations.

A Khmer name counts as sourced only where a page read uses it for that day; every other Khmer
name is a translation made for childdays and says so (``status == "translated"``), so a CMS can
show "unofficial translation".
"""

from __future__ import annotations

import pytest

import childdays

CATALOG = childdays.catalog()
CNCC_2024 = "https://www.cncc.gov.kh/kh/news/info/celebrating_children_1june_2024"

SOURCED_KM = {
    "international-childrens-day": ("ទិវាកុមារអន្តរជាតិ", CNCC_2024),
    "cambodian-childrens-day": ("ទិវាកុមារកម្ពុជា", CNCC_2024),
    "world-day-against-child-labour": ("ទិវាពិភពលោកប្រឆាំងពលកម្មកុមារ", CNCC_2024),
    "world-day-against-trafficking-in-persons": (
        "ទិវាពិភពលោកប្រឆាំងការជួញដូរមនុស្ស",
        "https://ncct.gov.kh/news/7/20/252",
    ),
    "world-childrens-day": (
        "ទិវាកុមារពិភពលោក",
        "https://www.unicef.org/cambodia/km/%E1%9E%9A%E1%9E%BF%E1%9E%84/%E1%9E%91%E1%9E%B7%E1%9E%9C"
        "%E1%9E%B6%E1%9E%80%E1%9E%BB%E1%9E%98%E1%9E%B6%E1%9E%9A%E1%9E%96%E1%9E%B7%E1%9E%97%E1%9E%96"
        "%E1%9E%9B%E1%9F%84%E1%9E%80",
    ),
    "sixteen-days-of-activism-against-gender-based-violence": (
        "យុទ្ធនាការ១៦ថ្ងៃ ដើម្បីបញ្ឈប់អំពើហិង្សាលើស្រ្តី និងក្មេងស្រី",
        "https://freshnewsasia.com/index.php/en/localnews/319420-2023-11-30-07-51-31.html",
    ),
}

# The worldwide, regional and Cambodian observances, as counted by docs/localization.md.
SEED = sorted(o.id for o in CATALOG if len(o.scope) != 2 or o.id == "cambodian-childrens-day")


def test_the_seed_has_26_observances():
    assert len(SEED) == 26


@pytest.mark.parametrize(("day", "expected"), sorted(SOURCED_KM.items()))
def test_khmer_names_read_on_cambodian_pages(day, expected):
    name = CATALOG[day].localized_name("km")
    assert (name.text, name.lang, name.status, name.source) == (
        expected[0],
        "km",
        "sourced",
        expected[1],
    )


@pytest.mark.parametrize("day", [d for d in SEED if d not in SOURCED_KM])
def test_every_other_khmer_name_is_a_marked_translation(day):
    name = CATALOG[day].localized_name("km")
    assert (name.lang, name.status, name.source) == ("km", "translated", None)
    assert CATALOG[day].as_dict()["name_status"]["km"]["status"] == "translated"


@pytest.mark.parametrize(
    ("day", "khmer"),
    [
        ("international-day-of-education", "ទិវាអន្តរជាតិនៃការអប់រំ"),
        ("safer-internet-day", "ទិវាអ៊ីនធឺណិតសុវត្ថិភាព"),
        ("international-day-of-the-girl-child", "ទិវាអន្តរជាតិក្មេងស្រី"),
        ("international-day-of-families", "ទិវាអន្តរជាតិនៃគ្រួសារ"),
        ("world-drowning-prevention-day", "ទិវាពិភពលោកបង្ការការលង់ទឹក"),
    ],
)
def test_translated_khmer_names_of_days_cambodia_marks(day, khmer):
    # Searched for on Cambodian government, UN Cambodia and news pages without finding the
    # official Khmer wording; the translation is what a Khmer reader sees, marked as such.
    assert CATALOG[day].name("km") == khmer
    assert CATALOG[day].localized_name("km").status == "translated"
