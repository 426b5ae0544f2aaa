"""The catalog: queries by date, country and tag, merging, and helpful KeyErrors."""

from __future__ import annotations

from datetime import date

import pytest

import childdays
from childdays import DataError, UnknownObservanceError


def test_builtin_catalog_is_cached(cat):
    assert childdays.catalog() is cat


def test_keyerror_suggests_close_ids(cat):
    with pytest.raises(KeyError) as caught:
        cat["international-children-day"]
    assert isinstance(caught.value, UnknownObservanceError)
    assert str(caught.value) == (
        "no observance with id 'international-children-day'; did you mean "
        "'international-childrens-day', 'international-missing-childrens-day', "
        "'international-day-for-street-children'?"
    )


def test_june_2024_childrens_days_and_child_labour_in_cambodia(cat):
    chosen = cat.for_country("KH").filter(tags={"childrens-day", "child-labour"})
    found = chosen.occurrences(date(2024, 6, 1), date(2024, 6, 30))
    assert [(o.start, o.id) for o in found] == [
        (date(2024, 6, 1), "cambodian-childrens-day"),
        (date(2024, 6, 1), "international-childrens-day"),
        (date(2024, 6, 12), "world-day-against-child-labour"),
    ]


def test_both_ends_are_inclusive(cat):
    found = cat.occurrences(date(2024, 6, 12), date(2024, 6, 12))
    assert [o.id for o in found] == ["world-day-against-child-labour"]
    assert [o.id for o in cat.on(date(2024, 6, 12))] == ["world-day-against-child-labour"]
    assert cat.on(date(2024, 6, 13)) == []
    assert [o.id for o in cat.occurrences(date(2024, 6, 11), date(2024, 6, 12))] == [
        "international-day-of-play",
        "world-day-against-child-labour",
    ]


def test_upcoming(cat):
    chosen = cat.for_country("KH").filter(tags={"childrens-day", "child-labour"})
    found = chosen.upcoming(after=date(2024, 6, 2), limit=3)
    assert [(o.id, o.year) for o in found] == [
        ("world-day-against-child-labour", 2024),
        ("world-childrens-day", 2024),
        ("cambodian-childrens-day", 2025),
    ]


def test_upcoming_gives_ten_by_default(cat):
    found = cat.for_country("KH").upcoming(after=date(2024, 1, 1))
    assert len(found) == 10
    assert (found[0].id, found[0].start) == ("international-day-of-education", date(2024, 1, 24))


def test_upcoming_looks_ten_years_ahead_by_default(write):
    first_held_in_2035 = write(
        'id = "future-day"\nscope = "world"\ntags = ["rights"]\n[names]\nen = "Future Day"\n'
        '[[schedule]]\nrule = "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1"\nsince = 2035\n'
        '[[sources]]\nurl = "https://example.org"\ntitle = "Example"\n'
    )
    future = childdays.load(first_held_in_2035)
    assert future.upcoming(after=date(2024, 6, 1)) == []
    assert [o.start for o in future.upcoming(after=date(2025, 1, 1))] == [date(2035, 3, 1)]
    assert [o.start for o in future.upcoming(after=date(9998, 6, 1))] == [date(9999, 3, 1)]


def test_for_country_counts_editions_as_that_country(cat):
    china = cat.for_country("cn")
    assert china.country == "CN"
    occ = next(o for o in china.on(date(2020, 6, 1)) if o.id == "international-childrens-day")
    assert occ.edition == 70
    assert occ.title("zh") == "第70个国际儿童节"


def test_filter_by_tag(cat):
    assert cat.filter(tags={"child-labour"}).ids() == ["world-day-against-child-labour"]
    assert cat.filter(tags={"child-labour"}).regions == cat.regions
    assert cat.for_country("KE").filter(tags={"childrens-day"}).country == "KE"
    assert "international-childrens-day" in cat.filter(tags=["childrens-day"])


def test_merge_refuses_a_clash_unless_override(cat, write):
    text = (cat_source := (childdays.loader.builtin_source_dir() / "cambodian-childrens-day.toml"))
    path = write(text.read_text(encoding="utf-8").replace('label = "year"', 'label = "plain"'))
    mine = childdays.load(path)
    with pytest.raises(DataError) as caught:
        cat.merge(mine)
    assert str(caught.value) == (
        f"{path}: id: 'cambodian-childrens-day': already in the catalog (from <built-in>); "
        "pass override=True to replace it"
    )
    merged = cat.merge(mine, override=True)
    assert merged["cambodian-childrens-day"].occurrence(2024).title("en") == (
        "Cambodian Children's Day"
    )
    assert len(merged) == len(cat)
    assert cat_source.exists()


MEKONG_AND_A_SMALLER_AFRICA = """\
[mekong]
name = "Mekong"
members = ["KH", "LA", "TH", "VN"]
source = "https://example.org/mekong"

[africa]
name = "Just two"
members = ["KH", "TH"]
source = "https://example.org"
"""


def test_a_region_already_in_the_catalog_with_other_members_is_refused_unless_override(cat, write):
    path = write(MEKONG_AND_A_SMALLER_AFRICA, "regions.toml")
    mine = childdays.load(path.parent)
    with pytest.raises(DataError) as caught:
        cat.merge(mine)
    (problem,) = caught.value.problems
    assert (problem.file, problem.field, problem.value, problem.message) == (
        childdays.observances.REGIONS_ORIGIN,
        "africa",
        "",
        "is a region already in the catalog with other members; pass override=True to replace it",
    )
    assert str(caught.value) == (
        "regions.toml: africa: is a region already in the catalog with other members; "
        "pass override=True to replace it"
    )
    merged = cat.merge(mine, override=True)
    assert merged.regions["africa"] == frozenset({"KH", "TH"})
    assert merged.regions["mekong"] == frozenset({"KH", "LA", "TH", "VN"})
    assert merged.regions["europe"] == cat.regions["europe"]


def test_a_region_given_again_with_the_same_members_merges(cat, write):
    members = ", ".join(f'"{code}"' for code in sorted(cat.regions["africa"]))
    same = f'[africa]\nname = "Africa"\nmembers = [{members}]\nsource = "https://example.org"\n'
    merged = cat.merge(childdays.load(write(same, "regions.toml").parent))
    assert merged.regions == cat.regions


def test_a_merged_country_view_stays_that_countrys(cat, write):
    path = write(MEKONG_AND_A_SMALLER_AFRICA.split("[africa]")[0], "regions.toml")
    merged = cat.for_country("KH").merge(childdays.load(path.parent))
    assert merged.country == "KH"
    assert merged.regions["mekong"] == frozenset({"KH", "LA", "TH", "VN"})
    assert merged.regions["africa"] == cat.regions["africa"]


def test_a_merged_national_record_folded_twice_into_one_day_is_refused(cat, write):
    path = write(
        'id = "childrens-day-vn-again"\nscope = "VN"\ntags = ["childrens-day"]\n'
        'same_as = "international-childrens-day"\n[names]\nen = "Children\'s Day"\n'
        '[[schedule]]\nrule = "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1"\nsince = 1990\n'
        '[[sources]]\nurl = "https://example.org"\ntitle = "Example"\n'
    )
    with pytest.raises(DataError) as caught:
        cat.merge(childdays.load(path))
    (problem,) = caught.value.problems
    assert (problem.file, problem.field, problem.value) == (
        str(path),
        "same_as",
        "'international-childrens-day'",
    )
    assert "'childrens-day-vn' (<built-in>) is already VN's record of that day" in problem.message


def test_query_window_is_bounded(cat):
    with pytest.raises(ValueError, match="at most 1000 years"):
        cat.occurrences(date(1, 1, 1), date(9999, 12, 31))
    with pytest.raises(ValueError, match="at most 1000 years"):
        cat.occurrences(date(1000, 1, 1), date(2000, 1, 1))
    assert cat.occurrences(date(1001, 1, 1), date(2000, 12, 31))[-1].year == 2000  # 1000 years
    with pytest.raises(ValueError, match="is before start"):
        cat.occurrences(date(2024, 2, 1), date(2024, 1, 1))


def test_regional_observances_show_in_member_countries(cat):
    kenya = [o.id for o in cat.for_country("KE").on(date(2024, 6, 16))]
    assert kenya == ["day-of-the-african-child"]
    assert "day-of-the-african-child" not in cat.for_country("FR")
    european_day = (
        "european-day-on-the-protection-of-children-against-sexual-exploitation-and-sexual-abuse"
    )
    assert european_day in cat.for_country("FR")
    assert european_day not in cat.for_country("US")
    assert "gulf-child-day" in cat.for_country("AE")


def test_a_gulf_country_record_is_folded_into_the_gulf_child_day(cat):
    oman = cat.for_country("OM")
    assert "childrens-day-om" not in oman
    assert [o.id for o in oman.on(date(2024, 1, 15))] == ["gulf-child-day"]


def test_a_merge_blames_only_the_files_merged_in(cat, write):
    """A catalog built by hand may fold two records of one country; a new day is not blamed."""
    again = write(
        'id = "childrens-day-vn-again"\nscope = "VN"\ntags = ["childrens-day"]\n'
        'same_as = "international-childrens-day"\n[names]\nen = "Children\'s Day"\n'
        '[[schedule]]\nrule = "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1"\nsince = 1990\n'
        '[[sources]]\nurl = "https://example.org"\ntitle = "Example"\n',
        "vn.toml",
    )
    by_hand = childdays.Catalog([*cat, *childdays.load(again)], regions=cat.regions)
    new_day = write(
        'id = "example-day"\nscope = "world"\ntags = ["rights"]\n[names]\nen = "Example Day"\n'
        '[[schedule]]\nrule = "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=4"\nsince = 2020\n'
        '[[sources]]\nurl = "https://example.org"\ntitle = "Example"\n',
        "example.toml",
    )
    merged = by_hand.merge(childdays.load(new_day))
    assert len(merged) == len(cat) + 2
    assert "example-day" in merged


def test_a_query_from_the_first_day_of_year_1_with_a_week_long_day(write):
    week = write(
        'id = "first-week"\nscope = "world"\ntags = ["rights"]\nduration = 7\n'
        '[names]\nen = "First Week"\n'
        '[[schedule]]\nrule = "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1"\nsince = 1\n'
        '[[sources]]\nurl = "https://example.org"\ntitle = "Example"\n'
    )
    found = childdays.load(week).occurrences(date(1, 1, 1), date(1, 12, 31))
    assert [(o.start, o.end) for o in found] == [(date(1, 1, 1), date(1, 1, 7))]
