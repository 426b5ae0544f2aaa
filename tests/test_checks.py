"""Consistency checks: a note against the data, a record against the dated facts of other files."""

from __future__ import annotations

from pathlib import Path

import pytest

from childdays.build_data import compiled_texts
from childdays.checks import Entry, check_consistency
from childdays.cli import main
from childdays.errors import DataError

SOURCE = "https://example.org/source"

DAY = f"""\
id = "{{id}}"
scope = "{{scope}}"
tags = ["childrens-day"]
{{extra}}
note = "{{note}}"

[names]
en = "Children's Day"

[[schedule]]
rule = "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=20"
since = {{since}}

[[sources]]
url = "{SOURCE}"
title = "A source"
{{tail}}
"""


def day(
    *,
    id: str = "childrens-day-xx",
    scope: str = "LC",
    since: int = 2003,
    note: str = "A note.",
    extra: str = "",
    tail: str = "",
) -> str:
    return DAY.format(id=id, scope=scope, since=since, note=note, extra=extra, tail=tail)


def validate(tmp_path: Path, capsys: pytest.CaptureFixture[str], **files: str) -> tuple[int, str]:
    paths = []
    for name, text in files.items():
        path = tmp_path / f"{name}.toml"
        path.write_text(text, "utf-8")
        paths.append(str(path))
    code = main(["validate", *paths])
    captured = capsys.readouterr()
    return code, captured.err.strip().removeprefix("childdays: ")


def test_a_consistent_file_passes(tmp_path, capsys):
    note = "`since = 2003` is the earliest year attested."
    assert validate(tmp_path, capsys, lc=day(note=note)) == (0, "")


def test_a_note_claiming_another_since_is_one_line_naming_file_field_and_value(tmp_path, capsys):
    note = "since = 2017 is the earliest year in which an observance is reported."
    code, err = validate(tmp_path, capsys, lc=day(note=note))
    assert code == 1
    assert err == (
        f"{tmp_path / 'lc.toml'}: note: since = 2017: "
        "contradicts the data (since: 2003); correct the note or the data"
    )


def test_a_note_claiming_another_first_year(tmp_path, capsys):
    code, err = validate(
        tmp_path, capsys, lc=day(extra="first_year = 2003", note="`first_year = 2013` only.")
    )
    assert code == 1
    assert err.endswith(
        "note: first_year = 2013: contradicts the data (first_year: 2003); "
        "correct the note or the data"
    )


def test_a_span_note_is_read_against_its_own_span(tmp_path, capsys):
    text = day(since=2005).replace(
        "since = 2005\n", 'since = 2005\nnote = "since = 2005, the law\'s first year."\n'
    )
    assert validate(tmp_path, capsys, lc=text) == (0, "")
    code, err = validate(tmp_path, capsys, lc=text.replace("since = 2005,", "since = 2006,"))
    assert (code, err.split(": ", 1)[1]) == (
        1,
        "schedule[0].note: since = 2006: contradicts the data (since: 2005); "
        "correct the note or the data",
    )


def test_a_ceremony_before_the_schedule_starts(tmp_path, capsys):
    ceremony = (
        f'\n[[ceremonies]]\ncountry = "LC"\nyear = 2001\ndate = 2001-11-20\nsource = "{SOURCE}"'
    )
    code, err = validate(tmp_path, capsys, lc=day(tail=ceremony))
    assert code == 1
    assert err.endswith(
        "ceremonies[0].year: 2001: is before the schedule starts (2003); start the schedule by 2001"
    )


def test_a_public_holiday_before_the_schedule_starts(tmp_path, capsys):
    holiday = f'\n[[public_holiday]]\ncountry = "LC"\nsince = 2000\nsource = "{SOURCE}"'
    code, err = validate(tmp_path, capsys, lc=day(tail=holiday))
    assert code == 1
    assert err.endswith(
        "public_holiday[0].since: 2000: is before the schedule starts (2003); "
        "start the schedule by 2000"
    )


def test_a_first_year_after_the_schedule_starts(tmp_path, capsys):
    code, err = validate(tmp_path, capsys, lc=day(extra="first_year = 2010"))
    assert code == 1
    assert err.endswith(
        "first_year: 2010: is after the schedule starts (2003); "
        "the day has no date before its first year"
    )


def test_a_national_record_starting_after_a_year_the_regional_file_gives_for_it(tmp_path, capsys):
    regional = day(id="gulf-day", scope="gcc", since=2000).replace(
        "BYMONTH=11;BYMONTHDAY=20", "BYMONTH=1;BYMONTHDAY=15"
    ) + (f'\n[[ceremonies]]\ncountry = "SA"\nyear = 2007\ndate = 2007-01-15\nsource = "{SOURCE}"')
    national = day(id="gulf-day-sa", scope="SA", since=2026, extra='same_as = "gulf-day"').replace(
        "BYMONTH=11;BYMONTHDAY=20", "BYMONTH=1;BYMONTHDAY=15"
    )
    code, err = validate(tmp_path, capsys, a_regional=regional, b_national=national)
    assert code == 1
    assert err == (
        f"{tmp_path / 'b_national.toml'}: schedule: since 2026: starts after 2007, the year "
        f"{tmp_path / 'a_regional.toml'} gives for SA at gulf-day ceremonies[0].year"
    )


def test_a_member_record_older_than_the_built_in_regional_day(tmp_path, capsys):
    """A user's record of Gulf Children's Day in Kuwait from 2000: the built-in day is blamed
    on the user's file, since the built-in data alone is consistent."""
    national = day(id="gulf-day-kw", scope="KW", since=2000, extra='same_as = "gulf-child-day"')
    national = national.replace("BYMONTH=11;BYMONTHDAY=20", "BYMONTH=1;BYMONTHDAY=15")
    code, err = validate(tmp_path, capsys, kw=national)
    assert code == 1
    assert err == (
        f"{tmp_path / 'kw.toml'}: same_as: 'gulf-child-day': names a day that starts in 2007, "
        "after this record starts in KW (2000)"
    )


def entry(file: str, **data: object) -> Entry:
    base: dict[str, object] = {"tags": ["childrens-day"], "names": {"en": "Day"}}
    return Entry(file, "", {**base, **data})


def test_a_regional_day_starting_after_a_members_record():
    regional = entry("arab.toml", id="arab-day", scope="arab", schedule=[{"since": 2013}])
    member = entry(
        "SY.toml", id="arab-day-sy", scope="SY", same_as="arab-day", schedule=[{"since": 2005}]
    )
    outsider = entry(
        "FR.toml", id="arab-day-fr", scope="FR", same_as="arab-day", schedule=[{"since": 1990}]
    )
    problems = check_consistency([regional, member, outsider], {"arab": ["SY", "EG"]})
    assert [str(p) for p in problems] == [
        "arab.toml: schedule: since 2013: is later than arab-day-sy (SY.toml), "
        "a record of this day in SY since 2005"
    ]


def test_the_compiler_refuses_inconsistent_data(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "lc.toml").write_text(day(note="since = 2017 is the earliest."), "utf-8")
    with pytest.raises(DataError) as caught:
        compiled_texts(folder)
    assert str(caught.value) == (
        "data/lc.toml: note: since = 2017: contradicts the data (since: 2003); "
        "correct the note or the data"
    )


def test_absent_and_null_fields_are_the_same():
    """The compiled form may spell a default as null; the checks read it as absent."""
    spelled_out = entry(
        "x.toml",
        id="x-day",
        scope="LC",
        note=None,
        first_year=None,
        established=None,
        same_as=None,
        schedule=[{"since": 2003, "until": None, "note": None}],
        public_holiday=[{"country": "LC", "since": 2003, "until": None, "note": None}],
        ceremonies=[],
        epochs={},
    )
    assert check_consistency([spelled_out], {}) == []
