"""The bad-input corpus: every file gets its exact one-line problems, exit 1, nothing loaded."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import childdays
from childdays.cli import main

BAD = Path(__file__).parent / "bad"
EXPECTED = tomllib.loads((BAD.parent / "bad_input_expected.toml").read_text("utf-8"))
FILES = sorted(BAD.iterdir())


def test_the_corpus_is_complete():
    assert len(FILES) >= 50
    assert sorted(EXPECTED) == [p.name for p in FILES]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_load_reports_each_problem(path):
    with pytest.raises(childdays.DataError) as caught:
        childdays.catalog().merge(childdays.load(path))
    assert [str(p) for p in caught.value.problems] == [
        f"{path}{line.removeprefix(path.name)}" for line in EXPECTED[path.name]["problems"]
    ]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_validate_exits_1_with_the_same_lines(path, capsys):
    assert main(["validate", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    expected = EXPECTED[path.name].get("validate", EXPECTED[path.name]["problems"])
    assert captured.err.splitlines() == [
        f"childdays: {path}{line.removeprefix(path.name)}" for line in expected
    ]


def test_a_folder_with_bad_files_reports_them_all_and_loads_nothing():
    with pytest.raises(childdays.DataError) as caught:
        childdays.load(BAD)
    files = {Path(p.file).name for p in caught.value.problems}
    # every file but the built-in id clash (that one is only caught by a merge) is reported
    assert files == {p.name for p in FILES} - {"clash-with-built-in-id.toml"}


@pytest.mark.parametrize(
    "name", ["not-utf8.toml", "toml-unclosed-string.toml", "rule-29-february.toml"]
)
def test_no_traceback_from_the_command(name):
    result = subprocess.run(
        [sys.executable, "-m", "childdays", "validate", str(BAD / name)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == len(EXPECTED[name]["problems"])
