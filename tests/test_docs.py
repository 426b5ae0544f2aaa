"""The docs that are generated from the data are up to date, and the examples run."""

from __future__ import annotations

import argparse
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from childdays.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent


def code_blocks(language: str) -> list[tuple[str, str]]:
    """(file, code) of every fenced block in that language in README.md and docs/."""
    found = []
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = path.read_text("utf-8")
        for match in re.finditer(rf"```{language}\n(.*?)```", text, re.DOTALL):
            found.append((path.name, match.group(1)))
    return found


PYTHON = code_blocks("python")
COMMANDS = [
    (name, line.split("#")[0].strip())
    for name, block in code_blocks("sh")
    for line in block.splitlines()
    if line.startswith("childdays ") and not line.startswith("childdays serve")
]


@pytest.mark.parametrize(
    ("name", "code"), PYTHON, ids=[f"{n}-{i}" for i, (n, _) in enumerate(PYTHON)]
)
def test_python_examples_in_the_docs_run(name, code, monkeypatch):
    monkeypatch.chdir(ROOT)
    exec(compile(code, name, "exec"), {"__name__": "docs_example"})


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[c for _, c in COMMANDS])
def test_command_examples_in_the_docs_run(name, command, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    args = [str(ROOT / a) if a.startswith("examples/") else a for a in shlex.split(command)[1:]]
    assert main(args) == 0
    out = capsys.readouterr().out
    if args[0] == "ics":
        import icalendar

        written = (tmp_path / args[args.index("-o") + 1]).read_bytes()
        calendar = icalendar.Calendar.from_ical(written)
        assert calendar.walk("VEVENT"), "a feed with events"
        assert str(calendar["X-WR-CALNAME"])
    elif args[0] == "build":
        site = tmp_path / args[1]
        assert "webcal://days.example.org/feeds/" in (site / "index.html").read_text("utf-8")
        assert (site / "feeds" / "KH.km.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    elif args[0] == "show":
        assert "23rd World Day Against Child Labour" in out
    elif args[0] == "list":
        assert "international-childrens-day" in out
        assert "ទិវាកុមារអន្តរជាតិ" in out
    else:
        assert args[0] == "validate"
        assert out.strip()


def test_the_cli_page_names_every_command_and_option():
    page = (ROOT / "docs" / "cli.md").read_text("utf-8")
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in commands.choices.items():
        assert f"childdays {name}" in page, name
        for action in sub._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert option in page, (name, option)


def test_the_docs_examples_cover_python_and_commands():
    assert len(PYTHON) >= 5
    assert len(COMMANDS) >= 8


def test_catalogue_page_is_up_to_date():
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "gen_catalogue.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_cambodia_june_example():
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "cambodia_june.py")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.splitlines()[1] == (
        "2024-06-01 ទិវាកុមារអន្តរជាតិ លើកទី៧៥ / 75th International Children's Day"
    )
