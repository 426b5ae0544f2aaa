"""The childdays command: exit codes, one-line errors, no tracebacks, no half-written files."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import icalendar
import pytest

import childdays
from childdays.cli import main


def current_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "childdays", *args], capture_output=True, text=True, check=False
    )


def test_ics_for_cambodia(tmp_path):
    out = tmp_path / "kh.ics"
    assert (
        main(
            [
                "ics",
                "--country",
                "KH",
                "--from",
                "2020",
                "--to",
                "2030",
                "--lang",
                "en",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    summaries = {str(e["SUMMARY"]) for e in events}
    assert "75th International Children's Day" in summaries
    assert "23rd World Day Against Child Labour" in summaries
    assert "Cambodian Children's Day 2024" in summaries
    expected = len(
        childdays.catalog().for_country("KH").occurrences(date(2020, 1, 1), date(2030, 12, 31))
    )
    assert len(events) == expected
    assert [p.name for p in tmp_path.iterdir()] == ["kh.ics"]
    assert out.stat().st_mode & 0o777 == 0o666 & ~current_umask()


def test_list(capsys):
    assert main(["list", "--country", "KH", "--lang", "km"]) == 0
    assert "international-childrens-day\tworld\tទិវាកុមារអន្តរជាតិ" in capsys.readouterr().out


def test_show(capsys):
    assert main(["show", "world-day-against-child-labour", "--year", "2024"]) == 0
    assert "2024: 2024-06-12: 23rd World Day Against Child Labour" in capsys.readouterr().out


def test_validate_good_file(capsys):
    path = Path(__file__).parent / "data" / "good" / "example-day.toml"
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == "ok: 1 observance(s) valid\n"


def test_bad_file_gives_exit_1_and_one_line(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\nscope = "world"\ncolour = 1\n', encoding="utf-8")
    result = run("validate", str(bad))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"childdays: {bad}: colour: 1: is not a known field" in result.stderr.splitlines()


def test_bad_usage_gives_exit_2():
    for args in (
        ["ics", "--country", "Cambodia"],
        ["ics", "--from", "year"],
        ["nope"],
        ["show", "no-such-day"],
        ["ics", "--from", "2030", "--to", "2020"],
    ):
        result = run(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr
        assert result.stderr.startswith("usage: childdays")


def test_unknown_id_suggests(tmp_path):
    result = run("show", "world-day-against-child-labor")
    assert result.stderr.splitlines()[-1] == (
        "childdays show: error: no observance with id 'world-day-against-child-labor'; "
        "did you mean 'world-day-against-child-labour'?"
    )


def test_unwritable_output_gives_exit_1_and_no_file(tmp_path):
    target = tmp_path / "missing-folder" / "kh.ics"
    result = run("ics", "--country", "KH", "-o", str(target))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("childdays: cannot write")
    assert not target.parent.exists()


def test_existing_output_is_replaced_whole(tmp_path):
    target = tmp_path / "kh.ics"
    target.write_bytes(b"old")
    assert (
        main(["ics", "--country", "KH", "--from", "2024", "--to", "2024", "-o", str(target)]) == 0
    )
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


def test_recurring_feed(tmp_path):
    out = tmp_path / "kh.ics"
    assert (
        main(
            [
                "ics",
                "--country",
                "KH",
                "--from",
                "2020",
                "--to",
                "2030",
                "--recurring",
                "--alarm-days",
                "3",
                "--color",
                "teal",
                "--busy",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    content = out.read_bytes()
    calendar = icalendar.Calendar.from_ical(content)
    assert b"RRULE:FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1;UNTIL=20300601\r\n" in content
    assert str(calendar["COLOR"]) == "teal"
    assert b"TRANSP:TRANSPARENT" not in content
    assert b"TRIGGER:-P3D" in content


def test_bad_feed_options_give_exit_2():
    for args in (
        ["ics", "--refresh", "1 day"],
        ["ics", "--color", "#fff"],
        ["ics", "--alarm-days", "-3"],
        ["ics", "--from", "1000", "--to", "2000"],
    ):
        result = run(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr


def test_a_large_feed_warns(tmp_path):
    result = run("ics", "--from", "1900", "--to", "2300", "-o", str(tmp_path / "all.ics"))
    assert result.returncode == 0
    assert "Google Calendar may refuse feeds over 1000000 bytes" in result.stderr


def test_a_feed_from_year_1_does_not_overflow(tmp_path):
    assert main(["ics", "--from", "1", "--to", "2", "-o", str(tmp_path / "early.ics")]) == 0
    assert b"BEGIN:VEVENT" not in (tmp_path / "early.ics").read_bytes()


BAD_USAGE = [
    [],
    ["frobnicate"],
    ["list", "--scope", "Not A Scope"],
    ["list", "--country", "KHM"],
    ["list", "--lang", "k"],
    ["list", "--country", "KH", "--scope", "world"],
    ["show"],
    ["show", "no-such-day"],
    ["show", "international-childrens-day", "--year", "0"],
    ["show", "international-childrens-day", "--year", "10000"],
    ["ics", "--from", "year"],
    ["ics", "--to", "-5"],
    ["ics", "--lang", "!!"],
    ["ics", "--refresh", "daily"],
    ["ics", "--alarm-days", "400"],
    ["ics", "--color", "Red Blue"],
    ["ics", "--unknown-option"],
    ["validate"],
    ["build", "out", "--from", "1000", "--to", "2000"],
    ["build", "out", "--from", "2030", "--to", "2020"],
]


@pytest.mark.parametrize("args", BAD_USAGE, ids=[" ".join(a) or "(none)" for a in BAD_USAGE])
def test_every_subcommand_refuses_bad_arguments_with_exit_2(args, capsys):
    try:
        code = main(args)
    except SystemExit as exc:
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: childdays")
    assert "error:" in err.splitlines()[-1]
