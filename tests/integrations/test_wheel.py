"""The wheel carries the integrations: templates, tags, migrations, the Paste entry point."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

EXPECTED = [
    "childdays/contrib/common.py",
    "childdays/contrib/wsgi.py",
    "childdays/contrib/django/apps.py",
    "childdays/contrib/django/admin.py",
    "childdays/contrib/django/checks.py",
    "childdays/contrib/django/urls.py",
    "childdays/contrib/django/models.py",
    "childdays/contrib/django/migrations/__init__.py",
    "childdays/contrib/django/migrations/0001_initial.py",
    "childdays/contrib/django/templatetags/childdays.py",
    "childdays/contrib/django/templates/childdays/base.html",
    "childdays/contrib/django/templates/childdays/country.html",
    "childdays/contrib/django/templates/childdays/index.html",
    "childdays/contrib/django/templates/childdays/upcoming.html",
    "childdays/contrib/wagtail/blocks.py",
    "childdays/contrib/wagtail/wagtail_hooks.py",
    "childdays/contrib/wagtail/migrations/0001_initial.py",
    "childdays/contrib/wagtail/templates/childdays/wagtail/calendar_page.html",
    "childdays/contrib/wagtail/templates/childdays/wagtail/blocks/upcoming_observances.html",
    "childdays/contrib/flask/__init__.py",
    "childdays/contrib/flask/templates/childdays/country.html",
]


def test_wheel_ships_the_integrations(tmp_path):
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path)]
    if importlib.util.find_spec("hatchling") is not None:
        command.append("--no-build-isolation")
    subprocess.run([*command, str(ROOT)], check=True, capture_output=True)
    (wheel,) = tmp_path.glob("childdays-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        points = archive.read(entry_points).decode()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA")))
    assert [name for name in EXPECTED if name not in names] == []
    assert not [name for name in names if "__pycache__" in name]
    assert "[paste.app_factory]\nmain = childdays.contrib.wsgi:app_factory" in points
    for extra in ("django", "wagtail", "flask"):
        assert f"Provides-Extra: {extra}".encode() in metadata
