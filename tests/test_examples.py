"""The examples run: the Flask site via its test client, and the custom-observances merge."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import icalendar

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    if spec.name in sys.modules:
        return sys.modules[spec.name]
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_merge_custom(tmp_path):
    out = tmp_path / "kh.ics"
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "merge_custom.py"), str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().endswith(
        "សប្តាហ៍ការពារកុមារនៅសាលារៀន ឆ្នាំ២០២៤ 2024-06-03 to 2024-06-07"
    )
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert any(str(e["UID"]) == "school-child-protection-week-2024@childdays" for e in events)


def test_flask_app():
    module = load("flask_app")
    client = module.app.test_client()
    page = client.get("/days/")
    assert page.status_code == 200
    assert '<html lang="km" dir="ltr">' in page.get_data(as_text=True)
    feed = client.get("/days/feeds/KH.km.ics")
    assert feed.status_code == 200
    assert feed.headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert b"UID:school-child-protection-week-2027@childdays" in feed.data
    again = client.get("/days/feeds/KH.km.ics", headers={"If-None-Match": feed.headers["ETag"]})
    assert again.status_code == 304
