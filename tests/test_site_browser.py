"""The built site in a real headless browser: phone and desktop widths, axe-core.

Runs when Playwright and a Chromium are installed (``CHILDDAYS_CHROMIUM``, default
``/usr/bin/chromium``) and skips otherwise; axe-core runs when ``CHILDDAYS_AXE`` names its
``axe.min.js``. Screenshots go to ``CHILDDAYS_ARTIFACTS`` (default: the test's temporary folder).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from childdays.site import build_site

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHILDDAYS_CHROMIUM", "/usr/bin/chromium")


def _tool():
    spec = importlib.util.spec_from_file_location(
        "site_screenshots", ROOT / "tools" / "site_screenshots.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def browser_ready():
    if importlib.util.find_spec("playwright") is None:
        pytest.skip("Playwright is not installed")
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        pytest.skip(f"no Chromium at {CHROMIUM}")


def test_pages_fit_a_phone_and_pass_axe(browser_ready, tmp_path):
    site = tmp_path / "site"
    build_site(
        site,
        first_year=2025,
        last_year=2027,
        today=date(2026, 12, 3),
        base_url="https://calendar.example.org/",
    )
    out = Path(os.environ.get("CHILDDAYS_ARTIFACTS", tmp_path / "shots"))
    axe = os.environ.get("CHILDDAYS_AXE")
    tool = _tool()
    pages = {
        "index-km": "km/",
        "country-KH-km": "km/KH/",
        "country-EG-ar": "ar/EG/",
        "observance-icd-en": "days/international-childrens-day/",
    }
    results = tool.check_site(
        site,
        out,
        chromium=CHROMIUM,
        axe=Path(axe) if axe else None,
        pages=pages,
        full_page=False,
    )
    assert len(results) == 2 * len(pages)
    for result in results:
        where = f"{result['page']} at {result['width']} px"
        assert result["sideways"] is False, where
        assert result["small"] == [], where
        assert result["violations"] == [], where
    for name in pages:
        assert (out / f"{name}-phone.png").exists()
        assert (out / f"{name}-desktop.png").exists()
