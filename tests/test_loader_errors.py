"""Bad data files: one line naming the file, the field and the value; nothing half loaded."""

from __future__ import annotations

from datetime import date

import pytest

import childdays
from childdays import DataError

GOOD = """\
id = "my-day"
scope = "KH"
tags = ["rights"]
label = "edition"
first_year = 2000
[names]
en = "My Day"
[[schedule]]
rule = "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1"
since = 2000
[[sources]]
url = "https://example.org"
title = "Example"
"""


def error_of(write, text: str, name: str = "obs.toml") -> str:
    path = write(text, name)
    with pytest.raises(DataError) as caught:
        childdays.load(path)
    return str(caught.value).replace(str(path), name)


def test_the_good_file_loads(write):
    cat = childdays.load(write(GOOD))
    assert cat["my-day"].edition(2024) == 25


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ('scope = "KH"', 'scope = "KH"\ncolour = "red"'),
            "obs.toml: colour: 'red': is not a known field",
        ),
        (
            ("first_year = 2000", 'first_year = "2000"'),
            "obs.toml: first_year: '2000': input should be a valid integer",
        ),
        (('id = "my-day"\n', ""), "obs.toml: id: is required but missing"),
        (
            ('id = "my-day"', 'id = "My Day"'),
            "obs.toml: id: 'My Day': string should match pattern '^[a-z0-9]+(-[a-z0-9]+)*$'",
        ),
        (
            ('scope = "KH"', 'scope = "Cambodia"'),
            "obs.toml: scope: 'Cambodia': string should match pattern "
            "'^(world|[A-Z]{2}|[a-z]+(-[a-z]+)*)$'",
        ),
        (
            ('BYMONTHDAY=1"', 'BYMONTHDAY=1;COUNT=2"'),
            "obs.toml: schedule[0].rule: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1;COUNT=2': "
            "COUNT is not supported (a span's since/until give the years)",
        ),
        (
            ('rule = "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1"', 'rule = ""'),
            "obs.toml: schedule[0].rule: '': must not be empty",
        ),
        (
            ('BYMONTH=6;BYMONTHDAY=1"', 'BYMONTH=6;BYDAY=SA"'),
            "obs.toml: schedule[0].rule: 'FREQ=YEARLY;BYMONTH=6;BYDAY=SA': "
            "gives 4 dates in 2000; expected exactly one a year",
        ),
        (
            ('BYMONTH=6;BYMONTHDAY=1"', 'BYMONTH=2;BYMONTHDAY=29"'),
            "obs.toml: schedule[0].rule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29': "
            "gives 0 dates in 2001; expected exactly one a year",
        ),
        (
            ("since = 2000", "since = 2000\nuntil = 1999"),
            "obs.toml: schedule[0].until: 1999: is before since (2000)",
        ),
        (
            ('en = "My Day"', 'en = "My\\r\\nDay"'),
            "obs.toml: names.en: 'My\\r\\nDay': "
            "control characters (such as CR or LF) are not allowed",
        ),
        (
            ('en = "My Day"', 'en = "My Day"\nKM = "x"'),
            "obs.toml: names.KM: 'KM': key string should match pattern "
            "'^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'",
        ),
        (
            ('en = "My Day"', 'fr = "Mon jour"'),
            "obs.toml: names: {'fr': 'Mon jour'}: an English name (en) is required",
        ),
        (
            ("first_year = 2000", "first_year = 2000\nduration = 400"),
            "obs.toml: duration: 400: input should be less than or equal to 366",
        ),
        (
            ("first_year = 2000", "first_year = 2000\nduration = 0"),
            "obs.toml: duration: 0: input should be greater than or equal to 1",
        ),
        (
            ("first_year = 2000", "first_year = 10000"),
            "obs.toml: first_year: 10000: input should be less than or equal to 9999",
        ),
        (
            ('url = "https://example.org"', 'url = "ftp://example.org"'),
            "obs.toml: sources[0].url: 'ftp://example.org': expected an http:// or https:// URL",
        ),
        (
            ('[[sources]]\nurl = "https://example.org"\ntitle = "Example"\n', ""),
            "obs.toml: sources: is required but missing",
        ),
        (
            (
                "since = 2000",
                "since = 2000\n[[announced]]\nyear = 2024\n"
                'date = 2025-06-01\nsource = "https://example.org"',
            ),
            "obs.toml: announced[0].date: '2025-06-01': is not in year 2024",
        ),
        (
            (
                "since = 2000",
                "since = 2000\n[[editions]]\nyear = 2024\nedition = 24\n"
                'source = "https://example.org"',
            ),
            "obs.toml: editions[0].edition: 24: but the numbering (by first_year, years not held) "
            "gives 25 for 2024; fix first_year, epochs or not_held",
        ),
        (
            (
                "since = 2000",
                'since = 2000\n[[schedule]]\nrule = "FREQ=YEARLY;BYMONTH=7;'
                'BYMONTHDAY=1"\nsince = 2010',
            ),
            "obs.toml: schedule[0]: 'since 2000': has no until but another span starts in 2010",
        ),
        (
            ("[names]", '[epochs.kh]\nfirst_year = 2001\nsource = "https://example.org"\n[names]'),
            "obs.toml: epochs.kh: 'kh': key string should match pattern '^[A-Z]{2}$'",
        ),
    ],
)
def test_one_line_errors(write, change, expected):
    old, new = change
    assert old in GOOD
    assert error_of(write, GOOD.replace(old, new, 1)) == expected


def test_toml_syntax_error(write):
    assert error_of(write, 'id = "my-day\n') == (
        "obs.toml: line 1, column 13: invalid TOML: Illegal character '\\n'"
    )


def test_empty_file(write):
    assert error_of(write, "  \n") == "obs.toml: is empty; expected an observance"


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes(GOOD.replace("My Day", "Journ\xe9e").encode("latin-1"))
    with pytest.raises(DataError) as caught:
        childdays.load(path)
    where = GOOD.index("My Day") + len("Journ")
    assert str(caught.value) == f"{path}: byte {where}: is not UTF-8 (files must be UTF-8)"


def test_a_huge_string_is_refused(write):
    huge = GOOD.replace('"My Day"', '"' + "x" * 1_000_000 + '"')
    assert error_of(write, huge) == "obs.toml: 1000225 bytes: is larger than 1000000 bytes"
    long = GOOD.replace('"My Day"', '"' + "x" * 10_000 + '"')
    assert error_of(write, long) == (
        "obs.toml: names.en: '" + "x" * 56 + "...: string should have at most 500 characters"
    )


def test_a_folder_reports_every_bad_file_and_loads_nothing(tmp_path):
    (tmp_path / "a.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.toml").write_text(GOOD.replace("my-day", "b-day").replace("= 2000", "= -1", 1))
    (tmp_path / "c.toml").write_text(GOOD.replace('"KH"', '"kh!"').replace("my-day", "c-day"))
    (tmp_path / "d.toml").write_text(GOOD)
    with pytest.raises(DataError) as caught:
        childdays.load(tmp_path)
    assert [p.file.rsplit("/", 1)[-1] for p in caught.value.problems] == [
        "b.toml",
        "c.toml",
        "d.toml",
    ]
    assert caught.value.problems[2].message == f"is also in {tmp_path / 'a.toml'}"


def test_missing_path(tmp_path):
    with pytest.raises(DataError, match=r"does not exist$"):
        childdays.load(tmp_path / "nope.toml")


TWO_DAYS = """\
[[observances]]
id = "childrens-day-zz"
scope = "ZZ"
tags = ["childrens-day"]
[observances.names]
en = "Children's Day"
[[observances.schedule]]
rule = "FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=20"
since = 1990
[[observances.sources]]
url = "https://example.org"
title = "Example"

[[observances]]
id = "childrens-day-zz-1-june"
scope = "ZZ"
tags = ["childrens-day"]
same_as = "international-childrens-day"
[observances.names]
en = "Children's Day (1 June)"
[[observances.schedule]]
rule = "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1"
since = 1950
[[observances.sources]]
url = "https://example.org"
title = "Example"
"""


def test_a_country_file_may_hold_two_days(write):
    cat = childdays.load(write(TWO_DAYS))
    assert cat.ids() == ["childrens-day-zz", "childrens-day-zz-1-june"]


def test_a_national_record_is_folded_into_the_worldwide_day_it_is(write, cat):
    text = TWO_DAYS.replace('en = "Children\'s Day (1 June)"', 'en = "x"\nde = "Kindertag"')
    text += '[[observances.public_holiday]]\ncountry = "ZZ"\nsince = 1990\n'
    text += 'source = "https://example.org"\n'
    merged = cat.merge(childdays.load(write(text)))
    zz = merged.for_country("ZZ")
    on_1_june = zz.on(date(2024, 6, 1))
    assert [o.id for o in on_1_june] == ["international-childrens-day"]
    icd = zz["international-childrens-day"]
    assert icd.name("de") == "Kindertag"  # a language the worldwide record lacks
    assert icd.name("en") == "International Children's Day"  # kept
    assert icd.is_public_holiday(2024, "ZZ")
    assert icd.edition(2024) == 75
    assert "childrens-day-zz-1-june" not in zz
    assert "childrens-day-zz" in zz


def test_errors_in_a_two_day_file_name_the_observance(write):
    text = TWO_DAYS.replace("since = 1950", 'since = "1950"')
    assert error_of(write, text) == (
        "obs.toml: observances[1].schedule[0].since: '1950': input should be a valid integer"
    )
    assert error_of(write, TWO_DAYS + 'colour = "red"\n').startswith(
        "obs.toml: observances[1].sources[0].colour: 'red': is not a known field"
    )
    assert error_of(write, "observances = []\n") == (
        "obs.toml: observances: a file with [[observances]] holds a non-empty list of "
        "observances and nothing else"
    )


# --- hardening: every failure of loading is a DataError; limits hold -------------------------


def test_a_device_is_refused_without_reading_it(capsys):
    from childdays.cli import main

    assert main(["validate", "/dev/zero"]) == 1
    assert capsys.readouterr().err == (
        "childdays: /dev/zero: is not a regular file; expected a data file\n"
    )


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path):
    import os

    fifo = tmp_path / "feed.toml"
    os.mkfifo(fifo)
    with pytest.raises(DataError, match=r"feed.toml: is not a regular file; expected a data file"):
        childdays.load(fifo)


def test_a_file_over_the_limit_is_refused_by_its_size(write):
    from childdays.loader import MAX_FILE_BYTES

    path = write(GOOD + "#" * MAX_FILE_BYTES)
    with pytest.raises(DataError) as caught:
        childdays.load(path)
    assert str(caught.value) == (
        f"{path}: {MAX_FILE_BYTES + len(GOOD.encode())} bytes: is larger than 1000000 bytes"
    )


def test_a_user_file_named_builtin_json_is_loaded(write):
    path = write('{"id": "x"}', "builtin.json")
    with pytest.raises(DataError, match=r"builtin.json: scope: is required but missing"):
        childdays.load(path.parent)


REGIONS = """\
[africa]
name = "Just two"
members = ["KH", "TH"]
source = "https://example.org"
"""


def test_the_same_region_in_two_user_files_is_refused(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "regions.toml").write_text(REGIONS.replace("africa", "mekong"))
    with pytest.raises(DataError) as caught:
        childdays.load(tmp_path / "a", tmp_path / "b")
    assert str(caught.value) == f"{tmp_path / 'b' / 'regions.toml'}: mekong: is also in " + str(
        tmp_path / "a" / "regions.toml"
    )


def test_two_records_of_a_country_folded_into_one_day_are_refused(write, cat):
    second = TWO_DAYS.replace('id = "childrens-day-zz"\n', 'id = "childrens-day-zz-2"\n', 1)
    second = second.replace(
        'tags = ["childrens-day"]\n[observances.names]\nen = "Children\'s Day"\n',
        'tags = ["childrens-day"]\nsame_as = "international-childrens-day"\n'
        '[observances.names]\nen = "Children\'s Day"\n',
        1,
    )
    path = write(second)
    with pytest.raises(DataError) as caught:
        cat.merge(childdays.load(path))
    assert str(caught.value) == (
        f"{path}: same_as: 'international-childrens-day': (of 'childrens-day-zz-2'): "
        f"'childrens-day-zz-1-june' ({path}) is already ZZ's record of that day; a country "
        "folds one record into it"
    )


def test_validation_of_an_open_span_evaluates_a_few_years_not_ten_thousand(monkeypatch):
    from childdays import rules

    evaluated: list[int] = []
    original = rules.YearlyRule.dates_in

    def counting(self, year):
        evaluated.append(year)
        return original(self, year)

    monkeypatch.setattr(rules.YearlyRule, "dates_in", counting)
    rule = rules.parse_rule("FREQ=YEARLY;BYMONTH=11;BYDAY=3SU")
    assert rule.first_year_not_once(1, 9999) is None
    assert len(evaluated) <= 16


@pytest.mark.parametrize(
    ("rule", "since", "expected"),
    [
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", 2000, (2001, 0)),
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", 2104, (2105, 0)),
        ("FREQ=YEARLY;BYMONTH=6;BYDAY=SA", 1, (1, 5)),
        ("FREQ=YEARLY;BYMONTH=1;BYDAY=-5SU", 1, (1, 0)),
        ("FREQ=YEARLY;BYMONTH=12;BYDAY=5SU", 9999, (9999, 0)),
        ("FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31", 1, None),
        ("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1", 1, None),
        ("FREQ=YEARLY;BYEASTER=-80", 1, None),
        ("FREQ=YEARLY;BYEASTER=249", 1, None),
        ("FREQ=YEARLY;BYEASTER=-81", 1, (15, 0)),
        ("FREQ=YEARLY;BYYEARDAY=366", 2001, (2001, 0)),
        ("FREQ=YEARLY;BYYEARDAY=-1", 1, None),
    ],
)
def test_a_span_is_checked_over_every_year_it_covers(rule, since, expected):
    from childdays.rules import parse_rule

    found = parse_rule(rule).first_year_not_once(since, 9999)
    assert found == expected
    if expected is None:
        for year in (1, 2, 399, 400, 2024, 9998, 9999):
            if year >= since:
                assert len(parse_rule(rule).dates_in(year)) == 1, year


def test_the_year_kinds_agree_with_every_year_of_a_cycle():
    from childdays.rules import parse_rule

    for text in ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29", "FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO"):
        rule = parse_rule(text)
        bad = [y for y in range(2000, 2400) if len(rule.dates_in(y)) != 1]
        assert rule.first_year_not_once(2000, 2399) == (bad[0], len(rule.dates_in(bad[0])))


def test_a_name_too_long_is_a_data_error():
    with pytest.raises(DataError) as caught:
        childdays.load("a" * 5000)
    assert str(caught.value) == "a" * 5000 + ": cannot be read: File name too long"


@pytest.mark.parametrize(
    ("dots", "refused"),
    [
        # the top table, 15 tables and the value: 17 levels, one too many
        (15, ["obs.toml: invalid TOML: nested deeper than 16 levels"]),
        # 16 levels, within the limit: read, then refused by the model as an unknown field
        (
            14,
            [
                "obs.toml: id: is required but missing",
                "obs.toml: k0: {'k1': {'k2': {'k3': {'k4': {'k5': {'k6': {'k7': {'k8': {...: "
                "is not a known field",
            ],
        ),
    ],
)
def test_a_dotted_key_nests_like_tables(write, dots: int, refused: list[str]):
    dotted = ".".join(f"k{n}" for n in range(dots + 1))
    lines = error_of(write, f"{dotted} = 1\n").splitlines()
    assert [line for line in lines if "id:" in line or "TOML" in line or "known" in line] == refused
