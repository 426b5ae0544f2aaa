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
    ["ics", "--refresh", "P1DT"],
    ["ics", "--alarm-days", "400"],
    ["ics", "--color", "Red Blue"],
    ["ics", "--unknown-option"],
    ["validate"],
    ["build", "out", "--from", "1000", "--to", "2000"],
    ["build", "out", "--from", "2030", "--to", "2020"],
    ["build", "out", "--base-url", "https://[x"],
    ["build", "out", "--base-url", "https://example.org:99999/"],
    ["build", "out", "--base-url", "https://exa\x1bmple.org/"],
    ["json", "--from", "1", "--to", "9999"],
    ["list", "--from", "1", "--to", "9999"],
    ["upcoming", "--lang", "kmm"],
    ["ics", "--country", "XX"],
    ["ics", "--lang", "kmm"],
    ["ics", "--lang", "xx"],
    ["ics", "--tag", "childlabour"],
    ["ics", "--color", "notacolour"],
    ["ics", "--refresh", "P99999999999D"],
    ["list", "--scope", "asia"],
    ["json", "--tag", "nope"],
    ["serve", "--host", "no-such-host.invalid", "--port", "8000"],
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


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["ics", "--country", "XX"],
            "--country 'XX' is not a country with observances of its own or in a region (use "
            "--scope world for the worldwide days alone)",
        ),
        (
            ["list", "--lang", "kmm"],
            "--lang 'kmm' is not one of the languages en, km, fr, es, pt, zh, vi, th, id, ja, ar, "
            "ru; did you mean 'km'?",
        ),
        (
            ["ics", "--tag", "childlabour"],
            "--tag 'childlabour' is not a tag of any observance; did you mean 'child-labour'?",
        ),
        (
            ["list", "--scope", "afrika"],
            "--scope 'afrika' is not world, all, a country code or a region id; did you mean "
            "'africa'?",
        ),
        (
            ["ics", "--color", "tael"],
            "argument --color: 'tael' is not a CSS3 color name such as teal; did you mean 'teal'?",
        ),
        (["json", "--from", "1", "--to", "9999"], "--from/--to cover at most 1000 years"),
        (
            ["build", "out", "--base-url", "https://[x"],
            "argument --base-url: 'https://[x' is not an http(s) URL such as "
            "https://example.org/days/",
        ),
    ],
)
def test_unknown_values_are_usage_errors_with_suggestions(args, message, capsys):
    try:
        code = main(args)
    except SystemExit as exc:
        code = exc.code
    assert code == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith(f"error: {message}")


def test_a_bad_base_url_writes_nothing(tmp_path):
    assert run("build", str(tmp_path / "site"), "--base-url", "https://[x").returncode == 2
    assert list(tmp_path.iterdir()) == []


def test_serve_on_a_busy_port_says_which(capsys):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["serve", "--host", "127.0.0.1", "--port", str(port)]) == 1
    assert capsys.readouterr().err == (
        f"childdays: cannot write 127.0.0.1:{port}: Address already in use\n"
    )


def test_validate_reports_a_built_in_id_without_api_advice(tmp_path, capsys):
    clash = Path(__file__).parent / "bad" / "clash-with-built-in-id.toml"
    assert main(["validate", str(clash)]) == 1
    assert capsys.readouterr().err == (
        f"childdays: {clash}: id: 'international-childrens-day': is already a built-in "
        "observance; choose another id\n"
    )


def test_data_files_with_a_built_in_id_are_refused_by_every_command(capsys):
    clash = Path(__file__).parent / "bad" / "clash-with-built-in-id.toml"
    assert main(["list", "--data", str(clash)]) == 1
    assert "override" not in capsys.readouterr().err


def test_a_file_name_with_control_characters_is_printed_escaped(tmp_path, capsys):
    odd = tmp_path / "a\x1b]0;owned\x07\nb.toml"
    odd.write_text("id = 1\n")
    assert main(["validate", str(odd)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err
    assert "\x07" not in err
    assert err.count("\n") == len(err.splitlines()) == err.count("childdays: ")
    assert "a\\x1b]0;owned\\x07\\nb.toml" in err


@pytest.mark.parametrize(
    "command", [["list", "--lang", "km"], ["show", "cambodian-childrens-day", "--lang", "km"]]
)
def test_khmer_output_is_utf8_under_a_latin1_locale(command):
    env = {**os.environ, "LANG": "C", "LC_ALL": "C", "PYTHONIOENCODING": "latin-1"}
    result = subprocess.run(
        [sys.executable, "-m", "childdays", *command], capture_output=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "ទិវាកុមារកម្ពុជា".encode() in result.stdout


def test_a_bug_is_reported_as_a_bug(monkeypatch, capsys):
    def broken(args):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setitem(__import__("childdays.cli").cli._COMMANDS, "list", broken)
    assert main(["list"]) == 70
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err
    assert "ZeroDivisionError: division by zero" in err
    assert err.splitlines()[-1] == (
        f"childdays list: internal error (a bug in childdays {childdays.__version__}, not in "
        "your input); please report it to the childdays maintainers with the command and the "
        "lines above"
    )


def test_a_value_error_inside_childdays_is_not_called_bad_input(monkeypatch, capsys):
    def broken(args):
        raise ValueError("an internal invariant")

    monkeypatch.setitem(__import__("childdays.cli").cli._COMMANDS, "list", broken)
    assert main(["list"]) == 70
    assert "ValueError: an internal invariant" in capsys.readouterr().err


def test_a_closed_pipe_is_not_an_error():
    result = subprocess.run(
        f"{sys.executable} -m childdays ics --scope all --from 2024 --to 2026 | head -c 10",
        shell=True,
        capture_output=True,
        check=False,
    )
    assert result.stdout == b"BEGIN:VCAL"
    assert result.stderr == b""


def test_a_data_folder_redefining_a_built_in_region_is_refused(tmp_path, capsys):
    (tmp_path / "regions.toml").write_text(
        '[africa]\nname = "Two"\nmembers = ["KH", "TH"]\nsource = "https://example.org"\n'
    )
    assert main(["list", "--scope", "africa", "--data", str(tmp_path)]) == 1
    assert capsys.readouterr().err == (
        "childdays: regions.toml: africa: is a built-in region with other members; "
        "choose another id\n"
    )


@pytest.mark.parametrize("columns", [None, "", "abc", "0", "-5", "44", "61", "200"])
def test_help_is_laid_out_at_the_width_argparse_would_take(monkeypatch, columns):
    import argparse

    from childdays.cli import _Formatter

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)

    def parser(formatter: type[argparse.HelpFormatter]) -> argparse.ArgumentParser:
        made = argparse.ArgumentParser(prog="childdays ics", formatter_class=formatter)
        made.add_argument("--country", help="worldwide days plus this country's " * 4)
        return made

    help_text = parser(_Formatter).format_help()
    assert help_text == parser(argparse.HelpFormatter).format_help()
    assert help_text.startswith("usage: childdays ics [-h]")
