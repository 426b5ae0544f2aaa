"""The docs that are generated from the data are up to date, and the examples run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
