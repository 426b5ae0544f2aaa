from __future__ import annotations

from pathlib import Path

import pytest

import childdays

TESTS = Path(__file__).parent
DATA = TESTS / "data"


@pytest.fixture(scope="session")
def cat() -> childdays.Catalog:
    return childdays.catalog()


@pytest.fixture
def write(tmp_path: Path):
    """Write a data file into a temporary folder and return its path."""

    def _write(text: str, name: str = "obs.toml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return _write
